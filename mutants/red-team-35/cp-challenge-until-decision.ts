// @ts-nocheck
// Control plane: a challenge is kept until the request is decided (so the operator "can confirm
// again if the first confirm got lost"), deleted only when the kernel answers or times out. A
// confirm copy the network made, arriving while the dispatch is in flight, matches the challenge
// and is dispatched a second time (6.2: detect duplicates where possible; no retries).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'confirm') {
      const ch = this.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) {
        if (this.dispatched.has(message.requestId)) probe('cp-challenge-until-decision', `second dispatch of ${message.requestId} from a confirm copy`);
        this.dispatched.add(message.requestId);
        this.wait(message.requestId, client);
        this.port.send(this.config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: ch.operation });
        this.startKernelTimer(message.requestId);
        return;
      }
    }
    super.onClient(client, message);
  }
  forget(requestId) {
    for (const [t, ch] of this.challenges) if (ch.requestId === requestId && this.dispatched.has(requestId)) this.challenges.delete(t);
  }
  report(requestId, first, source, failure) { this.forget(requestId); super.report(requestId, first, source, failure); }
  onTimer(name) { if (this.timers.has(name)) this.forget(name); super.onTimer(name); }
}
export default sutWith('cp-challenge-until-decision', { createControlPlane: (p, c) => new CP(p, c) });
