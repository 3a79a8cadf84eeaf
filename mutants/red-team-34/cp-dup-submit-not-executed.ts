// @ts-nocheck
// 9: a duplicate submit the control plane detects is audited as "not executed" ("we did not
// execute the copy"), although the audit's outcome is the affected request's, which may
// well have executed.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'submit' && self.seen.has(message.requestId)) {
      probe('cp-dup-submit-not-executed', `${message.requestId} dispatched=${self.dispatched.has(message.requestId)}`);
      self.audit('duplicate-request', message.requestId, 'not-executed');
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-dup-submit-not-executed', { createControlPlane: (p, c) => new CP(p, c) });
