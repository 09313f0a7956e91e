import { memo, useEffect, useId, useMemo, useState } from 'react';
import { copyText } from '../app/copyText';
import { embedSnippet, flowPageHref } from '../app/urls';
import { useModalDialog } from '../app/useModalDialog';
import type { Flow } from '../flow/schema';
import type { DetailsPlacement, ExplorerSearch } from './explorerSearch';
import './embedDialog.css';

type Details = DetailsPlacement | 'auto';

const DETAILS: { value: Details; label: string }[] = [
  { value: 'auto', label: 'Auto, by width' },
  { value: 'side', label: 'Beside the diagram' },
  { value: 'below', label: 'Below the diagram' },
  { value: 'none', label: 'Behind a “Details” button' },
];

/** A height that shows the diagram and the chosen details without scrolling in a typical docs column. */
export function suggestedHeight(details: Details): number {
  return details === 'below' ? 760 : details === 'none' ? 460 : 520;
}

interface Props {
  open: boolean;
  onClose: () => void;
  flow: Flow;
  index: number;
  view: 'canvas' | 'sequence';
  /** The outcomes chosen at forks (`&path=`): the embed shows the same path, its steps numbered as here. */
  path?: string;
}

/** "Embed": pick the steps, view and details, see the embed live, copy the snippet. */
// While closed it shows nothing and keeps its choices, so a step change behind it need not render it at all.
export const EmbedDialog = memo(EmbedDialogContent, (before, after) => !before.open && !after.open);

function EmbedDialogContent({ open, onClose, flow, index, view: currentView, path }: Props) {
  const dialog = useModalDialog(open, onClose);
  const ids = useId();
  const last = flow.steps.length - 1;
  const [from, setFrom] = useState(0);
  const [to, setTo] = useState(last);
  const [start, setStart] = useState(index);
  const [view, setView] = useState(currentView);
  const [details, setDetails] = useState<Details>('auto');
  const [height, setHeight] = useState(suggestedHeight('auto'));
  const [copied, setCopied] = useState('');

  // Each time it opens, it starts from what the reader is looking at.
  useEffect(() => {
    if (!open) return;
    setFrom(0);
    setTo(last);
    setStart(index);
    setView(currentView);
    setCopied('');
    // Only on opening: later step changes behind the dialog must not reset the reader's choices.
  }, [open]);

  const search: ExplorerSearch = useMemo(() => ({
    step: flow.steps[Math.min(Math.max(start, from), to)].id,
    path,
    view: view === 'sequence' ? 'sequence' : undefined,
    from: from > 0 ? flow.steps[from].id : undefined,
    to: to < last ? flow.steps[to].id : undefined,
    details: details === 'auto' ? undefined : details,
  }), [flow, start, from, to, last, view, details, path]);
  const snippet = embedSnippet(flow.id, flow.title, search, height);
  const option = (i: number) => <option key={i} value={i}>{i + 1}. {flow.steps[i].label}</option>;
  const range = (a: number, b: number) => Array.from({ length: b - a + 1 }, (_, k) => a + k);

  return (
    <dialog {...dialog} className="embed-dialog" aria-labelledby={`${ids}-title`}>
      <div className="embed-dialog-header">
        <h2 id={`${ids}-title`}>Embed “{flow.title}”</h2>
        <form method="dialog"><button type="submit" className="text-button">Close</button></form>
      </div>
      <div className="embed-dialog-body">
        <div className="embed-form">
          <fieldset>
            <legend>Steps</legend>
            <div className="embed-range">
            <label>From <select value={from} onChange={(e) => { const v = Number(e.target.value); setFrom(v); if (to < v) setTo(v); }}>{range(0, last).map(option)}</select></label>
            <label>To <select value={to} onChange={(e) => { const v = Number(e.target.value); setTo(v); if (from > v) setFrom(v); }}>{range(0, last).map(option)}</select></label>
            </div>
            <label>Opens at <select value={Math.min(Math.max(start, from), to)} onChange={(e) => setStart(Number(e.target.value))}>{range(from, to).map(option)}</select></label>
          </fieldset>
          <fieldset>
            <legend>View</legend>
            <div className="radio-row">
              {(['canvas', 'sequence'] as const).map((v) => (
                <label key={v}><input type="radio" name={`${ids}-view`} value={v} checked={view === v} onChange={() => setView(v)} /> {v === 'canvas' ? 'Canvas' : 'Sequence diagram'}</label>
              ))}
            </div>
          </fieldset>
          <div className="embed-row">
          <label className="embed-field">Step details
            <select value={details} onChange={(e) => { const d = e.target.value as Details; setDetails(d); setHeight(suggestedHeight(d)); }}>
              {DETAILS.map((d) => <option key={d.value} value={d.value}>{d.label}</option>)}
            </select>
          </label>
          <label className="embed-field">Height (px)
            <input type="number" min={300} max={1600} step={20} value={height} onChange={(e) => setHeight(Math.min(1600, Math.max(300, Number(e.target.value) || 300)))} />
          </label>
          </div>
          <label className="embed-field embed-snippet">Snippet
            <textarea readOnly value={snippet} rows={4} onFocus={(e) => e.currentTarget.select()} />
          </label>
          <div className="embed-copy">
            <button
              type="button"
              className="text-button text-button--primary"
              onClick={async () => setCopied((await copyText(snippet)) ? 'Snippet copied' : 'Could not copy — select the text and copy it')}
            >
              Copy snippet
            </button>
            <span className="embed-copied" role="status">{copied}</span>
          </div>
        </div>
        <div className="embed-preview">
          <p className="embed-preview-label">Preview</p>
          {open && <iframe title={`Preview: ${flow.title} — Flow Explorer`} src={flowPageHref(flow.id, { ...search, embed: '1' })} style={{ height }} />}
        </div>
      </div>
    </dialog>
  );
}
