// @ts-nocheck
// red team 26 — mutant: Held client (last word wins): the confirm click 'consumes' the token, so an abandon that replaces the held confirm is sent with an empty token.
import { reference } from '../../src/index.ts';
import { HeldClient } from './_client.ts';

export default {
  name: 'red26-client-held-abandon-token-consumed',
  createClient: (port, config) => new HeldClient(port, config, { policy: 'last-word', bug: 'abandon-token-consumed' }),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
