// @ts-nocheck
// CORRECT (unusual). Spec 4.3/10 (observation shows kernel state; only durable state is told):
// examples/group-commit-kernel.ts with one change: the state an observe returns is taken when the
// read arrives, not when the batch's sync releases the reply. It holds only decisions appended
// before the read, all of which the releasing sync makes durable before the reply leaves; a
// crash before that sync kills the reply with it. So every state shown is durable — just a few
// milliseconds older than the example's.
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';
const GROUP_MS = 10;
const EXECUTED = { kind: 'EXEC' };
const FENCED = { kind: 'FENCE' };
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
        { const view = this.state.view(); this.hold(from, () => ({ kind: 'state', requestId: message.requestId, state: view })); }
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

export default { ...reference, name: 'correct-gc-kernel-read-at-hold', createKernel: (port, config) => new GroupCommitKernel(port, config) };
