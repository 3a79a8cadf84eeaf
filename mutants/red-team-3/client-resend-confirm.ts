// MUTANT client-resend-confirm
// Violates spec 10: "No retries are attempted" (and 2: "Phase 7 never attempts to ... retry";
// 12: "No hidden retries"; 6.1 "Operator must reissue"). When the response timeout of a
// confirmed request fires, this client silently re-sends the confirm once (same request id,
// same token) and waits another timeout before telling the operator "outcome unknown".
// Shows only when: a confirmed request gets no answer within responseTimeoutMs (confirm or
// answer lost/delayed, slow kernel, control-plane crash). If the first confirm was lost the
// retry is what executes the request: an execution the operator never saw attempted twice.

import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, OperatorCommand } from '../../src/protocol.ts';

export const info = {
  clause: '10 (2, 6.1, 12)',
  sentence: 'No retries are attempted.',
  needs: 'a confirmed request with no answer within the client response timeout',
};

class RetryingClient implements ClientActor {
  private readonly inner: Client;
  /** confirmed request id → its token, while no outcome has been shown */
  private readonly confirmed = new Map<string, string>();
  private readonly retried = new Set<string>();

  constructor(
    private readonly port: Port,
    private readonly config: ClientConfig,
  ) {
    const self = this;
    const proxy: Port = {
      send(to, message) {
        port.send(to, message);
        if (message.kind === 'confirm') self.confirmed.set(message.requestId, message.token);
        if (message.kind === 'outcome-query') self.confirmed.delete(message.requestId);
      },
      setTimer: (d, n) => port.setTimer(d, n),
      cancelTimer: (id) => port.cancelTimer(id),
      now: () => port.now(),
      append: (r) => port.append(r),
      sync: () => port.sync(),
      records: () => port.records(),
      drawId: () => port.drawId(),
      display(output) {
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
    this.inner.onOperator(command);
  }

  onMessage(from: Address, message: Message): void {
    this.inner.onMessage(from, message);
  }

  onTimer(name: string): void {
    const token = this.confirmed.get(name);
    if (token !== undefined && !this.retried.has(name)) {
      // BUG: one quiet retry before admitting "unknown"
      this.retried.add(name);
      this.port.send(this.config.controlPlane, { kind: 'confirm', requestId: name, token });
      this.port.setTimer(this.config.responseTimeoutMs, name);
      return;
    }
    this.inner.onTimer(name);
  }
}

const sut: SystemUnderTest = {
  name: 'client-resend-confirm',
  createClient: (port, config) => new RetryingClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
