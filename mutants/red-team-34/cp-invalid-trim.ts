// @ts-nocheck
// 8.1: names are trimmed and lower-cased before validation ("operators paste names with
// stray spaces and capitals"); the corrected request is challenged and dispatched.
// Auto-correction of input.
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

const FIELDS = new Set(['name', 'from', 'to', 'collection', 'field', 'key', 'value']);
function tidy(op: any): any {
  const out: any = { ...op };
  for (const k of Object.keys(out)) if (FIELDS.has(k) && typeof out[k] === 'string') out[k] = out[k].trim().toLowerCase();
  if (Array.isArray(out.indexes)) out.indexes = out.indexes.map((s: string) => s.trim().toLowerCase());
  return out;
}
class CP extends ControlPlane {
  onMessage(from: Address, message: Message): void {
    const self = this as any;
    if (message.kind === 'submit' && !self.seen.has(message.requestId)) {
      const t = tidy(message.operation);
      if (JSON.stringify(t) !== JSON.stringify(message.operation) && validate(t) === null) {
        probe('cp-invalid-trim', `${message.requestId} ${JSON.stringify(message.operation)}`);
        return super.onMessage(from, { ...message, operation: t });
      }
    }
    super.onMessage(from, message);
  }
}
export default sut('cp-invalid-trim', { createControlPlane: (p, c) => new CP(p, c) });
