// @ts-nocheck
// CORRECT: confirmed dispatches are queued and sent by a 3 ms flush timer (dies with a crash).
import { reference } from '../../src/index.ts';
import { makeFlushCP } from './_flushcp.ts';
const CP = makeFlushCP({});
export default { ...reference, name: 'correct-cp-flush', createControlPlane: (p, c) => new CP(p, c) };
