// @ts-nocheck
// Client: when the control plane is silent after a confirm, it quietly resends the confirm
// once (a "reliability" retry hidden in the response timer) before telling the operator.
import { Client, probe, sut } from './_sut.ts';
const N = 'client-resend-confirm-on-timer';
class C extends Client {
  retried = new Set();
  onTimer(name) {
    const r = this.requests.get(name);
    if (r && r.phase === 'confirmed' && r.token && !this.retried.has(name)) {
      this.retried.add(name);
      probe(N, `resend confirm ${name}`);
      this.port.send(this.config.controlPlane, { kind: 'confirm', requestId: name, token: r.token });
      r.timer = this.port.setTimer(this.config.responseTimeoutMs, name);
      return;
    }
    super.onTimer(name);
  }
}
export default sut(N, { client: C });
