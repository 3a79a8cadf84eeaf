// @ts-nocheck
import { reference } from '../../src/index.ts';
import { GcKernel } from './_gc-kernel.ts';
export default { ...reference, name: 'rt25 kernel-gc-flush-on-pressure', createKernel: (port, config) => new GcKernel(port, config, { flushOnPressure: 4 }) };
