// @ts-nocheck
// Shared helper for red team 27: a SystemUnderTest with the reference client and kernel and
// the given control plane class.
import { reference } from '../../src/index.ts';

export function sutWith(name, ControlPlaneClass) {
  return {
    name,
    createClient: reference.createClient,
    createControlPlane: (port, config) => new ControlPlaneClass(port, config),
    createKernel: reference.createKernel,
  };
}

import { appendFileSync } from 'node:fs';
/** RT27_PROBE=FILE: appends a line per firing of a mutant's changed code (off otherwise). */
export function probe(tag, ...rest) {
  const file = process.env.RT27_PROBE;
  if (file) appendFileSync(file, `RT27_PROBE ${tag} ${rest.join(' ')}\n`);
}

/** A port that forwards every call to `port` except those in `overrides`. */
export function wrapPort(port, overrides) {
  const w = {};
  for (const k of ['send', 'setTimer', 'cancelTimer', 'now', 'append', 'sync', 'records', 'drawId', 'display']) {
    w[k] = (...a) => port[k](...a);
  }
  return Object.assign(w, overrides);
}
