// @ts-nocheck
// spec 4.3 / 10 "resume observation" from kernel state: the control plane serves observes from the last state it read if that is under 50 ms old by its own clock, so an operator can observe state older than an execution another operator was already told about.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe, sut } from './_sut.ts';
class CP extends ControlPlane {
  cache = null;
  onClient(client, m) {
    if (m.kind === 'observe' && this.cache !== null && this.port.now() - this.cache.at < 50) {
      probe('cp-observe-cache');
      this.port.send(client, { kind: 'observed', requestId: m.requestId, state: this.cache.state });
      return;
    }
    super.onClient(client, m);
  }
  onKernel(reply) {
    if (reply.kind === 'state') this.cache = { at: this.port.now(), state: reply.state };
    super.onKernel(reply);
  }
}
export default sut('cp-observe-cache', { createControlPlane: (p, c) => new CP(p, c) });
