// @ts-nocheck
// Builds a SystemUnderTest from the reference pieces, replacing some of them.
import { reference } from '../../../src/index.ts';
import type { SystemUnderTest } from '../../../src/ports.ts';

export function sut(name: string, parts: Partial<Omit<SystemUnderTest, 'name'>>): SystemUnderTest {
  return {
    name,
    createClient: parts.createClient ?? reference.createClient,
    createControlPlane: parts.createControlPlane ?? reference.createControlPlane,
    createKernel: parts.createKernel ?? reference.createKernel,
  };
}
