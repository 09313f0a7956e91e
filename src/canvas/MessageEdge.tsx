import type { Edge, EdgeProps } from '@xyflow/react';
import { memo, useMemo } from 'react';
import type { Point } from '../flow/layout';
import { edgeState, type StaticEdgeData } from '../flow/toCanvas';
import { usePlayerStore } from '../player/playerStore';
import { Token } from './Token';
import { useBoxShown, useEdgeState, useRoutePieces, useStepView } from './stepView';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';

export type MessageEdgeType = Edge<StaticEdgeData, 'message'>;

const marker = (name: string) => `url(#fe-arrow-${name})`;
const NO_STEPS: number[] = [];
const NO_POINTS: Point[] = [];

/**
 * A pair of participants' messages: the route from the layout and an arrowhead at every end a message arrives at. On
 * the current step its token (CurrentToken) travels along it. Its pill is drawn by EdgePills.
 */
export const MessageEdge = memo(function MessageEdge({ source, data }: EdgeProps<MessageEdgeType>) {
  const { status, current } = useEdgeState(source, data?.stepNumbers ?? NO_STEPS);
  const pieces = useRoutePieces(data?.points ?? NO_POINTS);
  if (!data) return null;
  const { arrives } = data;
  // The current message's own arrowhead is drawn in its colour; the other direction keeps the edge's.
  const currentMarker = current && (current.kind === 'response' ? 'response' : 'current');
  const endMarker = current && !current.reverse ? currentMarker : arrives.atTarget ? status : undefined;
  const startMarker = current?.reverse ? currentMarker : arrives.atSource ? status : undefined;
  const className = `react-flow__edge-path message-edge message-edge--${status}${current ? ` message-edge--${current.kind}` : ''}`;
  return (
    <>
      {pieces.map((piece) => (
        <path
          key={piece.along}
          d={piece.d}
          className={className}
          // A stretch that starts part-way along the line keeps the dashes where the whole line would have them.
          style={piece.along ? { strokeDashoffset: piece.along } : undefined}
          markerStart={piece.first && startMarker ? marker(startMarker) : undefined}
          markerEnd={piece.last && endMarker ? marker(endMarker) : undefined}
        />
      ))}
    </>
  );
});

const SIZE: Record<string, number> = { current: 15, response: 15, done: 11, upcoming: 11, other: 9 };

/** Arrowheads, one per edge state, drawn pointing along the path at either end. */
export function ArrowMarkers() {
  return (
    <svg className="marker-defs" aria-hidden="true" width="0" height="0">
      <defs>
        {Object.keys(SIZE).map((name) => (
          <marker key={name} id={`fe-arrow-${name}`} viewBox="0 0 10 10" refX="9" refY="5" markerWidth={SIZE[name]} markerHeight={SIZE[name]} orient="auto-start-reverse" markerUnits="userSpaceOnUse">
            <path d="M 0 0 L 10 5 L 0 10 z" className={`marker marker--${name}`} />
          </marker>
        ))}
      </defs>
    </svg>
  );
}

type PillEdge = { id: string; source: string; data: StaticEdgeData };

const EdgePill = memo(function EdgePill({ id, source, data }: PillEdge) {
  const { status: state } = useEdgeState(source, data.stepNumbers);
  const shown = useBoxShown(data.pill);
  // On the current step the pill gives way to the current label (placed by FlowCanvas); other outcomes' edges have none.
  if (state === 'current' || state === 'other' || !shown) return null;
  return (
    <div
      className={`edge-pill edge-pill--${state}`}
      style={{ transform: `translate(${data.pill.x}px, ${data.pill.y}px)`, width: data.pill.width, height: data.pill.height }}
      data-edge={id}
      aria-hidden="true"
    >
      {data.stepNumbers.join(' · ')}
    </div>
  );
});

/** The current step's message travelling along its edge, in the viewport layer above the edges. */
export function CurrentToken({ edges }: { edges: readonly PillEdge[] }) {
  const flow = useStepView((view) => view.flow);
  const index = useStepView((view) => view.index);
  const speed = usePlayerStore((s) => s.speed);
  const reducedMotion = usePrefersReducedMotion();
  const carrier = useMemo(() => {
    for (const edge of edges) {
      const { current } = edgeState(flow, { source: edge.source, stepNumbers: edge.data.stepNumbers }, index);
      if (current) return { points: edge.data.points, current };
    }
    return undefined;
  }, [edges, flow, index]);
  if (!carrier) return null;
  return <Token key={carrier.current.stepId} points={carrier.points} reverse={carrier.current.reverse} speed={speed} reducedMotion={reducedMotion} />;
}

/**
 * Every edge's pill (its step numbers), in one layer of the viewport. React Flow's EdgeLabelRenderer would give each
 * edge a store subscription that searches the DOM on every camera frame.
 */
export function EdgePills({ edges }: { edges: readonly PillEdge[] }) {
  return (
    <>
      {edges.map((edge) => (
        <EdgePill key={edge.id} id={edge.id} source={edge.source} data={edge.data} />
      ))}
    </>
  );
}
