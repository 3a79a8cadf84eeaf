// @ts-nocheck
// 10: an outcome query the kernel does not answer in time is sent once more before the control
// plane admits "unknown" ("a query only reads").
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  private readonly querying = new Set<string>();
  private readonly retried = new Set<string>();
  onMessage(from: Address, message: Message): void {
    if (message.kind === 'outcome-query') this.querying.add(message.requestId);
    super.onMessage(from, message);
  }
  onTimer(name: string, id: number): void {
    const self = this as any;
    if (self.timers.has(name) && this.querying.has(name) && !this.retried.has(name)) {
      this.retried.add(name);
      probe('cp-retry-query', name);
      self.timers.delete(name);
      self.port.send(self.config.kernel, { kind: 'fenced-query', requestId: name });
      self.startKernelTimer(name);
      return;
    }
    super.onTimer(name, id);
  }
}
export default sut('cp-retry-query', { createControlPlane: (p, c) => new CP(p, c) });
