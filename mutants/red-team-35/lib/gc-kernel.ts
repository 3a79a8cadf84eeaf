// @ts-nocheck
// A copy of examples/group-commit-kernel.ts (correct), with hooks for one-change mutants.
import { KernelState } from '../../../src/kernel-state.ts';

export const GROUP_MS = 10;
const EXECUTED = { kind: 'EXEC' };
const FENCED = { kind: 'FENCE' };

export class GcKernel {
  constructor(port, config) {
    this.port = port;
    this.config = config;
    this.state = new KernelState();
    this.decisions = new Map();
    this.held = [];
    this.timer = null;
    /** request ids whose decision is appended but not yet synced */
    this.unsynced = new Set();
  }
  onStart() {
    for (const record of this.port.records()) this.apply(record);
  }
  onMessage(from, message) {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        if (first !== undefined) {
          this.replyDuplicate(from, message.requestId, first);
          return;
        }
        const rejection = this.state.decide(message.operation);
        const record = rejection === null
          ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
          : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.port.append(record);
        this.unsynced.add(message.requestId);
        this.apply(record);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.hold(from, () => ({ kind: 'decision', requestId: message.requestId, decision }));
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          const record = { kind: 'FENCE', requestId: message.requestId };
          this.port.append(record);
          this.unsynced.add(message.requestId);
          this.apply(record);
          first = FENCED;
        }
        const answer = first;
        this.replyQuery(from, message.requestId, answer);
        return;
      }
      case 'read':
        this.replyRead(from, message.requestId);
        return;
      default:
        return;
    }
  }
  replyDuplicate(from, requestId, first) {
    this.hold(from, () => ({ kind: 'duplicate', requestId, first }));
  }
  replyQuery(from, requestId, answer) {
    this.hold(from, () => ({ kind: 'query-answer', requestId, executed: answer.kind === 'EXEC', first: answer }));
  }
  replyRead(from, requestId) {
    this.hold(from, () => ({ kind: 'state', requestId, state: this.state.view() }));
  }
  onTimer() {
    this.timer = null;
    this.port.sync();
    this.afterSync();
    const held = this.held;
    this.held = [];
    for (const { to, reply } of held) this.port.send(to, reply());
  }
  afterSync() { this.unsynced.clear(); }
  inspect() { return this.state.view(); }
  hold(to, reply) {
    this.held.push({ to, reply });
    if (this.timer === null) this.timer = this.port.setTimer(GROUP_MS, 'group-commit');
  }
  apply(record) {
    if (record.kind !== 'EXEC' && record.kind !== 'REJECT' && record.kind !== 'FENCE') return;
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
