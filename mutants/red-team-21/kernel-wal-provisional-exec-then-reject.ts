// @ts-nocheck
// MUTANT: with each intent the kernel also writes (and syncs) a provisional EXEC decision; if
// it then rejects, it writes a second, different decision (REJECT) later. Replay keeps the
// first decision per id, so after a restart a request it rejected (and replied REJECT to)
// has taken effect.
import { reference } from '../../src/index.ts';
import { makeWalKernel } from './_walkernel.ts';
const K = makeWalKernel({ provisionalExec: true });
export default { ...reference, name: 'kernel-wal-provisional-exec-then-reject', createKernel: (p, c) => new K(p, c) };
