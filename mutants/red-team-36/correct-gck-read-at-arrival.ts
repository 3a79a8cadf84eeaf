// @ts-nocheck
// CORRECT (another design): a group-commit kernel (examples/group-commit-kernel.ts) that takes
// an observe's state when the read *arrives*, and sends it after the batch's sync like every
// other reply. Everything in that state was appended before the read was handled, so it is all
// durable by the time the reply leaves (4.3: observations come from kernel state, never an
// unsynced one), and it is the kernel's state at a point inside the read's interval.
import { GroupCommitKernel } from './lib/gc-kernel.ts';
import { probe, sut } from './lib/common.ts';

class K extends GroupCommitKernel {
  onMessage(from, message) {
    if (message.kind === 'read') {
      const state = this.state.view();
      if (this.held.length > 0) probe('correct-gck-read-at-arrival', `path: read ${message.requestId} inside a batch`);
      this.hold(from, () => ({ kind: 'state', requestId: message.requestId, state }));
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('correct-gck-read-at-arrival', { createKernel: (p, c) => new K(p, c) });
