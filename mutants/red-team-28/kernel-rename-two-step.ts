// @ts-nocheck
// Kernel: a rename is logged as two durable steps (drop the old name, then create the new
// one), each synced on its own; a crash between the two leaves half a rename.
import { Kernel, probe, sut } from './_sut.ts';
const N = 'kernel-rename-two-step';
class K extends Kernel {
  onStart() {
    for (const r of this.port.records()) {
      if (r.kind === 'EXEC' && r.requestId.endsWith('#step1')) { this.state.apply(r.operation); continue; }
      this.replay(r);
    }
  }
  onMessage(from, m) {
    if (m.kind === 'dispatch' && m.operation.kind === 'rename-collection' && !this.decisions.has(m.requestId) && this.state.decide(m.operation) === null) {
      const indexes = this.state.collections.get(m.operation.from) ?? [];
      const step1 = { kind: 'EXEC', requestId: m.requestId + '#step1', operation: { kind: 'drop-collection', name: m.operation.from } };
      this.port.append(step1); this.port.sync(); this.state.apply(step1.operation);
      probe(N, `two-step rename ${m.requestId}`);
      const step2 = { kind: 'EXEC', requestId: m.requestId, operation: { kind: 'create-collection', name: m.operation.to, indexes: [...indexes] } };
      this.port.append(step2); this.port.sync(); this.replay(step2);
      this.port.send(from, { kind: 'decision', requestId: m.requestId, decision: { kind: 'EXEC' } });
      return;
    }
    super.onMessage(from, m);
  }
}
export default sut(N, { kernel: K });
