// @ts-nocheck
// Control plane: challenge tokens come from a per-incarnation counter ("c1", "c2", …) rather than
// drawId, and since "a token is unique" a confirm is matched by its token alone. After a restart
// the counter starts again: a confirm answering the old incarnation's challenge "c1" matches the new
// incarnation's "c1", issued for another request, which is dispatched with no confirmation of its
// own (4.2: confirmation required; 10: no in-flight state carried over).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  constructor(p, c) {
    super(p, c);
    let n = 0;
    const port = this.port;
    this.port = new Proxy(port, { get(t, prop) { if (prop === 'drawId') return () => `c${++n}`; const v = t[prop]; return typeof v === 'function' ? v.bind(t) : v; } });
  }
  onClient(client, message) {
    if (message.kind === 'confirm' || message.kind === 'abandon') {
      const ch = this.challenges.get(message.token);
      if (ch !== undefined && ch.requestId !== message.requestId) {
        probe('cp-counter-tokens', `${message.kind} for ${message.requestId} matched token ${message.token} of ${ch.requestId}`);
        message = { ...message, requestId: ch.requestId };
      }
    }
    super.onClient(client, message);
  }
}
export default sutWith('cp-counter-tokens', { createControlPlane: (p, c) => new CP(p, c) });
