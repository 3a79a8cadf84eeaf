// @ts-nocheck
// red team 26 — mutant: Held-observe design: on release, a held observe joins any read already in flight for another observe (possibly sent before the write settled) instead of sending its own.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-held-observe-joins-inflight-read',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, holdObserve: true, bug: 'held-joins-inflight-read' }),
  createKernel: reference.createKernel,
};
