// @ts-nocheck
// A copy of examples/group-commit-kernel.ts with its class exported, for red team 36 variants.
// A correct kernel of another design than the reference's: group commit. It appends each
// decision and applies it in memory at once, but syncs once per batch — GROUP_MS after the
// first unsynced record — and sends every reply of the batch (decisions, duplicates, query
// answers, state reads) only after that sync. Nothing it reports is ever unsynced, so it
// obeys the failure model; but a crash inside a batch holds several unsynced records, of
// which the disk may keep any prefix. The reference syncs after every append and never
// holds more than one.
//
// It is here to keep the oracles honest: they must accept a correct system that is not the
// reference (test/alternative-systems.test.ts), and the fault model's partial losses of a
// multi-record unsynced suffix must happen somewhere.
//
//   npx aerosim sweep --sut examples/group-commit-kernel.ts --scenario mixed --seeds 1000

import { KernelState } from '../../../src/kernel-state.ts';
import { reference } from '../../../src/index.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../../src/protocol.ts';

/** how long the first unsynced record of a batch waits for company, ms */
export const GROUP_MS = 10;

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

export class GroupCommitKernel implements KernelActor {
  state = new KernelState();
  decisions = new Map<string, Decision>();
  /** replies held until the batch is synced: who, and how to build the message then */
  held: { to: Address; reply: () => Message }[] = [];
  timer: number | null = null;

  constructor(
    public port: Port,
    public config: KernelConfig,
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

  hold(to: Address, reply: () => Message): void {
    this.held.push({ to, reply });
    if (this.timer === null) this.timer = this.port.setTimer(GROUP_MS, 'group-commit');
  }

  apply(record: KernelRecord): void {
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
  name: 'group-commit kernel',
  createKernel: (port: Port, config: KernelConfig) => new GroupCommitKernel(port, config),
};
export default sut;
