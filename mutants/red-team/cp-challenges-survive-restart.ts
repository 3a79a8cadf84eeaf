// MUTANT (red-team b) — spec 10 "No in-flight state is recovered".
//
// The bug: challenges are made durable "so a control-plane restart does not force operators to
// start over": each issued challenge (token, request id, operation) is journaled before it is
// sent, and marked used on confirm/abandon; on start the control plane reloads every unused
// challenge, so a confirm for a token issued by a crashed incarnation is dispatched.
//
// Reachable when: the control plane crashes (or restarts) between issuing a challenge and
// receiving its confirm — the operator confirms a challenge shown before the crash, or a confirm
// in flight at the crash is delivered to the next incarnation. The reference answers
// "challenge expired — outcome unknown" and nothing executes; this one executes an action whose
// confirmation flow was cut by the crash. With nothing failing, there is no restart and the
// journal is write-only.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { ClientMessage, Operation } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { ControlPlane } from './b-lib/control-plane.ts';
import { validate } from '../../src/validation.ts';
import { journal, readJournal } from './b-lib/journal.ts';

export const info = {
  clause: '10',
  sentence: 'No in-flight state is recovered',
  failurePathOnly: true,
  description:
    'issued challenges are journaled and reloaded on start, so a confirm for a challenge of a crashed incarnation is honoured and dispatched',
};

class DurableChallengeControlPlane extends ControlPlane {
  override onStart(): void {
    super.onStart();
    const open = new Map<string, { requestId: string; operation: Operation }>();
    for (const entry of readJournal(this.port)) {
      const token = entry['token'] as string;
      if (entry.t === 'challenge') {
        open.set(token, { requestId: entry['requestId'] as string, operation: entry['operation'] as Operation });
      } else if (entry.t === 'challenge-used') {
        open.delete(token);
      }
    }
    for (const [token, challenge] of open) {
      this.challenges.set(token, challenge);
      this.seen.add(challenge.requestId);
    }
  }

  protected override onClient(client: Address, message: ClientMessage): void {
    switch (message.kind) {
      case 'submit': {
        if (this.seen.has(message.requestId) || validate(message.operation) !== null) break; // as the reference
        this.seen.add(message.requestId);
        const token = this.port.drawId();
        journal(this.port, { t: 'challenge', token, requestId: message.requestId, operation: message.operation });
        this.challenges.set(token, { requestId: message.requestId, operation: message.operation });
        this.port.send(client, { kind: 'challenge', requestId: message.requestId, token, operation: message.operation });
        return;
      }
      case 'confirm':
      case 'abandon': {
        const challenge = this.challenges.get(message.token);
        if (challenge !== undefined && challenge.requestId === message.requestId) {
          journal(this.port, { t: 'challenge-used', token: message.token });
        }
        break;
      }
      default:
        break;
    }
    super.onClient(client, message);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/cp-challenges-survive-restart',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new DurableChallengeControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
