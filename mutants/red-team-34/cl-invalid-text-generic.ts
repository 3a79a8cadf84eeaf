// @ts-nocheck
// 8.1: the client shows a validation rejection as "invalid request (INVALID_REQUEST)" and not
// its explanation, which only rides along in the rejection object of the display.
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class C extends Client {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      display: (o: any) => {
        if (o.kind === 'outcome' && o.rejection !== null && o.source === 'validation') {
          probe('cl-invalid-text-generic', o.requestId);
          return port.display({ ...o, text: `invalid request (${o.rejection.code})` });
        }
        port.display(o);
      },
    }), config);
  }
}
export default sut('cl-invalid-text-generic', { createClient: (p, c) => new C(p, c) });
