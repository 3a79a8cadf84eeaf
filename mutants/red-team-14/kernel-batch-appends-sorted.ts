// @ts-nocheck
// Group-commit kernel (decides and applies in memory at once, holds every reply until the
// batch's sync) that buffers the batch's records and writes them at sync time sorted by
// request id "so the log is deterministic". The log order is then not the order in which
// the kernel decided: after a restart, replay applies e.g. set-config v2 before v1, or a
// snapshot after a create it preceded. Breaks 5.3/7.2 (kernel durability no longer says
// what was acknowledged) and 11.
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';

const GROUP_MS = 20;
const EXECUTED = { kind: 'EXEC' };
const FENCED = { kind: 'FENCE' };

class SortedBatchKernel {
  state = new KernelState();
  decisions = new Map();
  pending = [];
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
        this.pending.push(record);
        this.apply(record);
        const decision = this.decisions.get(message.requestId);
        this.hold(from, () => ({ kind: 'decision', requestId: message.requestId, decision }));
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          const record = { kind: 'FENCE', requestId: message.requestId };
          this.pending.push(record);
          this.apply(record);
          first = FENCED;
        }
        const a = first;
        this.hold(from, () => ({ kind: 'query-answer', requestId: message.requestId, executed: a.kind === 'EXEC', first: a }));
        return;
      }
      case 'read':
        this.hold(from, () => ({ kind: 'state', requestId: message.requestId, state: this.state.view() }));
        return;
      default: return;
    }
  }
  onTimer() {
    this.timer = null;
    const batch = this.pending.slice().sort((a, b) => (a.requestId < b.requestId ? -1 : a.requestId > b.requestId ? 1 : 0));
    this.pending = [];
    for (const r of batch) this.port.append(r);
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
export default { ...reference, name: 'red14-kernel-batch-appends-sorted', createKernel: (p, c) => new SortedBatchKernel(p, c) };
