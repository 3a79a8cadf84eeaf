// @ts-nocheck
// spec 8.1 no auto-correct: an out-of-range value for a known config key is replaced by that key's default.
import { cpWith } from './_val.ts';
import { CONFIG_KEYS } from '../../src/validation.ts';
import { probe, sut } from './_sut.ts';
const DEFAULTS = { max_connections: '100', log_level: 'info', cache_mb: '64', read_only: 'false' };
const CP = cpWith((op) => {
  if (op.kind === 'set-config' && Object.hasOwn(CONFIG_KEYS, op.key) && !CONFIG_KEYS[op.key](op.value)) { probe('cp-validate-default-config'); return { ...op, value: DEFAULTS[op.key] }; }
  return op;
});
export default sut('cp-validate-default-config', { createControlPlane: (p, c) => new CP(p, c) });
