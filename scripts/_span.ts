import { readdirSync, readFileSync } from 'node:fs';
import { layoutFlow } from '../src/flow/layoutFlow.ts';
import { union } from '../src/flow/camera.ts';
const rows: string[] = [];
for (const f of readdirSync('flows').filter((f) => f !== 'systems.json')) {
  const flow = JSON.parse(readFileSync(`flows/${f}`, 'utf8'));
  const layout = await layoutFlow(flow);
  for (const name of ['wide', 'tall'] as const) {
    const v = layout[name];
    let worst = { w: 0, h: 0, step: '' };
    for (const s of flow.steps) {
      const u = union([v.nodes[s.from], v.nodes[s.to]]);
      if (u.width * u.height > worst.w * worst.h) worst = { w: u.width, h: u.height, step: `${s.from}->${s.to}` };
    }
    rows.push(`${flow.id.padEnd(34)} ${name} ${v.width}x${v.height} worst pair ${Math.round(worst.w)}x${Math.round(worst.h)} ${worst.step}`);
  }
}
console.log(rows.join('\n'));
