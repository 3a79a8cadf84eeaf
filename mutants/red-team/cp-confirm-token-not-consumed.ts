// MUTANT (red-team b) — spec 6.2 "The control plane MUST detect duplicates where possible".
//
// The bug: on a valid confirm the control plane dispatches but forgets to delete the challenge
// token (one missing line), so every later copy of that confirm still matches a live challenge
// and is dispatched again. The reference consumes the token and drops a confirm for a request it
// already dispatched.
//
// Reachable when: the network duplicates a confirm (or a confirm is delivered late alongside a
// copy), while the control plane stays up. The second copy is forwarded as a second dispatch of
// the same request id; only the kernel's own duplicate rejection stops it executing twice — a
// duplicate the control plane had every means to detect. With nothing failing, each confirm
// arrives once: behaviour is the reference's.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';

export const info = {
  clause: '6.2',
  sentence: 'The control plane MUST detect duplicates where possible',
  failurePathOnly: true,
  description:
    'the challenge token is not consumed on confirm, so a duplicated confirm is dispatched to the kernel a second time instead of being dropped by the control plane',
};

class LeakyTokenControlPlane extends ControlPlane {
  protected override onClient(client: Address, message: ClientMessage): void {
    if (message.kind !== 'confirm') {
      super.onClient(client, message);
      return;
    }
    const challenge = this.challenges.get(message.token);
    if (challenge === undefined || challenge.requestId !== message.requestId) {
      super.onClient(client, message);
      return;
    }
    // (the reference deletes the token here)
    this.dispatched.add(message.requestId);
    this.wait(message.requestId, client);
    this.port.send(this.config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: challenge.operation });
    this.startKernelTimer(message.requestId);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-confirm-token-not-consumed',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new LeakyTokenControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
