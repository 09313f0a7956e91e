import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';

// The JavaScript a reader downloads before a deep link (/flows/<id>?step=<id>) can paint, and its budget.
const BUDGET_KB = 200;
const dist = process.argv[2] ?? 'dist';

interface Chunk { file: string; src?: string; isEntry?: boolean; imports?: string[]; dynamicImports?: string[] }
const manifest: Record<string, Chunk> = JSON.parse(readFileSync(join(dist, '.vite/manifest.json'), 'utf8'));

function closure(keys: string[], into = new Set<string>()): Set<string> {
  for (const key of keys) {
    if (into.has(key) || !manifest[key]) continue;
    into.add(key);
    closure(manifest[key].imports ?? [], into);
  }
  return into;
}

const gz = (file: string) => gzipSync(readFileSync(join(dist, file))).length;
const entry = Object.keys(manifest).filter((k) => manifest[k].isEntry);
const route = Object.keys(manifest).filter((k) => k.includes('routes/flows/$flowId'));
// Each flow is its own chunk (virtual:flow/<id>): a deep link downloads the one it opens.
const flows = Object.keys(manifest).filter((k) => /^virtual:flow\//.test(k));
const largestFlow = flows.sort((a, b) => gz(manifest[b].file) - gz(manifest[a].file))[0];
const deepLink = closure([...entry, ...route, ...(largestFlow ? [largestFlow] : [])]);

let total = 0;
const rows = [...deepLink].map((key) => {
  const size = gz(manifest[key].file);
  total += size;
  return `  ${(size / 1024).toFixed(1).padStart(6)} KB  ${manifest[key].file}`;
});
// Mermaid itself (its package and its diagram chunks), not the app's toMermaid text writer.
const mermaid = [...deepLink].filter((key) => /node_modules\/mermaid\//.test(key) || /(^|\/)(mermaid|sequenceDiagram)[.-]/i.test(manifest[key].file));
console.log(`Deep-link JavaScript (gzip), with the largest flow (${largestFlow ?? 'none'}):\n${rows.join('\n')}\n  ${(total / 1024).toFixed(1).padStart(6)} KB  total, budget ${BUDGET_KB} KB`);
if (mermaid.length > 0) {
  console.error(`Mermaid must not be in the initial bundle: ${mermaid.join(', ')}`);
  process.exit(1);
}
if (total / 1024 > BUDGET_KB) {
  console.error(`Over budget by ${(total / 1024 - BUDGET_KB).toFixed(1)} KB.`);
  process.exit(1);
}
