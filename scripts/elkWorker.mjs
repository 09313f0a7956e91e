// One ELK per worker thread: a build lays out many flows at once, on every core (see elkPool.ts).
import { parentPort } from 'node:worker_threads';
import ELK from 'elkjs/lib/elk.bundled.js';

const elk = new ELK();
parentPort.on('message', async ({ id, graph }) => {
  try {
    parentPort.postMessage({ id, result: await elk.layout(graph) });
  } catch (error) {
    parentPort.postMessage({ id, error: error instanceof Error ? error.message : String(error) });
  }
});
