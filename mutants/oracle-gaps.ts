// Broken systems that every invariant once let through (issue 8, "What is wrong today"):
// each passed every run of every scenario before the oracles judged from the trace's
// causality instead of the system's own labels. Kept as regressions of those gaps.

import { Client } from '../src/client.ts';
import { ControlPlane } from '../src/control-plane.ts';
import type { Address, ClientConfig, ControlPlaneConfig, Port } from '../src/ports.ts';
import type { Message, OperatorCommand, Operation, StateView } from '../src/protocol.ts';
import { interceptPort, mutant, rewritingControlPlane } from './kit.ts';

/** Keeps every challenge it shows on disk, and after a restart still confirms it when the
 * operator says "confirm" — the operator saw it, after all. 4.2 says the action is
 * discarded. */
class ChallengeKeepingClient extends Client {
  private readonly kept = new Map<string, string>();
  constructor(
    private readonly disk: Port,
    private readonly settings: ClientConfig,
  ) {
    super(disk, settings);
  }

  override onStart(): void {
    for (const record of this.disk.records()) {
      if (record.kind !== 'INTENT') continue;
      const entry = JSON.parse(record.data) as { requestId: string; token: string };
      this.kept.set(entry.requestId, entry.token);
    }
  }

  override onMessage(from: Address, message: Message): void {
    if (message.kind === 'challenge') {
      this.disk.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId, token: message.token }) });
      this.disk.sync();
    }
    super.onMessage(from, message);
  }

  override onOperator(command: OperatorCommand): void {
    const token = command.kind === 'confirm' ? this.kept.get(command.requestId) : undefined;
    if (token !== undefined) {
      this.kept.delete((command as { requestId: string }).requestId);
      this.disk.send(this.settings.controlPlane, { kind: 'confirm', requestId: (command as { requestId: string }).requestId, token });
      return;
    }
    super.onOperator(command);
  }
}

export const clientConfirmsAfterRestart = mutant(
  'client-confirms-after-restart',
  { targets: 'confirm.required', failurePathOnly: true, description: 'after a restart the client still confirms a challenge its previous incarnation displayed' },
  { client: (port, config) => new ChallengeKeepingClient(port, config) },
);

/** Writes "confirmed" to disk before dispatching; a later incarnation finds work confirmed
 * but never dispatched and sends it along with the next genuine dispatch. */
class OrphanSweepingControlPlane extends ControlPlane {
  private readonly orphans = new Map<string, Operation>();
  constructor(
    private readonly disk: Port,
    private readonly settings: ControlPlaneConfig,
  ) {
    super(
      interceptPort(disk, {
        send: (to, message) => {
          if (message.kind === 'dispatch') {
            disk.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId, operation: message.operation }) });
            disk.sync();
            disk.send(to, message);
            disk.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId }) });
            for (const [requestId, operation] of this.orphans) disk.send(to, { kind: 'dispatch', requestId, operation });
            this.orphans.clear();
            return;
          }
          disk.send(to, message);
        },
      }),
      settings,
    );
  }

  override onStart(): void {
    super.onStart();
    for (const record of this.disk.records()) {
      if (record.kind !== 'INTENT') continue;
      const entry = JSON.parse(record.data) as { requestId: string; operation?: Operation };
      if (entry.operation !== undefined) this.orphans.set(entry.requestId, entry.operation);
      else this.orphans.delete(entry.requestId);
    }
  }
}

export const cpPiggybacksOrphans = mutant(
  'cp-piggybacks-orphans',
  { targets: 'cp.no-replay', failurePathOnly: true, description: 'handling a genuine confirm, the control plane also dispatches work a crashed incarnation had confirmed but not dispatched' },
  { controlPlane: (port, config) => new OrphanSweepingControlPlane(port, config) },
);

/** On a kernel timeout, asks the kernel itself instead of leaving it to the operator. */
export const cpQueriesOnTimeout = mutant(
  'cp-queries-on-timeout',
  { targets: 'cp.no-compensation', failurePathOnly: true, description: 'when the kernel is slow, the control plane sends a fenced query on its own initiative' },
  {
    controlPlane: (port, config) =>
      new (class extends ControlPlane {
        override onTimer(name: string): void {
          super.onTimer(name);
          port.send(config.kernel, { kind: 'fenced-query', requestId: name });
        }
      })(port, config),
  },
);

/** At restart, reconciles: a fenced query for every "unknown" its audit log holds. */
export const cpReconcilesAtRestart = mutant(
  'cp-reconciles-at-restart',
  { targets: 'cp.no-compensation', failurePathOnly: true, description: 'at restart the control plane sends a fenced query for every unknown outcome in its audit log' },
  {
    controlPlane: (port, config) =>
      new (class extends ControlPlane {
        override onStart(): void {
          super.onStart();
          const unknown = new Set<string>();
          for (const record of port.records()) {
            if (record.kind !== 'AUDIT') continue;
            if (record.outcome === 'unknown') unknown.add(record.requestId);
            else unknown.delete(record.requestId);
          }
          for (const requestId of unknown) port.send(config.kernel, { kind: 'fenced-query', requestId });
        }
      })(port, config),
  },
);

export const cpHidesRejection = mutant(
  'cp-hides-rejection',
  { targets: 'reject.verbatim', failurePathOnly: false, description: 'the control plane reports a kernel rejection as a bare "not executed"' },
  {
    controlPlane: rewritingControlPlane((_to, message) =>
      message.kind === 'answer' && message.rejection !== null && message.source !== 'validation' ? { ...message, rejection: null, text: 'not executed' } : message,
    ),
  },
);

export const cpUnauditedTimeouts = mutant(
  'cp-unaudited-timeouts',
  { targets: 'audit.complete', failurePathOnly: true, description: 'the control plane writes no audit record of kernel timeouts, and labels its "unknown" answers as kernel queries' },
  {
    controlPlane: rewritingControlPlane(
      (_to, message) => (message.kind === 'answer' && message.source === 'timeout' ? { ...message, source: 'kernel-query' } : message),
      (record) => !(record.kind === 'AUDIT' && record.failure === 'kernel-timeout'),
    ),
  },
);

export const cpUnexplainedInvalid = mutant(
  'cp-unexplained-invalid',
  { targets: 'invalid.rejected', failurePathOnly: false, description: 'the control plane rejects invalid requests without an explanation, labelled as a kernel decision' },
  {
    controlPlane: rewritingControlPlane((_to, message) =>
      message.kind === 'answer' && message.source === 'validation' ? { ...message, source: 'kernel-decision', rejection: null, text: 'rejected' } : message,
    ),
  },
);

/** Caches the last state the kernel sent, and answers observes from the cache. */
export const cpStaleObserve = mutant(
  'cp-stale-observe',
  { targets: 'observe.consistent', failurePathOnly: false, description: 'the control plane answers an observe with the state it cached from the previous one' },
  {
    controlPlane: (port, config) => {
      let cached: StateView | null = null;
      return new ControlPlane(
        interceptPort(port, {
          send: (to, message) => {
            if (message.kind === 'observed') {
              const fresh = message.state;
              const answer = cached ?? fresh;
              cached = fresh;
              port.send(to, { ...message, state: answer });
              return;
            }
            port.send(to, message);
          },
        }),
        config,
      );
    },
  },
);

export const cpEmptyObserve = mutant(
  'cp-empty-observe',
  { targets: 'observe.consistent', failurePathOnly: false, description: 'the control plane answers every observe at once with an empty state, without asking the kernel' },
  {
    controlPlane: (port, config) =>
      new (class extends ControlPlane {
        override onMessage(from: Address, message: Message): void {
          if (message.kind === 'observe') {
            port.send(from, { kind: 'observed', requestId: message.requestId, state: { collections: [], config: [], snapshots: [] } });
            return;
          }
          super.onMessage(from, message);
        }
      })(port, config),
  },
);

export const cpRejectsEverything = mutant(
  'cp-rejects-everything',
  { targets: 'liveness', failurePathOnly: false, description: 'the control plane rejects every request as invalid ("maintenance mode"): safe-looking, and broken' },
  {
    controlPlane: (port, config) =>
      new (class extends ControlPlane {
        override onMessage(from: Address, message: Message): void {
          if (message.kind === 'submit') {
            const rejection = { code: 'INVALID_REQUEST', text: 'the control plane is in maintenance mode' };
            port.append({ kind: 'AUDIT', failure: 'invalid-request', timeMs: port.now(), requestId: message.requestId, outcome: 'not-executed' });
            port.sync();
            port.send(from, { kind: 'answer', requestId: message.requestId, outcome: 'not-executed', source: 'validation', rejection, text: rejection.text });
            return;
          }
          super.onMessage(from, message);
        }
      })(port, config),
  },
);
