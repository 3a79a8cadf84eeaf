// @ts-nocheck
// Shared: an intent-WAL kernel. Each dispatch is appended as an INTENT record and synced
// (together with the previous decision record); the kernel then decides, applies, replies,
// and appends the decision record, which is synced with the next intent (or fence). On
// restart an intent whose decision record a crash lost is re-decided, in log order.
// Options select the bug of each mutant.
import { KernelState } from '../../src/kernel-state.ts';

const EXECUTED = { kind: 'EXEC' };
const FENCED = { kind: 'FENCE' };

export function makeWalKernel(opts = {}) {
  return class WalKernel {
    constructor(port, config) { this.port = port; this.config = config; this.state = new KernelState(); this.decisions = new Map(); }
    onStart() {
      const records = this.port.records();
      const decided = new Set();
      for (const r of records) if (r.kind !== 'INTENT') decided.add(r.requestId);
      const redo = [];
      if (opts.redecideBeforeReplay) {
        // BUG option: lost decisions are re-decided before the decision records are replayed
        for (const r of records) if (r.kind === 'INTENT') { const i = JSON.parse(r.data); if (!decided.has(i.requestId)) { decided.add(i.requestId); redo.push(this.redecide(i)); } }
      }
      for (const r of records) {
        if (r.kind !== 'INTENT') { this.replay(r); continue; }
        const i = JSON.parse(r.data);
        if (decided.has(i.requestId)) continue;
        decided.add(i.requestId);
        redo.push(this.redecide(i));
      }
      if (redo.length > 0) { for (const rec of redo) this.port.append(rec); this.port.sync(); }
    }
    redecide(i) {
      const rejection = opts.redecideAlwaysExec ? null : this.state.decide(i.operation); // BUG option
      const rec = rejection === null ? { kind: 'EXEC', requestId: i.requestId, operation: i.operation } : { kind: 'REJECT', requestId: i.requestId, rejection };
      this.replay(rec);
      return rec;
    }
    onMessage(from, message) {
      switch (message.kind) {
        case 'dispatch': {
          const first = this.decisions.get(message.requestId);
          if (first !== undefined) { this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first }); return; }
          this.port.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId, operation: message.operation }) });
          if (opts.provisionalExec) this.port.append({ kind: 'EXEC', requestId: message.requestId, operation: message.operation }); // BUG option
          if (!opts.replyBeforeSync) this.port.sync();
          const rejection = this.state.decide(message.operation);
          const rec = rejection === null ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation } : { kind: 'REJECT', requestId: message.requestId, rejection };
          this.replay(rec);
          // the decision record is written behind the synced intent; synced with the next intent or fence
          if (!opts.decisionAfterReply && (!opts.provisionalExec || rec.kind !== 'EXEC')) this.port.append(rec);
          this.port.send(from, { kind: 'decision', requestId: message.requestId, decision: this.decisions.get(message.requestId) });
          if (opts.decisionAfterReply) this.port.append(rec); // decision record appended after the reply
          if (opts.replyBeforeSync) this.port.sync(); // BUG option: the reply went out first
          return;
        }
        case 'fenced-query': {
          let first = this.decisions.get(message.requestId);
          if (first === undefined) {
            this.port.append({ kind: 'FENCE', requestId: message.requestId });
            this.port.sync();
            this.replay({ kind: 'FENCE', requestId: message.requestId });
            first = FENCED;
          }
          this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
          return;
        }
        case 'read':
          this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.state.view() });
          return;
        default:
          return;
      }
    }
    onTimer() {}
    inspect() { return this.state.view(); }
    replay(record) {
      if (this.decisions.has(record.requestId)) return;
      switch (record.kind) {
        case 'EXEC': this.state.apply(record.operation); this.decisions.set(record.requestId, EXECUTED); return;
        case 'REJECT': this.decisions.set(record.requestId, { kind: 'REJECT', rejection: record.rejection }); return;
        case 'FENCE': this.decisions.set(record.requestId, FENCED); return;
      }
    }
  };
}
