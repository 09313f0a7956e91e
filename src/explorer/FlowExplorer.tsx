import { onThisPath } from '../flow/branches';
import { systems } from 'virtual:flows';
import { useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import { takeFollowedLink } from '../app/arrival';
import { flowHref } from '../app/urls';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { StepDetails } from '../details/StepDetails';
import { Controls } from '../player/Controls';
import { Icon } from '../player/Icon';
import { ForkChooser } from '../player/ForkChooser';
import { StepList } from '../player/StepList';
import { AppHeader } from './AppHeader';
import { EmbedDialog } from './EmbedDialog';
import { FlowStage, ViewSwitch } from './FlowStage';
import { FlowSummary } from './FlowSummary';
import { HeaderActions } from './HeaderActions';
import { ShortcutHelp } from './ShortcutHelp';
import { StepsDrawer } from './StepsDrawer';
import { flowTitle, useExplorer, type ExplorerProps } from './useExplorer';
import { LazyTourBar } from '../tours/LazyTourBar';

export function FlowExplorer(props: ExplorerProps) {
  const { flow, layout, index, first, last, search, notices, goTo, setView, choices, choose, openStep } = props;
  const { context, step, view, dwellMs, feedback, helpOpen, closeHelp, embedOpen, closeEmbed } = useExplorer(props);
  const [stepsOpen, setStepsOpen] = useState(false);
  // A step change paints the controls, the status and the step list in the next frame; the diagram and the details
  // (most of the work) follow in a render React can interrupt, so a key press never waits for them. (Rendering all of
  // it at once brings the whole step sooner, but on a 500-step flow a press then waits up to ~350 ms for the last.)
  // The flow is deferred with its index: another outcome changes both, and the old index may not exist on the new path.
  const now = useMemo(() => ({ flow, index, first, last, context }), [flow, index, first, last, context]);
  const shown = useDeferredValue(now);
  const system = systems.find((s) => s.id === flow.system);
  const stepHref = useCallback((stepId: string) => flowHref(flow.id, stepId, search.path), [flow.id, search.path]);
  const tree = useMemo(() => ({ choices, choose, openStep }), [choices, choose, openStep]);
  const title = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    if (takeFollowedLink()) title.current?.focus();
  }, []);

  return (
    <div className="explorer">
      <a
        className="skip-link"
        href="#step-controls"
        onClick={(event) => {
          event.preventDefault();
          document.querySelector<HTMLElement>('#step-controls button')?.focus();
        }}
      >
        Skip to step controls
      </a>
      <AppHeader actions={<HeaderActions context={context} feedback={feedback} />}>
        <span className="crumb-system">{system?.name ?? flow.system}</span>
        <span aria-hidden="true" className="crumb-separator">/</span>
        <h1 ref={title} tabIndex={-1} className="flow-title">{flow.title}</h1>
        {flow.illustrative && (
          <span className="badge badge--illustrative" title="Follows the system's documentation; there is no public implementation to check it against">
            Illustrative
          </span>
        )}
      </AppHeader>
      <LazyTourBar tourId={search.tour} flowId={flow.id} stepId={step.id} atEnd={index === last} />
      {notices.map((notice) => (
        <p key={notice} className="notice" role="alert">{notice}</p>
      ))}
      <div className="explorer-body">
        <StepList flow={flow} tree={tree} index={index} first={first} last={last} stepHref={stepHref} onSelect={goTo} className="step-list--column" />
        <main className="stage" aria-label="Flow">
          <div className="stage-intro">
            <FlowSummary flow={flow} />
            <ViewSwitch view={view} setView={setView} />
          </div>
          <FlowStage flow={shown.flow} layout={layout} index={shown.index} first={shown.first} last={shown.last} view={view} goTo={goTo} openStep={openStep} context={shown.context} />
          <ForkChooser context={context} />
          <div className="stage-bar">
            <button type="button" className="control-button steps-toggle" aria-label="Steps" title="Steps" aria-haspopup="dialog" onClick={() => setStepsOpen(true)}>
              <Icon name="steps" />
            </button>
            <Controls context={context} dwellMs={dwellMs} stepId={step.id} id="step-controls" />
            <p className="status-line" role="status" aria-live="polite" aria-atomic="true">
              Step {index + 1} of {flow.steps.length}{onThisPath(flow)}: {step.label}
            </p>
          </div>
        </main>
        <ErrorBoundary what="The step details">
          <StepDetails flow={shown.flow} index={shown.index} flowHref={flowHref} flowTitle={flowTitle} related={props.related} />
        </ErrorBoundary>
      </div>
      <StepsDrawer open={stepsOpen} onClose={() => setStepsOpen(false)}>
        {stepsOpen && (
          <StepList
            flow={flow}
            tree={tree}
            index={index}
            first={first}
            last={last}
            stepHref={stepHref}
            onSelect={(i) => {
              goTo(i);
              setStepsOpen(false);
            }}
          />
        )}
      </StepsDrawer>
      <p className="visually-hidden" aria-live="polite">{feedback?.text}</p>
      <ShortcutHelp open={helpOpen} context={context} onClose={closeHelp} />
      <EmbedDialog open={embedOpen} onClose={closeEmbed} flow={flow} index={index} view={view} path={search.path} />
    </div>
  );
}
