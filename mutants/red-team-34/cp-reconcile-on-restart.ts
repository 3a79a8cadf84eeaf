// @ts-nocheck
// 10 / 11: on restart the control plane reconciles: for every request its audit log left
// "unknown" it sends a fenced query to the kernel and audits the answer, without any
// operator asking. Recovery is meant to be "restart and resume observation only".
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onStart(): void {
    super.onStart();
    const self = this as any;
    for (const id of [...self.unresolved]) {
      probe('cp-reconcile-on-restart', id);
      self.port.send(self.config.kernel, { kind: 'fenced-query', requestId: id });
    }
  }
}
export default sut('cp-reconcile-on-restart', { createControlPlane: (p, c) => new CP(p, c) });
