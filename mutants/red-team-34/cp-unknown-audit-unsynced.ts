// @ts-nocheck
// 9: audit records that state an outcome are synced before the reply; records whose outcome is
// "unknown" (timeouts, duplicates, expired challenges) are only appended ("they assert
// nothing"), so a crash can lose the record of a failure the operator was told about.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class CP extends ControlPlane {
  constructor(port: any, config: any) {
    let skip = false;
    super(wrapPort(port, {
      append: (r: any) => { port.append(r); if (r.kind === 'AUDIT' && r.outcome === 'unknown') { skip = true; probe('cp-unknown-audit-unsynced', `${r.failure} ${r.requestId}`); } },
      sync: () => { if (skip) { skip = false; return; } port.sync(); },
    }), config);
  }
}
export default sut('cp-unknown-audit-unsynced', { createControlPlane: (p, c) => new CP(p, c) });
