// @ts-nocheck
// 8.2: when an operator abandons at the challenge, the control plane also sends a fenced query
// for the request "so that nothing can ever execute it". A cleanup action triggered
// automatically (and a kernel FENCE no operator asked for).
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    const ch = message.kind === 'abandon' ? self.challenges.get(message.token) : undefined;
    super.onMessage(from, message);
    if (message.kind === 'abandon' && ch !== undefined && ch.requestId === message.requestId) {
      probe('cp-abandon-fences', message.requestId);
      self.port.send(self.config.kernel, { kind: 'fenced-query', requestId: message.requestId });
    }
  }
}
export default sut('cp-abandon-fences', { createControlPlane: (p, c) => new CP(p, c) });
