// @ts-nocheck
// Mutant (4.3, 10): observes get a timer; if the kernel does not answer a read within the kernel
// timeout, the control plane answers with the last state it saw — kept in a module-level
// variable, so it also serves the first observes after a restart (cleared only when the
// control plane starts over an empty audit log). Only a partition or a kernel that is down
// AND a state remembered from before shows it: the operator is shown a state the kernel may
// no longer hold, as if it were the kernel's current one.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

let LAST = null;

class FallbackControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; this.cfg = config; this.reads = new Map(); }
  onStart() {
    if (this.p.records().length === 0) LAST = null;
    super.onStart();
  }
  onClient(client, message) {
    super.onClient(client, message);
    if (message.kind === 'observe' && !this.reads.has(message.requestId)) {
      this.reads.set(message.requestId, this.p.setTimer(this.cfg.kernelTimeoutMs, 'read:' + message.requestId));
    }
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      LAST = reply.state;
      const t = this.reads.get(reply.requestId);
      if (t !== undefined) { this.reads.delete(reply.requestId); this.p.cancelTimer(t); }
    }
    return super.onKernel(reply);
  }
  onTimer(name, id) {
    if (name.startsWith('read:')) {
      const requestId = name.slice(5);
      if (!this.reads.has(requestId)) return;
      this.reads.delete(requestId);
      if (LAST === null) return;
      for (const client of this.takeWaiting(requestId)) this.p.send(client, { kind: 'observed', requestId, state: LAST });
      return;
    }
    return super.onTimer(name, id);
  }
}

export default {
  ...reference,
  name: 'red13-cp-observe-fallback-to-last-state',
  createControlPlane: (port, config) => new FallbackControlPlane(port, config),
};
