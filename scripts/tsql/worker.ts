import { parentPort } from 'node:worker_threads';
import { factsOfBatch } from './run';

/** A parser thread of `npm run check:tsql`: batch texts in, their facts out. */
parentPort!.on('message', (job: { id: number; text: string }) => {
  parentPort!.postMessage({ id: job.id, facts: factsOfBatch(job.text) });
});
