// MUTANT (red-team b) — spec 6.1 "The action MUST NOT execute".
//
// The bug (kernel): the fenced outcome query is made read-only — "a query must not write to the
// log" — so for a request id the kernel has not decided it answers "not executed" without
// recording a FENCE. A dispatch of that request still in the network is then free to execute.
//
// Reachable when: a dispatch fails to reach the kernel in time (delayed in the network, held by a
// partition, or the kernel was down), the control plane times out, the operator asks for the
// outcome and is told "not executed" — and then the delayed dispatch arrives and executes. The
// action whose transmission failed executes after all, behind the answer the operator relied on
// (and the operator's re-issue executes it a second time). With nothing failing, dispatches are
// decided before anyone asks, so the query finds the decision: behaviour is the reference's.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { Message } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { FENCED, Kernel } from './b-lib/kernel.ts';

export const info = {
  clause: '6.1',
  sentence: 'The action MUST NOT execute',
  failurePathOnly: true,
  description:
    'the kernel answers a fenced query about an undecided request "not executed" without durably fencing it, so a delayed dispatch of that request can still execute afterwards',
};

class ReadOnlyQueryKernel extends Kernel {
  override onMessage(from: Address, message: Message): void {
    if (message.kind !== 'fenced-query') {
      super.onMessage(from, message);
      return;
    }
    const first = this.decisions.get(message.requestId) ?? FENCED; // a query does not write
    this.port.send(from, {
      kind: 'query-answer',
      requestId: message.requestId,
      executed: first.kind === 'EXEC',
      first,
    });
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/kernel-outcome-query-does-not-fence',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new ReadOnlyQueryKernel(port, config),
};
export default sut;
