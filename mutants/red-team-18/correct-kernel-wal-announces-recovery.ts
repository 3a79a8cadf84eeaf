// @ts-nocheck
// CORRECT (7.2, 11): the intent-log kernel, which after rolling an intent forward at start
// also tells the control plane the (synced) decision, as a decision reply: a kernel-side
// roll-forward, reported after it is durable. The control plane treats it as any reply to
// work it did not dispatch (audited "outcome-resolved", answered to nobody).
import { reference } from '../../src/index.ts';
import { WalKernel } from './correct-kernel-intent-wal.ts';

class K extends WalKernel {
  rollForward(p) {
    super.rollForward(p);
    this.port.send(this.config.controlPlane, { kind: 'decision', requestId: p.requestId, decision: this.decisions.get(p.requestId) });
  }
}
export default { ...reference, name: 'red18-correct-kernel-wal-announces-recovery', createKernel: (p, c) => new K(p, c) };
