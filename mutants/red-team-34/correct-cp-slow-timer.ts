// @ts-nocheck
// CORRECT: the control plane waits one and a half times the configured kernel timeout
// before answering "unknown" (a more patient but legal timing).
import { ControlPlane } from '../../src/control-plane.ts';
import { sut } from './lib/sut.ts';

export default sut('correct-cp-slow-timer', {
  createControlPlane: (p, c) => new ControlPlane(p, { ...c, kernelTimeoutMs: Math.round(c.kernelTimeoutMs * 1.5) }),
});
