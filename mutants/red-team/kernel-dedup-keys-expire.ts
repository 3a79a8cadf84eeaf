// MUTANT (red-team b) — spec 6.2 "Otherwise, the kernel MUST reject duplicates deterministically".
//
// The bug (kernel): idempotency keys expire. A dispatch is recognised as a duplicate only if its
// request id was decided less than DEDUP_TTL_MS ago ("a duplicate can only be a retransmission
// racing the original; keys older than that are stale"); an older id is decided afresh — and,
// if the operation still applies, executed again. After a restart, ages count from the start.
//
// Reachable when: a copy of a dispatch arrives more than DEDUP_TTL_MS after the first was decided
// (a network duplicate delivered late, a long delay, a partition that heals, a replayed dispatch).
// Whether that copy is rejected as a duplicate or executed a second time then depends on timing
// alone; a set-config or create-snapshot executes twice. With nothing failing, no dispatch is
// ever seen twice: behaviour is the reference's.

import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { Decision, KernelRecord, Message } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { EXECUTED, FENCED, Kernel } from './b-lib/kernel.ts';

export const info = {
  clause: '6.2',
  sentence: 'Otherwise, the kernel MUST reject duplicates deterministically',
  failurePathOnly: true,
  description:
    'the kernel\'s duplicate detection has a time-to-live: a copy of a dispatch arriving more than 200 ms after the first decision is decided (and possibly executed) again',
};

const DEDUP_TTL_MS = 200;

class ExpiringDedupKernel extends Kernel {
  private readonly decidedAt = new Map<string, number>();

  override onStart(): void {
    super.onStart();
    const now = this.port.now();
    for (const requestId of this.decisions.keys()) this.decidedAt.set(requestId, now);
  }

  override onMessage(from: Address, message: Message): void {
    if (message.kind !== 'dispatch') {
      super.onMessage(from, message);
      return;
    }
    const first = this.decisions.get(message.requestId);
    const at = this.decidedAt.get(message.requestId);
    if (first !== undefined && (first.kind === 'FENCE' || at === undefined || this.port.now() - at <= DEDUP_TTL_MS)) {
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
  }

  protected override decideDurably(record: KernelRecord): void {
    super.decideDurably(record);
    this.decidedAt.set(record.requestId, this.port.now());
  }

  /** A key that expired may be decided again: the latest record for an id wins. */
  protected override replay(record: KernelRecord): void {
    let decision: Decision;
    switch (record.kind) {
      case 'EXEC':
        this.state.apply(record.operation);
        decision = EXECUTED;
        break;
      case 'REJECT':
        decision = { kind: 'REJECT', rejection: record.rejection };
        break;
      case 'FENCE':
        if (this.decisions.has(record.requestId)) return;
        decision = FENCED;
        break;
    }
    this.decisions.set(record.requestId, decision);
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/kernel-dedup-keys-expire',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new ExpiringDedupKernel(port, config),
};
export default sut;
