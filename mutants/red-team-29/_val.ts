// @ts-nocheck
// helper: a control plane whose submit path runs a transformed operation / custom validator
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';
export function cpWith(transform, validator = validate) {
  return class extends ControlPlane {
    onClient(client, m) {
      if (m.kind === 'submit' && !this.seen.has(m.requestId)) {
        const op = transform(m.operation);
        this.seen.add(m.requestId);
        const problem = validator.call(this, op);
        if (problem !== null) {
          this.audit('invalid-request', m.requestId, 'not-executed');
          this.port.send(client, { kind: 'answer', requestId: m.requestId, outcome: 'not-executed', source: 'validation', rejection: problem, text: problem.text });
          return;
        }
        const token = this.port.drawId();
        this.challenges.set(token, { requestId: m.requestId, operation: op });
        this.port.send(client, { kind: 'challenge', requestId: m.requestId, token, operation: op });
        return;
      }
      super.onClient(client, m);
    }
  };
}
export function mapNames(op, f) {
  switch (op.kind) {
    case 'create-collection': return { ...op, name: f(op.name), indexes: op.indexes.map(f) };
    case 'drop-collection': case 'create-snapshot': return { ...op, name: f(op.name) };
    case 'rename-collection': return { ...op, from: f(op.from), to: f(op.to) };
    case 'create-index': case 'drop-index': return { ...op, collection: f(op.collection), field: f(op.field) };
    case 'set-config': return { ...op, key: f(op.key), value: f(op.value) };
  }
}
