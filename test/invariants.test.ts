// The oracles are evaluated: on the reference, every invariant performs checks and holds,
// and each invariant's check count equals an independent count, from the trace, of the
// events it applies to (so an oracle that silently stops looking is caught).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpRewordsRejection } from '../mutants/control-plane.ts';
import { INVARIANTS } from '../sim/invariants/index.ts';
import type { WorldObserver } from '../sim/observer.ts';
import type { DurableRecord, Message, OperatorCommand, Display } from '../src/protocol.ts';
import { Ev, type Process, type World } from '../sim/world.ts';
import { KERNEL, CONTROL_PLANE, run, scenarioFrom, testSeeds } from './kit.ts';

/** Counts, from the world's events alone, what each invariant should have checked. */
class EventCounter implements WorldObserver {
  readonly expected: Record<string, number> = {};
  private readonly sent = new Map<number, { message: Message; source: number }>();
  private decided = new Set<string>();
  private readonly auditedUnknown = new Set<string>();
  private readonly inFlightAtCrash = new Set<string>();
  private readonly dispatchedBy = new Map<string, Set<number>>();
  private readonly answeredBy = new Map<string, Set<number>>();
  private readonly invalidOps: Set<unknown>;
  private readonly invalidIds = new Set<string>();
  private readonly submittedOp = new Map<string, unknown>();
  private readonly abandonedIds = new Set<string>();
  private handlingSubmit: { event: unknown; sent: boolean } | null = null;

  constructor(invalidOps: Set<unknown>) {
    this.invalidOps = invalidOps;
    for (const { id } of INVARIANTS) if (id !== 'determinism') this.expected[id] = 0;
  }

  private add(id: string, n = 1): void {
    this.expected[id] = (this.expected[id] ?? 0) + n;
  }

  onCommand(world: World, client: Process, command: OperatorCommand): void {
    if (command.kind === 'abandon') this.abandonedIds.add(command.requestId);
    if (command.kind !== 'submit') return;
    if (!client.up) this.add('client.crash-before-submit');
    else this.handlingSubmit = { event: world.currentEvent, sent: false };
  }

  onDisplay(world: World, _client: Process, display: Display): void {
    if (display.kind === 'request-id') {
      const event = world.currentEvent;
      const command = event?.kind === Ev.command ? (event.payload as OperatorCommand) : null;
      if (command?.kind === 'submit' && command.intent === display.intent) {
        this.submittedOp.set(display.requestId, command.operation);
        if (this.invalidOps.has(command.operation)) this.invalidIds.add(display.requestId);
      }
    }
    if (display.kind === 'outcome' && display.outcome !== 'unknown') this.add('outcome.from-kernel');
    if (display.kind === 'outcome' && display.rejection !== null) this.add('reject.verbatim');
    if (display.kind === 'observed') this.add('observe.consistent');
  }

  private learning: { requestId: string; incarnation: number } | null = null;

  onDeliver(_world: World, id: number, source: number, _si: number, target: Process, message: Message): void {
    if (target.address === KERNEL && message.kind === 'dispatch' && this.decided.has(message.requestId)) this.add('exec.at-most-once');
    if (target.address === CONTROL_PLANE && message.kind === 'abandon') this.add('abandon.inert');
    this.learning = null;
    if (target.address === CONTROL_PLANE && source === KERNEL && ['decision', 'duplicate', 'query-answer'].includes(message.kind)) {
      // the newest synced audit record of the request says "unknown"
      let newest: string | null = null;
      for (let index = target.synced - 1; index >= 0 && newest === null; index--) {
        const record = target.records[index];
        if (record?.kind === 'AUDIT' && record.requestId === message.requestId) newest = record.outcome;
      }
      if (newest === 'unknown') this.learning = { requestId: message.requestId, incarnation: target.incarnation };
    }
    void id;
  }

  onHandled(_world: World, process: Process): void {
    if (this.learning !== null && process.address === CONTROL_PLANE && process.incarnation === this.learning.incarnation) this.add('audit.complete');
    this.learning = null;
  }

  onSend(world: World, id: number, cause: number, source: Process, target: Process, message: Message): void {
    this.sent.set(id, { message, source: source.address });
    if (source.role === 'client') {
      if (message.kind === 'submit') {
        this.add('client.crash-before-submit');
        this.add('no-retry');
        if (this.handlingSubmit !== null && this.handlingSubmit.event === world.currentEvent) this.handlingSubmit.sent = true;
      }
      if (message.kind === 'confirm') this.add('no-retry');
      if (message.kind === 'confirm' || message.kind === 'abandon') this.add('confirm.required');
      return;
    }
    if (source.address === KERNEL) {
      if (message.kind === 'state') {
        this.add('kernel.atomic');
        this.add('observe.consistent');
      }
      return;
    }
    // the control plane
    if (target.address === KERNEL) {
      this.add('cp.no-compensation');
      if (message.kind === 'dispatch') {
        this.add('cp.no-replay');
        this.add('no-retry');
        this.add('reject.verbatim');
        let by = this.dispatchedBy.get(message.requestId);
        if (by === undefined) this.dispatchedBy.set(message.requestId, (by = new Set()));
        by.add(source.incarnation);
      }
      return;
    }
    if (message.kind === 'challenge') this.add('invalid.rejected');
    if (message.kind !== 'answer') return;
    if (message.source === 'validation') this.add('invalid.rejected');
    const trigger = this.sent.get(cause);
    if (trigger?.message.kind === 'duplicate' && trigger.message.requestId === message.requestId) this.add('exec.at-most-once');
    const failure =
      ['validation', 'timeout', 'challenge-expired', 'kernel-duplicate'].includes(message.source) ||
      (message.source === 'kernel-decision' && message.outcome !== 'executed');
    const resolves = message.outcome !== 'unknown' && (this.auditedUnknown.has(message.requestId) || this.inFlightAtCrash.has(message.requestId));
    if (failure || resolves) this.add('audit.complete');
    let answered = this.answeredBy.get(message.requestId);
    if (answered === undefined) this.answeredBy.set(message.requestId, (answered = new Set()));
    answered.add(source.incarnation);
  }

  onAppend(_world: World, process: Process, record: DurableRecord): void {
    if (process.address === KERNEL && 'requestId' in record) this.decided.add(record.requestId);
    if (process.address === CONTROL_PLANE && record.kind === 'AUDIT' && record.outcome === 'unknown') this.auditedUnknown.add(record.requestId);
  }

  onCrash(world: World, process: Process): void {
    if (process.address === KERNEL) this.decided = new Set(process.records.map((r) => (r as { requestId: string }).requestId));
    if (process.address === CONTROL_PLANE) {
      for (const [requestId, by] of this.dispatchedBy) {
        if (by.has(process.incarnation) && !(this.answeredBy.get(requestId)?.has(process.incarnation) ?? false)) this.inFlightAtCrash.add(requestId);
      }
    }
    const handling = this.handlingSubmit;
    if (process.role === 'client' && handling !== null && handling.event === world.currentEvent && !handling.sent) this.add('client.crash-before-submit');
  }

  onStarted(_world: World, process: Process): void {
    if (process.address === KERNEL) this.add('kernel.atomic');
  }

  onQuiet(world: World): void {
    for (const operator of world.operators) this.add('liveness', operator.unresolved().length);
  }

  onEnd(world: World): void {
    if (world.quietAtMs < 0) this.add('liveness');
    const kernel = world.processes[KERNEL] as Process;
    if (kernel.up) this.add('kernel.atomic');
    const executed = new Set<string>();
    for (const record of kernel.records) {
      if (record.kind !== 'EXEC') continue;
      if (!executed.has(record.requestId)) {
        this.add('confirm.required');
        this.add('exec.at-most-once');
      }
      executed.add(record.requestId);
      if (this.submittedOp.has(record.requestId)) this.add('invalid.rejected');
    }
    this.add('invalid.rejected', this.invalidIds.size);
    this.add('abandon.inert', this.abandonedIds.size);
    for (const record of (world.processes[CONTROL_PLANE] as Process).records) if (record.kind === 'AUDIT') this.add('audit.complete');
  }
}

test('on the reference, every invariant performs checks and none is violated', () => {
  const totals: Record<string, number> = {};
  const seeds = testSeeds(60);
  for (const name of ['mixed', 'calm']) {
    const scenario = scenarioFrom(name);
    for (let seed = 1n; seed <= BigInt(seeds); seed++) {
      const result = run({ scenario, seed });
      assert.is(result.verdict.kind, 'pass', `${name} seed ${seed}: ${JSON.stringify(result.violations[0])}`);
      for (const [id, n] of Object.entries(result.checks)) totals[id] = (totals[id] ?? 0) + n;
    }
  }
  for (const { id } of INVARIANTS) {
    if (id === 'determinism') continue; // checked across isolates: see mutants.test.ts
    assert.ok((totals[id] ?? 0) > 0, `${id} performed ${totals[id] ?? 0} checks`);
  }
});

test('each invariant checks exactly the events it applies to, counted independently from the trace', () => {
  const scenario = scenarioFrom('mixed');
  const seeds = testSeeds(40);
  for (let seed = 1n; seed <= BigInt(seeds); seed++) {
    // the plan is drawn from the seed: run once to learn which operations are invalid
    const plan = run({ scenario, seed, check: false }).plan;
    const invalid = new Set<unknown>(plan.flat().filter((i) => i.kind === 'invalid').map((i) => i.operation));
    const counter = new EventCounter(invalid);
    const result = run({ scenario, seed, plan, observers: [counter] });
    for (const [id, expected] of Object.entries(counter.expected)) {
      assert.is(result.checks[id], expected, `seed ${seed}: ${id} performed ${result.checks[id]} checks; the trace has ${expected} events it applies to`);
    }
  }
});

test('a violation names the invariant, its clause, the step, the time, the request and the reason', () => {
  const failing = run({ scenario: scenarioFrom('calm'), seed: 1n, sut: cpRewordsRejection });
  assert.is(failing.verdict.kind, 'violation');
  const violation = failing.violations[0];
  assert.ok(violation !== undefined);
  assert.is(violation.invariant, 'reject.verbatim');
  assert.is(violation.clause, '7.1');
  assert.ok(violation.step > 0 && violation.timeMs > 0);
  assert.match(violation.subject, /^r\d+$/);
  assert.match(violation.explanation, /was shown .* the kernel said/);
});

test.run();
