// @ts-nocheck
// 5.1 / 5.2 / 10: a write-ahead INTENT precedes each dispatch; after a restart, if the log
// ends with a dispatch intent (the crash came "during dispatch"), the control plane sends
// that dispatch again "to finish what it started". The kernel dedupes by id, so the engineer
// thought it harmless; but a dispatch that never left now executes. Roll-forward.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onStart(): void {
    super.onStart();
    const self = this as any;
    const recs = self.port.records();
    const last = recs[recs.length - 1];
    if (last !== undefined && last.kind === 'INTENT') {
      const d = JSON.parse(last.data);
      if (d.t === 'dispatch') {
        probe('cp-replay-last-intent', d.requestId);
        self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'replayed', requestId: d.requestId }) });
        self.port.sync();
        self.dispatched.add(d.requestId);
        self.port.send(self.config.kernel, { kind: 'dispatch', requestId: d.requestId, operation: d.operation });
      }
    }
  }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'confirm') {
      const ch = self.challenges.get(message.token);
      if (ch !== undefined && ch.requestId === message.requestId) {
        self.port.append({ kind: 'INTENT', data: JSON.stringify({ t: 'dispatch', requestId: ch.requestId, operation: ch.operation }) });
        self.port.sync();
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-replay-last-intent', { createControlPlane: (p, c) => new CP(p, c) });
