import type { CrossIndex } from './crossIndex.ts';
import { escapeRegExp, STARTS_URL } from './explorerLinks.ts';
import { closest } from './suggest.ts';

const KINDS = ['endpoints', 'tables', 'entities'] as const;

/** A link to an index page (`/tables`, `/tables?system=brokkr`, `/tables/brokkr/deployment_objects`) in a docs file. */
export interface IndexLink {
  line: number;
  url: string;
  kind: (typeof KINDS)[number];
  system?: string;
  entry?: string;
}

// Same rules as explorer links: the path starts a URL, and ends where Markdown, HTML or JSX would end it.
const URL_BODY = `[^\\s"'\`<>()\\[\\]{}|\\\\?#]*`;

export function findIndexLinks(text: string, explorerUrl: string): IndexLink[] {
  const escaped = escapeRegExp(explorerUrl);
  const pattern = new RegExp(`${STARTS_URL}(?:${escaped})?/(${KINDS.join('|')})(?=[/?#\\s)"'\`<>\\].,;:!]|$)(/${URL_BODY})?`, 'g');
  const links: IndexLink[] = [];
  text.split('\n').forEach((lineText, i) => {
    for (const match of lineText.matchAll(pattern)) {
      const [url, kind, rest = ''] = match;
      const [system, entry] = rest.split('/').filter(Boolean).map((part) => {
        try {
          return decodeURIComponent(part);
        } catch {
          return part;
        }
      });
      links.push({ line: i + 1, url: url.replace(/[.,;:!?]+$/, ''), kind: kind as IndexLink['kind'], ...(system ? { system } : {}), ...(entry ? { entry: entry.replace(/[.,;:!?]+$/, '') } : {}) });
    }
  });
  return links;
}

/** Why the index has no such page, or undefined when it has. */
export function brokenIndexLinkReason(link: IndexLink, index: CrossIndex): string | undefined {
  if (link.system === undefined) return undefined;
  const entries = (index[link.kind] as Array<{ system: string; id: string }>).filter((e) => e.system === link.system);
  if (entries.length === 0) return `no ${link.kind} of system '${link.system}'`;
  if (link.entry === undefined) return `no page /${link.kind}/${link.system}: link /${link.kind}?system=${link.system} for the system's ${link.kind}`;
  if (entries.some((e) => e.id === link.entry)) return undefined;
  const match = closest(link.entry, entries.map((e) => e.id));
  return `no ${link.kind.replace(/s$/, '').replace(/ie$/, 'y')} '${link.entry}' in system '${link.system}'${match ? ` (did you mean '${match}'?)` : ''}`;
}
