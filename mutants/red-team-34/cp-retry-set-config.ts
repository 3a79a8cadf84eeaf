// @ts-nocheck
// 10 / 6.1: "set-config is idempotent, so resending it is safe": when the kernel is silent
// about a set-config dispatch, the control plane resends it once (same request id) before
// admitting "unknown". A hidden retry: a dispatch that never reached the kernel executes.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  private readonly ops = new Map<string, any>();
  private readonly retried = new Set<string>();
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'confirm') {
      const ch = self.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) this.ops.set(ch.requestId, ch.operation);
    }
    super.onMessage(from, message);
  }
  onTimer(name: string, id: number): void {
    const self = this as any;
    const op = this.ops.get(name);
    if (self.timers.has(name) && op !== undefined && op.kind === 'set-config' && !this.retried.has(name) && self.waiting.has(name)) {
      this.retried.add(name);
      probe('cp-retry-set-config', name);
      self.timers.delete(name);
      self.port.send(self.config.kernel, { kind: 'dispatch', requestId: name, operation: op });
      self.startKernelTimer(name);
      return;
    }
    super.onTimer(name, id);
  }
}
export default sut('cp-retry-set-config', { createControlPlane: (p, c) => new CP(p, c) });
