import { didYouMean } from '../src/flow/suggest.ts';
import { toMermaid } from '../src/flow/toMermaid.ts';
import { loadValidFlows } from './loadFlows.ts';

const USAGE = 'usage: npm run export -- <flowId> [--format mermaid|json]';

const args = process.argv.slice(2);
const formatAt = args.indexOf('--format');
const format = formatAt >= 0 ? args[formatAt + 1] : 'mermaid';
const flowId = args.find((a, i) => !a.startsWith('--') && !(formatAt >= 0 && i === formatAt + 1));

if (!flowId || (format !== 'mermaid' && format !== 'json')) {
  console.error(format !== 'mermaid' && format !== 'json' ? `unknown format "${format}": expected mermaid or json\n${USAGE}` : USAGE);
  process.exit(2);
}
const { flows } = loadValidFlows();
const flow = flows.find((f) => f.id === flowId);
if (!flow) {
  console.error(`no flow "${flowId}"${didYouMean(flowId, flows.map((f) => f.id))}`);
  process.exit(1);
}
process.stdout.write(format === 'json' ? `${JSON.stringify(flow, null, 2)}\n` : toMermaid(flow));
