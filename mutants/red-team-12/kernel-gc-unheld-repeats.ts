// MUTANT (spec 4.3 "The execution outcome MUST be determined from kernel state"; 7.2
// "treat the request as not executed unless kernel durability proves otherwise"). A
// group-commit kernel (examples/group-commit-kernel.ts) that holds replies until the batch's
// sync, except replies that append nothing: a DUPLICATE for an id already decided, and a
// fenced query's answer for an id already decided, go out at once. But "already decided"
// may mean "decided in this batch, not yet synced": the control plane then reports an
// EXEC (or REJECT) that a crash of the kernel can still erase.
// Shows: a dispatch copy or an outcome query arriving within GROUP_MS of the first decision,
// then a kernel crash losing the unsynced suffix.
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
          // a duplicate appends nothing: answer it at once
          this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
          return;
        }
        const rejection = this.state.decide(message.operation);
        const record: KernelRecord =
          rejection === null ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation } : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.port.append(record);
        this.apply(record);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.hold(from, () => ({ kind: 'decision', requestId: message.requestId, decision }));
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first !== undefined) {
          // already decided: the query appends nothing, answer it at once
          this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
          return;
        }
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
  name: 'red12-kernel-gc-unheld-repeats',
  createKernel: (port: Port, config: KernelConfig) => new GroupCommitKernel(port, config),
};
export default sut;
