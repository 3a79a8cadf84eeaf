// The audit oracle (spec 9): every failure a live control-plane incarnation reports is
// audited — failure type, time, request id, outcome — by that incarnation and synced
// before the reply that reports it; an "unknown" gets a later record once a fenced query
// resolves it; work in flight at a crash is recorded when someone asks about it; and no
// audit outcome contradicts kernel truth at the end.

import type { AnswerSource, AuditRecord, DurableRecord, FailureType, Message } from '../../src/protocol.ts';

/** The failure type an answer reports, by where the answer comes from. */
const FAILURE_OF_SOURCE: Partial<Record<AnswerSource, FailureType>> = {
  validation: 'invalid-request',
  timeout: 'kernel-timeout',
  'challenge-expired': 'challenge-expired',
  'kernel-duplicate': 'duplicate-request',
};
import { CONTROL_PLANE, KERNEL, type Process, type World } from '../world.ts';
import { executedIn } from './facts.ts';
import { Invariant } from './invariant.ts';

export class AuditComplete extends Invariant {
  readonly id = 'audit.complete';
  readonly clause = '9';
  /** the incarnation that appended each record of the control plane's log */
  private readonly appendedBy: number[] = [];
  private readonly unknown = new Set<string>();
  private readonly inFlightAtCrash = new Set<string>();
  /** request id → incarnations that sent an answer about it */
  private readonly answered = new Map<string, Set<number>>();
  /** a kernel reply about a request whose audit log says "unknown", being handled */
  private learning: { requestId: string; incarnation: number; step: number } | null = null;

  onDeliver(world: World, _id: number, source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    this.learning = null;
    if (target.address !== CONTROL_PLANE || source !== KERNEL) return;
    if (message.kind !== 'decision' && message.kind !== 'duplicate' && message.kind !== 'query-answer') return;
    if (newestRecord(target, message.requestId, null)?.record.outcome !== 'unknown') return;
    this.learning = { requestId: message.requestId, incarnation: target.incarnation, step: world.steps };
  }

  /** The kernel told a live control plane the first decision about a request its audit
   * log left "unknown": by the end of that handler, a later record must state it. */
  onHandled(world: World, process: Process): void {
    const learning = this.learning;
    if (learning === null || process.address !== CONTROL_PLANE || process.incarnation !== learning.incarnation) return;
    this.learning = null;
    this.checks++;
    const newest = newestRecord(process, learning.requestId, null);
    if (newest === null || newest.record.outcome === 'unknown') {
      this.violate(world, learning.requestId, `control-plane@${process.incarnation} learned from the kernel how ${learning.requestId} ended, but its audit log still says "unknown" (no later record was synced)`);
    }
  }

  onAppend(_world: World, process: Process, record: DurableRecord): void {
    if (process.address !== CONTROL_PLANE) return;
    this.appendedBy.push(process.incarnation);
    if (record.kind === 'AUDIT' && record.outcome === 'unknown') this.unknown.add(record.requestId);
  }

  onCrash(_world: World, process: Process): void {
    if (process.address !== CONTROL_PLANE) return;
    this.appendedBy.length = process.records.length;
    for (const facts of this.facts.requests.values()) {
      const dispatched = facts.dispatches.some((dispatch) => dispatch.sourceIncarnation === process.incarnation);
      if (dispatched && !(this.answered.get(facts.requestId)?.has(process.incarnation) ?? false)) this.inFlightAtCrash.add(facts.requestId);
    }
  }

  onSend(world: World, _id: number, _cause: number, source: Process, _target: Process, message: Message): void {
    if (source.address !== CONTROL_PLANE || message.kind !== 'answer') return;
    const requestId = message.requestId;
    let answered = this.answered.get(requestId);
    if (answered === undefined) this.answered.set(requestId, (answered = new Set()));
    answered.add(source.incarnation);
    const failure = FAILURE_OF_SOURCE[message.source] ?? (message.source === 'kernel-decision' && message.outcome !== 'executed' ? 'kernel-rejection' : null);
    const resolves = message.outcome !== 'unknown' && (this.unknown.has(requestId) || this.inFlightAtCrash.has(requestId));
    if (failure === null && !resolves) return;
    this.checks++;
    const by = `control-plane@${source.incarnation}`;
    if (failure === null) {
      // a resolution: the request's newest synced record, whoever wrote it, must say so
      const newest = newestRecord(source, requestId, null);
      if (newest === null || newest.record.outcome !== message.outcome) {
        this.violate(world, requestId, `${by} told ${requestId} ${message.outcome}, resolving an earlier unknown, but the audit log's newest record of it says ${newest === null ? 'nothing' : `${newest.record.outcome} (${newest.record.failure})`}`);
      }
      return;
    }
    // a failure this incarnation reports: it must have audited it itself, synced
    const found = newestRecord(source, requestId, (index) => this.appendedBy[index] === source.incarnation)?.record ?? null;
    const what = `a ${failure} failure (${message.outcome})`;
    if (found === null) {
      this.violate(world, requestId, `${by} reported ${what} for ${requestId} without first syncing an audit record of it`);
    } else if (found.outcome !== message.outcome) {
      this.violate(world, requestId, `${by} told ${requestId} ${message.outcome} (${message.source}), but its audit record says ${found.outcome} (${found.failure})`);
    } else if (!resolves && found.failure !== failure) {
      this.violate(world, requestId, `${by} reported ${what} for ${requestId}, but audited it as ${found.failure}`);
    } else if (!wellFormed(found, world.time)) {
      this.violate(world, requestId, `the audit record of ${requestId} is incomplete: ${JSON.stringify(found)}`);
    }
  }

  onEnd(world: World): void {
    const executed = executedIn((world.processes[KERNEL] as Process).records);
    for (const record of (world.processes[CONTROL_PLANE] as Process).records) {
      if (record.kind !== 'AUDIT') continue;
      this.checks++;
      if (record.outcome === 'unknown') continue;
      const truth = executed.has(record.requestId) ? 'executed' : 'not-executed';
      if (record.outcome !== truth) {
        this.violate(world, record.requestId, `the audit log says ${record.requestId} ${record.outcome} (${record.failure}), but the kernel says ${truth}`);
      }
    }
  }
}

/** The newest synced audit record of a request (that passes `which`, if given). */
function newestRecord(process: Process, requestId: string, which: ((index: number) => boolean) | null): { record: AuditRecord; index: number } | null {
  for (let index = process.synced - 1; index >= 0; index--) {
    const record = process.records[index] as DurableRecord;
    if (record.kind === 'AUDIT' && record.requestId === requestId && (which === null || which(index))) return { record, index };
  }
  return null;
}

function wellFormed(record: AuditRecord, now: number): boolean {
  return typeof record.failure === 'string' && String(record.failure).length > 0 && typeof record.timeMs === 'number' && record.timeMs <= now;
}
