// @ts-nocheck
// The control plane retires an abandoned challenge but does not audit the abandonment
// ("nothing happened, nothing to log"). Contrast for client-abandon-local-only: the same
// missing audit record, but here the abandon reaches the control plane. Breaks 9.
import { ControlPlane } from '../../src/control-plane.ts';
import { reference } from '../../src/index.ts';

class QuietAbandonControlPlane extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'abandon') {
      const challenge = this.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) this.challenges.delete(message.token);
      return;
    }
    super.onClient(client, message);
  }
}
export default { ...reference, name: 'red14-cp-abandon-not-audited', createControlPlane: (p, c) => new QuietAbandonControlPlane(p, c) };
