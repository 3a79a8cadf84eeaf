// @ts-nocheck
// Kernel: to cut latency, it replies to a dispatch as soon as the decision is appended,
// and syncs afterwards ("the sync is in the same handler anyway").
import { Kernel, probe, sut } from './_sut.ts';
const N = 'kernel-reply-before-sync';
class K extends Kernel {
  onMessage(from, m) {
    if (m.kind === 'dispatch' && !this.decisions.has(m.requestId)) {
      const rejection = this.state.decide(m.operation);
      const record = rejection === null ? { kind: 'EXEC', requestId: m.requestId, operation: m.operation } : { kind: 'REJECT', requestId: m.requestId, rejection };
      this.port.append(record);
      const decision = rejection === null ? { kind: 'EXEC' } : { kind: 'REJECT', rejection };
      probe(N, `reply before sync ${m.requestId}`);
      this.port.send(from, { kind: 'decision', requestId: m.requestId, decision });
      this.port.sync();
      this.replay(record);
      return;
    }
    super.onMessage(from, m);
  }
}
export default sut(N, { kernel: K });
