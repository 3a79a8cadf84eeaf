// @ts-nocheck
// Control plane: a "pre-flight" check saves kernel round trips. It keeps the last state any observe
// returned and rejects, at validation, a request that state says the kernel would reject — with the
// kernel's own code and text. Another operator may have changed the state since: the control plane
// guesses the kernel's decision from a stale view (4.3: must not guess; 7.1; 8.1).
import { ControlPlane } from '../../src/control-plane.ts';
import { KernelState } from '../../src/kernel-state.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
import { validate } from '../../src/validation.ts';
class CP extends ControlPlane {
  constructor(p, c) { super(p, c); this.last = null; }
  onKernel(reply) { if (reply.kind === 'state') this.last = reply.state; super.onKernel(reply); }
  onClient(client, message) {
    if (message.kind === 'submit' && !this.seen.has(message.requestId) && this.last !== null && validate(message.operation) === null) {
      const ks = new KernelState();
      for (const c of this.last.collections) ks.collections.set(c.name, [...c.indexes]);
      for (const c of this.last.config) ks.config.set(c.key, c.value);
      for (const s of this.last.snapshots) ks.snapshots.set(s.name, [...s.collections]);
      const rejection = ks.decide(message.operation);
      if (rejection !== null) {
        probe('cp-preflight-cache', `submit ${message.requestId} pre-rejected ${rejection.code} from a cached state`);
        this.seen.add(message.requestId);
        this.audit('invalid-request', message.requestId, 'not-executed');
        this.port.send(client, { kind: 'answer', requestId: message.requestId, outcome: 'not-executed', source: 'validation', rejection, text: rejection.text });
        return;
      }
    }
    super.onClient(client, message);
  }
}
export default sutWith('cp-preflight-cache', { createControlPlane: (p, c) => new CP(p, c) });
