// @ts-nocheck
// CORRECT: the control plane waits twice the configured time for the kernel before it answers
// "unknown". The spec fixes no timer values.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
export default { ...reference, name: 'correct-cp-longer-kernel-timeout',
  createControlPlane: (port, config) => new ControlPlane(port, { ...config, kernelTimeoutMs: config.kernelTimeoutMs * 2 }) };
