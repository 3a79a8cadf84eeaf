// @ts-nocheck
// MUTANT: on restart lost decisions are re-decided against the empty state, before the decision records are replayed, so the re-decision may differ from the reply.
import { reference } from '../../src/index.ts';
import { makeWalKernel } from './_walkernel.ts';
const K = makeWalKernel({ redecideBeforeReplay: true });
export default { ...reference, name: 'kernel-wal-redecides-before-replay', createKernel: (p, c) => new K(p, c) };
