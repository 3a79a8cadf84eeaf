// OBSERVABLE WHEN: a duplicated or delayed dispatch, or an outcome query, about a request reaches
//   the kernel after 16 or more newer decisions (slow operator ask-outcome, long delays, kernel
//   restart replaying a long log).
//
// Mutant of the reference kernel (src/kernel.ts, copied and edited): the kernel keeps only the 16
//   most recent decisions in its dedup table (oldest evicted), so a dispatch or fenced query for an
//   older request id is decided again: re-executed, re-rejected or fenced although it already
//   executed

import { reference } from '../../src/index.ts';
import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

const EXECUTED: Decision = { kind: 'EXEC' };
/** Request ids still remembered for dedup: the control plane sends each dispatch once, so
 * only the recent ones can come back. */
const DEDUP_WINDOW = 16;
const FENCED: Decision = { kind: 'FENCE' };

class Kernel implements KernelActor {
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
        this.remember(record.requestId, EXECUTED);
        return;
      case 'REJECT':
        this.remember(record.requestId, { kind: 'REJECT', rejection: record.rejection });
        return;
      case 'FENCE':
        this.remember(record.requestId, FENCED);
        return;
    }
  }

  private remember(requestId: string, decision: Decision): void {
    this.decisions.set(requestId, decision);
    if (this.decisions.size <= DEDUP_WINDOW) return;
    const oldest = this.decisions.keys().next();
    if (!oldest.done) this.decisions.delete(oldest.value);
  }
}

export const info = {
  clause: '6.2',
  sentence: 'Silent duplicate execution is forbidden.',
  failurePathOnly: true,
  description: 'the kernel keeps only the 16 most recent decisions in its dedup table (oldest evicted), so a dispatch or fenced query for an older request id is decided again: re-executed, re-rejected or fenced although it already executed',
};

const sut: SystemUnderTest = {
  name: 'rt2-kernel-bounded-dedup',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new Kernel(port, config),
};
export default sut;
