// @ts-nocheck — written against the reference's private members, run through tsx (red team 12, not type-checked)
// MUTANT (spec 10 "No retries are attempted"; 2 "Phase 7 never attempts to repair, retry, or
// complete an action after failure"; 12 "Tests MUST assert: No hidden retries"). The control
// plane resends every "executed" answer once, 50 ms later, on a timer of its own — "the
// network may lose it and the operator must hear about successes". It is a hidden retry: a
// second message the control plane sends on no request, repeated on the control plane's own
// initiative. (The reference client ignores the copy, so the operator sees one answer.)
// Shows: every executed answer.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';

class ResendingControlPlane extends ControlPlane {
  private readonly resend = new Map<string, { to: number; message: any }>();
  private readonly real: Port;
  constructor(port: Port, config: ControlPlaneConfig) {
    const p = Object.create(port) as Port;
    super(p, config);
    this.real = port;
    p.send = (to, m) => {
      port.send(to, m);
      if (m.kind === 'answer' && m.outcome === 'executed') {
        const name = `resend:${to}:${m.requestId}`;
        this.resend.set(name, { to, message: m });
        port.setTimer(50, name);
      }
    };
  }
  onTimer(name: string, id: number): void {
    const pending = this.resend.get(name);
    if (pending !== undefined) {
      this.resend.delete(name);
      this.real.send(pending.to, pending.message);
      return;
    }
    super.onTimer(name);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-cp-resends-executed-answers',
  createControlPlane: (port, config) => new ResendingControlPlane(port, config),
};
export default sut;
