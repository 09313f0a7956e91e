import { z } from 'zod';

/**
 * The public flow format. Docs authors write these files by hand, so every object is strict:
 * a misspelt field is an error rather than something silently ignored.
 */

const SLUG = /^[a-z0-9]+(-[a-z0-9]+)*$/;
export const slug = z.string().regex(SLUG, { error: 'expected a lowercase slug such as "apply-objects" (a-z, 0-9, single dashes)' });
const text = z.string().trim().min(1, { error: 'expected a non-empty string' });

// Links a flow file supplies become links in the page: only http(s), never javascript:, data: or the like.
const webUrl = z.url({ protocol: /^https?$/, error: 'expected an http(s) URL such as "https://example.org/docs"' });
const coordinate = z.number().min(-100_000, { error: 'expected a coordinate between -100000 and 100000' }).max(100_000, { error: 'expected a coordinate between -100000 and 100000' });

export const PARTICIPANT_KINDS = ['actor', 'frontend', 'service', 'worker', 'database', 'cache', 'queue', 'external'] as const;
export const STEP_KINDS = ['request', 'response', 'async', 'self'] as const;
export const TABLE_OPERATIONS = ['read', 'insert', 'update', 'upsert', 'delete'] as const;
export const HTTP_METHODS = ['GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD', 'OPTIONS', 'WS'] as const;

export const participantSchema = z.strictObject({
  id: slug.describe('Stable id, used by steps in from/to. Keep one id per participant across a system\'s flows.'),
  label: text.describe('Name shown on the canvas, as the architecture document calls it.'),
  kind: z.enum(PARTICIPANT_KINDS).describe('Decides the icon.'),
  tech: text.optional().describe('Technology, e.g. "FastAPI" or "PostgreSQL".'),
  description: text.optional().describe('Markdown.'),
  position: z.strictObject({ x: coordinate, y: coordinate }).optional().describe('Canvas position of the box\'s top-left corner, in px at zoom 1. Give every participant a position, or none: without them the participants are laid out automatically.'),
});

export const endpointSchema = z.strictObject({
  method: z.enum(HTTP_METHODS),
  path: z.string().regex(/^(\/|https?:\/\/|wss?:\/\/)/, { error: 'expected a path starting with "/" (or a full http(s) URL)' }),
  auth: text.optional().describe('Who may call it, e.g. "admin PAK" or "Bearer JWT".'),
});

export const tableSchema = z.strictObject({
  name: text.describe('Table, collection, Redis key or queue, as named in the code.'),
  operation: z.enum(TABLE_OPERATIONS),
  store: text.optional().describe('Which store holds it, e.g. "PostgreSQL", "Redis", "MongoDB".'),
  columns: z.array(text).optional(),
});

export const transitionSchema = z.strictObject({
  entity: text,
  field: text.optional(),
  from: text.nullable().describe('null when the entity is created by this step.'),
  to: text,
});

export const linkSchema = z.strictObject({
  flow: slug.describe('Id of another flow.'),
  step: slug.optional().describe('Id of a step in that flow.'),
  label: text.optional(),
});

export const stepSchema = z.strictObject({
  id: slug.describe('Stable id, unique in the flow. Docs deep-link to it, so keep it when steps are reordered.'),
  from: slug.describe('Participant id of the sender.'),
  to: slug.describe('Participant id of the receiver (equal to from for a self step).'),
  kind: z.enum(STEP_KINDS),
  label: text,
  description: text.optional().describe('Markdown; raw HTML is not rendered.'),
  notes: text.optional().describe('Speaker notes (Markdown): what the presenter says at this step. Shown in the presenter window and the notes drawer, never to the audience.'),
  endpoint: endpointSchema.optional(),
  tables: z.array(tableSchema).optional(),
  state: z.array(transitionSchema).optional(),
  links: z.array(linkSchema).optional(),
  durationMs: z
    .int()
    .min(1000, { error: 'expected at least 1000 (one second)' })
    .max(300_000, { error: 'expected at most 300000 (five minutes)' })
    .optional()
    .describe('How long autoplay stays on this step at 1×, in milliseconds. Without it, the time to read what the step shows.'),
});

const outcomeId = slug.describe('Stable id of this outcome, unique in the flow: a link picks it with `&path=<id>`.');

/**
 * Alternatives (`alt`), an optional part (`opt`) and a repeating part (`loop`) sit among the steps. Their steps are
 * steps of the flow like any other: ids unique in the whole flow, so `?step=<id>` always names one step.
 */
export const outcomeSchema = z.strictObject({
  id: outcomeId,
  label: text.describe('The condition or result that leads here, e.g. "2xx response" or "401 invalid credentials".'),
  ends: z.boolean().optional().describe('true when the flow ends after this outcome (nothing after the block happens on this path).'),
  get steps(): z.ZodArray<typeof itemSchema> {
    return z.array(itemSchema).min(1, { error: 'expected at least one step in this outcome' });
  },
});

export const altSchema = z.strictObject({
  kind: z.literal('alt').describe('Two or more named outcomes; the reader picks one, the first is the default (the happy path).'),
  id: slug.describe('Stable id of this fork, unique in the flow.'),
  label: text.describe('What decides the outcome, e.g. "Delivery result".'),
  get outcomes(): z.ZodArray<typeof outcomeSchema> {
    return z.array(outcomeSchema).min(2, { error: 'expected at least two outcomes (use "opt" for a part that may be skipped)' });
  },
});

export const optSchema = z.strictObject({
  kind: z.literal('opt').describe('A part that happens only sometimes; shown by default, the reader may skip it (`&path=skip-<id>`).'),
  id: outcomeId,
  label: text.describe('When it happens, e.g. "the image is not cached".'),
  get steps(): z.ZodArray<typeof itemSchema> {
    return z.array(itemSchema).min(1, { error: 'expected at least one step in this optional part' });
  },
});

export const loopSchema = z.strictObject({
  kind: z.literal('loop').describe('Steps that repeat; shown once, marked with their condition.'),
  label: text.describe('The condition or interval, e.g. "every 10 s" or "for each pending object".'),
  get steps(): z.ZodArray<typeof itemSchema> {
    return z.array(itemSchema).min(1, { error: 'expected at least one step in this loop' });
  },
});

type ItemInput = z.input<typeof stepSchema> | AltInput | OptInput | LoopInput;
interface OutcomeInput { id: string; label: string; ends?: boolean; steps: ItemInput[] }
interface AltInput { kind: 'alt'; id: string; label: string; outcomes: OutcomeInput[] }
interface OptInput { kind: 'opt'; id: string; label: string; steps: ItemInput[] }
interface LoopInput { kind: 'loop'; label: string; steps: ItemInput[] }

// `kind` tells a step from a block, so a mistake inside a step is reported against the step's own fields.
export const itemSchema: z.ZodType<ItemInput> = z
  .discriminatedUnion('kind', [stepSchema, altSchema, optSchema, loopSchema])
  .meta({ id: 'stepOrBlock', description: 'A step, or an alt / opt / loop block of steps.' }) as unknown as z.ZodType<ItemInput>;

/** A branch of a block in a loaded flow: an alt's outcome, an opt's part, a loop's body, as items of the outline. */
export interface Branch {
  /** The outcome id (alt), the block id (opt); none for a loop's body. */
  id?: string;
  label?: string;
  ends?: boolean;
  items: OutlineItem[];
}
export interface Block {
  kind: 'alt' | 'opt' | 'loop';
  /** alt and opt. */
  id?: string;
  label: string;
  branches: Branch[];
}
/** A step (its index in `steps`) or a block. */
export type OutlineItem = number | Block;

/**
 * The file's steps with blocks → every step in one list in file order (so each has one index, as in a flow without
 * blocks) and, when there are blocks, the outline that says which steps belong to which outcome.
 */
function flatten(items: ItemInput[]): { steps: Step[]; outline?: OutlineItem[] } {
  const steps: Step[] = [];
  let blocks = false;
  const walk = (list: ItemInput[]): OutlineItem[] =>
    list.map((item): OutlineItem => {
      if (item.kind === 'alt') {
        blocks = true;
        return { kind: 'alt', id: item.id, label: item.label, branches: item.outcomes.map((o) => ({ id: o.id, label: o.label, ...(o.ends ? { ends: true } : {}), items: walk(o.steps) })) };
      }
      if (item.kind === 'opt' || item.kind === 'loop') {
        blocks = true;
        const id = item.kind === 'opt' ? item.id : undefined;
        return { kind: item.kind, ...(id ? { id } : {}), label: item.label, branches: [{ ...(id ? { id, label: item.label } : {}), items: walk(item.steps) }] };
      }
      steps.push(item as Step);
      return steps.length - 1;
    });
  const outline = walk(items);
  return blocks ? { steps, outline } : { steps };
}

const flowFields = {
  $schema: z.string().optional(),
  id: slug.describe('Equal to the file name without .json.'),
  system: slug.describe('Id of a system in flows/systems.json.'),
  title: text,
  summary: text,
  source: z.strictObject({
    document: text,
    section: text,
    url: webUrl.optional(),
    trace: z
      .strictObject({
        recorded: z.string().regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'expected a date such as 2026-11-24' }).describe('The day the trace was recorded.'),
        services: z.record(text, text).optional().describe('Each service and its version (service.version) in the trace.'),
      })
      .optional()
      .describe('Set by npm run import-trace: the flow was read from a recorded trace.'),
  }),
  illustrative: z.boolean().optional().describe('true when the flow follows a documented design with no public implementation.'),
  participants: z.array(participantSchema).min(1, { error: 'expected at least one participant' }),
  steps: z.array(itemSchema).min(1, { error: 'expected at least one step' }).describe('Steps in order; among them, alt / opt / loop blocks.'),
};

/** A flow file. Loaded, its steps are one list in file order, with `outline` saying which belong to which outcome. */
export const flowSchema = z.strictObject(flowFields).transform(({ steps, ...rest }) => ({ ...rest, ...flatten(steps) }));

export const systemSchema = z.strictObject({
  id: slug,
  name: text,
  description: text,
  repository: webUrl.describe('Public repository, or the documentation where there is no public code.'),
  illustrative: z.boolean().optional(),
  flows: z.array(slug).optional().describe('The order its flows are listed in (the documents\' order); flows not named here follow by title.'),
});

/** A guided path through several flows, for a newcomer: `flows/tours/<id>.json`. */
export const tourStopSchema = z.strictObject({
  flow: slug.describe('Id of the flow to see at this point of the tour.'),
  from: slug.optional().describe('First step of the part to see (a step id of that flow); the whole flow without from and to.'),
  to: slug.optional().describe('Last step of the part to see.'),
  why: text.describe('Markdown: why this flow matters at this point of the tour, and what to watch for.'),
});

export const tourSchema = z.strictObject({
  $schema: z.string().optional(),
  id: slug.describe('Equal to the file name without .json.'),
  title: text.describe('E.g. "Brokkr in 20 minutes".'),
  intro: text.describe('Markdown: who the tour is for and what they will understand at the end.'),
  stops: z.array(tourStopSchema).min(1, { error: 'expected at least one stop' }),
});

export const systemsFileSchema = z.strictObject({
  $schema: z.string().optional(),
  systems: z.array(systemSchema).min(1),
});

export type FlowFile = z.input<typeof flowSchema>;
export type Flow = Omit<z.output<typeof flowSchema>, 'steps' | 'outline'> & { steps: Step[]; outline?: OutlineItem[] };
export type Tour = z.infer<typeof tourSchema>;
export type Participant = z.infer<typeof participantSchema>;
export type ParticipantKind = (typeof PARTICIPANT_KINDS)[number];
export type Step = z.infer<typeof stepSchema>;
export type StepKind = (typeof STEP_KINDS)[number];
export type Endpoint = z.infer<typeof endpointSchema>;
export type TableAccess = z.infer<typeof tableSchema>;
export type Transition = z.infer<typeof transitionSchema>;
export type FlowLink = z.infer<typeof linkSchema>;
export type System = z.infer<typeof systemSchema>;
export type SystemsFile = z.infer<typeof systemsFileSchema>;
