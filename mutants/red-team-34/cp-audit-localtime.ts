// @ts-nocheck
// 12 (deterministic outcomes): next to each audit record the control plane writes a
// human-readable INTENT line with the failure's wall-clock rendering of its virtual time,
// new Date(timeMs).toString(): the durable log now depends on the host's time zone.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class CP extends ControlPlane {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      append: (r: any) => {
        port.append(r);
        if (r.kind === 'AUDIT') {
          const when = new Date(r.timeMs).toString();
          probe('cp-audit-localtime', `${r.requestId} ${when}`);
          port.append({ kind: 'INTENT', data: `${r.failure} ${r.requestId} at ${when}` });
        }
      },
    }), config);
  }
}
export default sut('cp-audit-localtime', { createControlPlane: (p, c) => new CP(p, c) });
