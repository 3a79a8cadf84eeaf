// @ts-nocheck
// 4.3 / 10: an observe that arrives while a read for another observe is still outstanding
// is attached to that read instead of sending its own ("coalescing reads"). The state it is
// shown may predate an execution this operator was already told about.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  private outstanding: string | null = null;
  private readonly attached = new Map<string, Array<{ client: Address; requestId: string }>>();
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (from !== self.config.kernel && message.kind === 'observe') {
      if (this.outstanding !== null && this.outstanding !== message.requestId) {
        probe('cp-coalesce-reads', `${message.requestId} onto ${this.outstanding}`);
        this.attached.get(this.outstanding)!.push({ client: from, requestId: message.requestId });
        return;
      }
      this.outstanding = message.requestId;
      this.attached.set(message.requestId, []);
    }
    if (from === self.config.kernel && message.kind === 'state') {
      if (this.outstanding === message.requestId) this.outstanding = null;
      const riders = this.attached.get(message.requestId) ?? [];
      this.attached.delete(message.requestId);
      super.onMessage(from, message);
      for (const r of riders) self.port.send(r.client, { kind: 'observed', requestId: r.requestId, state: message.state });
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-coalesce-reads', { createControlPlane: (p, c) => new CP(p, c) });
