// @ts-nocheck
// 7.2 read literally: "treat the request as not executed unless kernel durability proves
// otherwise". When the kernel is silent about an operator's OUTCOME QUERY, the control plane
// answers "not executed" (the dispatch timeout path still says unknown). A guess.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  private readonly querying = new Set<string>();
  onMessage(from: Address, message: Message): void {
    if (message.kind === 'outcome-query') this.querying.add(message.requestId);
    else if (message.kind === 'confirm') this.querying.delete(message.requestId);
    super.onMessage(from, message);
  }
  onTimer(name: string, id: number): void {
    const self = this as any;
    if (self.timers.has(name) && this.querying.has(name)) {
      probe('cp-query-timeout-not-executed', name);
      self.timers.delete(name);
      this.querying.delete(name);
      self.audit('kernel-timeout', name, 'not-executed');
      self.answer(name, 'not-executed', 'timeout', null, 'no reply from the kernel — not executed');
      return;
    }
    super.onTimer(name, id);
  }
}
export default sut('cp-query-timeout-not-executed', { createControlPlane: (p, c) => new CP(p, c) });
