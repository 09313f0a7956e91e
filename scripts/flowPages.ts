/**
 * One HTML page per flow, `flows/<id>.html` next to index.html: the same app, with the flow's own title and description
 * (what a link to it shows in chat and search) and the flow page's code and the flow's data named up front. Served for
 * `/flows/<id>` (GitHub Pages, Netlify, `vite preview` and the nginx recipe all answer a path with `<path>.html`), a
 * deep link then downloads them while the app's own code starts, instead of after it has started and routed.
 */

import { escapeHtml } from '../src/app/escapeHtml.ts';
import { parseMarkdown, type Inline } from '../src/flow/markdown.ts';

/** The parts of Vite's `.vite/manifest.json` read here. */
export type Manifest = Record<string, { file: string; imports?: string[]; css?: string[] }>;

/** The manifest key of the flow page's code (TanStack Router splits the route's component into its own chunk). */
export const FLOW_ROUTE = 'src/routes/flows/$flowId.tsx?tsr-split=component';

const inlineText = (nodes: Inline[]): string => nodes.map((n) => ('children' in n ? inlineText(n.children) : n.text)).join('');

/** A flow's Markdown summary as plain text of at most `max` characters, on one line, cut at a word. */
export function shortDescription(markdown: string, max = 200): string {
  const text = parseMarkdown(markdown)
    .map((block) => (block.type === 'paragraph' ? inlineText(block.children) : block.type === 'list' ? block.items.map(inlineText).join('; ') : block.text))
    .join(' ');
  const line = text.replace(/\s+/g, ' ').trim();
  if (line.length <= max) return line;
  const cut = line.slice(0, max - 1);
  return `${cut.slice(0, Math.max(cut.lastIndexOf(' '), max / 2)).replace(/[\s,;:.]+$/, '')}…`;
}

/**
 * What a flow page needs besides the entry: the route's chunk, the chunks it imports that the entry does not, its
 * stylesheets and the flow's data, as paths under the site.
 */
export function flowPageAssets(manifest: Manifest, flowId: string): { scripts: string[]; styles: string[] } {
  const entry = new Set<string>();
  const collect = (key: string, into: Set<string>, styles?: Set<string>) => {
    const chunk = manifest[key];
    // What the entry already loads is in index.html: neither it nor its stylesheets are named twice.
    if (!chunk || into.has(chunk.file) || entry.has(chunk.file)) return;
    into.add(chunk.file);
    for (const css of chunk.css ?? []) styles?.add(css);
    for (const imported of chunk.imports ?? []) collect(imported, into, styles);
  };
  collect('index.html', entry);
  const scripts = new Set<string>();
  const styles = new Set<string>();
  collect(FLOW_ROUTE, scripts, styles);
  const data = manifest[`virtual:flow/${flowId}`];
  if (data) scripts.add(data.file);
  return { scripts: [...scripts], styles: [...styles] };
}

/** index.html turned into the page of one flow. `base` is the site's base path, ending in a slash. */
export function flowPageHtml(indexHtml: string, flow: { title: string; summary?: string }, assets: { scripts: string[]; styles: string[] }, base: string): string {
  const links = [
    ...assets.styles.map((file) => `<link rel="stylesheet" crossorigin href="${escapeHtml(base + file)}">`),
    ...assets.scripts.map((file) => `<link rel="modulepreload" crossorigin href="${escapeHtml(base + file)}">`),
  ];
  let html = indexHtml.replace(/<title>[^<]*<\/title>/, `<title>${escapeHtml(`${flow.title} · Flow Explorer`)}</title>`);
  if (flow.summary) html = html.replace(/<meta name="description" content="[^"]*" \/>/, `<meta name="description" content="${escapeHtml(shortDescription(flow.summary))}" />`);
  return html.replace('</head>', `  ${links.join('\n    ')}\n  </head>`);
}
