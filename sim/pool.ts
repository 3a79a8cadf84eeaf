// A pool of worker threads, started once and fed batches of seeds, so that coordination
// costs little per run. Each worker has its own module state.

import { Worker } from 'node:worker_threads';
import type { Scenario } from './scenario.ts';
import type { RunSummary } from './summary.ts';
import type { SutRef } from './sut.ts';
import type { WorkReply, WorkRequest } from './worker.ts';

const BOOTSTRAP = new URL('./worker-bootstrap.mjs', import.meta.url);

export interface Batch {
  readonly summaries: readonly RunSummary[];
  readonly chains: readonly Uint32Array[];
}

interface Slot {
  readonly worker: Worker;
  busy: boolean;
}

export class WorkerPool {
  private readonly slots: Slot[] = [];
  private readonly waiting: (() => void)[] = [];
  private readonly pending = new Map<number, { resolve: (reply: Batch) => void; reject: (e: Error) => void }>();
  private nextId = 1;

  constructor(size: number) {
    for (let i = 0; i < size; i++) {
      const worker = new Worker(BOOTSTRAP);
      worker.on('message', (reply: WorkReply) => this.settle(reply));
      worker.on('error', (error) => this.failAll(error));
      this.slots.push({ worker, busy: false });
    }
  }

  get size(): number {
    return this.slots.length;
  }

  /** Runs a batch of seeds on the next free worker. */
  async run(scenario: Scenario, seeds: readonly string[], sut: SutRef): Promise<readonly RunSummary[]> {
    return (await this.runBatch(scenario, seeds, sut, false)).summaries;
  }

  /** Runs a batch and also returns each run's per-step hash chain. */
  async runWithChains(scenario: Scenario, seeds: readonly string[], sut: SutRef): Promise<Batch> {
    return this.runBatch(scenario, seeds, sut, true);
  }

  private async runBatch(scenario: Scenario, seeds: readonly string[], sut: SutRef, chains: boolean): Promise<Batch> {
    const slot = await this.acquire();
    try {
      const id = this.nextId++;
      const request: WorkRequest = { id, scenario, seeds, sut, chains };
      return await new Promise<Batch>((resolve, reject) => {
        this.pending.set(id, { resolve, reject });
        slot.worker.postMessage(request);
      });
    } finally {
      slot.busy = false;
      this.waiting.shift()?.();
    }
  }

  async close(): Promise<void> {
    await Promise.all(this.slots.map((slot) => slot.worker.terminate()));
  }

  private async acquire(): Promise<Slot> {
    for (;;) {
      const free = this.slots.find((slot) => !slot.busy);
      if (free !== undefined) {
        free.busy = true;
        return free;
      }
      await new Promise<void>((resolve) => this.waiting.push(resolve));
    }
  }

  private settle(reply: WorkReply): void {
    const pending = this.pending.get(reply.id);
    if (pending === undefined) return;
    this.pending.delete(reply.id);
    if ('error' in reply) pending.reject(new Error(`worker failed: ${reply.error}`));
    else pending.resolve({ summaries: reply.summaries, chains: reply.chains ?? [] });
  }

  private failAll(error: Error): void {
    for (const pending of this.pending.values()) pending.reject(error);
    this.pending.clear();
  }
}
