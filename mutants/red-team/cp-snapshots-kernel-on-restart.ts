// MUTANT (red-team b) — spec 10 "Recovery means **restart and resume observation only**."
//
// The bug: a "forensics" feature. Whenever the control plane starts after a crash (its journal
// shows an earlier start), it dispatches a create-snapshot of the kernel ("cp_restart_<n>") so
// that operators can later inspect the state as it was when the control plane came back.
//
// Reachable when: the control plane crashes and restarts — any control-plane crash. Its recovery
// is not observation only: it sends the kernel a mutating request no operator issued or
// confirmed, and the kernel's state gains a snapshot. With nothing failing, the control plane
// starts once and sends nothing on start.

import type { SystemUnderTest } from '../../src/ports.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';
import { journal, readJournal } from './b-lib/journal.ts';

export const info = {
  clause: '10',
  sentence: 'Recovery means **restart and resume observation only**.',
  failurePathOnly: true,
  description:
    'on every restart the control plane dispatches a create-snapshot of the kernel ("cp_restart_<n>") on its own initiative',
};

class SnapshottingControlPlane extends ControlPlane {
  override onStart(): void {
    super.onStart();
    const starts = readJournal(this.port).filter((entry) => entry.t === 'cp-start').length;
    journal(this.port, { t: 'cp-start' });
    if (starts === 0) return;
    const requestId = this.port.drawId();
    this.dispatched.add(requestId);
    this.port.send(this.config.kernel, {
      kind: 'dispatch',
      requestId,
      operation: { kind: 'create-snapshot', name: `cp_restart_${starts}` },
    });
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-snapshots-kernel-on-restart',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new SnapshottingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
