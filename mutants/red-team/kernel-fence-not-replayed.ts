// RED-TEAM MUTANT (a): kernel-fence-not-replayed
//
// Clause 4.3 — "Otherwise → action did not occur" (the answer must stay true).
// On start the kernel rebuilds its decisions from its log but skips FENCE records ("a fence only
// guards dispatches in flight when it was written; after a restart the old connections are
// gone"). A fenced query told the operator "not executed"; after a kernel restart, a dispatch
// of the same request still in the network (delayed, duplicated, or sent by a control plane
// that was itself racing the query) executes — the durable kernel state said FENCE, the kernel
// acts as if it did not. Reachable only with a kernel restart between a fenced query and a late
// dispatch. Calm runs never restart the kernel.
//
// Everything below is src/kernel.ts copied verbatim except the code marked
// [red-team] (a marked comment heads each changed block).

import type { SystemUnderTest } from '../../src/ports.ts';
import { reference } from '../../src/index.ts';

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

class Kernel implements KernelActor {
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  onStart(): void {
    // [red-team] a FENCE only guards dispatches in flight when it was written; after a
    // restart the old connections are gone, so fences are not worth rebuilding
    for (const record of this.port.records()) {
      if (record.kind !== 'FENCE') this.replay(record as KernelRecord);
    }
  }

  onMessage(from: Address, message: Message): void {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
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

function createKernel(port: Port, config: KernelConfig): KernelActor {
  return new Kernel(port, config);
}

export const info = {
  clause: "4.3",
  sentence: "Otherwise → action did not occur",
  failurePathOnly: true,
  description: "kernel does not replay FENCE records on restart, so a request it answered \"not executed\" can execute after a kernel restart",
};

const sut: SystemUnderTest = {
  name: 'red-team/kernel-fence-not-replayed',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel,
};
export default sut;
