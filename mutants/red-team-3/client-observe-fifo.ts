// MUTANT client-observe-fifo
// Violates spec 4.3 (and 10, "Recovery means restart and resume observation only"):
// "The execution outcome MUST be determined from kernel state" — the client matches
// 'observed' replies to its pending observes in the order it sent them (first reply → oldest
// observe) instead of by request id. When replies overtake each other, the operator is
// shown, for the newer observe, the state of the older read: an older observe answer after a
// newer one, i.e. a state the kernel no longer held when the newer question was asked.
// Shows only when: one client has two observes in flight at once, the network delivers their
// replies in the opposite order, and a mutation executed at the kernel between the two reads.

import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import type { Address, ClientActor, ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, OperatorCommand } from '../../src/protocol.ts';

export const info = {
  clause: '4.3 / 10',
  sentence: 'The execution outcome MUST be determined from kernel state (observe answers must be the kernel state asked about, in order).',
  needs: 'two concurrent observes at one client, replies reordered by the network, and a mutation executed between the two kernel reads',
};

class FifoObserveClient implements ClientActor {
  private readonly inner: Client;
  /** observe request ids in the order they were sent, still unanswered */
  private readonly pending: string[] = [];
  /** observe request ids whose reply has not arrived */
  private readonly outstanding = new Set<string>();

  constructor(port: Port, config: ClientConfig) {
    const self = this;
    const proxy: Port = {
      send(to, message) {
        port.send(to, message);
        if (message.kind === 'observe') {
          self.pending.push(message.requestId);
          self.outstanding.add(message.requestId);
        }
      },
      setTimer: (d, n) => port.setTimer(d, n),
      cancelTimer: (id) => port.cancelTimer(id),
      now: () => port.now(),
      append: (r) => port.append(r),
      sync: () => port.sync(),
      records: () => port.records(),
      drawId: () => port.drawId(),
      display: (o) => port.display(o),
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
    if (message.kind === 'observed' && this.outstanding.has(message.requestId) && this.pending.length > 0) {
      // "the first reply answers the first question"
      this.outstanding.delete(message.requestId);
      const oldest = this.pending.shift() as string;
      this.inner.onMessage(from, { ...message, requestId: oldest });
      return;
    }
    this.inner.onMessage(from, message);
  }

  onTimer(name: string, id: number): void {
    const index = this.pending.indexOf(name);
    if (index >= 0) this.pending.splice(index, 1);
    this.outstanding.delete(name);
    this.inner.onTimer(name);
    void id;
  }
}

const sut: SystemUnderTest = {
  name: 'client-observe-fifo',
  createClient: (port, config) => new FifoObserveClient(port, config),
  createControlPlane: reference.createControlPlane,
  createKernel: reference.createKernel,
};
export default sut;
