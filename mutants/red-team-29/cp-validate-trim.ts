// @ts-nocheck
// spec 8.1 "No attempt is made to auto-correct input": surrounding whitespace is trimmed from every name/key/value before validation.
import { cpWith, mapNames } from './_val.ts';
import { probe, sut } from './_sut.ts';
const CP = cpWith((op) => mapNames(op, (s) => { const t = s.trim(); if (t !== s) probe('cp-validate-trim'); return t; }));
export default sut('cp-validate-trim', { createControlPlane: (p, c) => new CP(p, c) });
