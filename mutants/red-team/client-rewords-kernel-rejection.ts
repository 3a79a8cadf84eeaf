// MUTANT (red-team b) — spec 7.1 "The rejection MUST be surfaced verbatim".
//
// The bug (client): a "friendlier" terminal. When an answer carries a kernel rejection, the client
// shows a reworded message — "Kernel refused: no such collection — collection "x" does not exist"
// — built from a humanised code and the explanation, instead of the text it received. The
// rejection object itself is passed through untouched, so only what the operator reads changes.
//
// Reachable without any fault: every kernel rejection shown to an operator (a create of an
// existing collection, a drop of a missing index...) is displayed reworded. Validation rejections
// are left alone.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { Message } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { Client } from './b-lib/client.ts';

export const info = {
  clause: '7.1',
  sentence: 'The rejection MUST be surfaced verbatim',
  failurePathOnly: false,
  description:
    'the client displays kernel rejections reworded ("Kernel refused: <humanised code> — <text>") instead of the text it received',
};

function humanise(code: string): string {
  return code.toLowerCase().replace(/_/g, ' ');
}

class FriendlyClient extends Client {
  override onMessage(from: Address, message: Message): void {
    if (message.kind === 'answer' && message.rejection !== null && message.source !== 'validation') {
      super.onMessage(from, {
        ...message,
        text: `Kernel refused: ${humanise(message.rejection.code)} — ${message.rejection.text}`,
      });
      return;
    }
    super.onMessage(from, message);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/client-rewords-kernel-rejection',
  createClient: (port, config) => new FriendlyClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
