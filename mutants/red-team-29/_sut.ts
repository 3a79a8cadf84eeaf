// @ts-nocheck
import { appendFileSync } from 'node:fs';
import { reference } from '../../src/index.ts';
export function probe(tag) {
  const f = process.env.RT29_PROBE;
  if (f) appendFileSync(f, tag + '\n');
}
export function sut(name, parts) {
  return { name, createClient: reference.createClient, createControlPlane: reference.createControlPlane, createKernel: reference.createKernel, ...parts };
}
