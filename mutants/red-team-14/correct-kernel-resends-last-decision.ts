// @ts-nocheck
// CORRECT alternative (arguably). A restarted kernel re-sends the reply of the last decision
// in its log, in case its crash came between the sync and the send (7.2: the control plane
// may then learn what kernel durability proves). The decision is durable and unchanged;
// a control plane that no longer waits records it as a resolution, as it does any late
// reply. No state changes, nothing re-executes.
import { Kernel } from '../../src/kernel.ts';
import { reference } from '../../src/index.ts';

class ResendingKernel extends Kernel {
  onStart() {
    super.onStart();
    const records = this.port.records();
    const last = records[records.length - 1];
    if (last === undefined || (last.kind !== 'EXEC' && last.kind !== 'REJECT')) return;
    const decision = this.decisions.get(last.requestId);
    this.port.send(this.config.controlPlane, { kind: 'decision', requestId: last.requestId, decision });
  }
}
export default { ...reference, name: 'red14-correct-kernel-resends-last-decision', createKernel: (p, c) => new ResendingKernel(p, c) };
