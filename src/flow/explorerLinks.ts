import { enclosingChoices, forksOf, parsePath } from './branches.ts';
import type { Flow } from './schema.ts';
import { closest } from './suggest.ts';

/** A deep link into the explorer, found in a documentation file. */
export interface ExplorerLink {
  /** 1-based line in the file. */
  line: number;
  /** As written (minus trailing punctuation), so the author can search the file for it. */
  url: string;
  flowId: string;
  /** The search params that name steps, decoded; empty ones are left out because the explorer ignores them. */
  steps: Partial<Record<StepParam, string>>;
  /** The outcomes the link chooses at forks (`&path=`), as written. */
  path?: string;
}

const STEP_PARAMS = ['step', 'from', 'to'] as const;
type StepParam = (typeof STEP_PARAMS)[number];

/** flowId → the ids of its steps, in order. */
export type FlowSteps = ReadonlyMap<string, readonly string[]>;

// A link must start a URL: `/flows/` inside another URL or path (`https://github.com/x/flows/a`, `docs/flows/a`,
// `?next=/flows/a`) points somewhere else.
export const STARTS_URL = `(?<![^\\s(\\[<>"'\`{|])`;
// What ends a URL in Markdown, HTML attributes and JSX props. Ids are slugs, so none of these can be part of one.
const URL_BODY = `[^\\s"'\`<>()\\[\\]{}|\\\\]*`;
// Sentence punctuation after a bare URL belongs to the sentence.
const TRAILING_PUNCTUATION = /[.,;:!?]+$/;

export function findExplorerLinks(text: string, explorerUrl: string): ExplorerLink[] {
  const pattern = new RegExp(`${STARTS_URL}((?:${escapeRegExp(explorerUrl)})?/flows/)(${URL_BODY})`, 'g');
  const links: ExplorerLink[] = [];
  text.split('\n').forEach((lineText, i) => {
    for (const [, prefix, body] of lineText.matchAll(pattern)) {
      const rest = body.replace(TRAILING_PUNCTUATION, '');
      const link = parseLink(rest, i + 1, prefix + rest);
      if (link) links.push(link);
    }
  });
  return links;
}

function parseLink(rest: string, line: number, url: string): ExplorerLink | undefined {
  const [beforeFragment] = rest.split('#');
  const [path, query = ''] = splitOnce(beforeFragment, '?');
  const flowId = decode(path.split('/')[0]);
  // Placeholders and route patterns (`/flows/<flowId>`, `/flows/$flowId`, `/flows/:flowId`) describe links, they are not links.
  if (flowId === '' || /^[$:]/.test(flowId)) return undefined;
  // HTML (and Markdown, and JSX strings) write `&` in attributes as `&amp;`.
  const params = new URLSearchParams(query.replace(/&amp;/g, '&'));
  const steps: ExplorerLink['steps'] = {};
  for (const name of STEP_PARAMS) {
    const value = params.get(name);
    if (value) steps[name] = value;
  }
  const outcomes = params.get('path') || undefined;
  return { line, url, flowId, steps, ...(outcomes ? { path: outcomes } : {}) };
}

/**
 * Why the explorer would not open what the link names, or undefined when it would. With the flows' outlines it also
 * checks `&path=`: outcomes the flow has, and none that contradicts the outcome the linked step is in.
 */
export function brokenLinkReason(link: ExplorerLink, flows: FlowSteps, outlines?: ReadonlyMap<string, Pick<Flow, 'outline'>>): string | undefined {
  const stepIds = flows.get(link.flowId);
  if (!stepIds) return `no flow '${link.flowId}'${suggestion(link.flowId, flows.keys())}`;
  const reasons = new Set<string>();
  for (const name of STEP_PARAMS) {
    const id = link.steps[name];
    if (id === undefined || stepIds.includes(id) || (name === 'step' && isStepNumber(id, stepIds.length))) continue;
    reasons.add(`no step '${id}' in flow '${link.flowId}'${suggestion(id, stepIds)}`);
  }
  const flow = outlines?.get(link.flowId);
  if (flow && link.path !== undefined) {
    const forks = forksOf(flow);
    const { choices, unknown } = parsePath(flow, link.path);
    const tokens = forks.flatMap((f) => f.options.map((o) => o.token));
    for (const token of unknown) reasons.add(`no outcome '${token}' in flow '${link.flowId}'${tokens.length > 0 ? suggestion(token, tokens) : ' (it has no forks)'}`);
    const stepIndex = link.steps.step === undefined ? -1 : stepIds.indexOf(link.steps.step);
    if (stepIndex >= 0) {
      for (const [forkId, option] of Object.entries(enclosingChoices(flow, stepIndex))) {
        const chosen = choices[forkId];
        if (chosen === undefined || chosen === option) continue;
        const fork = forks.find((f) => f.id === forkId)!;
        reasons.add(`step '${link.steps.step}' is in outcome '${fork.options[option].token}' of fork '${forkId}', but the path chooses '${fork.options[chosen].token}'`);
      }
    }
  }
  return reasons.size > 0 ? [...reasons].join('; ') : undefined;
}

// The explorer opens `?step=4` as the fourth step (see resolveStep), so such a link works while the flow has 4 steps.
function isStepNumber(id: string, stepCount: number): boolean {
  return /^\d+$/.test(id) && Number(id) >= 1 && Number(id) <= stepCount;
}

function suggestion(id: string, candidates: Iterable<string>): string {
  const match = closest(id, candidates);
  return match ? ` (did you mean '${match}'?)` : '';
}

function splitOnce(text: string, separator: string): [string, string?] {
  const at = text.indexOf(separator);
  return at < 0 ? [text] : [text.slice(0, at), text.slice(at + 1)];
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

export function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
