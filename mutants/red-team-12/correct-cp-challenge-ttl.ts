// CORRECT ALTERNATIVE: challenges expire. A challenge this incarnation issued is honoured
// for TTL_MS (100 ms on the control plane's own clock) after it was issued; a confirm that
// arrives later is treated exactly like a confirm for a token this incarnation does not
// know: it is not dispatched, the failure is audited (challenge-expired, outcome unknown)
// and the client is answered "challenge expired — outcome unknown". Spec 4.2/8.2: an
// unconfirmed request MUST NOT be executed — an expired one is not; 2: "Explicit rejection";
// nothing is retried or completed; nothing ever executes without a confirm that arrived in
// time. An abandon of an expired (but own) challenge is still audited as abandoned (9).
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { SystemUnderTest } from '../../src/ports.ts';

export const TTL_MS = 100;

class ExpiringChallenges extends ControlPlane {
  private readonly issued = new Map<string, number>();
  onMessage(from: number, message: any): void {
    const self = this as any;
    if (from !== self.config.kernel && message.kind === 'confirm') {
      const at = this.issued.get(message.token);
      if (at !== undefined && self.port.now() - at > TTL_MS) {
        self.challenges.delete(message.token);
        this.issued.delete(message.token);
      }
    }
    const before = new Set<string>(self.challenges.keys());
    super.onMessage(from, message);
    for (const token of self.challenges.keys()) if (!before.has(token)) this.issued.set(token, self.port.now());
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-correct-cp-challenge-ttl',
  createControlPlane: (port, config) => new ExpiringChallenges(port, config),
};
export default sut;
