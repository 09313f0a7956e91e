import { writeFileSync } from 'node:fs';
import { flowJsonSchema, systemsJsonSchema, tourJsonSchema } from '../src/flow/jsonSchema.ts';

// Regenerates the committed JSON Schemas that editors use to autocomplete flow files.
writeFileSync('public/flow.schema.json', flowJsonSchema());
writeFileSync('public/systems.schema.json', systemsJsonSchema());
writeFileSync('public/tour.schema.json', tourJsonSchema());
console.log('wrote public/flow.schema.json, public/systems.schema.json and public/tour.schema.json');
