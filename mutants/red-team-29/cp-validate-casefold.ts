// @ts-nocheck
// spec 8.1 no auto-correct: names and config keys are lower-cased before validation.
import { cpWith, mapNames } from './_val.ts';
import { probe, sut } from './_sut.ts';
const CP = cpWith((op) => mapNames(op, (s) => { const t = s.toLowerCase(); if (t !== s) probe('cp-validate-casefold'); return t; }));
export default sut('cp-validate-casefold', { createControlPlane: (p, c) => new CP(p, c) });
