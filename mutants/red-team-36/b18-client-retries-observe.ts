// @ts-nocheck
// Breaks 10 ("No retries are attempted") and 12 ("No hidden retries"): an observe changes
// nothing, so when the control plane is silent the client resends it once before telling the
// operator "no response".
import { Client, probe, sut } from './lib/common.ts';

class C extends Client {
  onOperator(command) {
    super.onOperator(command);
    if (command.kind === 'observe') {
      const ids = [...this.requests.keys()];
      (this.observes ??= new Set()).add(ids[ids.length - 1]);
    }
  }
  onTimer(name) {
    const request = this.requests.get(name);
    if (request !== undefined && request.phase === 'submitted' && this.observes?.has(name)) {
      this.observes.delete(name);
      probe('b18-client-retries-observe', name);
      this.port.send(this.config.controlPlane, { kind: 'observe', requestId: name });
      request.timer = this.startTimer(name);
      return;
    }
    super.onTimer(name);
  }
}
export default sut('b18-client-retries-observe', { createClient: (p, c) => new C(p, c) });
