import type { z } from 'zod';
import type { Problem } from './problems.ts';
import { jsonPath, quote, WHOLE_FILE } from './problems.ts';
import { didYouMean } from './suggest.ts';

type AnySchema = z.core.$ZodType;

/** The field names an object schema allows at `path`, to suggest a fix for an unknown field. */
function keysAt(schema: AnySchema, path: ReadonlyArray<PropertyKey>): string[] {
  let current: AnySchema | undefined = schema;
  const unwrap = (s: AnySchema): AnySchema => {
    const def = s._zod.def as { type: string; innerType?: AnySchema };
    return (def.type === 'optional' || def.type === 'nullable' || def.type === 'default') && def.innerType ? unwrap(def.innerType) : s;
  };
  for (const segment of path) {
    if (!current) return [];
    const def = unwrap(current)._zod.def as { type: string; shape?: Record<string, AnySchema>; element?: AnySchema };
    current = def.type === 'object' ? def.shape?.[String(segment)] : def.type === 'array' ? def.element : undefined;
  }
  if (!current) return [];
  const def = unwrap(current)._zod.def as { type: string; shape?: Record<string, AnySchema> };
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
export function schemaProblems(file: string, schema: AnySchema, issues: ReadonlyArray<z.core.$ZodIssue>): Problem[] {
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
        const allowed = keysAt(schema, issue.path);
        for (const key of issue.keys) {
          problems.push({
            file,
            place: jsonPath([...issue.path, key]),
            message: `unknown field ${field(key)}${didYouMean(key, allowed)}; allowed here: ${allowed.join(', ')}`,
          });
        }
        continue;
      }
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
