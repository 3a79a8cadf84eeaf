// Broken clients.

import { Client } from '../src/client.ts';
import type { ClientConfig, Port } from '../src/ports.ts';
import type { OperatorCommand, Operation } from '../src/protocol.ts';
import { mutant, RememberingClient } from './kit.ts';

/** Resends its last submit or confirm when the control plane is slow to answer. */
export const clientResendsOnTimeout = mutant(
  'client-resends-on-timeout',
  { targets: 'no-retry', failurePathOnly: true, description: 'the client resends a submit or confirm once when no answer comes in time' },
  {
    client: (port, config) =>
      new (class extends RememberingClient {
        private readonly resent = new Set<string>();
        override onTimer(name: string): void {
          const last = this.sent.get(name);
          if (last !== undefined && (last.kind === 'submit' || last.kind === 'confirm') && !this.resent.has(name)) {
            this.resent.add(name);
            this.realPort.send(this.clientConfig.controlPlane, last);
            return;
          }
          super.onTimer(name);
        }
      })(port, config),
  },
);

/** Persists each intent before submitting it, and submits what it finds after a restart. */
class PersistingClient extends Client {
  constructor(
    private readonly disk: Port,
    config: ClientConfig,
  ) {
    super(disk, config);
  }

  override onStart(): void {
    const pending = new Map<number, Operation>();
    for (const record of this.disk.records()) {
      if (record.kind !== 'INTENT') continue;
      const entry = JSON.parse(record.data) as { intent: number; operation?: Operation };
      if (entry.operation !== undefined) pending.set(entry.intent, entry.operation);
      else pending.delete(entry.intent);
    }
    for (const [intent, operation] of pending) this.submit({ kind: 'submit', intent, operation });
  }

  override onOperator(command: OperatorCommand): void {
    if (command.kind !== 'submit') {
      super.onOperator(command);
      return;
    }
    this.disk.append({ kind: 'INTENT', data: JSON.stringify({ intent: command.intent, operation: command.operation }) });
    this.disk.sync();
    this.submit(command);
  }

  private submit(command: OperatorCommand & { kind: 'submit' }): void {
    super.onOperator(command);
    this.disk.append({ kind: 'INTENT', data: JSON.stringify({ intent: command.intent }) });
    this.disk.sync();
  }
}

export const clientPersistsIntents = mutant(
  'client-persists-intents',
  { targets: 'client.crash-before-submit', failurePathOnly: true, description: 'the client persists intents and submits them by itself after a restart' },
  { client: (port, config) => new PersistingClient(port, config) },
);

/** Ignores the operator's "what happened to R?". */
export const clientNeverAsks = mutant(
  'client-never-asks',
  { targets: 'liveness', failurePathOnly: true, description: 'the client never sends the operator\'s outcome queries' },
  {
    client: (port, config) =>
      new (class extends Client {
        override onOperator(command: OperatorCommand): void {
          if (command.kind !== 'ask-outcome') super.onOperator(command);
        }
      })(port, config),
  },
);
