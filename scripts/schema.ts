import { writeFileSync } from 'node:fs';
import { flowJsonSchema, systemsJsonSchema } from '../src/flow/jsonSchema.ts';

// Regenerates the committed JSON Schemas that editors use to autocomplete flow files.
writeFileSync('public/flow.schema.json', flowJsonSchema());
writeFileSync('public/systems.schema.json', systemsJsonSchema());
console.log('wrote public/flow.schema.json and public/systems.schema.json');
