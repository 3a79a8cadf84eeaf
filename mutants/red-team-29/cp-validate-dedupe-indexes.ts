// @ts-nocheck
// spec 8.1 no auto-correct: an index field listed twice is silently de-duplicated instead of rejected.
import { cpWith } from './_val.ts';
import { probe, sut } from './_sut.ts';
const CP = cpWith((op) => {
  if (op.kind === 'create-collection') { const u = [...new Set(op.indexes)]; if (u.length !== op.indexes.length) { probe('cp-validate-dedupe-indexes'); return { ...op, indexes: u }; } }
  return op;
});
export default sut('cp-validate-dedupe-indexes', { createControlPlane: (p, c) => new CP(p, c) });
