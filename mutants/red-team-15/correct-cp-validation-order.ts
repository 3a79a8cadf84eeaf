// @ts-nocheck
// CORRECT: a validator written independently: it accepts exactly what the reference accepts,
// but checks in another order (structure before names: index count and repeated fields first,
// rename-to-itself after the names) and words its explanations its own way — each still says
// what is wrong, quoting the value whole, and what is accepted.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import { CONFIG_KEYS } from '../../src/validation.ts';

const NAME = /^[a-z][a-z0-9_]{0,31}$/;
const bad = (what, v) => NAME.test(v) ? null : inv(`invalid ${what} "${v}": a name must start with a lowercase letter followed by at most 31 characters from a-z, 0-9 and _`);
const inv = (text) => ({ code: 'INVALID_REQUEST', text });

function validate2(op) {
  switch (op.kind) {
    case 'create-collection': {
      if (op.indexes.length > 8) return inv(`too many indexes (${op.indexes.length}): a collection accepts at most 8`);
      const seen = new Set();
      for (const f of op.indexes) { if (seen.has(f)) return inv(`index field "${f}" appears more than once; each field may be indexed once`); seen.add(f); }
      for (const f of op.indexes) { const p = bad('index field', f); if (p) return p; }
      return bad('collection name', op.name);
    }
    case 'drop-collection': return bad('collection name', op.name);
    case 'create-snapshot': return bad('snapshot name', op.name);
    case 'rename-collection': {
      const p = bad('collection name', op.from) ?? bad('new collection name', op.to);
      if (p) return p;
      return op.from === op.to ? inv(`cannot rename "${op.from}" to the same name "${op.to}"`) : null;
    }
    case 'create-index': case 'drop-index': return bad('index field', op.field) ?? bad('collection name', op.collection);
    case 'set-config': {
      if (!Object.hasOwn(CONFIG_KEYS, op.key)) return inv(`config key "${op.key}" is not known; the known keys are ${Object.keys(CONFIG_KEYS).join(', ')}`);
      return CONFIG_KEYS[op.key](op.value) ? null : inv(`config key "${op.key}" does not accept the value "${op.value}"`);
    }
  }
}

class V2 extends ControlPlane {
  onClient(client, message) {
    if (message.kind !== 'submit' || this.seen.has(message.requestId)) return super.onClient(client, message);
    const problem = validate2(message.operation);
    if (problem === null) return super.onClient(client, message);
    this.seen.add(message.requestId);
    this.audit('invalid-request', message.requestId, 'not-executed');
    this.port.send(client, { kind: 'answer', requestId: message.requestId, outcome: 'not-executed', source: 'validation', rejection: problem, text: problem.text });
  }
}
export default { ...reference, name: 'correct-cp-validation-order', createControlPlane: (port, config) => new V2(port, config) };
