// @ts-nocheck
// CORRECT (different design): at most one read to the kernel at a time; observes arriving
// while a read is out are batched into the next read (never answered by the earlier one).
// A read unanswered after kernelTimeoutMs no longer blocks the next batch.
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'correct-observe-batched-serial';
class CP extends ControlPlane {
  current = null; // { id, batch: [{requestId, client}], timer }
  next = [];
  taken = new Set();
  batches = new Map(); // read id -> batch
  onClient(client, m) {
    if (m.kind === 'observe') {
      // a copy of an observe already taken up is a duplicate (6.2): read ids stay unique,
      // so a late state reply can never answer a later batch
      if (this.taken.has(m.requestId)) { probe(N, `dup observe ignored ${m.requestId}`); return; }
      this.taken.add(m.requestId);
      this.next.push({ requestId: m.requestId, client });
      if (this.current === null) this.flush(); else probe(N, `batched ${m.requestId}`);
      return;
    }
    super.onClient(client, m);
  }
  flush() {
    if (this.next.length === 0) { this.current = null; return; }
    const batch = this.next; this.next = [];
    const id = batch[0].requestId;
    this.batches.set(id, batch);
    this.port.send(this.config.kernel, { kind: 'read', requestId: id });
    this.current = { id, timer: this.port.setTimer(this.config.kernelTimeoutMs, 'read:' + id) };
  }
  onTimer(name) {
    if (name.startsWith('read:')) {
      if (this.current && 'read:' + this.current.id === name) { this.current = null; this.flush(); }
      return;
    }
    super.onTimer(name);
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const batch = this.batches.get(reply.requestId);
      if (batch === undefined) return;
      this.batches.delete(reply.requestId);
      if (batch.length > 1) probe(N, `batch of ${batch.length} answered`);
      for (const h of batch) this.port.send(h.client, { kind: 'observed', requestId: h.requestId, state: reply.state });
      if (this.current && this.current.id === reply.requestId) { this.port.cancelTimer(this.current.timer); this.current = null; this.flush(); }
      return;
    }
    super.onKernel(reply);
  }
}
export default sut(N, { cp: CP });
