import { BaseEdge, EdgeLabelRenderer, type Edge, type EdgeProps } from '@xyflow/react';
import { memo } from 'react';
import type { MessageEdgeData } from '../flow/toCanvas';
import { usePlayerStore } from '../player/playerStore';
import { edgeGeometry } from './edgeGeometry';
import { Token } from './Token';
import { usePrefersReducedMotion } from './usePrefersReducedMotion';

export type MessageEdgeType = Edge<MessageEdgeData, 'message'>;

function CurrentToken({ path, reverse }: { path: string; reverse: boolean }) {
  const speed = usePlayerStore((s) => s.speed);
  const reducedMotion = usePrefersReducedMotion();
  return <Token path={path} reverse={reverse} speed={speed} reducedMotion={reducedMotion} />;
}

export const MessageEdge = memo(function MessageEdge({ id, data, sourceX, sourceY, targetX, targetY }: EdgeProps<MessageEdgeType>) {
  if (!data) return null;
  const { path, labelX, labelY } = edgeGeometry(data.lane, data.span, sourceX, sourceY, targetX, targetY);
  const current = data.current;
  const marker = current ? `url(#fe-arrow-${current.kind === 'response' ? 'response' : 'current'})` : undefined;
  return (
    <>
      <BaseEdge
        id={id}
        path={path}
        className={`message-edge message-edge--${data.status}${current ? ` message-edge--${current.kind}` : ''}`}
        markerEnd={current && !current.reverse ? marker : undefined}
        markerStart={current?.reverse ? marker : undefined}
      />
      {current && <CurrentToken key={current.stepId} path={path} reverse={current.reverse} />}
      <EdgeLabelRenderer>
        <div
          className={`edge-label edge-label--${data.status}`}
          style={{ transform: `translate(-50%, -50%) translate(${labelX}px, ${labelY}px)` }}
          data-edge={id}
        >
          {current ? (
            <>
              <span className="edge-step-number">{current.number}</span>
              <span className="edge-step-label">{current.label}</span>
            </>
          ) : (
            <span className="edge-step-numbers">{data.stepNumbers.join(' · ')}</span>
          )}
        </div>
      </EdgeLabelRenderer>
    </>
  );
});
