// @ts-nocheck
// (variant of cp-kernel-timeout-text-guess with other words) 7.2 read literally ("treat the request as not executed unless kernel durability proves
// otherwise"): on a kernel timeout the answer keeps outcome "unknown" (the protocol insists)
// but its text reads "the kernel never got it — nothing happened; reissue it". A guess in words.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class CP extends ControlPlane {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      send: (to: any, m: any) => {
        if (m.kind === 'answer' && m.source === 'timeout') {
          probe('cp-kernel-timeout-text-guess2', m.requestId);
          return port.send(to, { ...m, text: 'the kernel never got it — nothing happened; reissue it' });
        }
        port.send(to, m);
      },
    }), config);
  }
}
export default sut('cp-kernel-timeout-text-guess2', { createControlPlane: (p, c) => new CP(p, c) });
