// @ts-nocheck
// red-team-20 CORRECT ALTERNATIVE — a large module-level structure that never changes
// behaviour (spec 6.2 at-most-once; README: default heap 4096 MB).
// Change: before looking a request id up in its decision table, the kernel consults a Bloom
// filter of decided ids: "definitely never decided" skips the lookup, anything else falls back
// to the table, which stays the authority. The filter is one plain Array of 2^25 slots
// (~256 MB of heap), allocated once at import and never cleared: ids of earlier runs only
// add false positives, which fall back to the table.

import { reference } from '../../src/index.ts';

const BITS = 2 ** 25;
const FILTER: number[] = new Array(BITS).fill(0);
function slots(id: string): [number, number] {
  let h1 = 2166136261, h2 = 5381;
  for (let i = 0; i < id.length; i++) {
    h1 = Math.imul(h1 ^ id.charCodeAt(i), 16777619) >>> 0;
    h2 = (Math.imul(h2, 33) + id.charCodeAt(i)) >>> 0;
  }
  return [h1 % BITS, h2 % BITS];
}
function remember(id: string): void {
  const [a, b] = slots(id);
  FILTER[a] = 1;
  FILTER[b] = 1;
}
function mayHaveDecided(id: string): boolean {
  const [a, b] = slots(id);
  return FILTER[a] === 1 && FILTER[b] === 1;
}
// The AeroDB kernel: the authority on what executed. Every decision about a request id
// (EXEC, REJECT, FENCE) is appended to the durable log and synced before any reply that
// reports it; state is rebuilt from the log on start, so replies only ever speak of
// synced decisions. A request id is decided once: later copies get a DUPLICATE naming
// the first decision. A fenced query answers "did R execute?" and, if not, fences R so
// that a dispatch of R still in the network cannot execute afterwards.

import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

export class Kernel implements KernelActor {
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  onStart(): void {
    for (const record of this.port.records()) this.replay(record as KernelRecord);
  }

  onMessage(from: Address, message: Message): void {
    switch (message.kind) {
      case 'dispatch': {
        const first = mayHaveDecided(message.requestId) ? this.decisions.get(message.requestId) : undefined;
        if (first !== undefined) {
          this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
          return;
        }
        const rejection = this.state.decide(message.operation);
        const record: KernelRecord =
          rejection === null
            ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
            : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.decideDurably(record);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          this.decideDurably({ kind: 'FENCE', requestId: message.requestId });
          first = FENCED;
        }
        this.port.send(from, {
          kind: 'query-answer',
          requestId: message.requestId,
          executed: first.kind === 'EXEC',
          first,
        });
        return;
      }
      case 'read':
        this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.state.view() });
        return;
      default:
        return; // not addressed to a kernel: ignored
    }
  }

  onTimer(): void {}

  inspect(): StateView {
    return this.state.view();
  }

  /** Append, sync, and only then change memory: a crash before the sync leaves memory
   * unchanged (it is discarded) and the record at the mercy of the disk. */
  private decideDurably(record: KernelRecord): void {
    this.port.append(record);
    this.port.sync();
    this.replay(record);
  }

  private replay(record: KernelRecord): void {
    if (this.decisions.has(record.requestId)) return; // a log never holds two decisions for one id
    remember(record.requestId);
    switch (record.kind) {
      case 'EXEC':
        this.state.apply(record.operation);
        this.decisions.set(record.requestId, EXECUTED);
        return;
      case 'REJECT':
        this.decisions.set(record.requestId, { kind: 'REJECT', rejection: record.rejection });
        return;
      case 'FENCE':
        this.decisions.set(record.requestId, FENCED);
        return;
    }
  }
}

function createKernelMutant(port: Port, config: KernelConfig): KernelActor {
  return new Kernel(port, config);
}

const sut = { ...reference, name: 'red20-correct-kernel-bloom-prefilter', createKernel: createKernelMutant };
export default sut;
