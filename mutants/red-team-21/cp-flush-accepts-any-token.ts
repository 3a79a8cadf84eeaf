// @ts-nocheck
// MUTANT: a confirm whose token is not the one issued is queued anyway if this incarnation
// holds some pending challenge for the same request id (e.g. one re-issued to a submit copy).
import { reference } from '../../src/index.ts';
import { makeFlushCP } from './_flushcp.ts';
const CP = makeFlushCP({ staleToken: true });
export default { ...reference, name: 'cp-flush-accepts-any-token', createControlPlane: (p, c) => new CP(p, c) };
// Its bug needs a confirm carrying another token of the same request in one incarnation (a
// second challenge for it): rare. The first failure is impatient-operators seed 24 (8 of
// 3,300 runs fail), so the hunt of test/folder-mutants.ts goes to 30 seeds for it.
export const huntSeeds = 30;
