// @ts-nocheck
// CORRECT (we believe): the audit log is group-committed. An audited answer (kernel rejection,
// timeout, resolved outcome, ...) is appended at once, but synced with the others of its batch
// 3 ms later, and sent only after that sync: every failure is logged durably before it is told,
// as with the reference — just in batches (as examples/group-commit-kernel.ts does for the
// kernel's log).
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe, wrapPort } from './_sut.ts';

const GROUP_MS = 3;
class CP extends ControlPlane {
  constructor(port, config) {
    const box = { cp: null };
    super(wrapPort(port, {
      sync: () => { box.cp.unsynced = true; }, // deferred to the batch
      send: (to, message) => {
        const cp = box.cp;
        if (cp !== null && cp.unsynced && message.kind === 'answer') {
          cp.pending.push({ to, message });
          if (cp.group === 0) cp.group = port.setTimer(GROUP_MS, '__group');
        } else port.send(to, message);
      },
    }), config);
    box.cp = this;
    this.realPort = port;
    this.unsynced = false;
    this.pending = [];
    this.group = 0;
  }
  onTimer(name, id) {
    if (name === '__group') {
      this.group = 0;
      probe('group-commit', this.pending.length);
      this.realPort.sync();
      this.unsynced = false;
      const p = this.pending;
      this.pending = [];
      for (const { to, message } of p) this.realPort.send(to, message);
      return;
    }
    super.onTimer(name, id);
  }
}
export default sutWith('red27-correct-group-commit-audit', CP);
