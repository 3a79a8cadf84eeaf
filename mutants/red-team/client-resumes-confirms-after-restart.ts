// MUTANT (red-team b) — spec 10 "No partial execution is completed".
//
// The bug (client): the client journals each confirm before sending it and marks it finished
// when an answer (or its own "no response") is displayed. On start it "resumes" every confirm the
// journal shows unfinished: it re-sends the confirm with the saved token and waits for the answer,
// so that a crash mid-flow does not lose the operator's confirmation.
//
// Reachable when: the client crashes after journaling a confirm and before showing its answer —
// before the confirm left (the operator's confirmation never reached anyone), or after it left but
// was lost. If the control plane still holds the challenge, the resent confirm is dispatched and
// the action executes: a confirmation flow the crash cut is completed after restart, with no
// operator re-issuing anything. (If the confirm had arrived, the control plane drops the copy.)
// With nothing failing, clients never restart and the journal is write-only.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { Message, OperatorCommand } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { Client } from './b-lib/client.ts';
import { journal, readJournal } from './b-lib/journal.ts';

export const info = {
  clause: '10',
  sentence: 'No partial execution is completed',
  failurePathOnly: true,
  description:
    'the client journals confirms and, after a client restart, re-sends every confirm that had not been answered, completing confirmation flows the crash interrupted',
};

class ResumingClient extends Client {
  override onStart(): void {
    super.onStart();
    const unfinished = new Map<string, string>();
    for (const entry of readJournal(this.port)) {
      const requestId = entry['requestId'] as string;
      if (entry.t === 'confirm') unfinished.set(requestId, entry['token'] as string);
      else if (entry.t === 'finished') unfinished.delete(requestId);
    }
    for (const [requestId, token] of unfinished) {
      this.port.send(this.config.controlPlane, { kind: 'confirm', requestId, token });
      this.requests.set(requestId, { phase: 'confirmed', token, timer: this.startTimer(requestId) });
    }
  }

  override onOperator(command: OperatorCommand): void {
    if (command.kind === 'confirm') {
      const request = this.requests.get(command.requestId);
      if (request !== undefined && request.phase === 'challenged') {
        journal(this.port, { t: 'confirm', requestId: command.requestId, token: request.token });
      }
    }
    super.onOperator(command);
  }

  override onMessage(from: Address, message: Message): void {
    const before = message.kind === 'answer' ? this.requests.get(message.requestId)?.phase : undefined;
    super.onMessage(from, message);
    if (message.kind === 'answer' && before === 'confirmed' && this.requests.get(message.requestId)?.phase === 'done') {
      journal(this.port, { t: 'finished', requestId: message.requestId });
    }
  }

  override onTimer(name: string): void {
    const before = this.requests.get(name)?.phase;
    super.onTimer(name);
    if (before === 'confirmed' && this.requests.get(name)?.phase === 'done') journal(this.port, { t: 'finished', requestId: name });
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/client-resumes-confirms-after-restart',
  createClient: (port, config) => new ResumingClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
