// Broken kernels, all from one configurable kernel written apart from src/kernel.ts: each
// flaw switches off one of the kernel's guarantees.

import { KernelState } from '../src/kernel-state.ts';
import type { Address, KernelActor, Port } from '../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../src/protocol.ts';
import { mutant } from './kit.ts';

interface Flaws {
  /** execute every dispatch, decided before or not */
  readonly noDuplicateCheck?: boolean;
  /** reply at once, sync a little later (group commit) */
  readonly ackBeforeSync?: boolean;
  /** answer a fenced query without writing the fence */
  readonly unfencedQuery?: boolean;
  /** a rename to a taken name drops the source before it is rejected */
  readonly partialRename?: boolean;
  /** reply to dispatches after the group sync, but answer reads from memory at once */
  readonly observeUnsynced?: boolean;
}

const GROUP_COMMIT_MS = 15;

class FlawedKernel implements KernelActor {
  private state = new KernelState();
  private readonly decisions = new Map<string, Decision>();
  private readonly waiting: { to: Address; message: Message }[] = [];
  private syncTimer = 0;

  constructor(
    private readonly port: Port,
    private readonly flaws: Flaws,
  ) {}

  onStart(): void {
    for (const record of this.port.records()) this.apply(record as KernelRecord);
  }

  onMessage(from: Address, message: Message): void {
    const f = this.flaws;
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        if (first !== undefined && f.noDuplicateCheck !== true) {
          this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
          return;
        }
        if (f.partialRename === true && message.operation.kind === 'rename-collection' && this.state.collections.has(message.operation.to)) {
          this.state.collections.delete(message.operation.from); // the first effect, never undone
        }
        const rejection = this.state.decide(message.operation);
        const record: KernelRecord =
          rejection === null
            ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
            : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.port.append(record);
        const decision: Decision = rejection === null ? { kind: 'EXEC' } : { kind: 'REJECT', rejection };
        this.apply(record);
        const reply: Message = { kind: 'decision', requestId: message.requestId, decision };
        if (f.ackBeforeSync === true) {
          this.port.send(from, reply);
          this.syncLater();
        } else if (f.observeUnsynced === true) {
          this.waiting.push({ to: from, message: reply });
          this.syncLater();
        } else {
          this.port.sync();
          this.port.send(from, reply);
        }
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          first = { kind: 'FENCE' };
          if (f.unfencedQuery !== true) {
            this.port.append({ kind: 'FENCE', requestId: message.requestId });
            this.port.sync();
            this.decisions.set(message.requestId, first);
          }
        }
        this.port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
        return;
      }
      case 'read':
        this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.state.view() });
        return;
      default:
        return;
    }
  }

  onTimer(): void {
    this.syncTimer = 0;
    this.port.sync();
    for (const { to, message } of this.waiting.splice(0)) this.port.send(to, message);
  }

  inspect(): StateView {
    return this.state.view();
  }

  private syncLater(): void {
    if (this.syncTimer === 0) this.syncTimer = this.port.setTimer(GROUP_COMMIT_MS, 'group-commit');
  }

  private apply(record: KernelRecord): void {
    if (!this.decisions.has(record.requestId)) {
      this.decisions.set(record.requestId, record.kind === 'REJECT' ? { kind: 'REJECT', rejection: record.rejection } : { kind: record.kind });
    }
    if (record.kind === 'EXEC' && this.state.decide(record.operation) === null) this.state.apply(record.operation);
  }
}

function flawed(flaws: Flaws) {
  return (port: Port) => new FlawedKernel(port, flaws);
}

export const kernelNoDuplicateCheck = mutant(
  'kernel-no-duplicate-check',
  { targets: 'exec.at-most-once', failurePathOnly: true, description: 'the kernel executes every copy of a request it receives' },
  { kernel: flawed({ noDuplicateCheck: true }) },
);

export const kernelAckBeforeSync = mutant(
  'kernel-ack-before-sync',
  // not only on a failure path: an acknowledgement of an unsynced decision is a violation
  // when it is given (outcome.from-kernel checks replies against the synced log), crash or not
  { targets: 'outcome.from-kernel', failurePathOnly: false, description: 'the kernel acknowledges a decision before its log write is synced' },
  { kernel: flawed({ ackBeforeSync: true }) },
);

export const kernelUnfencedQuery = mutant(
  'kernel-unfenced-query',
  { targets: 'outcome.from-kernel', failurePathOnly: true, description: 'an outcome query answers "not executed" without fencing the request' },
  { kernel: flawed({ unfencedQuery: true }) },
);

export const kernelNonAtomic = mutant(
  'kernel-non-atomic',
  { targets: 'kernel.atomic', failurePathOnly: false, description: 'a rename to a taken name removes the source, then is rejected: a partial operation' },
  { kernel: flawed({ partialRename: true }) },
);

export const kernelObserveUnsynced = mutant(
  'kernel-observe-unsynced',
  { targets: 'observe.consistent', failurePathOnly: true, description: 'the kernel answers observes from state not yet synced' },
  { kernel: flawed({ observeUnsynced: true }) },
);
