// MUTANT client-abandon-after-confirm
// Violates spec 8.2 together with 4.3: after confirmation "The execution outcome MUST be
// determined from kernel state" / "The control plane MUST NOT guess" — an abandon is only
// possible mid-flow (before confirmation); this client lets the operator abandon a request
// it has already confirmed: it forwards the abandon to the control plane and tells the
// operator at once that the request was abandoned, "not executed", then hides the real answer.
// Shows only when: the operator abandons a request after confirming it and before its answer
// arrives (a slow kernel/control plane widens the window). The confirmed request normally still
// executes at the kernel, so the operator is told "not executed" for an executed action.
// (If the network lets the abandon overtake the confirm, the reference control plane drops the
// confirm instead: a confirmed request silently cancelled.)

import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, OperatorCommand } from '../../src/protocol.ts';

export const info = {
  clause: '8.2 / 4.3',
  sentence: 'The execution outcome MUST be determined from kernel state; the control plane MUST NOT guess (abandon applies only before confirmation).',
  needs: 'an operator abandon for a request already confirmed, before its answer is displayed',
};

class AbandonAfterConfirmClient implements ClientActor {
  private readonly inner: Client;
  /** confirmed request id → the token it was confirmed with, until an outcome is shown */
  private readonly confirmed = new Map<string, string>();
  private readonly abandoned = new Set<string>();

  constructor(
    private readonly port: Port,
    private readonly config: ClientConfig,
  ) {
    const self = this;
    const proxy: Port = {
      send(to, message) {
        port.send(to, message);
        if (message.kind === 'confirm') self.confirmed.set(message.requestId, message.token);
        if (message.kind === 'outcome-query') {
          self.confirmed.delete(message.requestId);
          self.abandoned.delete(message.requestId);
        }
      },
      setTimer: (d, n) => port.setTimer(d, n),
      cancelTimer: (id) => port.cancelTimer(id),
      now: () => port.now(),
      append: (r) => port.append(r),
      sync: () => port.sync(),
      records: () => port.records(),
      drawId: () => port.drawId(),
      display(output) {
        if (output.kind === 'outcome' && self.abandoned.has(output.requestId)) return; // already "settled"
        if (output.kind === 'outcome') self.confirmed.delete(output.requestId);
        port.display(output);
      },
    };
    this.inner = new Client(proxy, config);
  }

  onStart(): void {
    this.inner.onStart();
  }

  onOperator(command: OperatorCommand): void {
    if (command.kind === 'abandon') {
      const token = this.confirmed.get(command.requestId);
      if (token !== undefined) {
        this.confirmed.delete(command.requestId);
        this.port.send(this.config.controlPlane, { kind: 'abandon', requestId: command.requestId, token });
        this.abandoned.add(command.requestId);
        this.port.display({
          kind: 'outcome',
          requestId: command.requestId,
          outcome: 'not-executed',
          source: 'no-response',
          rejection: null,
          text: 'abandoned — not executed',
        });
        return;
      }
    }
    this.inner.onOperator(command);
  }

  onMessage(from: Address, message: Message): void {
    this.inner.onMessage(from, message);
  }

  onTimer(name: string): void {
    this.inner.onTimer(name);
  }
}

const sut: SystemUnderTest = {
  name: 'client-abandon-after-confirm',
  createClient: (port, config) => new AbandonAfterConfirmClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
