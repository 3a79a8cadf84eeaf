// @ts-nocheck — written against the reference's private members, run through tsx (red team 12, not type-checked)
// CORRECT ALTERNATIVE: the control plane syncs its durable log once per handler, not once per
// record — and, for forensics, it also journals every answer it sends (an INTENT record
// "answered <id> <outcome> <source>", never read back: recovery stays observation only,
// spec 10), so a handler that audits a failure and answers appends two records and syncs
// once. `audit` only appends; before any message leaves (send) and at the end of every
// handler, the control plane syncs if anything is unsynced. So every audit record is durable
// before the reply that reports it goes out (spec 9: failures logged), and no handler ends
// with an unsynced record — only the number of syncs differs. A crash in the middle of a
// handler can lose its records exactly as it could lose them in the reference (a crash
// between the reference's append and sync), and nothing was reported yet.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';

class SyncPerHandler extends ControlPlane {
  private readonly real: Port;
  private dirty = false;
  constructor(port: Port, config: ControlPlaneConfig) {
    const p = Object.create(port) as Port;
    super(p, config);
    this.real = port;
    p.append = (r) => {
      port.append(r);
      this.dirty = true;
    };
    p.sync = () => {}; // deferred: see flush()
    p.send = (to, m) => {
      if (m.kind === 'answer') p.append({ kind: 'INTENT', data: `answered ${m.requestId} ${m.outcome} ${m.source}` });
      this.flush();
      port.send(to, m);
    };
  }
  private flush(): void {
    if (!this.dirty) return;
    this.real.sync();
    this.dirty = false;
  }
  onStart(): void {
    super.onStart();
    this.flush();
  }
  onMessage(from: number, message: any): void {
    super.onMessage(from, message);
    this.flush();
  }
  onTimer(name: string, id: number): void {
    super.onTimer(name);
    this.flush();
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-correct-cp-sync-per-handler',
  createControlPlane: (port, config) => new SyncPerHandler(port, config),
};
export default sut;
