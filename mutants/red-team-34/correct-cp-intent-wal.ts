// @ts-nocheck
// CORRECT: the control plane writes an INTENT record (write-ahead, synced) before each
// dispatch, for the operator's forensics. It never reads it back: recovery is unchanged.
import { ControlPlane } from '../../src/control-plane.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { sut } from './lib/sut.ts';

class WalControlPlane extends ControlPlane {
  private readonly port2: any;
  constructor(port: any, config: any) { super(port, config); this.port2 = port; }
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'confirm') {
      const challenge = self.challenges.get(message.token);
      if (challenge !== undefined && challenge.requestId === message.requestId) {
        this.port2.append({ kind: 'INTENT', data: `dispatching ${message.requestId} ${challenge.operation.kind}` });
        this.port2.sync();
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('correct-cp-intent-wal', { createControlPlane: (p, c) => new WalControlPlane(p, c) });
