import type { z } from 'zod';
import { unsafeLinks } from './markdown.ts';
import { parseJson } from './parseJson.ts';
import { checkBlocks, rawItems } from './rawSteps.ts';
import { quote, listOf, type Problem } from './problems.ts';
import { flowSchema, systemsFileSchema, type Flow, type SystemsFile } from './schema.ts';
import { schemaProblems } from './schemaIssues.ts';
import { didYouMean } from './suggest.ts';

export interface SourceFile {
  /** Path as shown to the author, e.g. `flows/brokkr-agent-reconciliation.json`. */
  file: string;
  text: string;
  /** Set when the file could not be read as text (UTF-16, binary, a directory, unreadable): why, and where. */
  unreadable?: { place: string; message: string };
}

export interface ValidationResult {
  problems: Problem[];
  /** Flows that passed every check, in file order. */
  flows: Flow[];
  systems: SystemsFile | undefined;
}

type Raw = Record<string, unknown>;
const record = (v: unknown): Raw | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined);
const list = (v: unknown): unknown[] => (Array.isArray(v) ? v : []);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

export function flowIdOfFile(file: string): string {
  return file.replace(/^.*[\\/]/, '').replace(/\.json$/, '');
}

interface Parsed<T> { raw: unknown; data: T | undefined }

export function parseWith<T>(source: SourceFile, schema: z.ZodType<T>, problems: Problem[]): Parsed<T> | undefined {
  if (source.unreadable) {
    problems.push({ file: source.file, ...source.unreadable });
    return undefined;
  }
  const parsed = parseJson(source.text);
  if (!parsed.ok) {
    problems.push({ file: source.file, place: `line ${parsed.line}, column ${parsed.column}`, message: `invalid JSON: ${parsed.message}` });
    return undefined;
  }
  const result = schema.safeParse(parsed.value, { reportInput: true });
  if (!result.success) problems.push(...schemaProblems(source.file, schema, result.error.issues, parsed.value));
  return { raw: parsed.value, data: result.success ? result.data : undefined };
}

function uniqueIds(items: unknown[], at: string, what: string, report: (place: string, message: string) => void): Map<string, number> {
  const firstAt = new Map<string, number>();
  items.forEach((item, i) => {
    const id = text(record(item)?.id);
    if (id === undefined) return;
    const first = firstAt.get(id);
    if (first !== undefined) report(`${at}[${i}].id`, `duplicate ${what} id ${quote(id)} (first at ${at}[${first}]); ${what} ids must be unique in a flow`);
    else firstAt.set(id, i);
  });
  return firstAt;
}

/** Step ids are unique in the whole flow, steps inside alt / opt / loop blocks included: `?step=<id>` names one step. */
function uniqueStepIds(steps: { value: Raw; at: string }[], report: (place: string, message: string) => void) {
  const firstAt = new Map<string, string>();
  for (const { value, at } of steps) {
    const id = text(value.id);
    if (id === undefined) continue;
    const first = firstAt.get(id);
    if (first !== undefined) report(`${at}.id`, `duplicate step id ${quote(id)} (first at ${first}); step ids must be unique in a flow`);
    else firstAt.set(id, at);
  }
}

/**
 * The rules beyond the schema. They read the raw JSON defensively, so a file with schema errors still gets its
 * reference errors reported in the same run.
 */
function crossCheck(raw: unknown, file: string, context: { flowSteps: Map<string, Set<string> | undefined>; systemIds?: string[]; systemsFile: string }, report: (place: string, message: string) => void) {
  const flow = record(raw);
  if (!flow) return;
  const id = text(flow.id);
  if (id !== undefined && id !== flowIdOfFile(file)) report('$.id', `id ${quote(id)} must equal the file name ${quote(flowIdOfFile(file))} (deep links use the id)`);
  const system = text(flow.system);
  if (system !== undefined && context.systemIds && !context.systemIds.includes(system)) {
    report('$.system', `no system ${quote(system)} in ${context.systemsFile}${didYouMean(system, context.systemIds)}; systems: ${listOf(context.systemIds)}`);
  }
  // Markdown fields: a link that leaves the site by any other way than http(s) would be shown as plain text.
  const checkLinks = (value: unknown, place: string) => {
    if (typeof value !== 'string') return;
    for (const href of unsafeLinks(value)) {
      report(place, `link target ${quote(href)} is not allowed: use an http(s) URL or a path on this site (starting with one "/")`);
    }
  };
  checkLinks(flow.summary, '$.summary');
  list(flow.participants).forEach((p, i) => checkLinks(record(p)?.description, `$.participants[${i}].description`));
  const steps = rawItems(flow.steps).steps;
  steps.forEach(({ value, at }) => {
    checkLinks(value.description, `${at}.description`);
    checkLinks(value.notes, `${at}.notes`);
  });
  const participants = list(flow.participants);
  const participantAt = uniqueIds(participants, '$.participants', 'participant', report);
  const participantIds = [...participantAt.keys()];
  uniqueStepIds(steps, report);
  checkBlocks(flow.steps, report);
  const used = new Set<string>();
  steps.forEach(({ value: step, at }) => {
    const from = text(step.from);
    const to = text(step.to);
    for (const [end, pid] of [['from', from], ['to', to]] as const) {
      if (pid === undefined) continue;
      used.add(pid);
      if (!participantAt.has(pid)) report(`${at}.${end}`, `no participant ${quote(pid)} in this flow${didYouMean(pid, participantIds)}; participants: ${listOf(participantIds)}`);
    }
    if (from !== undefined && to !== undefined) {
      if (step.kind === 'self' && from !== to) report(`${at}.to`, `a self step stays on one participant: expected ${quote(from)} (same as from), got ${quote(to)}`);
      if (step.kind !== 'self' && typeof step.kind === 'string' && from === to) {
        report(`${at}.kind`, `from and to are both ${quote(from)}: use kind "self" for work inside one participant, or name another receiver`);
      }
    }
    list(step.links).forEach((linkValue, j) => {
      const link = record(linkValue);
      const target = text(link?.flow);
      if (!link || target === undefined) return;
      if (!context.flowSteps.has(target)) {
        report(`${at}.links[${j}].flow`, `no flow ${quote(target)}${didYouMean(target, context.flowSteps.keys())}`);
        return;
      }
      const targetSteps = context.flowSteps.get(target);
      const stepId = text(link.step);
      if (stepId !== undefined && targetSteps && !targetSteps.has(stepId)) {
        report(`${at}.links[${j}].step`, `no step ${quote(stepId)} in flow ${quote(target)}${didYouMean(stepId, targetSteps)}`);
      }
    });
  });
  participants.forEach((p, i) => {
    const pid = text(record(p)?.id);
    if (pid !== undefined && !used.has(pid)) report(`$.participants[${i}]`, `participant ${quote(pid)} takes part in no step; remove it or add its step`);
  });
  // The layout either arranges every participant or takes every position from the file: a mix would overlap.
  const positioned = participants.map((p) => record(p)?.position !== undefined);
  if (positioned.some(Boolean) && !positioned.every(Boolean)) {
    const missing = positioned.indexOf(false);
    report(`$.participants[${missing}]`, `has no position while other participants have one: give every participant a position, or none (then they are laid out automatically)`);
  }
}

/** Every rule a flow file must follow. All problems are reported, not only the first. */
export function validateFlowSources(flowSources: readonly SourceFile[], systemsSource: SourceFile): ValidationResult {
  const problems: Problem[] = [];
  let systems: SystemsFile | undefined;
  if (!systemsSource.unreadable && systemsSource.text.trim() === '') {
    problems.push({ file: systemsSource.file, place: '$', message: 'missing or empty: expected {"systems": [{"id", "name", "description", "repository"}]}' });
  } else {
    const parsed = parseWith(systemsSource, systemsFileSchema, problems);
    uniqueIds(list(record(parsed?.raw)?.systems), '$.systems', 'system', (place, message) => problems.push({ file: systemsSource.file, place, message: message.replace(' in a flow', '') }));
    systems = parsed?.data;
  }
  const systemIds = systems?.systems.map((s) => s.id);

  const parsed = flowSources.map((source) => ({ source, result: parseWith(source, flowSchema, problems) }));
  // Links may name any flow file; their steps are known only when that file parsed as JSON.
  const flowSteps = new Map<string, Set<string> | undefined>();
  for (const { source, result } of parsed) {
    const steps = result ? rawItems(record(result.raw)?.steps).steps.map((s) => text(s.value.id)).filter((s): s is string => s !== undefined) : undefined;
    flowSteps.set(flowIdOfFile(source.file), steps && new Set(steps));
  }

  const flows: Flow[] = [];
  for (const { source, result } of parsed) {
    if (!result) continue;
    const before = problems.length;
    crossCheck(result.raw, source.file, { flowSteps, systemIds, systemsFile: systemsSource.file }, (place, message) => problems.push({ file: source.file, place, message }));
    if (result.data && problems.length === before) flows.push(result.data);
  }
  if (systems) checkSystemOrder(systems, parsed.map(({ source, result }) => ({ id: flowIdOfFile(source.file), system: text(record(result?.raw)?.system) })), systemsSource.file, problems);
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { problems, flows, systems };
}

/** Each system's `flows` order names its own flows, once each. */
function checkSystemOrder(systems: SystemsFile, flows: { id: string; system?: string }[], file: string, problems: Problem[]) {
  const systemOf = new Map(flows.map((f) => [f.id, f.system]));
  systems.systems.forEach((system, i) => {
    const seen = new Set<string>();
    system.flows?.forEach((id, j) => {
      const place = `$.systems[${i}].flows[${j}]`;
      if (seen.has(id)) problems.push({ file, place, message: `${quote(id)} is listed twice` });
      seen.add(id);
      if (!systemOf.has(id)) problems.push({ file, place, message: `no flow ${quote(id)}${didYouMean(id, systemOf.keys())}` });
      else if (systemOf.get(id) !== undefined && systemOf.get(id) !== system.id) {
        problems.push({ file, place, message: `flow ${quote(id)} belongs to system ${quote(systemOf.get(id)!)}, not ${quote(system.id)}` });
      }
    });
  });
}
