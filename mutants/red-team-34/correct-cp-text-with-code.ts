// @ts-nocheck
// 7.1: the control plane passes the kernel's rejection object through untouched but writes
// the answer's human text as "rejected (CODE): text" — what the operator reads is not the
// kernel's text verbatim.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class CP extends ControlPlane {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      send: (to: any, m: any) => {
        if (m.kind === 'answer' && m.rejection !== null && m.source !== 'validation') {
          probe('correct-cp-text-with-code', `${m.requestId} ${m.source}`);
          return port.send(to, { ...m, text: `rejected (${m.rejection.code}): ${m.rejection.text}` });
        }
        port.send(to, m);
      },
    }), config);
  }
}
export default sut('correct-cp-text-with-code', { createControlPlane: (p, c) => new CP(p, c) });
