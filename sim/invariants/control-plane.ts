// Oracles of what the control plane sends: no replay of an earlier incarnation's work
// (5.1, 5.3, 10), no retries (6.1, 7.1, 10), nothing to the kernel but confirmed dispatches
// and queries (11), nothing at all for an abandoned request (8.2), and invalid requests
// rejected, never corrected (8.1).

import type { Message, Operation } from '../../src/protocol.ts';
import { CONTROL_PLANE, KERNEL, type Process, type World } from '../world.ts';
import { executedIn, type SentMessage } from './facts.ts';
import { Invariant } from './invariant.ts';
import { ordinal } from './client.ts';

export class CpNoReplay extends Invariant {
  readonly id = 'cp.no-replay';
  readonly clause = '5.1, 5.3, 10';

  onSend(world: World, _id: number, cause: number, source: Process, target: Process, message: Message): void {
    if (source.address !== CONTROL_PLANE || target.address !== KERNEL || message.kind !== 'dispatch') return;
    this.checks++;
    const requestId = message.requestId;
    const trigger = this.facts.message(cause);
    const by = `control-plane@${source.incarnation}`;
    if (trigger !== undefined && trigger.message.kind === 'confirm') {
      const token = this.facts.tokens.get(trigger.message.token);
      if (token === undefined) {
        this.violate(world, requestId, `${by} dispatched ${requestId} on a confirm whose token no control-plane incarnation issued`, [trigger.step]);
      } else if (token.incarnation !== source.incarnation) {
        this.violate(world, requestId, `${by} dispatched ${requestId} on a confirm of a challenge issued by control-plane@${token.incarnation}: work of an earlier incarnation replayed`, [token.step, trigger.step]);
      }
      return;
    }
    const facts = this.facts.requests.get(requestId);
    const earlier = facts?.tokens.map((token) => this.facts.tokens.get(token)).find((token) => token !== undefined && token.incarnation !== source.incarnation);
    if (earlier !== undefined) {
      this.violate(world, requestId, `${by} dispatched ${requestId}, not in answer to a confirm, although its challenge came from control-plane@${earlier.incarnation}: in-flight work replayed after a restart`, [earlier.step]);
    }
  }
}

export class NoRetry extends Invariant {
  readonly id = 'no-retry';
  readonly clause = '6.1, 7.1, 10';

  onSend(world: World, _id: number, _cause: number, source: Process, target: Process, message: Message): void {
    let count: number;
    let what: string;
    if (source.role === 'client' && message.kind === 'submit') {
      count = this.facts.request(message.requestId).submits;
      what = 'submit';
    } else if (source.role === 'client' && message.kind === 'confirm') {
      count = this.facts.request(message.requestId).confirms;
      what = 'confirm';
    } else if (source.address === CONTROL_PLANE && target.address === KERNEL && message.kind === 'dispatch') {
      const dispatches = this.facts.request(message.requestId).dispatches;
      count = dispatches.length;
      what = 'dispatch';
      this.checks++;
      if (count > 1) {
        this.violate(world, message.requestId, `control-plane@${source.incarnation} sent the ${ordinal(count)} dispatch of ${message.requestId} (a retry; the first was at step ${dispatches[0]?.step})`, dispatches.map((d) => d.step));
      }
      return;
    } else {
      return;
    }
    this.checks++;
    if (count > 1) {
      this.violate(world, message.requestId, `${source.name}@${source.incarnation} sent the ${ordinal(count)} ${what} of ${message.requestId} (a resend; the operator asked once)`);
    }
  }
}

export class CpNoCompensation extends Invariant {
  readonly id = 'cp.no-compensation';
  readonly clause = '11';

  onSend(world: World, _id: number, _cause: number, source: Process, target: Process, message: Message): void {
    if (source.address !== CONTROL_PLANE || target.address !== KERNEL) return;
    this.checks++;
    const by = `control-plane@${source.incarnation}`;
    if (message.kind === 'fenced-query' || message.kind === 'read') return;
    if (message.kind !== 'dispatch') {
      this.violate(world, message.requestId, `${by} sent the kernel a ${message.kind}: only confirmed dispatches and queries are allowed`);
      return;
    }
    const facts = this.facts.requests.get(message.requestId);
    if (facts === undefined || facts.confirmsDelivered.length === 0) {
      this.violate(world, message.requestId, `${by} sent the kernel ${message.operation.kind} as ${message.requestId}, which no operator confirmed (rollback, cleanup or reconciliation)`);
      return;
    }
    const challenged = facts.tokens.map((token) => this.facts.tokens.get(token)?.operation).find((operation) => operation !== undefined);
    if (challenged !== undefined && !sameOperation(challenged, message.operation)) {
      this.violate(world, message.requestId, `${by} dispatched ${message.requestId} with an operation other than the one confirmed`);
    }
  }
}

export class AbandonInert extends Invariant {
  readonly id = 'abandon.inert';
  readonly clause = '8.2';
  private readonly abandons: { id: number; requestId: string; step: number; timeMs: number }[] = [];
  /** message ids of abandons delivered to the control plane → what it sent the kernel then */
  private readonly caused = new Map<number, SentMessage[]>();

  onDeliver(world: World, id: number, _source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    if (target.address === CONTROL_PLANE && message.kind === 'abandon') {
      this.abandons.push({ id, requestId: message.requestId, step: world.steps, timeMs: world.time });
      this.caused.set(id, []);
    }
  }

  onSend(_world: World, id: number, cause: number, source: Process, target: Process): void {
    if (source.address !== CONTROL_PLANE || target.address !== KERNEL) return;
    const list = this.caused.get(cause);
    const sent = list !== undefined ? this.facts.message(id) : undefined;
    if (sent !== undefined) list?.push(sent);
  }

  onEnd(world: World): void {
    const executed = executedIn((world.processes[KERNEL] as Process).records);
    for (const abandon of this.abandons) {
      this.checks++;
      for (const sent of this.caused.get(abandon.id) ?? []) {
        this.violate(world, abandon.requestId, `in answer to the abandon of ${abandon.requestId}, the control plane sent the kernel ${sent.message.kind} ${sent.message.requestId}: abandonment triggers no cleanup`, [abandon.step, sent.step], abandon);
      }
    }
    for (const facts of this.facts.requests.values()) {
      if (!facts.abandoned) continue;
      this.checks++;
      const dispatch = facts.dispatches[0];
      if (dispatch !== undefined) {
        this.violate(world, facts.requestId, `${facts.requestId} was abandoned by its operator, yet dispatched at step ${dispatch.step}`, [dispatch.step], dispatch);
      } else if (executed.has(facts.requestId)) {
        this.violate(world, facts.requestId, `${facts.requestId} was abandoned by its operator, yet executed`);
      }
    }
  }
}

export class InvalidRejected extends Invariant {
  readonly id = 'invalid.rejected';
  readonly clause = '8.1';

  onSend(world: World, _id: number, _cause: number, source: Process, _target: Process, message: Message): void {
    if (source.address !== CONTROL_PLANE) return;
    if (message.kind === 'challenge') {
      this.checks++;
      const facts = this.facts.requests.get(message.requestId);
      if (facts === undefined || facts.operation === null) return;
      if (facts.invalid) {
        this.violate(world, message.requestId, `the control plane challenged invalid request ${message.requestId} instead of rejecting it`);
      } else if (!sameOperation(facts.operation, message.operation)) {
        this.violate(world, message.requestId, `the challenge for ${message.requestId} does not echo the submitted operation unchanged: submitted ${JSON.stringify(facts.operation)}, challenged ${JSON.stringify(message.operation)}`);
      }
    } else if (message.kind === 'answer' && message.source === 'validation') {
      this.checks++;
      if (message.rejection === null || message.rejection.text.trim() === '') {
        this.violate(world, message.requestId, `the validation rejection of ${message.requestId} carries no explanation`);
      }
    }
  }

  onEnd(world: World): void {
    const records = (world.processes[KERNEL] as Process).records;
    for (const record of records) {
      if (record.kind !== 'EXEC') continue;
      const facts = this.facts.requests.get(record.requestId);
      if (facts === undefined || facts.operation === null) continue;
      this.checks++;
      if (!sameOperation(facts.operation, record.operation)) {
        this.violate(world, record.requestId, `what executed as ${record.requestId} is not what the operator submitted: submitted ${JSON.stringify(facts.operation)}, executed ${JSON.stringify(record.operation)}`);
      }
    }
    const executed = executedIn(records);
    for (const facts of this.facts.requests.values()) {
      if (!facts.invalid) continue;
      this.checks++;
      if (executed.has(facts.requestId)) this.violate(world, facts.requestId, `invalid request ${facts.requestId} executed`);
    }
  }
}

/** Byte-identical operations: the same fields with the same values (key order aside). */
export function sameOperation(a: Operation, b: Operation): boolean {
  return a === b || canonicalJson(a) === canonicalJson(b);
}

function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (typeof value === 'object' && value !== null) {
    const entries = Object.entries(value as Record<string, unknown>).sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0));
    return `{${entries.map(([key, item]) => `${JSON.stringify(key)}:${canonicalJson(item)}`).join(',')}}`;
  }
  return JSON.stringify(value);
}
