// @ts-nocheck
// CORRECT alternative. A group-commit kernel (as examples/group-commit-kernel.ts: append and
// apply at once, one sync per batch, every reply held until that sync), except that a read's
// state view is taken when the read arrives rather than when its reply is released. Every
// record appended before the read is in the batch whose sync releases the reply, so the
// view is a durable state; everything acknowledged before the read was sent is in it.
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';

const GROUP_MS = 10;
const EXECUTED = { kind: 'EXEC' };
const FENCED = { kind: 'FENCE' };

export class GroupCommitKernel {
  state = new KernelState();
  decisions = new Map();
  held = [];
  timer = null;
  constructor(port, config) { this.port = port; this.config = config; }
  onStart() { for (const r of this.port.records()) this.apply(r); }
  onMessage(from, message) {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        if (first !== undefined) { this.hold(from, () => ({ kind: 'duplicate', requestId: message.requestId, first })); return; }
        const rejection = this.state.decide(message.operation);
        const record = rejection === null
          ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
          : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.port.append(record);
        this.apply(record);
        const decision = this.decisions.get(message.requestId);
        this.hold(from, () => ({ kind: 'decision', requestId: message.requestId, decision }));
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          const record = { kind: 'FENCE', requestId: message.requestId };
          this.port.append(record);
          this.apply(record);
          first = FENCED;
        }
        const a = first;
        this.hold(from, () => ({ kind: 'query-answer', requestId: message.requestId, executed: a.kind === 'EXEC', first: a }));
        return;
      }
      case 'read': {
        const state = this.state.view(); // taken now: held until the sync that makes it durable
        this.hold(from, () => ({ kind: 'state', requestId: message.requestId, state }));
        return;
      }
      default: return;
    }
  }
  onTimer() {
    this.timer = null;
    this.port.sync();
    const held = this.held; this.held = [];
    for (const { to, reply } of held) this.port.send(to, reply());
  }
  inspect() { return this.state.view(); }
  hold(to, reply) {
    this.held.push({ to, reply });
    if (this.timer === null) this.timer = this.port.setTimer(GROUP_MS, 'group-commit');
  }
  apply(record) {
    if (this.decisions.has(record.requestId)) return;
    if (record.kind === 'EXEC') { this.state.apply(record.operation); this.decisions.set(record.requestId, EXECUTED); }
    else if (record.kind === 'REJECT') this.decisions.set(record.requestId, { kind: 'REJECT', rejection: record.rejection });
    else this.decisions.set(record.requestId, FENCED);
  }
}
export default { ...reference, name: 'red14-correct-kernel-gc-view-at-hold', createKernel: (p, c) => new GroupCommitKernel(p, c) };
