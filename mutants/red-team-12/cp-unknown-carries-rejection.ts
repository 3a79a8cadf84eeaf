// MUTANT (spec 7.1 "The rejection MUST be surfaced verbatim" — and only a rejection; 1 "MUST
// NOT create ambiguity about what has or has not executed"; 13 "Rejection over
// uncertainty" read backwards). When the kernel does not reply in time, the control plane's
// "unknown" answer carries a rejection object {code: 'KERNEL_TIMEOUT', text: …} so that
// tooling that branches on `rejection !== null` "handles the failure". Outcome and text still
// say unknown, but the answer now presents itself as a rejection: the operator's display
// shows a rejection code for a request the kernel may well have executed.
// Shows: every kernel timeout (a lost dispatch or reply, a kernel crash, a slow kernel).
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';

class TimeoutAsRejection extends ControlPlane {
  constructor(port: Port, config: ControlPlaneConfig) {
    const p = Object.create(port) as Port;
    p.send = (to, m) => {
      if (m.kind === 'answer' && m.source === 'timeout') m = { ...m, rejection: { code: 'KERNEL_TIMEOUT', text: m.text } };
      port.send(to, m);
    };
    super(p, config);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-cp-unknown-carries-rejection',
  createControlPlane: (port, config) => new TimeoutAsRejection(port, config),
};
export default sut;
