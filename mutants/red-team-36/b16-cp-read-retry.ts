// @ts-nocheck
// Breaks 10 ("No retries are attempted") and 12 ("No hidden retries"): reads are "safe", so
// when the kernel has not answered a read within the kernel timeout, the control plane sends
// the read again, once, without telling anyone.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    super.onClient(client, message);
    if (message.kind === 'observe') {
      (this.reads ??= new Map()).set(message.requestId, 0);
      this.port.setTimer(this.config.kernelTimeoutMs, 'read:' + message.requestId);
    }
  }
  onKernel(reply) {
    if (reply.kind === 'state') this.reads?.delete(reply.requestId);
    super.onKernel(reply);
  }
  onTimer(name) {
    if (name.startsWith('read:')) {
      const id = name.slice(5);
      if (this.reads?.get(id) === 0) {
        this.reads.set(id, 1);
        probe('b16-cp-read-retry', id);
        this.port.send(this.config.kernel, { kind: 'read', requestId: id });
      }
      return;
    }
    super.onTimer(name);
  }
}
export default sut('b16-cp-read-retry', { createControlPlane: (p, c) => new CP(p, c) });
