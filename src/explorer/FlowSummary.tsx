import { useLayoutEffect, useRef, useState } from 'react';
import { useElementSize } from '../canvas/useElementSize';
import { MarkdownInline } from '../details/Markdown';
import { isSafeHref } from '../flow/safeHref';
import type { Flow } from '../flow/schema';

/** The flow's summary and source, two lines at most until the reader asks for more: the canvas keeps the room. */
export function FlowSummary({ flow }: { flow: Flow }) {
  const text = useRef<HTMLDivElement>(null);
  const [open, setOpen] = useState(false);
  const [overflows, setOverflows] = useState(false);
  // Whether "More" is needed depends on the width the summary has: measured again whenever it changes.
  const size = useElementSize(text);
  useLayoutEffect(() => {
    const el = text.current;
    if (el && !open) setOverflows(el.scrollHeight > el.clientHeight + 1);
  }, [flow, size, open]);
  return (
    <div className="flow-intro">
      <div ref={text} id="flow-summary" className={`flow-summary${open ? ' flow-summary--open' : ''}`}>
        <MarkdownInline source={flow.summary} />{' '}
        <span className="flow-source">
          Source: {flow.source.url && isSafeHref(flow.source.url) ? <a href={flow.source.url} target="_blank" rel="noopener noreferrer">{flow.source.document}</a> : flow.source.document}
          {' › '}{flow.source.section}
          {flow.source.trace && (
            <>
              {' · '}recorded from a trace on {flow.source.trace.recorded}
              {flow.source.trace.services && ` (${Object.entries(flow.source.trace.services).map(([name, version]) => `${name} ${version}`).join(', ')})`}
            </>
          )}
        </span>
      </div>
      {(overflows || open) && (
        <button type="button" className="link-button" aria-expanded={open} aria-controls="flow-summary" onClick={() => setOpen((o) => !o)}>
          {open ? 'Less' : 'More'}
        </button>
      )}
    </div>
  );
}
