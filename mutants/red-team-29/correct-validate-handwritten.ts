// @ts-nocheck
// Correct (different validation code, same rules): hand-written character checks and a Map of config keys instead of regexes and an object.
import { cpWith } from './_val.ts';
import { probe, sut } from './_sut.ts';
const KEYS = new Map([
  ['max_connections', (v) => digits(v, 5)],
  ['log_level', (v) => ['debug', 'info', 'warn', 'error'].includes(v)],
  ['cache_mb', (v) => digits(v, 6)],
  ['read_only', (v) => v === 'true' || v === 'false'],
]);
function digits(v, max) {
  if (v.length < 1 || v.length > max || v[0] < '1' || v[0] > '9') return false;
  for (const ch of v) if (ch < '0' || ch > '9') return false;
  return true;
}
function okName(s) {
  if (s.length < 1 || s.length > 32) return false;
  if (!(s[0] >= 'a' && s[0] <= 'z')) return false;
  for (const ch of s) if (!((ch >= 'a' && ch <= 'z') || (ch >= '0' && ch <= '9') || ch === '_')) return false;
  return true;
}
const bad = (t) => ({ code: 'INVALID_REQUEST', text: t });
const nm = (what, s) => okName(s) ? null : bad(`${what} "${s}" is invalid: it must start with a lowercase letter followed by at most 31 characters from a-z, 0-9 and _`);
function check(op) {
  probe('correct-validate-handwritten');
  switch (op.kind) {
    case 'create-collection': {
      const p = nm('collection name', op.name); if (p) return p;
      if (op.indexes.length > 8) return bad(`too many indexes: ${op.indexes.length} given, at most 8 allowed`);
      const seen = new Set();
      for (const f of op.indexes) { const q = nm('index field', f); if (q) return q; if (seen.has(f)) return bad(`duplicate index field "${f}"`); seen.add(f); }
      return null;
    }
    case 'drop-collection': return nm('collection name', op.name);
    case 'create-snapshot': return nm('snapshot name', op.name);
    case 'rename-collection': if (op.from === op.to) return bad(`cannot rename "${op.from}" to the same name`); return nm('collection name', op.from) ?? nm('new collection name', op.to);
    case 'create-index': case 'drop-index': return nm('collection name', op.collection) ?? nm('index field', op.field);
    case 'set-config': {
      const f = KEYS.get(op.key);
      if (f === undefined) return bad(`config key "${op.key}" is not known (accepted: ${[...KEYS.keys()].join(', ')})`);
      return f(op.value) ? null : bad(`config value "${op.value}" is not accepted for "${op.key}"`);
    }
  }
  return bad(`unknown operation kind "${op.kind}"`);
}
const CP = cpWith((op) => op, check);
export default sut('correct-validate-handwritten', { createControlPlane: (p, c) => new CP(p, c) });
