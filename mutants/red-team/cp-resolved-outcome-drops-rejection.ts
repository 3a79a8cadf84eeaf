// MUTANT (red-team b) — spec 7.1 "The rejection MUST be surfaced verbatim".
//
// The bug: the answer to a fenced outcome query is built from the kernel's `executed` flag only
// ("the operator asked whether it executed: yes or no"), so a request whose first decision was a
// kernel rejection is resolved as a bare "not executed" with no rejection. The reference reports
// the first decision the kernel names, rejection included.
//
// Reachable when: a dispatch's reply is lost or late (or the control plane crashed before
// relaying it), the operator sees "unknown", asks for the outcome, and the kernel had rejected the
// request. The rejection — code and explanation — is hidden behind "not executed", and the audit
// log resolves it without it. With nothing failing, rejections arrive as dispatch decisions and
// are relayed verbatim; outcome queries about rejected requests never occur.

import type { SystemUnderTest } from '../../src/ports.ts';
import type { KernelReply } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '7.1',
  sentence: 'The rejection MUST be surfaced verbatim',
  failurePathOnly: true,
  description:
    'fenced-query answers are reported from the boolean `executed` only, so a kernel rejection resolved by an outcome query surfaces as a bare "not executed" without the rejection',
};

class BooleanQueryControlPlane extends ControlPlane {
  protected override onKernel(reply: KernelReply): void {
    if (reply.kind === 'query-answer') {
      this.report(reply.requestId, reply.executed ? { kind: 'EXEC' } : { kind: 'FENCE' }, 'kernel-query', 'outcome-resolved');
      return;
    }
    super.onKernel(reply);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-resolved-outcome-drops-rejection',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new BooleanQueryControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
