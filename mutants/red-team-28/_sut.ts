// @ts-nocheck
import { appendFileSync } from 'node:fs';
import { reference } from '../../src/index.ts';
export { ControlPlane } from '../../src/control-plane.ts';
export { Client } from '../../src/client.ts';
export { Kernel } from '../../src/kernel.ts';
export { KernelState } from '../../src/kernel-state.ts';

export function probe(name: string, what: string): void {
  const file = process.env.RT28_PROBE;
  if (!file) return;
  appendFileSync(file, `${name}: ${what}\n`);
}

export function sut(name: string, parts: { cp?: any; client?: any; kernel?: any }) {
  return {
    name,
    createClient: parts.client ? (port, config) => new parts.client(port, config) : reference.createClient,
    createControlPlane: parts.cp ? (port, config) => new parts.cp(port, config) : reference.createControlPlane,
    createKernel: parts.kernel ? (port, config) => new parts.kernel(port, config) : reference.createKernel,
  };
}
