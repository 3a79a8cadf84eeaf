// @ts-nocheck
// 12: the client shows an observed state with its collections re-sorted for the operator with
// localeCompare ("natural" order). The display then depends on the host's locale (ICU
// collation puts "_" before digits, Turkish folds i/ı differently...).
import { Client } from '../../src/client.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class C extends Client {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      display: (o: any) => {
        if (o.kind === 'observed') {
          const cols = [...o.state.collections].sort((a: any, b: any) => a.name.localeCompare(b.name));
          if (cols.some((c: any, i: number) => c !== o.state.collections[i])) probe('cl-observed-locale-sort', o.requestId);
          return port.display({ ...o, state: { ...o.state, collections: cols } });
        }
        port.display(o);
      },
    }), config);
  }
}
export default sut('cl-observed-locale-sort', { createClient: (p, c) => new C(p, c) });
