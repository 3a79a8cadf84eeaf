// @ts-nocheck
// 7.2 read literally ("treat the request as not executed unless kernel durability proves
// otherwise"): on a kernel timeout the answer keeps outcome "unknown" (the protocol insists)
// but its text reads "kernel did not confirm — treat as not executed". A guess in words.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class CP extends ControlPlane {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      send: (to: any, m: any) => {
        if (m.kind === 'answer' && m.source === 'timeout') {
          probe('cp-kernel-timeout-text-guess', m.requestId);
          return port.send(to, { ...m, text: 'kernel did not confirm — treat as not executed' });
        }
        port.send(to, m);
      },
    }), config);
  }
}
export default sut('cp-kernel-timeout-text-guess', { createControlPlane: (p, c) => new CP(p, c) });
