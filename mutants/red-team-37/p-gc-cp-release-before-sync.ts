// @ts-nocheck
// BROKEN. Spec 9 (all failures MUST be logged) with group commit: examples/group-commit-control-plane.ts
// with the two lines of its batch timer swapped — held answers are released, then the batch
// is synced ("the sync is slow; let the operators have their answers first"). A crash at that
// sync loses audit records of failures the operator has already been told about.
import { GroupCommitControlPlane } from '../../examples/group-commit-control-plane.ts';
import { reference } from '../../src/index.ts';
import { probe } from './lib/common.ts';

class ReleaseFirst extends GroupCommitControlPlane {
  onTimer(name, id) {
    if (name !== 'group-commit') return super.onTimer(name, id);
    const batch = this.batch;
    batch.timer = null;
    const held = batch.held;
    batch.held = [];
    for (const { to, message } of held) this.release(to, message);
    let ok = false;
    try { this.disk.sync(); ok = true; } finally {
      if (!ok && held.length > 0) probe('p-gc-cp-release-before-sync', `crash at sync after releasing ${held.length} answer(s)`);
    }
    batch.unsynced = false;
  }
}
export default { ...reference, name: 'p-gc-cp-release-before-sync', createControlPlane: (port, config) => new ReleaseFirst(port, config) };
