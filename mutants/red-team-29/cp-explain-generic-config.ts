// @ts-nocheck
// spec 8.1 "The rejection must include explanation": in the set-config path only, the explanation is a bare generic phrase.
import { cpWith } from './_val.ts';
import { validate } from '../../src/validation.ts';
import { probe, sut } from './_sut.ts';
const CP = cpWith((op) => op, (op) => {
  const r = validate(op);
  if (r !== null && op.kind === 'set-config') { probe('cp-explain-generic-config'); return { code: 'INVALID_REQUEST', text: 'invalid request' }; }
  return r;
});
export default sut('cp-explain-generic-config', { createControlPlane: (p, c) => new CP(p, c) });
