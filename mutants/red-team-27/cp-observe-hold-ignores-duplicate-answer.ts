// @ts-nocheck
// Read-after-write holding whose bookkeeping of outstanding writes is cleared by a decision or a
// query answer, or by the kernel timer — but not by a DUPLICATE reply: a dispatch the kernel
// answered with a DUPLICATE keeps observes held until its timer would have fired.
import { HoldingControlPlane } from './_hold.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends HoldingControlPlane {
  writes = new Map(); // request id -> deadline timer
  mustHold() { return this.writes.size > 0; }
  startKernelTimer(requestId) {
    super.startKernelTimer(requestId);
    const old = this.writes.get(requestId);
    if (old !== undefined) this.port.cancelTimer(old);
    this.writes.set(requestId, this.port.setTimer(this.config.kernelTimeoutMs, 'w:' + requestId));
  }
  onKernel(reply) {
    if (reply.kind === 'decision' || reply.kind === 'query-answer') {
      const t = this.writes.get(reply.requestId);
      if (t !== undefined) { this.writes.delete(reply.requestId); this.port.cancelTimer(t); }
    } else if (reply.kind === 'duplicate' && this.writes.has(reply.requestId) && this.held.length > 0) {
      probe('dup-keeps-holding', reply.requestId);
    }
    super.onKernel(reply);
  }
  onTimer(name, id) {
    if (name.startsWith('w:')) {
      this.writes.delete(name.slice(2));
      this.maybeRelease();
      return;
    }
    super.onTimer(name, id);
  }
}
export default sutWith('red27-cp-observe-hold-ignores-duplicate-answer', CP);
