import { systems } from 'virtual:flows';
import { useCallback } from 'react';
import { flowHref } from '../app/urls';
import { MarkdownInline } from '../details/Markdown';
import { StepDetails } from '../details/StepDetails';
import { commands } from '../player/commands';
import { CommandButton } from '../player/CommandButton';
import { Controls } from '../player/Controls';
import { StepList } from '../player/StepList';
import { AppHeader } from './AppHeader';
import { FlowStage, ViewSwitch } from './FlowStage';
import { ShortcutHelp } from './ShortcutHelp';
import { flowTitle, useExplorer, type ExplorerProps } from './useExplorer';

export function FlowExplorer(props: ExplorerProps) {
  const { flow, layout, index, first, last, notices, goTo, setView } = props;
  const { context, step, view, feedback, helpOpen, closeHelp } = useExplorer(props);
  const system = systems.find((s) => s.id === flow.system);
  const stepHref = useCallback((stepId: string) => flowHref(flow.id, stepId), [flow.id]);

  return (
    <div className="explorer">
      <AppHeader
        actions={
          <>
            <CommandButton command={commands.copyLink} context={context} icon="link" showLabel className="text-button" />
            <CommandButton command={commands.copyMermaid} context={context} showLabel className="text-button" />
            <CommandButton command={commands.copyEmbed} context={context} showLabel className="text-button" />
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
      {notices.map((notice) => (
        <p key={notice} className="notice" role="alert">{notice}</p>
      ))}
      <div className="explorer-body">
        <StepList flow={flow} index={index} first={first} last={last} stepHref={stepHref} onSelect={goTo} />
        <main className="stage" aria-label="Flow">
          <div className="stage-intro">
            <div>
              <p className="flow-summary"><MarkdownInline source={flow.summary} /></p>
              <p className="flow-source">
                Source: {flow.source.url ? <a href={flow.source.url} target="_blank" rel="noopener noreferrer">{flow.source.document}</a> : flow.source.document}
                {' › '}{flow.source.section}
              </p>
            </div>
            <ViewSwitch view={view} setView={setView} />
          </div>
          <FlowStage flow={flow} layout={layout} index={index} first={first} last={last} view={view} goTo={goTo} context={context} />
          <div className="stage-bar">
            <Controls context={context} />
            <p className="status-line" role="status" aria-live="polite" aria-atomic="true">
              Step {index + 1} of {flow.steps.length}: {step.label}
            </p>
            <p className="copy-feedback" aria-live="polite">{feedback}</p>
          </div>
        </main>
        <StepDetails flow={flow} index={index} flowHref={flowHref} flowTitle={flowTitle} />
      </div>
      <ShortcutHelp open={helpOpen} context={context} onClose={closeHelp} />
    </div>
  );
}
