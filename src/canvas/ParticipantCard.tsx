import { useEffect, useRef } from 'react';
import { Markdown } from '../details/Markdown';
import type { Flow, Participant } from '../flow/schema';
import { Icon } from '../player/Icon';
import { participantCardId } from './ParticipantNode';

/**
 * A participant's description, opened by clicking, tapping or pressing Enter on it: reachable by keyboard and touch,
 * unlike a tooltip. It stays on the stage, outside the zoomed drawing, so it is readable at any zoom.
 */
export function ParticipantCard({ flow, participant, onClose }: { flow: Flow; participant: Participant; onClose: () => void }) {
  const steps = flow.steps.flatMap((s, i) => (s.from === participant.id || s.to === participant.id ? [i + 1] : []));
  const card = useRef<HTMLElement>(null);
  useEffect(() => {
    const onKey = (event: KeyboardEvent) => {
      if (event.key !== 'Escape') return;
      event.stopPropagation();
      onClose();
      document.querySelector<HTMLElement>(`[aria-controls="${participantCardId(participant.id)}"]`)?.focus();
    };
    const el = card.current;
    el?.addEventListener('keydown', onKey);
    return () => el?.removeEventListener('keydown', onKey);
  }, [onClose, participant.id]);
  return (
    <section ref={card} id={participantCardId(participant.id)} className="participant-card" aria-label={participant.label}>
      <header className="participant-card-header">
        <h3>{participant.label}</h3>
        <button type="button" className="icon-button icon-button--small" aria-label="Close" title="Close (Esc)" onClick={onClose}>
          <Icon name="close" />
        </button>
      </header>
      <p className="participant-card-meta">
        {participant.kind}{participant.tech ? ` · ${participant.tech}` : ''} · in step{steps.length === 1 ? '' : 's'} {steps.join(', ')}
      </p>
      {participant.description ? <Markdown source={participant.description} /> : <p className="details-empty">No description in this flow.</p>}
    </section>
  );
}
