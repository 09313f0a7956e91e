import { unsafeLinks } from './markdown.ts';
import { quote, type Problem } from './problems.ts';
import { tourSchema, type Flow, type Tour } from './schema.ts';
import { didYouMean } from './suggest.ts';
import { flowIdOfFile, parseWith, type SourceFile } from './validate.ts';

type Raw = Record<string, unknown>;
const record = (v: unknown): Raw | undefined => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Raw) : undefined);
const text = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

/**
 * Every rule a tour file must follow, beyond its schema: its id is its file name, each stop names a valid flow, and
 * a stop's range names steps of that flow, in order. Read from the raw JSON, so a file with schema errors still gets
 * these reported in the same run. `flows` are the flows that passed validation.
 */
export function validateTourSources(sources: readonly SourceFile[], flows: readonly Flow[]): { problems: Problem[]; tours: Tour[] } {
  const problems: Problem[] = [];
  const byId = new Map(flows.map((f) => [f.id, f]));
  const tours: Tour[] = [];
  for (const source of sources) {
    const before = problems.length;
    const report = (place: string, message: string) => problems.push({ file: source.file, place, message });
    const parsed = parseWith(source, tourSchema, problems);
    const raw = record(parsed?.raw);
    if (raw) {
      const id = text(raw.id);
      if (id !== undefined && id !== flowIdOfFile(source.file)) report('$.id', `id ${quote(id)} must equal the file name ${quote(flowIdOfFile(source.file))} (links to the tour use the id)`);
      for (const href of unsafeLinks(text(raw.intro) ?? '')) report('$.intro', `link target ${quote(href)} is not allowed: use an http(s) URL or a path on this site (starting with one "/")`);
      const stops = Array.isArray(raw.stops) ? raw.stops : [];
      stops.forEach((value, i) => {
        const stop = record(value);
        const at = `$.stops[${i}]`;
        if (!stop) return;
        for (const href of unsafeLinks(text(stop.why) ?? '')) report(`${at}.why`, `link target ${quote(href)} is not allowed: use an http(s) URL or a path on this site (starting with one "/")`);
        const flowId = text(stop.flow);
        if (flowId === undefined) return;
        const flow = byId.get(flowId);
        if (!flow) {
          report(`${at}.flow`, `no valid flow ${quote(flowId)}${didYouMean(flowId, byId.keys())}`);
          return;
        }
        const stepIds = flow.steps.map((s) => s.id);
        const positions: Partial<Record<'from' | 'to', number>> = {};
        for (const end of ['from', 'to'] as const) {
          const stepId = text(stop[end]);
          if (stepId === undefined) continue;
          const position = stepIds.indexOf(stepId);
          if (position < 0) report(`${at}.${end}`, `no step ${quote(stepId)} in flow ${quote(flowId)}${didYouMean(stepId, stepIds)}`);
          else positions[end] = position;
        }
        if (positions.from !== undefined && positions.to !== undefined && positions.from > positions.to) {
          report(`${at}.to`, `step ${quote(text(stop.to)!)} comes before ${quote(text(stop.from)!)} in flow ${quote(flowId)}: a stop's range runs forwards`);
        }
      });
    }
    if (parsed?.data && problems.length === before) tours.push(parsed.data);
  }
  problems.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
  return { problems, tours };
}
