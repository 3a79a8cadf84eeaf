// MUTANT kernel-read-unsynced
// Violates spec 4.3 / 10 (with 5.2 / 7.2: "Kernel state is authoritative", "unless kernel
// durability proves otherwise"): "The execution outcome MUST be determined from kernel state".
// The kernel group-commits its decisions (one sync per short window, every decision reply
// sent only after that sync — acknowledgements are correct), but it answers a `read` from its
// speculative state, which already includes decisions appended and not yet synced. An
// observe can therefore show a change that is not durable and may never exist.
// Shows only when: a read reaches the kernel inside the group-commit window of an executing
// dispatch (a few ms after it); it is a lie outright if the kernel then crashes before the
// sync and the disk drops the unsynced record (the observed change vanishes), and is a state
// ahead of the kernel's authoritative (synced) state in any case.

import { reference } from '../../src/index.ts';
import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

export const info = {
  clause: '4.3 / 10 (5.2, 7.2)',
  sentence: 'The execution outcome MUST be determined from kernel state (kernel durability is authoritative; an observe must not show unsynced changes).',
  needs: 'a read arriving within the group-commit window (GROUP_MS) after an executing dispatch; strongest with a kernel crash before the sync that loses the record',
};

const GROUP_MS = 4;
const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

interface Pending {
  readonly record: KernelRecord;
  readonly from: Address;
}

class GroupCommitKernel implements KernelActor {
  /** durable (synced) state and decisions: what the kernel answers decisions from */
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();
  /** speculative state: synced state plus the decisions waiting for the group sync */
  private readonly speculative = new KernelState();
  private readonly pending: Pending[] = [];
  private readonly pendingIds = new Set<string>();
  private readonly pendingQueries: { requestId: string; from: Address }[] = [];
  private groupTimer = 0;

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  onStart(): void {
    for (const record of this.port.records()) {
      const r = record as KernelRecord;
      if (this.decisions.has(r.requestId)) continue;
      if (r.kind === 'EXEC') this.speculative.apply(r.operation);
      this.replay(r);
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
        if (this.pendingIds.has(message.requestId)) return; // its decision goes out with the group
        const rejection = this.speculative.decide(message.operation);
        const record: KernelRecord =
          rejection === null
            ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
            : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.port.append(record);
        if (record.kind === 'EXEC') this.speculative.apply(record.operation);
        this.pending.push({ record, from });
        this.pendingIds.add(message.requestId);
        if (this.groupTimer === 0) this.groupTimer = this.port.setTimer(GROUP_MS, 'group-commit');
        return;
      }
      case 'fenced-query': {
        if (this.pendingIds.has(message.requestId)) {
          this.pendingQueries.push({ requestId: message.requestId, from });
          return;
        }
        this.answerQuery(message.requestId, from);
        return;
      }
      case 'read':
        // BUG: answers from the speculative state, unsynced decisions included
        this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.speculative.view() });
        return;
      default:
        return;
    }
  }

  onTimer(name: string): void {
    if (name !== 'group-commit') return;
    this.groupTimer = 0;
    this.port.sync();
    const group = this.pending.splice(0);
    this.pendingIds.clear();
    for (const { record } of group) this.replay(record);
    for (const { record, from } of group) {
      const decision = this.decisions.get(record.requestId) ?? EXECUTED;
      this.port.send(from, { kind: 'decision', requestId: record.requestId, decision });
    }
    for (const { requestId, from } of this.pendingQueries.splice(0)) this.answerQuery(requestId, from);
  }

  inspect(): StateView {
    return this.state.view();
  }

  private answerQuery(requestId: string, from: Address): void {
    let first = this.decisions.get(requestId);
    if (first === undefined) {
      const record: KernelRecord = { kind: 'FENCE', requestId };
      this.port.append(record);
      this.port.sync();
      this.replay(record);
      first = FENCED;
    }
    this.port.send(from, { kind: 'query-answer', requestId, executed: first.kind === 'EXEC', first });
  }

  private replay(record: KernelRecord): void {
    if (this.decisions.has(record.requestId)) return;
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

const sut: SystemUnderTest = {
  name: 'kernel-read-unsynced',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new GroupCommitKernel(port, config),
};
export default sut;
