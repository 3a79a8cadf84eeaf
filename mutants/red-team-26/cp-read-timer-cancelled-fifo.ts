// @ts-nocheck
// red team 26 — mutant: Read timer design: a state reply cancels the OLDEST outstanding read timer (assuming the kernel answers in order), not the one it answers: with reordering the answered read times out and the silent one never does.
import { reference } from '../../src/index.ts';
import { CP } from './_cp.ts';

export default {
  name: 'red26-cp-read-timer-cancelled-fifo',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CP(port, config, { readTimer: true, bug: 'read-timer-cancelled-fifo' }),
  createKernel: reference.createKernel,
};
