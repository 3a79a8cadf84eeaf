// @ts-nocheck
// 7.1 ("MUST NOT reinterpret"): for an idempotent-looking rejection (the collection already
// exists / the index is already there / already absent) the answer's text tells the operator
// the goal is met: 'nothing to do — already in place (kernel: collection "x" already
// exists)'. The rejection object and the outcome field are untouched and the kernel's text
// is quoted in full; the operator is nonetheless told, in words, that it worked.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

const IDEMPOTENT: Record<string, string> = {
  COLLECTION_EXISTS: 'nothing to do — already in place',
  INDEX_EXISTS: 'nothing to do — index already in place',
  NO_SUCH_INDEX: 'nothing to do — index already gone',
  SNAPSHOT_EXISTS: 'nothing to do — snapshot already taken',
};
class CP extends ControlPlane {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      send: (to: any, m: any) => {
        if (m.kind === 'answer' && m.rejection !== null && m.source !== 'validation' && IDEMPOTENT[m.rejection.code] !== undefined) {
          probe('cp-text-reinterpret', `${m.requestId} ${m.rejection.code}`);
          return port.send(to, { ...m, text: `${IDEMPOTENT[m.rejection.code]} (kernel: ${m.rejection.text})` });
        }
        port.send(to, m);
      },
    }), config);
  }
}
export default sut('cp-text-reinterpret', { createControlPlane: (p, c) => new CP(p, c) });
