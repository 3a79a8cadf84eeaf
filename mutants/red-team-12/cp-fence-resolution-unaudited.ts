// @ts-nocheck — written against the reference's private members, run through tsx (red team 12, not type-checked)
// MUTANT (spec 9: "Audit records MUST include: … Outcome (executed / not executed)"; "All
// failures MUST … Be logged"). When a fenced outcome query resolves a request whose outcome
// was audited "unknown" and the kernel's answer is FENCE (it never executed, and now never
// will), the control plane skips the `outcome-resolved` audit record: "nothing happened, so
// there is nothing to log". The audit log is left saying "unknown" for a request whose
// outcome the control plane learnt and told the operator. EXEC and REJECT resolutions are
// still audited.
// Shows: an "unknown" (kernel timeout, expired challenge, crash) followed by an outcome
// query that fences the request.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { SystemUnderTest } from '../../src/ports.ts';

class SkipFenceResolution extends ControlPlane {
  report(requestId: string, first: any, source: any, failure: any): void {
    const self = this as any;
    if (first.kind === 'FENCE' && failure === 'outcome-resolved') {
      self.stopKernelTimer(requestId);
      self.answer(requestId, 'not-executed', source, null, 'not executed');
      return;
    }
    return (ControlPlane.prototype as any).report.call(this, requestId, first, source, failure);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-cp-fence-resolution-unaudited',
  createControlPlane: (port, config) => new SkipFenceResolution(port, config),
};
export default sut;
