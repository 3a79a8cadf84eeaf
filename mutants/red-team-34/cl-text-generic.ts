// @ts-nocheck
// 7.1: the client shows kernel rejections as a generic line, "the kernel rejected the request
// (CODE)", keeping the kernel's rejection object attached to the display but not its text:
// the operator never reads the kernel's explanation.
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class C extends Client {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      display: (o: any) => {
        if (o.kind === 'outcome' && o.rejection !== null && o.source !== 'validation') {
          probe('cl-text-generic', `${o.requestId} ${o.source}`);
          return port.display({ ...o, text: `the kernel rejected the request (${o.rejection.code})` });
        }
        port.display(o);
      },
    }), config);
  }
}
export default sut('cl-text-generic', { createClient: (p, c) => new C(p, c) });
