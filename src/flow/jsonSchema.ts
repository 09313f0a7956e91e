import { z } from 'zod';
import { flowSchema, systemsFileSchema, tourSchema } from './schema.ts';

function render(schema: z.ZodType, title: string, description: string): string {
  const json = { ...z.toJSONSchema(schema, { io: 'input', target: 'draft-2020-12' }), title, description };
  return `${JSON.stringify(json, null, 2)}\n`;
}

export const flowJsonSchema = () =>
  render(flowSchema, 'Flow Explorer flow', 'One flow: participants and the ordered steps (messages) between them. Generated from src/flow/schema.ts by `npm run schema`.');

export const tourJsonSchema = () =>
  render(tourSchema, 'Flow Explorer tour', 'A guided path through several flows, in flows/tours/. Generated from src/flow/schema.ts by `npm run schema`.');

export const systemsJsonSchema = () =>
  render(systemsFileSchema, 'Flow Explorer systems', 'The systems whose flows are in flows/. Generated from src/flow/schema.ts by `npm run schema`.');
