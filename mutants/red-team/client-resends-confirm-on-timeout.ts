// MUTANT (red-team b) — spec 6.1 "Operator must reissue".
//
// The bug (client): when a confirmed request gets no answer within the response timeout, the
// client re-sends the same confirm (same request id, same token) once and waits again before
// telling the operator "no response — outcome unknown" — "the confirm was probably lost; the
// control plane ignores a confirm it already dispatched, so resending is safe".
//
// Reachable when: the confirm is lost or delayed in the network, or the answer is lost, or the
// control plane is down or partitioned long enough for the client to time out. If the first
// confirm never reached the control plane, the resent one is dispatched and executes: the action
// whose transmission failed is carried out without the operator reissuing it (the operator is
// only ever shown the final answer). With nothing failing, every confirm is answered in time and
// the resend never happens.

import type { SystemUnderTest } from '../../src/ports.ts';
import { reference } from '../../src/index.ts';
import { Client } from './b-lib/client.ts';

export const info = {
  clause: '6.1',
  sentence: 'Operator must reissue',
  failurePathOnly: true,
  description:
    'on a response timeout for a confirmed request the client silently re-sends the confirm once before reporting "no response", instead of leaving re-issuance to the operator',
};

class ResendingClient extends Client {
  private readonly resent = new Set<string>();

  override onTimer(name: string): void {
    const request = this.requests.get(name);
    if (request !== undefined && request.phase === 'confirmed' && !this.resent.has(name)) {
      this.resent.add(name);
      this.port.send(this.config.controlPlane, { kind: 'confirm', requestId: name, token: request.token });
      request.timer = this.startTimer(name);
      return;
    }
    super.onTimer(name);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/client-resends-confirm-on-timeout',
  createClient: (port, config) => new ResendingClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
