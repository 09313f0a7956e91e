import { Handle, Position, type Node, type NodeProps } from '@xyflow/react';
import { createContext, Fragment, memo, useContext } from 'react';
import { participantRole, type StaticNodeData } from '../flow/toCanvas';
import { useStepView } from './stepView';
import { ParticipantIcon } from './ParticipantIcon';

export type ParticipantNodeType = Node<StaticNodeData, 'participant'>;

export const ROLE_TEXT = { idle: '', sender: 'sends', receiver: 'receives', self: 'working' } as const;

/** Which participant's card is open, and how to open one: participants are buttons, their card shows the description. */
export const ParticipantCardContext = createContext<{ openId: string | undefined; toggle: (id: string) => void; reveal: (id: string) => void }>({
  openId: undefined,
  toggle: () => {},
  reveal: () => {},
});

export const participantCardId = (id: string) => `participant-card-${id}`;

/** Break opportunities after "/" (the browser already breaks after spaces and hyphens), never inside a word. */
export function withBreaks(text: string) {
  return text.split(/(?<=\/)/).map((part, i) => (
    <Fragment key={i}>{i > 0 && <wbr />}{part}</Fragment>
  ));
}

export const ParticipantNode = memo(function ParticipantNode({ id, data }: NodeProps<ParticipantNodeType>) {
  const { participant, width, height } = data;
  const role = useStepView((view) => participantRole(view.flow.steps[view.index], id));
  const { openId, toggle, reveal } = useContext(ParticipantCardContext);
  const open = openId === id;
  const roleText = ROLE_TEXT[role];
  // Inline in the last visible line, so the name reads "Redis, Redis, queue — receives in this step".
  const spoken = <span className="visually-hidden">, {participant.kind}{roleText ? ` — ${roleText} in this step` : ''}</span>;
  return (
    <div className={`participant participant--${participant.kind} participant--${role}`} data-role={role} style={{ width, height }}>
      {/* Edges draw their own routes; React Flow still needs one anchor per end. */}
      <Handle type="source" position={Position.Top} isConnectable={false} className="participant-handle" />
      <Handle type="target" position={Position.Top} isConnectable={false} className="participant-handle" />
      {/* Named by its visible text, with kind and role for screen readers (the badge below is for the eye). */}
      <button type="button" className="participant-button" aria-expanded={open} aria-controls={open ? participantCardId(id) : undefined} onClick={() => toggle(id)} onFocus={() => reveal(id)}>
        <span className="participant-kind-icon"><ParticipantIcon kind={participant.kind} /></span>
        <span className="participant-text">
          <span className="participant-label">
            {withBreaks(participant.label)}
            {participant.tech ? <span className="visually-hidden">,</span> : spoken}
          </span>
          {participant.tech && <span className="participant-tech">{withBreaks(participant.tech)}{spoken}</span>}
        </span>
      </button>
      {roleText && <span className="participant-role" aria-hidden="true">{roleText}</span>}
    </div>
  );
});
