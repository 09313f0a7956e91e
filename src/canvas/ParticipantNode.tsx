import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { memo } from 'react';
import type { ParticipantNodeData } from '../flow/toCanvas';
import { ParticipantIcon } from './ParticipantIcon';

export type ParticipantNodeType = Node<ParticipantNodeData, 'participant'>;

const ROLE_TEXT = { idle: '', sender: 'sends', receiver: 'receives', self: 'working' } as const;

// Handles are anchors for edges only (nothing is connectable), so they are invisible.
const SIDES = [['left', Position.Left], ['right', Position.Right], ['top', Position.Top], ['bottom', Position.Bottom]] as const;
const HANDLES = SIDES.flatMap(([side, position]) => [
  { id: `${side}-out`, type: 'source' as const, position },
  { id: `${side}-in`, type: 'target' as const, position },
]);

export const ParticipantNode = memo(function ParticipantNode({ data }: NodeProps<ParticipantNodeType>) {
  const { participant, role, selfStep } = data;
  return (
    <div className={`participant participant--${participant.kind} participant--${role}`} data-role={role} title={participant.description}>
      {HANDLES.map((h) => (
        <Handle key={h.id} id={h.id} type={h.type} position={h.position} isConnectable={false} className="participant-handle" />
      ))}
      <span className="participant-kind-icon"><ParticipantIcon kind={participant.kind} /></span>
      <span className="participant-text">
        <span className="participant-label">{participant.label}</span>
        {participant.tech && <span className="participant-tech">{participant.tech}</span>}
      </span>
      {role !== 'idle' && <span className="participant-role">{ROLE_TEXT[role]}</span>}
      {selfStep && (
        <span className="participant-self-step">
          <span className="edge-step-number">{selfStep.number}</span> {selfStep.label}
        </span>
      )}
    </div>
  );
}, (a, b) => a.data === b.data);
