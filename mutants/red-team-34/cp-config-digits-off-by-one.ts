// @ts-nocheck
// 8.1: max_connections and cache_mb accept one digit more than the rule ("{0,5}" typed for
// "{0,4}"), so an out-of-range value is challenged and executed instead of rejected.
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    const op: any = message.kind === 'submit' ? message.operation : null;
    if (op !== null && op.kind === 'set-config' && !self.seen.has((message as any).requestId) && validate(op) !== null
      && ((op.key === 'max_connections' && /^[1-9][0-9]{5}$/.test(op.value)) || (op.key === 'cache_mb' && /^[1-9][0-9]{6}$/.test(op.value)))) {
      probe('cp-config-digits-off-by-one', `${(message as any).requestId} ${op.key}=${op.value}`);
      self.seen.add((message as any).requestId);
      const token = self.port.drawId();
      self.challenges.set(token, { requestId: (message as any).requestId, operation: op });
      self.port.send(from, { kind: 'challenge', requestId: (message as any).requestId, token, operation: op });
      return;
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-config-digits-off-by-one', { createControlPlane: (p, c) => new CP(p, c) });
