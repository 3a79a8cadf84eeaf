// MUTANT (red-team b) — spec 1 "They MUST NOT alter kernel state implicitly".
//
// The bug: a "fail-safe". The first time a dispatch times out, the control plane — after
// answering "unknown" exactly as the reference does — dispatches set-config read_only=true under a
// fresh request id, to protect the data while the kernel looks unhealthy. No operator issued or
// confirmed that change.
//
// Reachable when: any dispatch times out (lost or delayed dispatch or reply, kernel crashed, slow
// or partitioned). Once the kernel is reachable again, its configuration has changed behind every
// operator's back (read_only flips to true, or an operator's own read_only setting is
// overwritten). With nothing failing, no dispatch times out and nothing extra is sent.

import type { SystemUnderTest } from '../../src/ports.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '1',
  sentence: 'They MUST NOT alter kernel state implicitly',
  failurePathOnly: true,
  description:
    'after the first kernel timeout of an incarnation, the control plane dispatches set-config read_only=true on its own initiative as a fail-safe',
};

class FreezingControlPlane extends ControlPlane {
  private frozen = false;

  override onTimer(name: string): void {
    const dispatchTimedOut = this.timers.has(name) && this.dispatched.has(name);
    super.onTimer(name);
    if (!dispatchTimedOut || this.frozen) return;
    this.frozen = true;
    const requestId = this.port.drawId();
    this.dispatched.add(requestId);
    this.port.send(this.config.kernel, {
      kind: 'dispatch',
      requestId,
      operation: { kind: 'set-config', key: 'read_only', value: 'true' },
    });
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-freezes-kernel-on-timeout',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new FreezingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
