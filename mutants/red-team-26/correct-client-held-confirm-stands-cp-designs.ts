// @ts-nocheck
// red team 26 — correct: Held client (confirm stands, 120 ms) with a CP that times out reads and answers invalid asks from validation.
import { reference } from '../../src/index.ts';
import { HeldClient } from './_client.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-correct-client-held-confirm-stands-cp-designs',
  createClient: (port, config) => new HeldClient(port, config, { policy: 'confirm-stands', holdMs: 120 }),
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, invalidAsk: true }),
  createKernel: reference.createKernel,
};
