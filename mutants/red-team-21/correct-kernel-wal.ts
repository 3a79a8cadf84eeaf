// @ts-nocheck
// CORRECT: intent-WAL kernel; decision record synced with the next intent; lost decisions re-decided in log order on restart.
import { reference } from '../../src/index.ts';
import { makeWalKernel } from './_walkernel.ts';
const K = makeWalKernel({});
export default { ...reference, name: 'correct-kernel-wal', createKernel: (p, c) => new K(p, c) };
