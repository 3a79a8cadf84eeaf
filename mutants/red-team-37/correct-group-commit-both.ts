// @ts-nocheck
// CORRECT (unusual). Spec 7.2, 9: the two group-commit examples together — the batched kernel
// (examples/group-commit-kernel.ts) behind the batched control plane
// (examples/group-commit-control-plane.ts). Each is correct alone; together every answer is
// held twice (kernel batch, then audit batch).
import gk from '../../examples/group-commit-kernel.ts';
import gc from '../../examples/group-commit-control-plane.ts';
import { reference } from '../../src/index.ts';
export default { ...reference, name: 'correct-group-commit-both', createKernel: gk.createKernel, createControlPlane: gc.createControlPlane };
