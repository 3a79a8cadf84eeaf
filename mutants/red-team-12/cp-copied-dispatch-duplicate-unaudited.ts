// MUTANT (spec 9 "All failures MUST: … Be logged"; 6.2 duplicates). When the kernel answers
// DUPLICATE for a request whose decision this control-plane incarnation has already reported
// (the network copied the dispatch), nobody is waiting any more, so the control plane drops
// the reply without an audit record: "the operator already has the answer". The duplicate —
// a failure of the transport that reached the kernel — leaves no trace in the audit log.
// DUPLICATEs that someone is waiting for are still audited.
// Shows: a copied dispatch whose copy reaches the kernel after the original's decision was
// reported.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { SystemUnderTest } from '../../src/ports.ts';

class QuietDuplicates extends ControlPlane {
  onMessage(from: number, message: any): void {
    const self = this as any;
    if (
      from === self.config.kernel &&
      message.kind === 'duplicate' &&
      self.dispatched.has(message.requestId) &&
      !self.waiting.has(message.requestId) &&
      !self.timers.has(message.requestId) &&
      !self.unresolved.has(message.requestId)
    ) {
      return;
    }
    super.onMessage(from, message);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-cp-copied-dispatch-duplicate-unaudited',
  createControlPlane: (port, config) => new QuietDuplicates(port, config),
};
export default sut;
