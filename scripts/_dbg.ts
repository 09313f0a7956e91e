import { readFileSync } from 'node:fs';
import { assignLayers, layoutFlow } from '../src/flow/layoutFlow.ts';
import { messagePairs } from '../src/flow/layout.ts';
const flow = JSON.parse(readFileSync(`flows/${process.argv[2]}.json`, 'utf8'));
const pairs = messagePairs(flow);
console.log([...assignLayers(flow, pairs)]);
console.log(pairs.map((p) => `${p.source}-${p.target}`).join(' '));
const l = await layoutFlow(flow);
for (const [id, b] of Object.entries(l.wide.nodes)) console.log(id, b);
