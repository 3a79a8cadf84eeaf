// @ts-nocheck
// Breaks 8.1 ("The rejection must include explanation"): for configuration requests the
// control plane replaces the validator's explanation with a generic "invalid configuration
// request" (it "leaks the list of keys"), so the operator is not told which key or value is wrong.
import { ControlPlane, probe, sut } from './lib/common.ts';

class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'submit' && message.operation.kind === 'set-config') {
      const port = this.port;
      this.port = { ...port, send: (to, m) => {
        if (m.kind === 'answer' && m.source === 'validation') {
          probe('b39-cp-validation-generic-text', m.requestId);
          m = { ...m, rejection: { code: m.rejection.code, text: 'invalid configuration request' }, text: 'invalid configuration request' };
        }
        port.send(to, m);
      }, append: (r) => port.append(r), sync: () => port.sync(), now: () => port.now(), drawId: () => port.drawId() };
      try { super.onClient(client, message); } finally { this.port = port; }
      return;
    }
    super.onClient(client, message);
  }
}
export default sut('b39-cp-validation-generic-text', { createControlPlane: (p, c) => new CP(p, c) });
