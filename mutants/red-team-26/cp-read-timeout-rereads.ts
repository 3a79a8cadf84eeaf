// @ts-nocheck
// red team 26 — mutant: Read timer design: after answering 'unknown' on a read timeout, the CP sends the read again (to warm up) with nobody waiting: a hidden retry.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-read-timeout-rereads',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, bug: 'read-timeout-rereads' }),
  createKernel: reference.createKernel,
};
