// @ts-nocheck
// BROKEN. Spec 6.2 / 7.2 ("treat the request as not executed unless kernel durability proves
// otherwise"): a copy of examples/group-commit-kernel.ts (a correct group-commit kernel) with
// one change: a DUPLICATE reply is sent at once instead of being held until the batch's sync,
// "since a duplicate changes nothing". When the first decision it names is still in the
// unsynced batch, the reply states an EXEC the disk may yet lose.
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';
import { probe } from './lib/common.ts';
const GROUP_MS = 10;
const EXECUTED = { kind: 'EXEC' };
const FENCED = { kind: 'FENCE' };
class GroupCommitKernel implements KernelActor {
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();
  /** replies held until the batch is synced: who, and how to build the message then */
  private held: { to: Address; reply: () => Message }[] = [];
  private timer: number | null = null;
  private unsynced = new Set<string>();

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
          // "a duplicate changes nothing, so nothing to wait for": answered at once
          if (this.unsynced.has(message.requestId)) probe('p-gc-kernel-dup-early', `${message.requestId} DUPLICATE sent before its first decision is synced`);
          this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
          return;
        }
        const rejection = this.state.decide(message.operation);
        const record: KernelRecord =
          rejection === null ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation } : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.port.append(record);
        this.unsynced.add(record.requestId);
        this.apply(record);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
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
    this.unsynced.clear();
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

export default { ...reference, name: 'p-gc-kernel-dup-early', createKernel: (port, config) => new GroupCommitKernel(port, config) };
