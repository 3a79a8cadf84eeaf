// MUTANT cp-late-decision-no-audit
// Violates spec 9: "All failures MUST: Be observable, Be logged, Be explainable" / "Audit
// records MUST include ... Outcome (executed / not executed)". A kernel decision that arrives
// late — after this control plane already answered "unknown" on its kernel timeout, or for a
// dispatch made by an earlier incarnation (in flight at a crash) — is passed on to any waiting
// operator, but the 'outcome-resolved' audit record that should log the resolved outcome is
// dropped ("it is a normal decision, not a failure"). The audit log keeps saying "unknown".
// Fenced-query answers and kernel duplicates are still audited like the reference.
// Shows only when: a dispatch's decision reaches the control plane after its kernel timeout
// fired (slow kernel, delayed reply), or after a control-plane restart; visible to the operator
// when an outcome query of theirs is waiting at that moment.

import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { Actor, Address, ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message } from '../../src/protocol.ts';

export const info = {
  clause: '9',
  sentence: 'All failures MUST be observable, be logged, be explainable; audit records MUST include the outcome (executed / not executed).',
  needs: 'a kernel decision arriving after the kernel timeout answered "unknown" (or after a control-plane restart)',
};

class SilentLateDecisionControlPlane implements Actor {
  private readonly inner: ControlPlane;
  private handlingDecision = false;

  constructor(
    private readonly port: Port,
    private readonly config: ControlPlaneConfig,
  ) {
    const self = this;
    const proxy: Port = {
      send: (to, message) => port.send(to, message),
      setTimer: (d, n) => port.setTimer(d, n),
      cancelTimer: (id) => port.cancelTimer(id),
      now: () => port.now(),
      append(record) {
        // BUG: a late decision is "not a failure": its resolving audit record is not written
        if (self.handlingDecision && record.kind === 'AUDIT' && record.failure === 'outcome-resolved') return;
        port.append(record);
      },
      sync: () => port.sync(),
      records: () => port.records(),
      drawId: () => port.drawId(),
      display: (o) => port.display(o),
    };
    this.inner = new ControlPlane(proxy, config);
  }

  onStart(): void {
    this.inner.onStart();
  }

  onMessage(from: Address, message: Message): void {
    this.handlingDecision = from === this.config.kernel && message.kind === 'decision';
    try {
      this.inner.onMessage(from, message);
    } finally {
      this.handlingDecision = false;
    }
  }

  onTimer(name: string): void {
    this.inner.onTimer(name);
  }
}

const sut: SystemUnderTest = {
  name: 'cp-late-decision-no-audit',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new SilentLateDecisionControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
