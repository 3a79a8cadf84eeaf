// @ts-nocheck
// 7.1: the client shows an *_EXISTS rejection as "OK — already exists (<kernel text>)": the
// kernel's text is there, but the line tells the operator it succeeded.
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class C extends Client {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      display: (o: any) => {
        if (o.kind === 'outcome' && o.rejection !== null && /_EXISTS$/.test(o.rejection.code)) {
          probe('cl-text-success-claim', `${o.requestId} ${o.rejection.code}`);
          return port.display({ ...o, text: `OK — already exists (${o.rejection.text})` });
        }
        port.display(o);
      },
    }), config);
  }
}
export default sut('cl-text-success-claim', { createClient: (p, c) => new C(p, c) });
