// A worker thread: takes batches of (scenario, seeds, system) and answers with each run's
// summary. Module state of the system under test is this worker's own: a run here is a
// run in a fresh isolate, which is what the determinism check needs.

import { parentPort } from 'node:worker_threads';
import type { SystemUnderTest } from '../src/ports.ts';
import { runOnce } from './runner.ts';
import type { Scenario } from './scenario.ts';
import { resolveSut, type SutRef } from './sut.ts';
import { summarize, type RunSummary } from './summary.ts';

export interface WorkRequest {
  readonly id: number;
  readonly scenario: Scenario;
  readonly seeds: readonly string[];
  readonly sut: SutRef;
  /** also return each run's per-step hash chain (to name the first divergent step) */
  readonly chains?: boolean;
}

export type WorkReply =
  | { readonly id: number; readonly summaries: readonly RunSummary[]; readonly chains?: readonly Uint32Array[] }
  | { readonly id: number; readonly error: string };

const port = parentPort;
if (port === null) throw new Error('sim/worker.ts runs only as a worker thread');
const suts = new Map<string, SystemUnderTest>();

port.on('message', (request: WorkRequest) => {
  void handle(request).then((reply) => port.postMessage(reply));
});

async function handle(request: WorkRequest): Promise<WorkReply> {
  try {
    const key = JSON.stringify(request.sut);
    let sut = suts.get(key);
    if (sut === undefined) suts.set(key, (sut = await resolveSut(request.sut)));
    const summaries: RunSummary[] = [];
    const chains: Uint32Array[] = [];
    for (const seed of request.seeds) {
      const result = runOnce({ scenario: request.scenario, seed: BigInt(seed), sut });
      summaries.push(summarize(result));
      if (request.chains === true) chains.push(result.world?.trace.chainSnapshot() ?? new Uint32Array());
    }
    return request.chains === true ? { id: request.id, summaries, chains } : { id: request.id, summaries };
  } catch (error) {
    return { id: request.id, error: error instanceof Error ? (error.stack ?? error.message) : String(error) };
  }
}
