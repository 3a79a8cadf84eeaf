// @ts-nocheck
// red team 26 — correct: Every recently accepted design at once: held confirm/abandon client (last word wins, 50 ms), read timer, held observes, invalid asks answered from validation.
import { reference } from '../../src/index.ts';
import { HeldClient } from './_client.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-correct-all-new-designs-v2',
  createClient: (port, config) => new HeldClient(port, config, { policy: 'last-word', holdMs: 50 }),
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, holdObserve: true, invalidAsk: true }),
  createKernel: reference.createKernel,
};
