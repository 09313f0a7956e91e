import { mkdirSync, writeFileSync } from 'node:fs';
import { buildCrossIndex } from '../src/flow/crossIndex.ts';
import { indexMarkdown } from '../src/flow/indexMarkdown.ts';
import { orderFlows } from '../src/flow/order.ts';
import { systemMarkdown } from '../src/flow/toMarkdown.ts';
import { explorerUrl } from './explorerUrl.ts';
import { loadValidFlows } from './loadFlows.ts';

// Writes docs/flows/<system>.md for every system, linking steps to EXPLORER_URL (or package.json config.explorerUrl).
const { flows, systems } = loadValidFlows();
const url = explorerUrl();
mkdirSync('docs/flows', { recursive: true });
for (const system of systems!.systems) {
  const own = orderFlows([system], flows.filter((f) => f.system === system.id));
  writeFileSync(`docs/flows/${system.id}.md`, systemMarkdown(system, own, url));
  console.log(`wrote docs/flows/${system.id}.md (${own.length} flows, links to ${url})`);
}
// And the cross-flow index, as the explorer's /endpoints, /tables and /entities pages show it.
for (const [kind, text] of Object.entries(indexMarkdown(buildCrossIndex(flows), systems!.systems, url))) {
  writeFileSync(`docs/flows/${kind}.md`, text);
  console.log(`wrote docs/flows/${kind}.md`);
}
