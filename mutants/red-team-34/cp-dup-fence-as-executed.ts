// @ts-nocheck
// 6.2: the kernel's DUPLICATE is translated as "it ran before" unless it names a rejection:
// a DUPLICATE naming a FENCE (the dispatch arrived after an outcome query fenced it) is
// reported as executed.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (from === self.config.kernel && message.kind === 'duplicate' && message.first.kind === 'FENCE') {
      probe('cp-dup-fence-as-executed', message.requestId);
      return super.onMessage(from, { ...message, first: { kind: 'EXEC' } });
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-dup-fence-as-executed', { createControlPlane: (p, c) => new CP(p, c) });
