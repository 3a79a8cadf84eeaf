// @ts-nocheck
// 7.1 / 8.1: the client cuts outcome texts longer than 100 characters to 97 + "..." so they fit
// one terminal line. Only long explanations (long names, the config key list) are affected.
import { Client } from '../../src/client.ts';
import type { Address, Message } from '../../src/protocol.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';

class C extends Client {
  constructor(port: any, config: any) {
    super({ ...wrap(port) }, config);
  }
}
function wrap(port: any): any {
  return {
    send: (t: any, m: any) => port.send(t, m), setTimer: (d: any, n: any) => port.setTimer(d, n), cancelTimer: (i: any) => port.cancelTimer(i),
    now: () => port.now(), append: (r: any) => port.append(r), sync: () => port.sync(), records: () => port.records(), drawId: () => port.drawId(),
    display: (o: any) => {
      if (o.kind === 'outcome' && o.text.length > 100) {
        probe('cl-truncate-long-text', `${o.requestId} ${o.text.length}`);
        const text = `${o.text.slice(0, 97)}...`;
        return port.display({ ...o, text, rejection: o.rejection === null ? null : { code: o.rejection.code, text } });
      }
      return port.display(o);
    },
  };
}
export default sut('cl-truncate-long-text', { createClient: (p, c) => new C(p, c) });
