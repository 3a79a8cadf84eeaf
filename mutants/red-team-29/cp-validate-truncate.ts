// @ts-nocheck
// spec 8.1 no auto-correct: over-long names are truncated to the 32-character limit.
import { cpWith, mapNames } from './_val.ts';
import { probe, sut } from './_sut.ts';
const CP = cpWith((op) => op.kind === 'set-config' ? op : mapNames(op, (s) => { if (s.length > 32) { probe('cp-validate-truncate'); return s.slice(0, 32); } return s; }));
export default sut('cp-validate-truncate', { createControlPlane: (p, c) => new CP(p, c) });
