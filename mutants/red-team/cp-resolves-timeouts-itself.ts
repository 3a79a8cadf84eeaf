// MUTANT (red-team b) — spec 7.2 "Operator must investigate kernel state explicitly."
//
// The bug: a UX "improvement". When a dispatch gets no kernel reply within the timeout, the
// control plane audits the timeout and, instead of answering "unknown", sends a fenced outcome
// query of its own and answers the waiting operator with its result (only a second timeout yields
// "unknown"). The operator never has to ask — and never decides to.
//
// Reachable when: a dispatch or its reply is lost or delayed, or the kernel is slow, crashed or
// partitioned during the dispatch. The kernel receives a fenced query that no operator asked for
// (it fences the request, so a dispatch still in flight can no longer execute), and the operator's
// investigation of kernel state happens implicitly, behind "not executed"/"executed" answers that
// look like ordinary decisions. With nothing failing, no dispatch times out.

import type { SystemUnderTest } from '../../src/ports.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '7.2',
  sentence: 'Operator must investigate kernel state explicitly.',
  failurePathOnly: true,
  description:
    'on a kernel timeout the control plane sends a fenced outcome query on its own and answers the operator with its result, instead of answering "unknown" and leaving the investigation to the operator',
};

class AutoResolvingControlPlane extends ControlPlane {
  private readonly autoQueried = new Set<string>();

  override onTimer(name: string): void {
    if (this.timers.has(name) && this.dispatched.has(name) && !this.autoQueried.has(name)) {
      this.timers.delete(name);
      this.autoQueried.add(name);
      this.audit('kernel-timeout', name, 'unknown');
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: name });
      this.startKernelTimer(name);
      return;
    }
    super.onTimer(name);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-resolves-timeouts-itself',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new AutoResolvingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
