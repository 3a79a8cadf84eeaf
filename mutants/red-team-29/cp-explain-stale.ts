// @ts-nocheck
// spec 8.1 explanation: rejections are cached per operation kind (per incarnation), so a later invalid request of that kind gets the explanation of an earlier, different request.
import { cpWith } from './_val.ts';
import { validate } from '../../src/validation.ts';
import { probe, sut } from './_sut.ts';
const CP = cpWith((op) => op, function (op) {
  const r = validate(op);
  if (r === null) return null;
  this.rtCache ??= new Map();
  if (this.rtCache.has(op.kind)) { const c = this.rtCache.get(op.kind); if (c.text !== r.text) probe('cp-explain-stale'); return c; }
  this.rtCache.set(op.kind, r); return r;
});
export default sut('cp-explain-stale', { createControlPlane: (p, c) => new CP(p, c) });
