// @ts-nocheck — written against the reference's private members, run through tsx (red team 12, not type-checked)
// MUTANT (spec 9): "All failures MUST: Be observable · Be logged · Be explainable" and
// 8.2 (abandoned operations). The control plane appends the `abandoned` audit record but does
// not sync it: "no reply reports an abandon, so nothing needs to be durable before a send —
// the next audit's sync will carry it". If the control plane crashes (or the disk loses its
// unsynced suffix) before any later audit, the abandon is never logged.
// Shows: a crash of the control plane after an abandon and before its next audit record.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { SystemUnderTest } from '../../src/ports.ts';

class LazyAbandonAudit extends ControlPlane {
  audit(failure: any, requestId: string, outcome: any): void {
    const self = this as any;
    if (failure !== 'abandoned') return super['audit' as never](failure, requestId, outcome) as never;
    self.port.append({ kind: 'AUDIT', failure, timeMs: self.port.now(), requestId, outcome });
    self.unresolved.delete(requestId);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-cp-abandon-audit-unsynced',
  createControlPlane: (port, config) => new LazyAbandonAudit(port, config),
};
export default sut;
