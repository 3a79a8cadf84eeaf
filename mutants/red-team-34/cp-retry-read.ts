// @ts-nocheck
// 10 ("No retries are attempted"): a read is harmless, so when the kernel does not answer an
// observe's read within the kernel timeout the control plane sends the read once more.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  private readonly reads = new Map<string, number>();
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (from !== self.config.kernel && message.kind === 'observe') {
      super.onMessage(from, message);
      if (!this.reads.has(message.requestId)) this.reads.set(message.requestId, self.port.setTimer(self.config.kernelTimeoutMs, `read:${message.requestId}`));
      return;
    }
    if (from === self.config.kernel && message.kind === 'state') {
      const t = this.reads.get(message.requestId);
      if (t !== undefined && t !== 0) self.port.cancelTimer(t);
      this.reads.set(message.requestId, 0);
    }
    super.onMessage(from, message);
  }
  onTimer(name: string, id: number): void {
    const self = this as any;
    if (name.startsWith('read:')) {
      const rid = name.slice(5);
      if (this.reads.get(rid) !== 0 && self.waiting.has(rid)) {
        this.reads.set(rid, 0);
        probe('cp-retry-read', rid);
        self.port.send(self.config.kernel, { kind: 'read', requestId: rid });
      }
      return;
    }
    super.onTimer(name, id);
  }
}
export default sut('cp-retry-read', { createControlPlane: (p, c) => new CP(p, c) });
