import { onThisPath } from '../flow/branches';
import { useState } from 'react';
import { flowHref, flowPageHref } from '../app/urls';
import { ErrorBoundary } from '../app/ErrorBoundary';
import { StepDetails } from '../details/StepDetails';
import { stepPosition } from '../flow/resolveStep';
import { Controls } from '../player/Controls';
import { ForkSelect } from '../player/ForkChooser';
import { Icon } from '../player/Icon';
import { CameraButton, FlowStage, ViewSwitch } from './FlowStage';
import { useMediaQuery } from './useMediaQuery';
import { flowTitle, useExplorer, type ExplorerProps } from './useExplorer';
import './embed.css';

/**
 * `?embed=1`: the flow for an iframe in documentation — the diagram, compact controls and the details, no app chrome.
 * The frame's own document never scrolls (only its panels do), so stepping never moves the page that hosts it.
 */
export function EmbeddedExplorer(props: ExplorerProps) {
  const { flow, layout, index, first, last, search, notices, goTo, setView } = props;
  const { context, step, view, dwellMs } = useExplorer(props);
  const wide = useMediaQuery('(min-width: 900px)');
  const placement = search.details ?? (wide ? 'side' : 'none');
  const [detailsOpen, setDetailsOpen] = useState(false);
  const position = stepPosition(index, first, last, flow.steps.length, onThisPath(flow));
  // Links inside the frame open the full explorer in a new tab instead of navigating the docs page's frame.
  const fullView = flowPageHref(flow.id, { step: step.id, path: search.path, view: search.view });
  const details = (
    <ErrorBoundary what="The step details">
      <StepDetails flow={flow} index={index} flowHref={flowHref} flowTitle={flowTitle} linksInNewTab position={position.full} related={props.related} />
    </ErrorBoundary>
  );

  return (
    <main className={`embed embed--details-${placement}`} aria-label={flow.title}>
      <div className="embed-bar">
        <h1 className="embed-heading">
          <a className="embed-title" href={fullView} target="_blank" rel="noopener noreferrer" title="Open in Flow Explorer">
            {flow.title} <span aria-hidden="true">↗</span>
          </a>
          {flow.illustrative && <span className="badge badge--illustrative" title="Follows the system's documentation; there is no public implementation to check it against">Illustrative</span>}
        </h1>
        <ViewSwitch view={view} setView={setView} />
      </div>
      {notices.map((notice) => (
        <p key={notice} className="notice" role="alert">{notice}</p>
      ))}
      <div className="embed-body">
        <section className="stage" aria-label="Flow">
          <FlowStage flow={flow} layout={layout} index={index} first={first} last={last} view={view} goTo={goTo} openStep={props.openStep} context={context} mode="embed" />
          {placement === 'none' && detailsOpen && (
            <div className="embed-details-overlay">
              <button type="button" className="icon-button embed-details-close" aria-label="Close details" onClick={() => setDetailsOpen(false)}>
                <Icon name="close" />
              </button>
              {details}
            </div>
          )}
        </section>
        {placement !== 'none' && details}
      </div>
      <div className="stage-bar stage-bar--compact">
        <Controls context={context} dwellMs={dwellMs} stepId={step.id} />
        <ForkSelect context={context} />
        <p className="status-line" role="status" aria-live="polite" aria-atomic="true">
          {position.short}: {step.label}
          {position.short !== position.full && <span className="status-whole"> · step {index + 1} of {flow.steps.length} in the flow</span>}
        </p>
        {view === 'canvas' && <CameraButton context={context} className="control-button" iconOnly />}
        {placement === 'none' && (
          <button type="button" className="text-button details-toggle" aria-expanded={detailsOpen} onClick={() => setDetailsOpen((o) => !o)}>
            <Icon name="details" /> Details
          </button>
        )}
      </div>
    </main>
  );
}
