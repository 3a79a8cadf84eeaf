// @ts-nocheck
// Kernel: a duplicate dispatch is answered with a generic DUPLICATE rejection as its "first
// decision", whatever the first decision really was.
import { Kernel, probe, sut } from './_sut.ts';
const N = 'kernel-dup-reports-reject';
class K extends Kernel {
  onMessage(from, m) {
    if (m.kind === 'dispatch' && this.decisions.has(m.requestId)) {
      probe(N, `dup reject ${m.requestId} first=${this.decisions.get(m.requestId).kind}`);
      this.port.send(from, { kind: 'duplicate', requestId: m.requestId, first: { kind: 'REJECT', rejection: { code: 'DUPLICATE_REQUEST', text: `request ${m.requestId} was already received` } } });
      return;
    }
    super.onMessage(from, m);
  }
}
export default sut(N, { kernel: K });
