// The reference AeroDB Phase 7 system: client, control plane and kernel, as one
// SystemUnderTest for the world's seam. This is the code that would ship.

import { createClient } from './client.ts';
import { createControlPlane } from './control-plane.ts';
import { createKernel } from './kernel.ts';
import type { SystemUnderTest } from './ports.ts';

export const reference: SystemUnderTest = {
  name: 'reference',
  createClient,
  createControlPlane,
  createKernel,
};

export type * from './ports.ts';
export type * from './protocol.ts';
