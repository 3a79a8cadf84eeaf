// @ts-nocheck
// red team 26 — mutant: Held-observe + read-timer design: a held observe's timer runs from its arrival; if it fires while still held, the observe is answered 'unknown' and audited `kernel-timeout` although no read was ever sent (and none is sent later).
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-held-observe-expires-unread',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, holdObserve: true, bug: 'held-expires-unread' }),
  createKernel: reference.createKernel,
};
