// A control plane whose validation is stricter than the reference's in one place: a valid
// request that `refuses` finds fault with is rejected as the reference rejects an invalid
// one (audited, synced, answered "not executed" with the explanation); everything else is
// the reference. For the validators the edge-values scenario was checked against.

import { ControlPlane } from '../../src/control-plane.ts';
import { reference } from '../../src/index.ts';
import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { Message, Operation, Rejection } from '../../src/protocol.ts';
import { validate } from '../../src/validation.ts';

export function stricterValidator(name: string, refuses: (operation: Operation) => string | null): SystemUnderTest {
  return {
    ...reference,
    name,
    createControlPlane: (port, config) => {
      const rejected = new Set<string>();
      return new (class extends ControlPlane {
        override onMessage(from: Address, message: Message): void {
          if (message.kind !== 'submit') return super.onMessage(from, message);
          // stricter only where the reference accepts: an invalid request is its business
          const text = rejected.has(message.requestId) || validate(message.operation) !== null ? null : refuses(message.operation);
          if (rejected.has(message.requestId)) {
            // a copy of one it rejected: a duplicate it can see, as the reference logs it
            port.append({ kind: 'AUDIT', failure: 'duplicate-request', timeMs: port.now(), requestId: message.requestId, outcome: 'unknown' });
            port.sync();
            return;
          }
          if (text === null) return super.onMessage(from, message);
          rejected.add(message.requestId);
          const rejection: Rejection = { code: 'INVALID_REQUEST', text };
          port.append({ kind: 'AUDIT', failure: 'invalid-request', timeMs: port.now(), requestId: message.requestId, outcome: 'not-executed' });
          port.sync();
          port.send(from, { kind: 'answer', requestId: message.requestId, outcome: 'not-executed', source: 'validation', rejection, text });
        }
      })(port, config);
    },
  };
}
