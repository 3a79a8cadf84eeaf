// Broken control planes: each keeps the reference's behaviour but for one rule.

import { ControlPlane } from '../src/control-plane.ts';
import type { Address, ControlPlaneConfig, Port } from '../src/ports.ts';
import type { Message, Operation } from '../src/protocol.ts';
import { interceptPort, inverseOf, mutant, rewritingControlPlane } from './kit.ts';

/** A reference control plane that remembers the operation of every challenge and dispatch
 * it sent, with the real port at hand. */
class RememberingControlPlane extends ControlPlane {
  readonly operations = new Map<string, Operation>();
  readonly dispatches = new Map<string, Message>();

  constructor(
    protected readonly realPort: Port,
    protected readonly settings: ControlPlaneConfig,
    intercept: (to: Address, message: Message) => void = () => {},
  ) {
    const operations = new Map<string, Operation>();
    const dispatched = new Map<string, Message>();
    super(
      interceptPort(realPort, {
        send: (to, message) => {
          intercept(to, message);
          if (message.kind === 'challenge') operations.set(message.requestId, message.operation);
          if (message.kind === 'dispatch') dispatched.set(message.requestId, message);
          realPort.send(to, message);
        },
      }),
      settings,
    );
    this.operations = operations;
    this.dispatches = dispatched;
  }
}

export const cpRetriesDispatch = mutant(
  'cp-retries-dispatch',
  { targets: 'no-retry', failurePathOnly: true, description: 'the control plane re-sends a dispatch once when the kernel is slow to reply' },
  {
    controlPlane: (port, config) =>
      new (class extends RememberingControlPlane {
        private readonly retried = new Set<string>();
        override onTimer(name: string): void {
          const dispatch = this.dispatches.get(name);
          if (dispatch !== undefined && !this.retried.has(name)) {
            this.retried.add(name);
            this.realPort.send(this.settings.kernel, dispatch);
            return;
          }
          super.onTimer(name);
        }
      })(port, config),
  },
);

export const cpGuessesOnTimeout = mutant(
  'cp-guesses-on-timeout',
  { targets: 'outcome.from-kernel', failurePathOnly: true, description: 'the control plane reports success when the kernel does not reply in time' },
  {
    controlPlane: rewritingControlPlane((_to, message) =>
      message.kind === 'answer' && message.source === 'timeout' ? { ...message, outcome: 'executed', text: 'executed' } : message,
    ),
  },
);

export const cpNotExecutedOnStaleConfirm = mutant(
  'cp-not-executed-on-stale-confirm',
  { targets: 'outcome.from-kernel', failurePathOnly: true, description: 'refusing a confirm of an earlier incarnation\'s challenge, the control plane says "not executed"' },
  {
    controlPlane: rewritingControlPlane((_to, message) =>
      message.kind === 'answer' && message.source === 'challenge-expired' ? { ...message, outcome: 'not-executed', text: 'not executed: challenge expired' } : message,
    ),
  },
);

/** Persists every dispatch; after a restart, dispatches again whatever got no answer. */
class ReplayingControlPlane extends ControlPlane {
  constructor(
    private readonly realPort: Port,
    private readonly settings: ControlPlaneConfig,
  ) {
    super(
      interceptPort(realPort, {
        send: (to, message) => {
          if (message.kind === 'dispatch') {
            realPort.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId, operation: message.operation }) });
            realPort.sync();
          } else if (message.kind === 'answer' && message.outcome !== 'unknown') {
            realPort.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId }) });
          }
          realPort.send(to, message);
        },
      }),
      settings,
    );
  }

  override onStart(): void {
    super.onStart();
    const pending = new Map<string, Operation>();
    for (const record of this.realPort.records()) {
      if (record.kind !== 'INTENT') continue;
      const entry = JSON.parse(record.data) as { requestId: string; operation?: Operation };
      if (entry.operation !== undefined) pending.set(entry.requestId, entry.operation);
      else pending.delete(entry.requestId);
    }
    for (const [requestId, operation] of pending) this.realPort.send(this.settings.kernel, { kind: 'dispatch', requestId, operation });
  }
}

export const cpReplaysAfterRestart = mutant(
  'cp-replays-after-restart',
  { targets: 'cp.no-replay', failurePathOnly: true, description: 'after a restart the control plane re-dispatches the requests that were in flight' },
  { controlPlane: (port, config) => new ReplayingControlPlane(port, config) },
);

/** Persists its challenges, and honours confirms of an earlier incarnation's challenges. */
class StaleConfirmControlPlane extends ControlPlane {
  private readonly earlier = new Map<string, { requestId: string; operation: Operation }>();
  constructor(
    private readonly realPort: Port,
    private readonly settings: ControlPlaneConfig,
  ) {
    super(
      interceptPort(realPort, {
        send: (to, message) => {
          if (message.kind === 'challenge') {
            realPort.append({ kind: 'INTENT', data: JSON.stringify({ token: message.token, requestId: message.requestId, operation: message.operation }) });
            realPort.sync();
          }
          realPort.send(to, message);
        },
      }),
      settings,
    );
  }

  override onStart(): void {
    super.onStart();
    for (const record of this.realPort.records()) {
      if (record.kind !== 'INTENT') continue;
      const entry = JSON.parse(record.data) as { token: string; requestId: string; operation: Operation };
      this.earlier.set(entry.token, entry);
    }
  }

  override onMessage(from: Address, message: Message): void {
    const challenge = message.kind === 'confirm' ? this.earlier.get(message.token) : undefined;
    if (challenge !== undefined) {
      this.earlier.delete((message as { token: string }).token);
      this.realPort.send(this.settings.kernel, { kind: 'dispatch', requestId: challenge.requestId, operation: challenge.operation });
      return;
    }
    super.onMessage(from, message);
  }
}

export const cpAcceptsStaleConfirm = mutant(
  'cp-accepts-stale-confirm',
  { targets: 'cp.no-replay', failurePathOnly: true, description: 'the control plane dispatches on a confirm of a challenge an earlier incarnation issued' },
  { controlPlane: (port, config) => new StaleConfirmControlPlane(port, config) },
);

export const cpDispatchWithoutConfirm = mutant(
  'cp-dispatch-without-confirm',
  { targets: 'confirm.required', failurePathOnly: false, description: 'the control plane dispatches a valid request at once instead of challenging it' },
  {
    controlPlane: (port, config) =>
      new ControlPlane(
        interceptPort(port, {
          send: (to, message) =>
            message.kind === 'challenge'
              ? port.send(config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: message.operation })
              : port.send(to, message),
        }),
        config,
      ),
  },
);

export const cpCleansUpAbandoned = mutant(
  'cp-cleans-up-abandoned',
  { targets: 'abandon.inert', failurePathOnly: false, description: 'when an operator abandons a request, the control plane sends the kernel a cleanup' },
  {
    controlPlane: (port, config) =>
      new (class extends RememberingControlPlane {
        override onMessage(from: Address, message: Message): void {
          super.onMessage(from, message);
          const operation = message.kind === 'abandon' ? this.operations.get(message.requestId) : undefined;
          if (operation !== undefined) {
            this.realPort.send(this.settings.kernel, { kind: 'dispatch', requestId: `${message.requestId}-cleanup`, operation: inverseOf(operation) });
          }
        }
      })(port, config),
  },
);

export const cpRollsBackOnTimeout = mutant(
  'cp-rolls-back-on-timeout',
  { targets: 'cp.no-compensation', failurePathOnly: true, description: 'when the kernel does not reply in time, the control plane sends it the inverse operation (a rollback)' },
  {
    controlPlane: (port, config) =>
      new (class extends RememberingControlPlane {
        private readonly rolledBack = new Set<string>();
        override onTimer(name: string): void {
          const dispatch = this.dispatches.get(name);
          if (dispatch !== undefined && dispatch.kind === 'dispatch' && !this.rolledBack.has(name)) {
            this.rolledBack.add(name);
            this.realPort.send(this.settings.kernel, { kind: 'dispatch', requestId: `${name}-rollback`, operation: inverseOf(dispatch.operation) });
          }
          super.onTimer(name);
        }
      })(port, config),
  },
);

export const cpRewordsRejection = mutant(
  'cp-rewords-rejection',
  { targets: 'reject.verbatim', failurePathOnly: false, description: 'the control plane rephrases the kernel\'s rejections' },
  {
    controlPlane: rewritingControlPlane((_to, message) =>
      message.kind === 'answer' && message.rejection !== null && message.source !== 'validation'
        ? { ...message, rejection: { code: message.rejection.code, text: `The kernel refused the request: ${message.rejection.text}` } }
        : message,
    ),
  },
);

export const cpDuplicateAsRejection = mutant(
  'cp-duplicate-as-rejection',
  { targets: 'exec.at-most-once', failurePathOnly: true, description: 'the control plane reports a DUPLICATE as a rejection instead of the first decision it names' },
  {
    controlPlane: (port, config) =>
      new (class extends ControlPlane {
        override onMessage(from: Address, message: Message): void {
          if (message.kind === 'duplicate') {
            const rejection = { code: 'DUPLICATE', text: `request ${message.requestId} was already received` };
            super.onMessage(from, { kind: 'decision', requestId: message.requestId, decision: { kind: 'REJECT', rejection } });
            return;
          }
          super.onMessage(from, message);
        }
      })(port, config),
  },
);

/** Normalises names the way a "helpful" UI would. */
function corrected(operation: Operation): Operation {
  const name = (value: string) => value.trim().toLowerCase();
  switch (operation.kind) {
    case 'create-collection':
      return { ...operation, name: name(operation.name), indexes: [...new Set(operation.indexes.map(name))] };
    case 'create-index':
    case 'drop-index':
      return { ...operation, collection: name(operation.collection), field: name(operation.field) };
    case 'set-config':
      return { ...operation, key: operation.key === 'max_conections' ? 'max_connections' : operation.key, value: operation.value.toLowerCase() };
    case 'rename-collection':
      return operation.from === operation.to ? { ...operation, to: `${operation.to}_2` } : operation;
    default:
      return operation;
  }
}

export const cpAutoCorrectsInvalid = mutant(
  'cp-auto-corrects-invalid',
  { targets: 'invalid.rejected', failurePathOnly: false, description: 'the control plane corrects invalid requests (trims, lower-cases, fixes typos) instead of rejecting them' },
  {
    controlPlane: (port, config) =>
      new (class extends ControlPlane {
        override onMessage(from: Address, message: Message): void {
          super.onMessage(from, message.kind === 'submit' ? { ...message, operation: corrected(message.operation) } : message);
        }
      })(port, config),
  },
);

export const cpSkipsAudit = mutant(
  'cp-skips-audit',
  { targets: 'audit.complete', failurePathOnly: true, description: 'the control plane writes no audit record when the kernel times out' },
  {
    controlPlane: rewritingControlPlane(
      (_to, message) => message,
      (record) => !(record.kind === 'AUDIT' && record.failure === 'kernel-timeout'),
    ),
  },
);

/** Module state: survives from one run to the next in the same process. */
let moduleTokens = 0;

export const cpModuleTokenCounter = mutant(
  'cp-module-token-counter',
  { targets: 'determinism', failurePathOnly: false, description: 'challenge tokens come from a module-level counter, which leaks from one run into the next' },
  {
    controlPlane: (port, config) => new ControlPlane(interceptPort(port, { drawId: () => `t${++moduleTokens}` }), config),
  },
);
