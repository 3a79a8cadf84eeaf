// Violates 7.2 / 10 ("kernel durability" decides; recovery restores exactly what the log
// says, in its order). Change: at startup the kernel replays its log grouped by the
// collection (or snapshot / config key) each record touches — "per-collection replay" —
// in the order each group first appears, instead of in log order. Rename records are
// filed under their source collection.
// Shows: after a kernel restart, when records of different groups interleave in a way that
// matters: a snapshot taken before a drop/create of another collection, or a rename into a
// name that was used before (create b; drop b; create a; rename a->b; create-index b.x).
import { KernelState } from '../../src/kernel-state.ts';
import { reference } from '../../src/index.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

function groupOf(op: import('../../src/protocol.ts').Operation): string {
  switch (op.kind) {
    case 'create-collection': case 'drop-collection': case 'create-snapshot': return `c:${op.name}`;
    case 'rename-collection': return `c:${op.from}`;
    case 'create-index': case 'drop-index': return `c:${op.collection}`;
    case 'set-config': return `k:${op.key}`;
  }
}

class MutantKernel implements KernelActor {
  private readonly state = new KernelState();
  private readonly decisions = new Map<string, Decision>();
  private starting = false;
  constructor(private readonly port: Port, private readonly config: KernelConfig) {}
  onStart(): void {
    this.starting = true;
    // MUTANT: group records by the object they touch, replay group by group
    const groups = new Map<string, KernelRecord[]>();
    for (const r of this.port.records()) {
      const record = r as KernelRecord;
      const key = record.kind === 'EXEC' ? groupOf(record.operation) : 'decisions';
      const group = groups.get(key);
      if (group === undefined) groups.set(key, [record]);
      else group.push(record);
    }
    for (const group of groups.values()) for (const record of group) this.replay(record);
    this.starting = false;
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
  onTimer(): void {}
  inspect(): StateView { return this.state.view(); }
  private decideDurably(record: KernelRecord): void {
    this.port.append(record);
    this.port.sync();
    this.replay(record);
  }
  private replay(record: KernelRecord): void {
    if (this.decisions.has(record.requestId)) return;
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

const sut: SystemUnderTest = {
  name: 'kernel-replay-grouped-by-collection',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new MutantKernel(port, config),
};
export default sut;
