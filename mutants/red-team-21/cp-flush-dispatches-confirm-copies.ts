// @ts-nocheck
// MUTANT: the challenge is retired at flush time, not at confirm time, so a network copy of
// the confirm arriving before the flush is queued again: the request is dispatched twice.
import { reference } from '../../src/index.ts';
import { makeFlushCP } from './_flushcp.ts';
const CP = makeFlushCP({ keepChallengeUntilFlush: true });
export default { ...reference, name: 'cp-flush-dispatches-confirm-copies', createControlPlane: (p, c) => new CP(p, c) };
