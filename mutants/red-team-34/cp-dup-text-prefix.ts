// @ts-nocheck
// 7.1: when the kernel answers DUPLICATE naming a first REJECT, the control plane prefixes
// the rejection text with "(duplicate) " so the operator knows it is an old decision.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (from === self.config.kernel && message.kind === 'duplicate' && message.first.kind === 'REJECT') {
      if (self.waiting.has(message.requestId)) probe('cp-dup-text-prefix', `${message.requestId} shown to a waiting client`);
      const r = message.first.rejection;
      return super.onMessage(from, { ...message, first: { kind: 'REJECT', rejection: { code: r.code, text: `(duplicate) ${r.text}` } } });
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-dup-text-prefix', { createControlPlane: (p, c) => new CP(p, c) });
