// @ts-nocheck
// 8.1: for one rare rule (an index field listed twice) the validation rejection carries no
// explanation: just the code as its text.
import { ControlPlane } from '../../src/control-plane.ts';
import { validate } from '../../src/validation.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class CP extends ControlPlane {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      send: (to: any, m: any) => {
        if (m.kind === 'answer' && m.source === 'validation' && m.rejection !== null && / is listed twice$/.test(m.rejection.text)) {
          probe('cp-invalid-dup-field-terse', m.requestId);
          return port.send(to, { ...m, text: 'INVALID_REQUEST', rejection: { code: 'INVALID_REQUEST', text: 'INVALID_REQUEST' } });
        }
        port.send(to, m);
      },
    }), config);
  }
}
export default sut('cp-invalid-dup-field-terse', { createControlPlane: (p, c) => new CP(p, c) });
