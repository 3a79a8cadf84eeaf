// @ts-nocheck
// BROKEN: a rename is logged as two EXEC records under the request's own id (drop the old
// name, then create the new one), each synced on its own; replay applies every EXEC record.
// A crash between the two leaves half a rename that the kernel then reports as executed.
import { Kernel, probe, sut } from './_sut.ts';
const N = 'kernel-rename-two-records';
class K extends Kernel {
  onStart() {
    for (const r of this.port.records()) {
      if (r.kind === 'EXEC' && this.decisions.get(r.requestId)?.kind === 'EXEC') { this.state.apply(r.operation); continue; }
      this.replay(r);
    }
  }
  onMessage(from, m) {
    if (m.kind === 'dispatch' && m.operation.kind === 'rename-collection' && !this.decisions.has(m.requestId) && this.state.decide(m.operation) === null) {
      const indexes = this.state.collections.get(m.operation.from) ?? [];
      const s1 = { kind: 'EXEC', requestId: m.requestId, operation: { kind: 'drop-collection', name: m.operation.from } };
      this.port.append(s1); this.port.sync(); this.replay(s1);
      probe(N, `two-record rename ${m.requestId}`);
      const s2 = { kind: 'EXEC', requestId: m.requestId, operation: { kind: 'create-collection', name: m.operation.to, indexes: [...indexes] } };
      this.port.append(s2); this.port.sync(); this.state.apply(s2.operation);
      this.port.send(from, { kind: 'decision', requestId: m.requestId, decision: { kind: 'EXEC' } });
      return;
    }
    super.onMessage(from, m);
  }
}
export default sut(N, { kernel: K });
