// @ts-nocheck
// Breaks 9 (every failure logged before it is told) in the group-commit control plane
// (examples/group-commit-control-plane.ts): at the batch timer it releases the held answers
// first and syncs afterwards ("the sync is slow, let the operators go") — a crash at that sync
// loses audit records of failures the operators were already told about.
import { GroupCommitControlPlane } from './lib/gc-cp.ts';
import { probe, sut } from './lib/common.ts';

class CP extends GroupCommitControlPlane {
  onTimer(name) {
    if (name !== 'group-commit') { super.onTimer(name); return; }
    const batch = this.batch;
    batch.timer = null;
    const held = batch.held; batch.held = [];
    if (held.length > 0) probe('b35-gccp-release-before-sync', `${held.length} answers before sync`);
    for (const { to, message } of held) this.release(to, message);
    this.disk.sync();
    batch.unsynced = false;
  }
}
export default sut('b35-gccp-release-before-sync', { createControlPlane: (p, c) => new CP(p, c) });
