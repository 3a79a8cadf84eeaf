// @ts-nocheck
// Group-commit kernel: decisions are held until the batch's sync, but a DUPLICATE and a query
// answer about an already-decided request are sent at once ("nothing new is decided, so there is
// nothing to sync") — even when that first decision is still in the unsynced batch. A crash then
// loses a decision the control plane was already told (7.2: replies speak only of durable decisions).
import { GcKernel } from './lib/gc-kernel.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class K extends GcKernel {
  replyDuplicate(from, requestId, first) {
    if (this.unsynced.has(requestId)) probe('k-gc-dup-fastpath', `DUPLICATE ${requestId} first=${first.kind} sent before its sync`);
    this.port.send(from, { kind: 'duplicate', requestId, first });
  }
  replyQuery(from, requestId, answer) {
    if (this.unsynced.has(requestId) && this.held.length === 0) {
      // cannot happen: an unsynced decision always has a held reply; keep the held path
    }
    if (this.decidedBefore(requestId)) {
      if (this.unsynced.has(requestId)) probe('k-gc-dup-fastpath', `query-answer ${requestId} first=${answer.kind} sent before its sync`);
      this.port.send(from, { kind: 'query-answer', requestId, executed: answer.kind === 'EXEC', first: answer });
      return;
    }
    super.replyQuery(from, requestId, answer);
  }
  decidedBefore(requestId) {
    // a fence this very query appended is new: hold it; an earlier decision is "old news"
    return !this.justFenced.has(requestId);
  }
  onMessage(from, message) {
    this.justFenced = new Set();
    if (message.kind === 'fenced-query' && !this.decisions.has(message.requestId)) this.justFenced.add(message.requestId);
    super.onMessage(from, message);
  }
}
export default sutWith('k-gc-dup-fastpath', { createKernel: (p, c) => new K(p, c) });
