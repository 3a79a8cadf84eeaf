// @ts-nocheck
// Control plane: when a dispatch times out it answers "unknown" as the reference does, and also
// sends a fenced query "so a late dispatch cannot surprise anyone" — settling the outcome on the
// kernel without any operator asking (2: never repair or complete after failure; 10: recovery is
// observation only; 11: no reconciliation).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith } from './lib/sut.ts';
import { probe } from './lib/probe.ts';
class CP extends ControlPlane {
  onTimer(name, id) {
    const fire = this.timers.has(name) && this.dispatched.has(name) && this.waiting.has(name);
    super.onTimer(name, id);
    if (fire) {
      probe('cp-fence-on-timeout', `fenced query for timed-out dispatch ${name}`);
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: name });
    }
  }
}
export default sutWith('cp-fence-on-timeout', { createControlPlane: (p, c) => new CP(p, c) });
