import type { z } from 'zod';
import type { Problem } from './problems.ts';
import { jsonPath, quote, WHOLE_FILE } from './problems.ts';
import { didYouMean } from './suggest.ts';

type AnySchema = z.core.$ZodType;

type Def = { type: string; innerType?: AnySchema; in?: AnySchema; shape?: Record<string, AnySchema>; element?: AnySchema; options?: AnySchema[]; discriminator?: string };
const defOf = (s: AnySchema) => s._zod.def as unknown as Def;

/**
 * The schema that checks `value`: optional, nullable, default and transforms unwrapped, and for a union on a
 * discriminator (a step or a block, by `kind`) the option the value's discriminator picks.
 */
function resolve(schema: AnySchema, value: unknown): AnySchema | undefined {
  const def = defOf(schema);
  if ((def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType) return resolve(def.innerType, value);
  if (def.type === 'pipe' && def.in) return resolve(def.in, value);
  if (def.type === 'union' && def.options) {
    const tag = value && typeof value === 'object' && def.discriminator ? (value as Record<string, unknown>)[def.discriminator] : undefined;
    const option = def.options.find((o) => (o._zod as { propValues?: Record<string, Set<unknown>> }).propValues?.[def.discriminator ?? '']?.has(tag));
    return option && resolve(option, value);
  }
  return schema;
}

/** The field names an object schema allows at `path` (read along the file's own value), to suggest a fix for an unknown field. */
function keysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>, root: unknown): string[] {
  let value = root;
  let current = resolve(schema, value);
  for (const segment of path) {
    if (!current) return [];
    const def = defOf(current);
    value = value && typeof value === 'object' ? (value as Record<PropertyKey, unknown>)[segment] : undefined;
    const next = def.type === 'object' ? def.shape?.[String(segment)] : def.type === 'array' ? def.element : undefined;
    current = next && resolve(next, value);
  }
  if (!current) return [];
  const def = defOf(current);
  return def.type === 'object' && def.shape ? Object.keys(def.shape) : [];
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'string') return value === '' ? 'an empty string' : quote(value, 40);
  if (typeof value === 'object') return 'an object';
  if (typeof value === 'number') return `the number ${String(value)}`;
  return `${typeof value} ${String(value)}`;
}

const field = (key: PropertyKey) => quote(String(key), 40);

/** Turns zod issues into one problem per issue, worded for someone editing the JSON by hand. */
export function schemaProblems(file: string, schema: AnySchema, issues: ReadonlyArray<z.core.$ZodIssue>, root?: unknown): Problem[] {
  const problems: Problem[] = [];
  for (const issue of issues) {
    const input = (issue as { input?: unknown }).input;
    const last = issue.path[issue.path.length - 1];
    let place = jsonPath(issue.path);
    let message: string;
    switch (issue.code) {
      case 'invalid_type':
        message = input === undefined
          ? `missing required field ${field(last)} (expected ${issue.expected})`
          : `expected ${issue.expected}, got ${describe(input)}`;
        break;
      case 'invalid_value':
        message = `expected one of ${issue.values.map((v) => JSON.stringify(v)).join(', ')}; got ${describe(input)}`;
        break;
      case 'unrecognized_keys': {
        const allowed = keysAt(schema, issue.path, root);
        for (const key of issue.keys) {
          problems.push({
            file,
            place: jsonPath([...issue.path, key]),
            message: `unknown field ${field(key)}${didYouMean(key, allowed)}; allowed here: ${allowed.join(', ')}`,
          });
        }
        continue;
      }
      case 'invalid_union':
        // A discriminated union (an item of `steps`) with a kind it does not know.
        message = last === 'kind' && (issue as { note?: string }).note === 'No matching discriminator'
          ? `expected "kind" to be a step's ("request", "response", "async", "self") or a block's ("alt", "opt", "loop"); got ${describe(input && typeof input === 'object' ? (input as Record<string, unknown>).kind : input)}`
          : issue.message;
        break;
      case 'invalid_format':
        message = `${issue.message}; got ${describe(input)}`;
        break;
      default:
        message = issue.message;
    }
    if (place === '$' && issue.code === 'invalid_type') place = WHOLE_FILE;
    problems.push({ file, place, message });
  }
  return problems;
}
