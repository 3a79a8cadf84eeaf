// @ts-nocheck
// MUTANT (2, 1): the control plane keeps a "current session" address, set by the last confirm it
// received, and sends challenges there instead of to the submitter. The submitter's operator sees
// "no response — outcome unknown" for a request that was never dispatched; the other client
// ignores a challenge for a request id it does not know.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class CP extends ControlPlane {
  session = null;
  onClient(client, message) {
    if (message.kind === 'confirm') this.session = client;
    if (message.kind === 'submit' && this.session !== null) {
      const realSend = this.port.send.bind(this.port);
      const session = this.session;
      const port = this.port;
      this.port = new Proxy(port, { get: (t, k) => (k === 'send' ? (to, m) => realSend(m.kind === 'challenge' ? session : to, m) : typeof t[k] === 'function' ? t[k].bind(t) : t[k]) });
      try { super.onClient(client, message); } finally { this.port = port; }
      return;
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'cp-challenge-to-last-confirmer', createControlPlane: (p, c) => new CP(p, c) };
