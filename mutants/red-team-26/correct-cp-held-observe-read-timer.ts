// @ts-nocheck
// red team 26 — correct: Held-observe design combined with the read-timer design (timer started when the read is sent).
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-correct-cp-held-observe-read-timer',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, holdObserve: true }),
  createKernel: reference.createKernel,
};
