// @ts-nocheck
// Mutant (10: "no retries are attempted"; 6.1): a challenge that has had neither a confirm nor an
// abandon after the kernel timeout is sent again, once, with the same token — "the challenge
// may have been lost on the way". A lost challenge (a drop, a partition) AND a client still
// waiting shows it: the operator is offered, by a retry, an action the network had ended.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';

class RetransmittingControlPlane extends ControlPlane {
  constructor(port, config) { super(port, config); this.p = port; this.cfg = config; this.resend = new Map(); }
  onClient(client, message) {
    const before = new Set(this.challenges.keys());
    super.onClient(client, message);
    for (const [token, challenge] of this.challenges) {
      if (!before.has(token)) {
        this.resend.set('challenge:' + token, { client, token, challenge });
        this.p.setTimer(this.cfg.kernelTimeoutMs, 'challenge:' + token);
      }
    }
  }
  onTimer(name, id) {
    if (name.startsWith('challenge:')) {
      const r = this.resend.get(name);
      this.resend.delete(name);
      if (r === undefined || !this.challenges.has(r.token)) return;
      this.p.send(r.client, { kind: 'challenge', requestId: r.challenge.requestId, token: r.token, operation: r.challenge.operation });
      return;
    }
    return super.onTimer(name, id);
  }
}

export default {
  ...reference,
  name: 'red13-cp-retransmits-unanswered-challenge',
  createControlPlane: (port, config) => new RetransmittingControlPlane(port, config),
};
