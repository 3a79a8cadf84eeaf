// @ts-nocheck
// 9: a kernel-timeout audit record carries the time of the dispatch it concerns ("when the
// affected request was sent"), not the time of the failure: 60 ms early, for timeouts only.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  private readonly sentAt = new Map<string, number>();
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'confirm' || message.kind === 'outcome-query') this.sentAt.set(message.requestId, self.port.now());
    super.onMessage(from, message);
  }
  onTimer(name: string, id: number): void {
    const self = this as any;
    if (self.timers.has(name) && this.sentAt.has(name)) {
      probe('cp-timeout-audit-dispatch-time', name);
      self.timers.delete(name);
      self.port.append({ kind: 'AUDIT', failure: 'kernel-timeout', timeMs: this.sentAt.get(name), requestId: name, outcome: 'unknown' });
      self.port.sync();
      self.unresolved.add(name);
      self.answer(name, 'unknown', 'timeout', null, 'no reply from the kernel — outcome unknown');
      return;
    }
    super.onTimer(name, id);
  }
}
export default sut('cp-timeout-audit-dispatch-time', { createControlPlane: (p, c) => new CP(p, c) });
