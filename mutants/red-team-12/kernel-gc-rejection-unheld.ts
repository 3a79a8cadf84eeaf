// MUTANT (spec 7.1 "Kernel rejection is final."; 7.2 "treat the request as not executed
// unless kernel durability proves otherwise"; 6.2 "the kernel MUST reject duplicates
// deterministically"). A group-commit kernel (examples/group-commit-kernel.ts) that holds
// its replies until the batch's sync — except a REJECT decision, which it sends at once
// ("a rejection changes no data, so there is nothing to wait for"). But the REJECT record is
// the kernel's memory that the request id was decided: if the kernel crashes before the
// batch's sync and the disk drops it, the control plane has surfaced a final rejection that
// the kernel no longer knows, and a later copy of the dispatch (or an outcome query) is
// decided afresh — a copy may now EXECUTE a request the operator was told was rejected.
// Shows: a REJECT followed within GROUP_MS by a kernel crash that loses the unsynced suffix.
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

/** how long the first unsynced record of a batch waits for company, ms */
export const GROUP_MS = 10;

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

class GroupCommitKernel implements KernelActor {
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();
  /** replies held until the batch is synced: who, and how to build the message then */
  private held: { to: Address; reply: () => Message }[] = [];
  private timer: number | null = null;

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  onStart(): void {
    for (const record of this.port.records()) this.apply(record as KernelRecord);
  }

  onMessage(from: Address, message: Message): void {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        if (first !== undefined) {
          this.hold(from, () => ({ kind: 'duplicate', requestId: message.requestId, first }));
          return;
        }
        const rejection = this.state.decide(message.operation);
        const record: KernelRecord =
          rejection === null ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation } : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.port.append(record);
        this.apply(record);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        if (decision.kind === 'REJECT') {
          // a rejection changes no data: nothing to wait for, tell the control plane now
          this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
          return;
        }
        this.hold(from, () => ({ kind: 'decision', requestId: message.requestId, decision }));
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          const record: KernelRecord = { kind: 'FENCE', requestId: message.requestId };
          this.port.append(record);
          this.apply(record);
          first = FENCED;
        }
        const answer = first;
        this.hold(from, () => ({ kind: 'query-answer', requestId: message.requestId, executed: answer.kind === 'EXEC', first: answer }));
        return;
      }
      case 'read':
        // the state as of the sync that releases the reply: never an unsynced change
        this.hold(from, () => ({ kind: 'state', requestId: message.requestId, state: this.state.view() }));
        return;
      default:
        return;
    }
  }

  onTimer(): void {
    this.timer = null;
    this.port.sync();
    const held = this.held;
    this.held = [];
    for (const { to, reply } of held) this.port.send(to, reply());
  }

  /** What is durable: memory holds unsynced decisions only while their replies are held. */
  inspect(): StateView {
    return this.state.view();
  }

  private hold(to: Address, reply: () => Message): void {
    this.held.push({ to, reply });
    if (this.timer === null) this.timer = this.port.setTimer(GROUP_MS, 'group-commit');
  }

  private apply(record: KernelRecord): void {
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
  ...reference,
  name: 'red12-kernel-gc-rejection-unheld',
  createKernel: (port: Port, config: KernelConfig) => new GroupCommitKernel(port, config),
};
export default sut;
