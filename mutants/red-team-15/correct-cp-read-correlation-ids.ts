// @ts-nocheck
// CORRECT: the control plane correlates kernel reads with ids of its own (a fresh unique id per
// read) instead of the operator's request id, and maps the kernel's state reply back.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
class ReadIds extends ControlPlane {
  reads = new Map();
  onMessage(from, message) {
    if (from === this.config.kernel && message.kind === 'state') {
      const original = this.reads.get(message.requestId);
      if (original === undefined) return;
      this.reads.delete(message.requestId);
      return super.onMessage(from, { ...message, requestId: original });
    }
    if (from !== this.config.kernel && message.kind === 'observe') {
      this.wait(message.requestId, from);
      const id = this.port.drawId();
      this.reads.set(id, message.requestId);
      this.port.send(this.config.kernel, { kind: 'read', requestId: id });
      return;
    }
    return super.onMessage(from, message);
  }
}
export default { ...reference, name: 'correct-cp-read-correlation-ids', createControlPlane: (port, config) => new ReadIds(port, config) };
