// @ts-nocheck
// The kernel caches the state view it answers reads with, refreshing it on every decision —
// but before applying the decision rather than after. A read then shows the state as it
// was before the most recent decision: an operator told "executed" who observes does not
// see the action. Breaks 4.3 ("if kernel state reflects execution → action succeeded"): the
// state shown is not the kernel's state.
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class LaggingViewKernel extends Kernel {
  onStart() { super.onStart(); this.cachedView = this.state.view(); }
  decideDurably(record) {
    this.cachedView = this.state.view();
    super.decideDurably(record);
  }
  onMessage(from, message) {
    if (message.kind === 'read') {
      this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.cachedView });
      return;
    }
    super.onMessage(from, message);
  }
}
export default { ...reference, name: 'red14-kernel-view-lags-one-record', createKernel: (p, c) => new LaggingViewKernel(p, c) };
