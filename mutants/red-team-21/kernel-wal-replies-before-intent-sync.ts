// @ts-nocheck
// MUTANT: the intent is appended, decided and replied, and only then synced: a crash at the sync loses a request it already reported.
import { reference } from '../../src/index.ts';
import { makeWalKernel } from './_walkernel.ts';
const K = makeWalKernel({ replyBeforeSync: true });
export default { ...reference, name: 'kernel-wal-replies-before-intent-sync', createKernel: (p, c) => new K(p, c) };
