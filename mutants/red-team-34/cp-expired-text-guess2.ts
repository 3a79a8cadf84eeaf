// @ts-nocheck
// (cp-expired-text-guess in other words) 4.3 / 5.x: a confirm for a challenge of a previous incarnation is answered with outcome
// "unknown" (as the protocol wants) but the text "challenge expired — not executed, please
// reissue": right unless a copy of the confirm reached the crashed incarnation first.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './lib/probe.ts';
import { sut } from './lib/sut.ts';
import { wrapPort } from './lib/wrap.ts';

class CP extends ControlPlane {
  constructor(port: any, config: any) {
    super(wrapPort(port, {
      send: (to: any, m: any) => {
        if (m.kind === 'answer' && m.source === 'challenge-expired') {
          probe('cp-expired-text-guess2', m.requestId);
          return port.send(to, { ...m, text: 'challenge expired — nothing was done; please reissue' });
        }
        port.send(to, m);
      },
    }), config);
  }
}
export default sut('cp-expired-text-guess2', { createControlPlane: (p, c) => new CP(p, c) });
