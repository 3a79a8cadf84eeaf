// @ts-nocheck
// Control: the group-commit kernel of the helper with no switch on (as examples/).
import { reference } from '../../src/index.ts';
import { GcKernel } from './_gc-kernel.ts';
export default { ...reference, name: 'rt25 correct-kernel-gc', createKernel: (port, config) => new GcKernel(port, config, {}) };
