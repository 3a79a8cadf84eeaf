// @ts-nocheck
// red team 26 — mutant: Held client: an outcome question sends the outcome-query first and only then flushes the held confirm/abandon (same handler).
import { reference } from '../../src/index.ts';
import { HeldClient } from './_client.ts';

export default {
  name: 'red26-client-held-flush-after-ask-query',
  createClient: (port, config) => new HeldClient(port, config, { policy: 'last-word', bug: 'flush-after-ask-query' }),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
