// @ts-nocheck
// red team 26 — mutant: Held client (confirm stands): an abandon typed while the confirm is held marks the request done, so the held confirm is never sent — neither word goes out.
import { reference } from '../../src/index.ts';
import { HeldClient } from './_client.ts';

export default {
  name: 'red26-client-held-abandon-closes-confirm',
  createClient: (port, config) => new HeldClient(port, config, { policy: 'confirm-stands', bug: 'abandon-closes-confirm' }),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};

// caught only where a timing swarm seed makes the held confirm matter (timing-swarm seed 101):
// the folder hunt runs this many seeds of every scenario for it
export const huntSeeds = 110;
