// MUTANT (red-team b) — spec 7.2 "The control plane MUST treat the request as **not executed**
// unless kernel durability proves otherwise".
//
// The bug: a literal reading of 7.2. When the kernel does not answer a dispatch (or an outcome
// query) within the kernel timeout, the control plane audits and answers a definitive
// "not executed — kernel failure, please reissue" instead of "no reply from the kernel — outcome
// unknown". It never asks kernel durability: the kernel may have synced the EXEC and crashed (or
// its reply may have been lost) before replying.
//
// Reachable when: the kernel crashes while handling the dispatch, after syncing its decision, or
// the decision reply is lost or delayed past the timeout. The operator is told "not executed" for a
// request the kernel durably executed, reissues it and gets it executed twice (or rejected as an
// existing thing). With nothing failing, every dispatch is answered before the timeout.

import type { SystemUnderTest } from '../../src/ports.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '7.2',
  sentence: 'The control plane MUST treat the request as **not executed** unless kernel durability proves otherwise',
  failurePathOnly: true,
  description:
    'a kernel timeout is audited and answered as a definitive "not-executed" instead of "unknown", without the kernel\'s durable state being consulted',
};

const KERNEL_FAILED = 'the kernel failed to respond — request not executed, please reissue';

class TimeoutIsNotExecutedControlPlane extends ControlPlane {
  override onTimer(name: string): void {
    if (!this.timers.has(name)) return;
    this.timers.delete(name);
    this.audit('kernel-timeout', name, 'not-executed');
    this.answer(name, 'not-executed', 'timeout', null, KERNEL_FAILED);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-timeout-reported-not-executed',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new TimeoutIsNotExecutedControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
