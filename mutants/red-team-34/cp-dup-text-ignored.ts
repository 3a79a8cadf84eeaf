// @ts-nocheck
// 6.2 / 9 (explainable): when the kernel answers DUPLICATE naming an EXEC (the first decision
// reply was lost), the answer keeps outcome "executed" but its text says "duplicate request
// — ignored" (the engineer meant the copy); the operator reads that the request was ignored.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class CP extends ControlPlane {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      send: (to: any, m: any) => {
        if (m.kind === 'answer' && m.source === 'kernel-duplicate' && m.outcome === 'executed') {
          probe('cp-dup-text-ignored', m.requestId);
          return port.send(to, { ...m, text: 'duplicate request — ignored' });
        }
        port.send(to, m);
      },
    }), config);
  }
}
export default sut('cp-dup-text-ignored', { createControlPlane: (p, c) => new CP(p, c) });
