import type { ElkNode } from 'elkjs/lib/elk.bundled.js';
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';

export interface ElkPool {
  layout: (graph: ElkNode) => Promise<ElkNode>;
  close: () => Promise<void>;
}

/**
 * ELK on worker threads. Laying out is most of a build's time (a thousand flows are a thousand layouts, twice each), and
 * ELK is single-threaded: a worker per core divides that time by the number of cores.
 */
export function createElkPool(size = Math.max(1, Math.min(availableParallelism(), 8))): ElkPool {
  const workers = Array.from({ length: size }, () => new Worker(new URL('./elkWorker.mjs', import.meta.url)));
  const pending = new Map<number, { resolve: (n: ElkNode) => void; reject: (e: Error) => void; worker: Worker }>();
  const load = new Map(workers.map((w) => [w, 0]));
  let next = 0;
  for (const worker of workers) {
    worker.unref();
    worker.on('message', ({ id, result, error }: { id: number; result?: ElkNode; error?: string }) => {
      const job = pending.get(id);
      if (!job) return;
      pending.delete(id);
      load.set(worker, load.get(worker)! - 1);
      if (error !== undefined) job.reject(new Error(`ELK: ${error}`));
      else job.resolve(result!);
    });
    worker.on('error', (error) => {
      for (const [id, job] of pending) {
        if (job.worker !== worker) continue;
        pending.delete(id);
        job.reject(error);
      }
    });
  }
  return {
    layout: (graph) =>
      new Promise((resolve, reject) => {
        // The least busy worker: flows differ a lot in size.
        const worker = workers.reduce((a, b) => (load.get(b)! < load.get(a)! ? b : a));
        const id = next++;
        load.set(worker, load.get(worker)! + 1);
        pending.set(id, { resolve, reject, worker });
        worker.postMessage({ id, graph });
      }),
    close: async () => {
      await Promise.all(workers.map((w) => w.terminate()));
    },
  };
}
