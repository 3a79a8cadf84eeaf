// @ts-nocheck
// 4.3 / 13: when the control plane is silent, the client's line reads "no response — the
// request probably did not go through; reissue it" (outcome field still "unknown"). The
// operator is told, in words, to assume non-execution and re-issue: a guess.
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class C extends Client {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      display: (o: any) => {
        if (o.kind === 'outcome' && o.source === 'no-response') {
          probe('cl-timeout-text-guess', o.requestId);
          return port.display({ ...o, text: 'no response — the request probably did not go through; reissue it' });
        }
        port.display(o);
      },
    }), config);
  }
}
export default sut('cl-timeout-text-guess', { createClient: (p, c) => new C(p, c) });
