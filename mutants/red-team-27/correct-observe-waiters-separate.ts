// @ts-nocheck
// CORRECT (we believe): the reference, except that clients waiting on an observe and clients
// waiting on an outcome are kept apart: a state reply answers observers only, and a decision or
// query answer answers only those who asked for an outcome (confirm or outcome query). An
// operator who observed under id X is not sent an outcome about X because someone else asked
// the outcome of X (the ids of observes are not requests).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe } from './_sut.ts';

class CP extends ControlPlane {
  observers = new Map();
  onClient(client, message) {
    if (message.kind === 'observe') {
      const list = this.observers.get(message.requestId) ?? [];
      if (!list.includes(client)) list.push(client);
      this.observers.set(message.requestId, list);
      this.port.send(this.config.kernel, { kind: 'read', requestId: message.requestId });
      return;
    }
    super.onClient(client, message);
  }
  onKernel(reply) {
    if (reply.kind === 'state') {
      const list = this.observers.get(reply.requestId) ?? [];
      this.observers.delete(reply.requestId);
      for (const c of list) this.port.send(c, { kind: 'observed', requestId: reply.requestId, state: reply.state });
      return;
    }
    if (this.observers.has(reply.requestId)) probe('observer-not-told-outcome', reply.requestId);
    super.onKernel(reply);
  }
}
export default sutWith('red27-correct-observe-waiters-separate', CP);
