import { Background, Controls, ReactFlow } from '@xyflow/react';
import '@xyflow/react/dist/base.css';
import { useMemo, useRef } from 'react';
import type { Flow } from '../flow/schema';
import { toCanvas, type CanvasModel } from '../flow/toCanvas';
import { MessageEdge } from './MessageEdge';
import { ParticipantNode } from './ParticipantNode';
import './canvas.css';

// Module constants: a new object per render would make React Flow remount every node (its warning error002).
const nodeTypes = { participant: ParticipantNode };
const edgeTypes = { message: MessageEdge };
const fitViewOptions = { padding: 0.18, maxZoom: 1.1 };

function ArrowMarkers() {
  return (
    <svg className="marker-defs" aria-hidden="true" width="0" height="0">
      <defs>
        {['current', 'response'].map((name) => (
          <marker key={name} id={`fe-arrow-${name}`} viewBox="0 0 10 10" refX="8.5" refY="5" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
            <path d="M 0 0 L 10 5 L 0 10 z" className={`marker marker--${name}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

/** The flow as participants and the messages between them, with the current step's message travelling. */
export function FlowCanvas({ flow, index }: { flow: Flow; index: number }) {
  // The previous model of the same flow lets toCanvas keep every node and edge the step change leaves alone.
  const previous = useRef<{ flow: Flow; model: CanvasModel } | undefined>(undefined);
  const model = useMemo(() => {
    const next = toCanvas(flow, index, previous.current?.flow === flow ? previous.current.model : undefined);
    previous.current = { flow, model: next };
    return next;
  }, [flow, index]);

  return (
    <div className="flow-canvas" aria-label={`Diagram of ${flow.title}`} role="region">
      <ArrowMarkers />
      <ReactFlow
        nodes={model.nodes}
        edges={model.edges}
        nodeTypes={nodeTypes}
        edgeTypes={edgeTypes}
        fitView
        fitViewOptions={fitViewOptions}
        minZoom={0.2}
        maxZoom={2.5}
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
        proOptions={{ hideAttribution: false }}
      >
        <Background gap={24} size={1} />
        <Controls showInteractive={false} position="bottom-right" />
      </ReactFlow>
    </div>
  );
}
