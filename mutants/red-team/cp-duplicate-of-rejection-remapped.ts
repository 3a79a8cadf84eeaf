// MUTANT (red-team b) — spec 7.1 "The rejection MUST be surfaced verbatim".
//
// The bug: when the kernel answers a dispatch with DUPLICATE and the first decision it names is a
// rejection, the control plane reports its own rejection — code DUPLICATE_REQUEST, "already
// rejected" — instead of the kernel's first rejection ("the operator should see that this was a
// duplicate"). The reference translates a DUPLICATE into the first decision, verbatim.
//
// Reachable when: a dispatch of a request the kernel rejects is duplicated (or replayed) and the
// operator's answer comes from the DUPLICATE reply — e.g. the first decision reply is lost and the
// duplicate's reply arrives, or the DUPLICATE is what the audit log records. The operator sees a
// rejection code and text the kernel never produced. With nothing failing, the kernel never sees
// a dispatch twice: behaviour is the reference's.

import type { SystemUnderTest } from '../../src/ports.ts';
import type { KernelReply } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '7.1',
  sentence: 'The rejection MUST be surfaced verbatim',
  failurePathOnly: true,
  description:
    'a kernel DUPLICATE naming a first REJECT is reported with a control-plane code DUPLICATE_REQUEST and its own text instead of the kernel\'s original rejection',
};

class RemappingControlPlane extends ControlPlane {
  protected override onKernel(reply: KernelReply): void {
    if (reply.kind === 'duplicate' && reply.first.kind === 'REJECT') {
      const rejection = {
        code: 'DUPLICATE_REQUEST',
        text: `duplicate request: already rejected by the kernel (${reply.first.rejection.code})`,
      };
      this.report(reply.requestId, { kind: 'REJECT', rejection }, 'kernel-duplicate', 'duplicate-request');
      return;
    }
    super.onKernel(reply);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-duplicate-of-rejection-remapped',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new RemappingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
