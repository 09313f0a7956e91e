import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { flowJsonSchema, systemsJsonSchema } from './jsonSchema.ts';

describe('committed JSON Schemas', () => {
  it.each([
    ['public/flow.schema.json', flowJsonSchema],
    ['public/systems.schema.json', systemsJsonSchema],
  ])('%s matches src/flow/schema.ts (run `npm run schema` when this fails)', (file, generate) => {
    expect(readFileSync(file, 'utf8')).toBe(generate());
  });

  it('describes the step fields editors should autocomplete', () => {
    const schema = JSON.parse(flowJsonSchema());
    expect(schema.properties.steps.items).toEqual({ $ref: '#/$defs/stepOrBlock' });
    const [step, alt, opt, loop] = schema.$defs.stepOrBlock.oneOf;
    expect([alt, opt, loop].map((block) => block.properties.kind.const)).toEqual(['alt', 'opt', 'loop']);
    expect(alt.properties.outcomes.items.properties.steps.items).toEqual({ $ref: '#/$defs/stepOrBlock' });
    expect(Object.keys(step.properties)).toEqual(['id', 'from', 'to', 'kind', 'label', 'description', 'notes', 'endpoint', 'tables', 'state', 'links', 'durationMs']);
    expect(step.properties.kind.enum).toEqual(['request', 'response', 'async', 'self']);
    expect(step.additionalProperties).toBe(false);
  });
});
