// @ts-nocheck
// CORRECT: the control plane, on a valid new submit, first reads kernel state (a plain read,
// observation only) and sends the challenge when that state arrives — or, if the kernel is
// silent for kernelTimeoutMs, when its timer fires. The challenge is still the answer to that
// request's submit (one challenge, the submitted operation, this incarnation's token).
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';

class CP extends ControlPlane {
  pre = new Map(); // read id -> { client, requestId, operation, timer }
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId) && validate(message.operation) === null) {
      this.seen.add(message.requestId);
      const readId = this.port.drawId();
      this.port.send(this.config.kernel, { kind: 'read', requestId: readId });
      const timer = this.port.setTimer(this.config.kernelTimeoutMs, 'pre:' + readId);
      this.pre.set(readId, { client, requestId: message.requestId, operation: message.operation, timer });
      return;
    }
    super.onClient(client, message);
  }
  challengeFor(readId) {
    const p = this.pre.get(readId);
    this.pre.delete(readId);
    const token = this.port.drawId();
    this.challenges.set(token, { requestId: p.requestId, operation: p.operation });
    this.port.send(p.client, { kind: 'challenge', requestId: p.requestId, token, operation: p.operation });
  }
  onKernel(reply) {
    if (reply.kind === 'state' && this.pre.has(reply.requestId)) {
      this.port.cancelTimer(this.pre.get(reply.requestId).timer);
      this.challengeFor(reply.requestId);
      return;
    }
    super.onKernel(reply);
  }
  onTimer(name, id) {
    if (name.startsWith('pre:')) {
      const readId = name.slice(4);
      if (this.pre.has(readId)) this.challengeFor(readId);
      return;
    }
    super.onTimer(name, id);
  }
}
export default { ...reference, name: 'correct-cp-reads-before-challenge', createControlPlane: (p, c) => new CP(p, c) };
