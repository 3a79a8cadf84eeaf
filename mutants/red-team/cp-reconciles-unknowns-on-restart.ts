// MUTANT (red-team b) — spec 11 "Phase 7 MUST NOT: Attempt reconciliation".
//
// The bug: "self-healing audit log". On start, the control plane takes every request its audit log
// left "unknown" (kernel timeouts, expired challenges) and sends the kernel a fenced outcome query
// for each, so that the resolution lands in the audit log without waiting for an operator to ask.
//
// Reachable when: the control plane restarts after having audited at least one "unknown" outcome
// (a kernel timeout or a challenge expired by an earlier crash, then any later control-plane
// crash). The kernel receives fenced queries no operator asked for — each fences its request, so
// a dispatch still in flight can no longer execute — and the control plane reconciles its records
// with the kernel on its own initiative. With nothing failing, nothing is ever unknown and there is
// no restart.

import type { SystemUnderTest } from '../../src/ports.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '11',
  sentence: 'Attempt reconciliation',
  failurePathOnly: true,
  description:
    'on start the control plane sends fenced outcome queries for every request its audit log left "unknown", reconciling its records with the kernel on its own initiative',
};

class ReconcilingControlPlane extends ControlPlane {
  override onStart(): void {
    super.onStart();
    for (const requestId of [...this.unresolved]) {
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId });
      this.startKernelTimer(requestId);
    }
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-reconciles-unknowns-on-restart',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new ReconcilingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
