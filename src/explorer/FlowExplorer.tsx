import { catalog, systems } from 'virtual:flows';
import { useCallback, useMemo, useState } from 'react';
import { copyText } from '../app/copyText';
import { absoluteStepUrl, flowHref } from '../app/urls';
import { FlowCanvas } from '../canvas/FlowCanvas';
import { MarkdownInline } from '../details/Markdown';
import { StepDetails } from '../details/StepDetails';
import type { Flow } from '../flow/schema';
import { stepBounds } from '../flow/resolveStep';
import { commands, type CommandContext } from '../player/commands';
import { CommandButton } from '../player/CommandButton';
import { Controls } from '../player/Controls';
import { usePlayerStore } from '../player/playerStore';
import { StepList } from '../player/StepList';
import { useCommandKeys } from '../player/useCommandKeys';
import { usePlayback } from '../player/usePlayback';
import { AppHeader } from './AppHeader';
import { ShortcutHelp } from './ShortcutHelp';
import { useDocumentTitle } from './useDocumentTitle';

interface Props {
  flow: Flow;
  index: number;
  /** A step id from the URL that this flow does not have. */
  unknownStep?: string;
  goTo: (index: number) => void;
}

const flowTitle = (id: string) => catalog.find((f) => f.id === id)?.title;

export function FlowExplorer({ flow, index, unknownStep, goTo }: Props) {
  const step = flow.steps[index];
  const { first, last } = stepBounds(flow);
  const playing = usePlayerStore((s) => s.playing);
  const play = usePlayerStore((s) => s.play);
  const pause = usePlayerStore((s) => s.pause);
  const [helpOpen, setHelpOpen] = useState(false);
  const [copied, setCopied] = useState('');
  const system = systems.find((s) => s.id === flow.system);

  const copyLink = useCallback(async () => {
    const ok = await copyText(absoluteStepUrl(flow.id, step.id));
    setCopied(ok ? 'Link to this step copied' : 'Could not copy: copy the address bar instead');
    window.setTimeout(() => setCopied(''), 2500);
  }, [flow.id, step.id]);

  const context: CommandContext = useMemo(
    () => ({ index, first, last, playing, goTo, play, pause, copyLink, toggleHelp: () => setHelpOpen((o) => !o) }),
    [index, first, last, playing, goTo, play, pause, copyLink],
  );
  useCommandKeys(context);
  usePlayback(index, last, goTo);
  useDocumentTitle(`${flow.title} — ${step.label} · Flow Explorer`);
  const stepHref = useCallback((stepId: string) => flowHref(flow.id, stepId), [flow.id]);
  const position = useMemo(() => ({ number: index + 1, total: flow.steps.length }), [index, flow.steps.length]);

  return (
    <div className="explorer">
      <AppHeader
        actions={
          <>
            <CommandButton command={commands.copyLink} context={context} icon="link" showLabel className="text-button" />
            <CommandButton command={commands.help} context={context} icon="keyboard" className="icon-button" />
          </>
        }
      >
        <span className="crumb-system">{system?.name ?? flow.system}</span>
        <span aria-hidden="true" className="crumb-separator">/</span>
        <h1 className="flow-title">{flow.title}</h1>
        {flow.illustrative && (
          <span className="badge badge--illustrative" title="Follows the system's documentation; there is no public implementation to check it against">
            Illustrative
          </span>
        )}
      </AppHeader>
      {unknownStep !== undefined && (
        <p className="notice" role="alert">
          No step '{unknownStep}' in this flow — showing step {first + 1}.
        </p>
      )}
      <div className="explorer-body">
        <StepList flow={flow} index={index} first={first} last={last} stepHref={stepHref} onSelect={goTo} />
        <main className="stage" aria-label="Flow">
          <div className="stage-intro">
            <p className="flow-summary"><MarkdownInline source={flow.summary} /></p>
            <p className="flow-source">
              Source: {flow.source.url ? <a href={flow.source.url} target="_blank" rel="noopener noreferrer">{flow.source.document}</a> : flow.source.document}
              {' › '}{flow.source.section}
            </p>
          </div>
          <FlowCanvas flow={flow} index={index} />
          <div className="stage-bar">
            <Controls context={context} />
            <p className="status-line" role="status" aria-live="polite" aria-atomic="true">
              Step {index + 1} of {flow.steps.length}: {step.label}
            </p>
            <p className="copy-feedback" aria-live="polite">{copied}</p>
          </div>
        </main>
        <StepDetails flow={flow} index={index} position={position} flowHref={flowHref} flowTitle={flowTitle} />
      </div>
      <ShortcutHelp open={helpOpen} context={context} onClose={() => setHelpOpen(false)} />
    </div>
  );
}
