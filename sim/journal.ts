// A run's journal in shared memory: the workload, then every decision as it is taken, as
// JSON lines in a SharedArrayBuffer the parent holds. A run that never returns — it hangs
// in a handler, or its worker dies (process.exit, out of memory) — leaves behind what it
// decided up to that moment, so its repro replays it like any other failure.

import type { DecisionValue } from './decisions.ts';
import type { Journal } from './runner.ts';
import type { Plan } from './workload.ts';

const HEADER_BYTES = 8;
/** room for ~40,000 decisions; a journal that fills up says so (its repro is partial) */
const DEFAULT_BYTES = 4 << 20;

export function createCapture(bytes = DEFAULT_BYTES): SharedArrayBuffer {
  return new SharedArrayBuffer(HEADER_BYTES + bytes);
}

/** Writes a journal into a capture buffer (the worker's side). */
export class SharedJournal implements Journal {
  private readonly header: Int32Array;
  private readonly bytes: Uint8Array;
  private readonly encoder = new TextEncoder();
  private used = 0;

  constructor(buffer: SharedArrayBuffer) {
    this.header = new Int32Array(buffer, 0, 2);
    this.bytes = new Uint8Array(buffer, HEADER_BYTES);
    Atomics.store(this.header, 0, 0);
    Atomics.store(this.header, 1, 0);
  }

  plan(plan: Plan): void {
    this.append(JSON.stringify({ plan }));
  }

  decision(key: number, value: DecisionValue, at: string): void {
    this.append(JSON.stringify([key, value, at]));
  }

  private append(line: string): void {
    if (Atomics.load(this.header, 1) !== 0) return;
    const room = this.bytes.subarray(this.used);
    const { read, written } = this.encoder.encodeInto(`${line}\n`, room);
    if (read < line.length + 1) {
      Atomics.store(this.header, 1, 1); // full: what is there stays a valid prefix
      return;
    }
    this.used += written;
    Atomics.store(this.header, 0, this.used);
  }
}

export interface Captured {
  readonly plan: Plan;
  readonly schedule: [number, DecisionValue][];
  readonly fingerprints: [number, string][];
  /** false when the journal filled up: later decisions are missing */
  readonly complete: boolean;
}

/** Reads what a run wrote before it stopped (the parent's side); null if it wrote nothing. */
export function readCapture(buffer: SharedArrayBuffer): Captured | null {
  const header = new Int32Array(buffer, 0, 2);
  const used = Atomics.load(header, 0);
  if (used === 0) return null;
  const text = new TextDecoder().decode(new Uint8Array(buffer, HEADER_BYTES, used).slice());
  let plan: Plan | null = null;
  const schedule: [number, DecisionValue][] = [];
  const fingerprints: [number, string][] = [];
  for (const line of text.split('\n')) {
    if (line === '') continue;
    const entry = JSON.parse(line) as { plan: Plan } | [number, DecisionValue, string];
    if (Array.isArray(entry)) {
      schedule.push([entry[0], entry[1]]);
      fingerprints.push([entry[0], entry[2]]);
    } else {
      plan = entry.plan;
    }
  }
  if (plan === null) return null;
  return { plan, schedule, fingerprints, complete: Atomics.load(header, 1) === 0 };
}
