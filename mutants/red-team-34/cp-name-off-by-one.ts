// @ts-nocheck
// 8.1: the name rule is written as "a letter then up to 32 more", so 33-character names are
// accepted by the control plane (and executed by the kernel) instead of being rejected.
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

const LOOSE = /^[a-z][a-z0-9_]{0,32}$/;
function names(op: any): string[] {
  return [op.name, op.from, op.to, op.collection, op.field, ...(op.indexes ?? [])].filter((x) => typeof x === 'string');
}
class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'submit' && !self.seen.has(message.requestId) && validate(message.operation) !== null) {
      const ns = names(message.operation);
      const long = ns.filter((n) => n.length === 33 && LOOSE.test(n));
      if (long.length > 0) {
        // re-validate with the long names shortened: if that passes, the loose rule accepts it
        const short = JSON.parse(JSON.stringify(message.operation), (_k, v) => (typeof v === 'string' && v.length === 33 && LOOSE.test(v) ? v.slice(0, 32) : v));
        if (validate(short) === null) {
          probe('cp-name-off-by-one', `${message.requestId} ${long[0]}`);
          self.seen.add(message.requestId);
          const token = self.port.drawId();
          self.challenges.set(token, { requestId: message.requestId, operation: message.operation });
          self.port.send(from, { kind: 'challenge', requestId: message.requestId, token, operation: message.operation });
          return;
        }
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-name-off-by-one', { createControlPlane: (p, c) => new CP(p, c) });
