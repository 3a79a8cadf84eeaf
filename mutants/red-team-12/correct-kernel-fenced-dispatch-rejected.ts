// CORRECT ALTERNATIVE: a kernel that rejects a dispatch of a fenced request id with an
// explained rejection, instead of answering DUPLICATE naming the FENCE. Spec 6.2: "the
// kernel MUST reject duplicates deterministically" — this is exactly that: the same input
// (a dispatch of an id whose first decision is FENCE) always gets the same rejection
// {code: 'FENCED', text: 'request <id> was fenced by an outcome query before it arrived; it
// did not execute and never will'}. No record is written (the FENCE already is the durable
// decision), nothing executes; the control plane surfaces the rejection verbatim (7.1) and
// audits it as a kernel rejection with outcome not-executed — which is true. Dispatch copies
// of EXEC/REJECT ids still get DUPLICATE as in the reference.
import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
import type { SystemUnderTest } from '../../src/ports.ts';

class FencedRejectingKernel extends Kernel {
  onMessage(from: number, message: any): void {
    const self = this as any;
    if (message.kind === 'dispatch' && self.decisions.get(message.requestId)?.kind === 'FENCE') {
      self.port.send(from, {
        kind: 'decision',
        requestId: message.requestId,
        decision: {
          kind: 'REJECT',
          rejection: { code: 'FENCED', text: `request ${message.requestId} was fenced by an outcome query before it arrived; it did not execute and never will` },
        },
      });
      return;
    }
    super.onMessage(from, message);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-correct-kernel-fenced-dispatch-rejected',
  createKernel: (port, config) => new FencedRejectingKernel(port, config),
};
export default sut;
