import { flowHref, flowPageHref } from '../app/urls';
import { StepDetails } from '../details/StepDetails';
import { Controls } from '../player/Controls';
import { FlowStage, ViewSwitch } from './FlowStage';
import { flowTitle, useExplorer, type ExplorerProps } from './useExplorer';

/** `?embed=1`: the flow for an iframe in documentation — the diagram, compact controls and the details, no app chrome. */
export function EmbeddedExplorer(props: ExplorerProps) {
  const { flow, layout, index, first, last, search, notices, goTo, setView } = props;
  const { context, step, view } = useExplorer(props);
  // Links inside the frame open the full explorer in a new tab instead of navigating the docs page's frame.
  const fullView = flowPageHref(flow.id, { step: step.id, view: search.view });

  return (
    <div className="embed">
      <div className="embed-bar">
        <span className="embed-heading">
          <a className="embed-title" href={fullView} target="_blank" rel="noopener noreferrer" title="Open in Flow Explorer">
            {flow.title} <span aria-hidden="true">↗</span>
          </a>
          {flow.illustrative && <span className="badge badge--illustrative" title="Follows the system's documentation; there is no public implementation to check it against">Illustrative</span>}
        </span>
        <ViewSwitch view={view} setView={setView} />
      </div>
      {notices.map((notice) => (
        <p key={notice} className="notice" role="alert">{notice}</p>
      ))}
      <div className="embed-body">
        <main className="stage" aria-label="Flow">
          <FlowStage flow={flow} layout={layout} index={index} first={first} last={last} view={view} goTo={goTo} context={context} embedded />
        </main>
        <StepDetails flow={flow} index={index} flowHref={flowHref} flowTitle={flowTitle} linksInNewTab />
      </div>
      <div className="stage-bar stage-bar--compact">
        <Controls context={context} />
        <p className="status-line" role="status" aria-live="polite" aria-atomic="true">
          Step {index + 1} of {flow.steps.length}: {step.label}
        </p>
      </div>
    </div>
  );
}
