// @ts-nocheck
// Correct alternative: read coalescing done right. When a state reply arrives, it answers
// its own observe and every other observe that had arrived before that read was sent:
// the state was read after each of them was asked, so it is as fresh as their own read
// would be. Their own reads' replies, when they come, are ignored.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CoalesceCP extends ControlPlane {
  order = 0;
  arrived = new Map(); // observe id -> arrival ordinal
  readSentAt = new Map(); // read (observe) id -> ordinal at which its read was sent
  onClient(client, message) {
    if (message.kind === 'observe') {
      const n = ++this.order;
      if (!this.arrived.has(message.requestId)) this.arrived.set(message.requestId, n);
      this.readSentAt.set(message.requestId, n);
    }
    return super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const sentAt = this.readSentAt.get(reply.requestId);
      const ids = [reply.requestId];
      if (sentAt !== undefined) {
        for (const [id, at] of this.arrived) if (id !== reply.requestId && at < sentAt && this.waiting.has(id)) ids.push(id);
      }
      for (const id of ids) {
        this.arrived.delete(id);
        for (const client of this.takeWaiting(id)) this.port.send(client, { kind: 'observed', requestId: id, state: reply.state });
      }
      return;
    }
    return super.onKernel(reply);
  }
}
export default { ...reference, name: 'correct-cp-observe-served-by-later-read', createControlPlane: (p, c) => new CoalesceCP(p, c) };
