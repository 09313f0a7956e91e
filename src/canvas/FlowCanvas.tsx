import { ReactFlow, ReactFlowProvider, ViewportPortal, useReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { useCallback, useEffect, useLayoutEffect, useMemo, useRef, useState, type ReactNode } from 'react';
import { chooseVariant, NO_INSETS, PRESENTING, READING, type Insets } from '../flow/camera';
import type { Box, FlowLayout } from '../flow/layout';
import type { Flow } from '../flow/schema';
import { canvasElements } from '../flow/toCanvas';
import { Icon } from '../player/Icon';
import { usePlayerStore } from '../player/playerStore';
import { CurrentLabel } from './CurrentLabel';
import { ArrowMarkers, CurrentToken, EdgePills, MessageEdge } from './MessageEdge';
import { ParticipantCard } from './ParticipantCard';
import { ParticipantCardContext, ParticipantNode } from './ParticipantNode';
import { createStepView, StepViewContext } from './stepView';
import { useCamera } from './useCamera';
import { useElementSize } from './useElementSize';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';
import './canvas.css';

// Module constants: a new object per render would make React Flow remount every node (its warning error002).
const nodeTypes = { participant: ParticipantNode };
const edgeTypes = { message: MessageEdge };
const proOptions = { hideAttribution: true };

export interface FlowCanvasProps {
  flow: Flow;
  layout: FlowLayout;
  index: number;
  /** Presenting: names at least 18 px on screen instead of 12. */
  presenting?: boolean;
  /** In a docs page's frame the wheel scrolls the page (pinch or Ctrl+wheel zooms), and there are no zoom buttons. */
  embedded?: boolean;
  /** Buttons shown first in the canvas toolbar (the camera switch). */
  toolbar?: ReactNode;
  /** Room taken by overlays the page puts on the stage (a presenter's title and pill). */
  insets?: Insets;
}

/** The flow as participants and the messages between them, with the current step's message travelling. */
export function FlowCanvas(props: FlowCanvasProps) {
  return (
    <ReactFlowProvider>
      <Canvas {...props} />
    </ReactFlowProvider>
  );
}

function ZoomButtons() {
  const { zoomIn, zoomOut } = useReactFlow();
  const pauseCamera = usePlayerStore((s) => s.pauseCamera);
  return (
    <>
      <button type="button" className="canvas-tool" aria-label="Zoom in" title="Zoom in" onClick={() => { pauseCamera(); void zoomIn({ duration: 200 }); }}>
        <Icon name="plus" />
      </button>
      <button type="button" className="canvas-tool" aria-label="Zoom out" title="Zoom out" onClick={() => { pauseCamera(); void zoomOut({ duration: 200 }); }}>
        <Icon name="minus" />
      </button>
    </>
  );
}

function Canvas({ flow, layout, index, presenting = false, embedded = false, toolbar, insets = NO_INSETS }: FlowCanvasProps) {
  const stage = useRef<HTMLDivElement>(null);
  const label = useRef<HTMLDivElement>(null);
  const size = useElementSize(stage);
  const variant = layout[size ? chooseVariant(layout, size) : 'wide'];
  const pauseCamera = usePlayerStore((s) => s.pauseCamera);
  const resumeCamera = usePlayerStore((s) => s.resumeCamera);
  const [openCard, setOpenCard] = useState<string>();

  // React Flow gets the same nodes and edges on every step; each one follows the step through the step view.
  const elements = useMemo(() => canvasElements(flow, variant), [flow, variant]);
  const [stepView] = useState(() => createStepView({ flow, index }));
  useLayoutEffect(() => stepView.setState({ flow, index }), [stepView, flow, index]);

  // Another flow starts with the camera following again.
  useEffect(() => resumeCamera(), [flow.id, resumeCamera]);
  // The toolbar sits in the bottom-right corner: the framing keeps clear of its band.
  const toolbarEl = useRef<HTMLDivElement>(null);
  const toolbarHeight = useElementSize(toolbarEl)?.height ?? 0;
  const framingInsets = useMemo(
    () => (toolbarHeight ? { ...insets, bottom: Math.max(insets.bottom, toolbarHeight + 20) } : insets),
    [insets, toolbarHeight],
  );
  const show = useCallback((shown: Box | undefined) => stepView.setState({ shown }), [stepView]);
  useCamera({ flow, layout: variant, index, size, limits: presenting ? PRESENTING : READING, label, stage, insets: framingInsets, show });

  const { getViewport, setCenter } = useReactFlow();
  const reducedMotion = usePrefersReducedMotion();
  const cards = useMemo(() => ({
    openId: openCard,
    toggle: (id: string) => setOpenCard((open) => (open === id ? undefined : id)),
    // A participant reached with Tab may be off screen: bring it into view (the reader is now steering).
    reveal: (id: string) => {
      const root = stage.current?.querySelector('.react-flow');
      // The browser scrolls the clipped canvas to show a focused element; the camera does that job instead.
      if (root) root.scrollLeft = root.scrollTop = 0;
      const box = variant.nodes[id];
      const view = stage.current?.getBoundingClientRect();
      if (!box || !view) return;
      const { x, y, zoom } = getViewport();
      const left = box.x * zoom + x;
      const top = box.y * zoom + y;
      if (left >= 0 && top >= 0 && left + box.width * zoom <= view.width && top + box.height * zoom <= view.height) return;
      pauseCamera();
      void setCenter(box.x + box.width / 2, box.y + box.height / 2, { zoom, duration: reducedMotion ? 0 : 300 });
    },
  }), [openCard, variant, getViewport, setCenter, pauseCamera, reducedMotion]);
  const step = flow.steps[index];
  const participant = openCard ? flow.participants.find((p) => p.id === openCard) : undefined;

  return (
    <div ref={stage} className={`flow-canvas${presenting ? ' flow-canvas--presenting' : ''}`} aria-label={`Diagram of ${flow.title}`} role="region" data-camera="still">
      <ArrowMarkers />
      <StepViewContext value={stepView}>
        <ParticipantCardContext value={cards}>
          <ReactFlow
            nodes={elements.nodes}
            edges={elements.edges}
            nodeTypes={nodeTypes}
            edgeTypes={edgeTypes}
            minZoom={0.1}
            maxZoom={3}
            onMove={(event) => {
              // Only the reader's own pan or zoom carries an event; the camera's moves do not.
              if (event && !usePlayerStore.getState().cameraPaused) pauseCamera();
            }}
            zoomOnScroll={!embedded}
            preventScrolling={!embedded}
            nodesDraggable={false}
            nodesConnectable={false}
            nodesFocusable={false}
            edgesFocusable={false}
            elementsSelectable={false}
            panActivationKeyCode={null}
            selectionKeyCode={null}
            multiSelectionKeyCode={null}
            deleteKeyCode={null}
            zoomActivationKeyCode={null}
            disableKeyboardA11y
            proOptions={proOptions}
          >
            <ViewportPortal>
              <EdgePills edges={elements.edges} />
              <CurrentToken edges={elements.edges} />
              <CurrentLabel ref={label} step={step} number={index + 1} />
            </ViewportPortal>
          </ReactFlow>
        </ParticipantCardContext>
      </StepViewContext>
      {(toolbar || !embedded) && !presenting && (
        <div ref={toolbarEl} className="canvas-toolbar" role="toolbar" aria-label="Camera">
          {toolbar}
          {!embedded && <ZoomButtons />}
        </div>
      )}
      {participant && <ParticipantCard flow={flow} participant={participant} onClose={() => setOpenCard(undefined)} />}
    </div>
  );
}
