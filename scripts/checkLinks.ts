import { existsSync, readFileSync } from 'node:fs';
import { globSync } from 'tinyglobby';
import { buildCrossIndex } from '../src/flow/crossIndex.ts';
import { brokenIndexLinkReason, findIndexLinks } from '../src/flow/indexLinks.ts';
import { brokenLinkReason, findExplorerLinks } from '../src/flow/explorerLinks.ts';
import { formatProblem } from '../src/flow/problems.ts';
import { validateFlowSources } from '../src/flow/validate.ts';
import { explorerUrl } from './explorerUrl.ts';
import { readFlowSources } from './flowSources.ts';

const USAGE = 'usage: npm run check-links -- [--flows <dir>] <file or glob>... (Markdown, MDX and HTML files)';
const DOCS_FILE = /\.(md|mdx|html?)$/i;

function fail(status: number, message: string): never {
  console.error(message);
  process.exit(status);
}

function parseArgs(args: string[]): { flowsDir: string; patterns: string[] } {
  let flowsDir = 'flows';
  const patterns: string[] = [];
  for (let i = 0; i < args.length; i++) {
    if (args[i] === '--flows' && args[i + 1] !== undefined) flowsDir = args[++i];
    else if (args[i].startsWith('--flows=')) flowsDir = args[i].slice('--flows='.length);
    else if (args[i].startsWith('-')) fail(2, `unknown option ${args[i]}\n${USAGE}`);
    else patterns.push(args[i]);
  }
  return { flowsDir, patterns };
}

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

const { flowsDir, patterns } = parseArgs(process.argv.slice(2));
if (patterns.length === 0) fail(2, USAGE);
// A docs tree may vendor packages whose READMEs link elsewhere; they are not the author's links.
const files = globSync(patterns, { ignore: ['**/node_modules/**'] }).filter((f) => DOCS_FILE.test(f)).sort();
if (files.length === 0) fail(2, `no Markdown, MDX or HTML files match ${patterns.map((p) => `'${p}'`).join(', ')}`);

if (!existsSync(flowsDir)) fail(2, `no flows directory '${flowsDir}' (pass --flows <dir>)`);
const sources = readFlowSources(flowsDir);
if (sources.flows.length === 0) fail(2, `no flow files in '${flowsDir}' (pass --flows <dir>)`);
const { problems, flows } = validateFlowSources(sources.flows, sources.systems);
if (problems.length > 0) {
  // Links into a broken flow cannot be trusted either way: the flow must be fixed first.
  fail(1, `${problems.map(formatProblem).join('\n')}\n\nthe flows themselves are invalid (${plural(problems.length, 'problem')}); fix them before checking links`);
}

const stepsByFlow = new Map(flows.map((flow) => [flow.id, flow.steps.map((step) => step.id)]));
const flowsById = new Map(flows.map((flow) => [flow.id, flow]));
const base = explorerUrl();
let linkCount = 0;
const broken: string[] = [];
const index = buildCrossIndex(flows);
for (const file of files) {
  const text = readFileSync(file, 'utf8');
  for (const link of findExplorerLinks(text, base)) {
    linkCount++;
    const reason = brokenLinkReason(link, stepsByFlow, flowsById);
    if (reason) broken.push(`${file}:${link.line}: ${link.url}: ${reason}`);
  }
  // Links to the index pages (/endpoints, /tables, /entities and their entries).
  for (const link of findIndexLinks(text, base)) {
    linkCount++;
    const reason = brokenIndexLinkReason(link, index);
    if (reason) broken.push(`${file}:${link.line}: ${link.url}: ${reason}`);
  }
}

const scope = `${plural(linkCount, 'explorer link')} in ${plural(files.length, 'file')}`;
if (broken.length > 0) fail(1, `${broken.join('\n')}\n\n${broken.length} of ${scope} broken`);
console.log(`${scope}: all valid`);
