// @ts-nocheck
// 7.1: the control plane words an *_EXISTS rejection as "OK — already exists (<kernel text>)":
// the rejection object, the outcome field and the kernel's text are intact, but the line
// says it succeeded. (cl-text-success-claim is the same done by the client.)
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class CP extends ControlPlane {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      send: (to: any, m: any) => {
        if (m.kind === 'answer' && m.rejection !== null && m.source !== 'validation' && /_EXISTS$/.test(m.rejection.code)) {
          probe('cp-text-success-claim', `${m.requestId} ${m.rejection.code}`);
          return port.send(to, { ...m, text: `OK — already exists (${m.rejection.text})` });
        }
        port.send(to, m);
      },
    }), config);
  }
}
export default sut('cp-text-success-claim', { createControlPlane: (p, c) => new CP(p, c) });
