// MUTANT kernel-dedup-window-10s
// Clause 6.2 (Duplicate Requests): "Silent duplicate execution is forbidden."
// (and "Otherwise, the kernel MUST reject duplicates deterministically.")
//
// Bug: the kernel's duplicate detection for dispatches is a bounded cache: each EXEC/REJECT
// decision is remembered for duplicate detection for DEDUP_TTL_MS = 10 s of the kernel's own
// clock after it was made — a generous, conventional dedup window ("a duplicate is a network
// retransmission; ten seconds is orders of magnitude more than any network delay — older
// entries are compacted out, the full history stays on disk"). (The same bug as
// kernel-dedup-cache-ttl, whose window is 200 ms, with a realistic window.) Fences
// are kept forever (they are the outcome-query mechanism). A dispatch copy that arrives
// after its entry expired is taken for a new request: the kernel decides it again against
// the current state and writes a second decision for the same request id — a second EXEC
// (set-config, create-index after a drop, create-collection after a drop, ...) or a REJECT
// after an EXEC — and replies with a plain decision. On restart the log is replayed in
// order, every EXEC applied, so memory and disk agree. Whether a duplicate is rejected
// depends on how late it arrives.
//
// Shows only when: a copy of a dispatch reaches the kernel more than 10 s (kernel clock) after
// the first copy was decided, within the same kernel incarnation. The built-in scenarios
// never delay a message that long (delayMsMax ≤ 150 ms, scaled; the directed 3 s dispatch
// delay of cp-crash-during-dispatch is on a single copy); long-duplicates.json, in this
// folder, does.

import { reference } from '../../src/index.ts';
import { KernelState } from '../../src/kernel-state.ts';
import type { Address, KernelActor, KernelConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message, StateView } from '../../src/protocol.ts';

export const info = {
  clause: '6.2',
  sentence: 'Silent duplicate execution is forbidden.',
  needs: 'a dispatch copy arriving at the kernel more than 10 s (kernel clock) after the first copy was decided (scenario long-duplicates.json)',
};

const DEDUP_TTL_MS = 10_000;
const EXECUTED: Decision = { kind: 'EXEC' };
const FENCED: Decision = { kind: 'FENCE' };

class WindowDedupKernel implements KernelActor {
  private readonly state = new KernelState();
  /** request id → its latest decision (fenced queries are answered from here) */
  private readonly decisions = new Map<string, Decision>();
  /** request id → when (kernel clock) its dispatch was decided: the dedup cache */
  private readonly decidedAt = new Map<string, number>();

  constructor(
    private readonly port: Port,
    private readonly config: KernelConfig,
  ) {}

  onStart(): void {
    for (const record of this.port.records()) this.replay(record as KernelRecord);
    const now = this.port.now();
    for (const requestId of this.decisions.keys()) this.decidedAt.set(requestId, now);
  }

  onMessage(from: Address, message: Message): void {
    switch (message.kind) {
      case 'dispatch': {
        const first = this.decisions.get(message.requestId);
        if (first !== undefined && this.isRecent(message.requestId, first)) {
          this.port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
          return;
        }
        // BUG: an expired cache entry makes a late copy look like a new request
        const rejection = this.state.decide(message.operation);
        const record: KernelRecord =
          rejection === null
            ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
            : { kind: 'REJECT', requestId: message.requestId, rejection };
        const at = this.port.now();
        this.decideDurably(record);
        this.decidedAt.set(message.requestId, at);
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

  inspect(): StateView {
    return this.state.view();
  }

  private isRecent(requestId: string, first: Decision): boolean {
    if (first.kind === 'FENCE') return true; // fences never expire
    const at = this.decidedAt.get(requestId);
    return at !== undefined && this.port.now() - at <= DEDUP_TTL_MS;
  }

  private decideDurably(record: KernelRecord): void {
    this.port.append(record);
    this.port.sync();
    this.replay(record);
  }

  /** Every record applies in log order (a re-decided request id has several). */
  private replay(record: KernelRecord): void {
    const earlier = this.decisions.get(record.requestId);
    if (record.kind === 'FENCE') {
      if (earlier === undefined) this.decisions.set(record.requestId, FENCED);
      return;
    }
    if (earlier !== undefined && earlier.kind === 'FENCE') return; // a fence is final
    switch (record.kind) {
      case 'EXEC':
        this.state.apply(record.operation);
        this.decisions.set(record.requestId, EXECUTED);
        return;
      case 'REJECT':
        this.decisions.set(record.requestId, { kind: 'REJECT', rejection: record.rejection });
        return;
    }
  }
}

const sut: SystemUnderTest = {
  name: 'kernel-dedup-window-10s',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new WindowDedupKernel(port, config),
};
export default sut;
