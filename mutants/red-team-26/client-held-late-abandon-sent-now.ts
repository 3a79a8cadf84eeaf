// @ts-nocheck
// red team 26 — mutant: Held client: an abandon typed while a confirm is held is sent at once, but the held confirm's timer is not stopped: both go out.
import { reference } from '../../src/index.ts';
import { HeldClient } from './_client.ts';

export default {
  name: 'red26-client-held-late-abandon-sent-now',
  createClient: (port, config) => new HeldClient(port, config, { policy: 'last-word', bug: 'late-abandon-sent-now' }),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
