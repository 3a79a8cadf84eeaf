// @ts-nocheck
// The AeroDB kernel: the authority on what executed. Every decision about a request id
// (EXEC, REJECT, FENCE) is appended to the durable log and synced before any reply that
// reports it; state is rebuilt from the log on start, so replies only ever speak of
// synced decisions. A request id is decided once: later copies get a DUPLICATE naming
// the first decision. A fenced query answers "did R execute?" and, if not, fences R so
// that a dispatch of R still in the network cannot execute afterwards.

import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

export class Kernel implements KernelActor {
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  /** the view published by the last read before a restart, served until this incarnation decides something */
  private warm: StateView | null = null;

  onStart(): void {
    for (const record of this.port.records()) {
      if (record.kind === 'INTENT') {
        if (record.data.startsWith('view:')) this.warm = JSON.parse(record.data.slice(5));
        continue;
      }
      this.replay(record as KernelRecord);
    }
  }

  onMessage(from: Address, message: Message): void {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        if (first !== undefined) {
          this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
          return;
        }
        const rejection = this.state.decide(message.operation);
        const record: KernelRecord =
          rejection === null
            ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
            : { kind: 'REJECT', requestId: message.requestId, rejection };
        this.decideDurably(record);
        const decision = this.decisions.get(message.requestId) ?? EXECUTED;
        this.port.send(from, { kind: 'decision', requestId: message.requestId, decision });
        return;
      }
      case 'fenced-query': {
        let first = this.decisions.get(message.requestId);
        if (first === undefined) {
          this.decideDurably({ kind: 'FENCE', requestId: message.requestId });
          first = FENCED;
        }
        this.port.send(from, {
          kind: 'query-answer',
          requestId: message.requestId,
          executed: first.kind === 'EXEC',
          first,
        });
        return;
      }
      case 'read': {
        if (this.warm !== null) {
          if (process.env.RT25_PROBE && JSON.stringify(this.warm) !== JSON.stringify(this.state.view())) process.stderr.write('PROBE warm-stale\n');
          this.port.send(from, { kind: 'state', requestId: message.requestId, state: this.warm });
          return;
        }
        const view = this.state.view();
        // publish the view: after a restart, reads are served from it at once (warm start)
        this.port.append({ kind: 'INTENT', data: 'view:' + JSON.stringify(view) });
        this.port.sync();
        this.port.send(from, { kind: 'state', requestId: message.requestId, state: view });
        return;
      }
      default:
        return; // not addressed to a kernel: ignored
    }
  }

  onTimer(): void {}

  inspect(): StateView {
    return this.state.view();
  }

  /** Append, sync, and only then change memory: a crash before the sync leaves memory
   * unchanged (it is discarded) and the record at the mercy of the disk. */
  private decideDurably(record: KernelRecord): void {
    this.warm = null;

    this.port.append(record);
    this.port.sync();
    this.replay(record);
  }

  private replay(record: KernelRecord): void {
    if (this.decisions.has(record.requestId)) return; // a log never holds two decisions for one id
    switch (record.kind) {
      case 'EXEC':
        this.state.apply(record.operation);
        this.decisions.set(record.requestId, EXECUTED);
        return;
      case 'REJECT':
        this.decisions.set(record.requestId, { kind: 'REJECT', rejection: record.rejection });
        return;
      case 'FENCE':
        this.decisions.set(record.requestId, FENCED);
        return;
    }
  }
}

export function createKernel(port: Port, config: KernelConfig): KernelActor {
  return new Kernel(port, config);
}

import { reference as __ref } from '../../src/index.ts';
export default { ...__ref, name: 'rt25 kernel-warm-start-read-view', createKernel };
