// @ts-nocheck
// Control plane: when the kernel is silent, the kernel timer re-sends the dispatch once
// ("the network probably lost it") before giving up with "unknown".
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-retry-in-timer';
class CP extends ControlPlane {
  ops = new Map(); retried = new Set();
  onClient(client, m) {
    if (m.kind === 'confirm') { const c = this.challenges.get(m.token); if (c && c.requestId === m.requestId) this.ops.set(m.requestId, c.operation); }
    super.onClient(client, m);
  }
  onTimer(name) {
    if (this.timers.has(name) && this.ops.has(name) && !this.retried.has(name)) {
      this.retried.add(name);
      probe(N, `redispatch ${name}`);
      this.port.send(this.config.kernel, { kind: 'dispatch', requestId: name, operation: this.ops.get(name) });
      this.timers.set(name, this.port.setTimer(this.config.kernelTimeoutMs, name));
      return;
    }
    super.onTimer(name);
  }
}
export default sut(N, { cp: CP });
