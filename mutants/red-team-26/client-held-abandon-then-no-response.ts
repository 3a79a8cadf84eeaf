// @ts-nocheck
// red team 26 — mutant: Held client (last word wins): the response clock starts at the operator's confirm click; when the abandon replaces the held confirm, the client forgets the response timer and phase, so it later shows 'no response — outcome unknown' for the abandoned request.
import { reference } from '../../src/index.ts';
import { HeldClient } from './_client.ts';

export default {
  name: 'red26-client-held-abandon-then-no-response',
  createClient: (port, config) => new HeldClient(port, config, { policy: 'last-word', bug: 'abandon-then-no-response' }),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
