// MUTANT (red-team b) — spec 7.1 "The control plane MUST NOT reinterpret or retry".
//
// The bug: the control plane reads the kernel's DUPLICATE reply as "already done" and reports the
// request executed, whatever first decision the DUPLICATE names. The reference reports the first
// decision verbatim: a duplicate of a rejected (or fenced) request is still not executed, with
// the kernel's rejection.
//
// Reachable when: the kernel sees a dispatch twice (a network duplicate or a delayed copy, a
// replayed dispatch) and the control plane reports the DUPLICATE reply — to a client still
// waiting when the first reply was lost, or in its audit log. A kernel rejection is then
// reinterpreted as an execution. With nothing failing, no dispatch reaches the kernel twice.

import type { SystemUnderTest } from '../../src/ports.ts';
import type { KernelReply } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '7.1',
  sentence: 'The control plane MUST NOT reinterpret or retry',
  failurePathOnly: true,
  description:
    'a kernel DUPLICATE reply is reported as "executed" ("already done") regardless of the first decision it names, turning a duplicate of a rejected request into a success',
};

class DuplicateMeansDoneControlPlane extends ControlPlane {
  protected override onKernel(reply: KernelReply): void {
    if (reply.kind === 'duplicate') {
      this.report(reply.requestId, { kind: 'EXEC' }, 'kernel-duplicate', 'duplicate-request'); // already done
      return;
    }
    super.onKernel(reply);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-duplicate-reported-as-executed',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new DuplicateMeansDoneControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
