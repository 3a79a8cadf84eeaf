// @ts-nocheck
// 4.2 / 10: challenge tokens are derived from the request id ("tok-<id>") instead of drawn.
// After a control-plane restart a copy of the submit earns a fresh challenge with the SAME
// token, so a confirm the operator sent to the crashed incarnation now dispatches.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

const issued = new Map<string, number>(); // probe bookkeeping: token -> incarnation start time
class CP extends ControlPlane {
  private readonly startedAt: number;
  private nextToken: string | null = null;
  constructor(port: any, config: any) {
    let me: CP | null = null;
    super(wrapPort(port, { drawId: () => (me !== null && me.nextToken !== null ? me.nextToken : port.drawId()) }), config);
    me = this;
    this.startedAt = port.now();
  }
  onStart(): void {
    const self = this as any;
    if (self.port.now() === 0 && self.port.records().length === 0) issued.clear();
    super.onStart();
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'submit') {
      this.nextToken = `tok-${message.requestId}`;
      try { super.onMessage(from, message); } finally { this.nextToken = null; }
      if (self.challenges.has(`tok-${message.requestId}`)) {
        const t = `tok-${message.requestId}`;
        if (!issued.has(t)) issued.set(t, this.startedAt);
      }
      return;
    }
    if (message.kind === 'confirm' && self.challenges.has(message.token) && issued.has(message.token) && issued.get(message.token) !== this.startedAt) {
      probe('cp-deterministic-token', `${message.requestId} token of an earlier incarnation`);
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-deterministic-token', { createControlPlane: (p, c) => new CP(p, c) });
