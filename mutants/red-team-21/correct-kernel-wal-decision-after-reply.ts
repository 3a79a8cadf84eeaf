// @ts-nocheck
// CORRECT (?): the intent-WAL kernel, but the decision record is appended AFTER the reply (the
// synced intent already determines the decision: on restart a lost decision is re-decided in
// log order, deterministically, to the same result).
import { reference } from '../../src/index.ts';
import { makeWalKernel } from './_walkernel.ts';
const K = makeWalKernel({ decisionAfterReply: true });
export default { ...reference, name: 'correct-kernel-wal-decision-after-reply', createKernel: (p, c) => new K(p, c) };
