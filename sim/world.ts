// The simulated world: one thread, virtual time, one seed. It runs the kernel, the control
// plane and one client per operator (built by the system under test's factories), the
// operators, the network between them and each process's disk. Every event taken off the
// queue is a step; every effectful port call is a crash point (the crash comes before the
// effect and unwinds the handler); a process may also crash right after an event.
//
// Pinned semantics (DESIGN.md): a delivery to a process that is down is dropped; timers die
// with their incarnation; a partition drops messages, it does not hold them; a crash loses
// a suffix of the unsynced records (none unless the schedule says so).
//
// The world never throws for a broken system under test: errors, swallowed crashes,
// nondeterministic calls and exceeded bounds all end the run with a verdict.

import { seal } from './seal.ts';
import type { Actor, Address, ClientActor, KernelActor, Port, SystemUnderTest } from '../src/ports.ts';
import type { Display, DurableRecord, Message, OperatorCommand } from '../src/protocol.ts';
import { anchorKey, DecisionKind, type DecisionSource, type Fate, DEFAULT_FATE, isDefaultFate, plainFate, Witness } from './decisions.ts';
import { describeCommand, describeDisplay, describeMessage, describeRecord } from './describe.ts';
import { EventQueue } from './event-queue.ts';
import { GuardViolation, installGuard, removeGuard, unwinding } from './guard.ts';
import { Operator, type OperatorHost } from './operator.ts';
import { linkIndex, type ResolvedFaults, type Role, type Scenario } from './scenario.ts';
import { Trace } from './trace.ts';
import { type Happening, HAPPENINGS, type Trigger, type TriggerDo, TriggerEngine } from './triggers.ts';
import type { Verdict } from './verdict.ts';
import type { WorldObserver } from './observer.ts';
import type { Plan } from './workload.ts';

export const KERNEL: Address = 0;
export const CONTROL_PLANE: Address = 1;
export const FIRST_CLIENT: Address = 2;

/** Event kinds, as numbers (they are folded into the trace). */
export const Ev = { start: 1, deliver: 2, timer: 3, command: 4, wake: 6, quiet: 7 } as const;

/** Port calls, as numbers. */
export const Call = { send: 1, setTimer: 2, cancelTimer: 3, append: 4, sync: 5, drawId: 6, display: 7 } as const;
export const CALL_NAMES = ['', 'send', 'setTimer', 'cancelTimer', 'append', 'sync', 'drawId', 'display'];

const MESSAGE_CODES: Readonly<Record<string, number>> = {
  submit: 1, confirm: 2, abandon: 3, observe: 4, 'outcome-query': 5, challenge: 6, answer: 7, observed: 8,
  dispatch: 9, 'fenced-query': 10, read: 11, decision: 12, duplicate: 13, 'query-answer': 14, state: 15,
};

/** Thrown through a handler when its process crashes at a port call. Preallocated: a
 * stack capture per crash would cost ~7 µs. */
export const CRASH = Object.freeze({ crash: 'process crashed at a port call' });
/** Thrown through a handler when the run must end (a verdict was reached). */
export const ABORT = Object.freeze({ abort: 'the run ended with a verdict' });
unwinding(CRASH);
unwinding(ABORT);

interface Hooks {
  readonly start: WorldObserver[];
  readonly started: WorldObserver[];
  readonly send: WorldObserver[];
  readonly deliver: WorldObserver[];
  readonly drop: WorldObserver[];
  readonly command: WorldObserver[];
  readonly display: WorldObserver[];
  readonly append: WorldObserver[];
  readonly sync: WorldObserver[];
  readonly crash: WorldObserver[];
  readonly quiet: WorldObserver[];
  readonly end: WorldObserver[];
  readonly handled: WorldObserver[];
}

/** The observers per hook, in their order. Nearly every run has one observer (the oracles,
 * which listen to every hook): then every hook shares one list, and no closures (thirteen
 * filters, or thirteen lists grown by push, were ~6% of a tiny run's allocation). The lists
 * are never changed once made. */
function hooksOf(observers: readonly WorldObserver[]): Hooks {
  if (observers.length === 1) {
    const observer = observers[0] as WorldObserver;
    const all = [observer];
    const none: WorldObserver[] = [];
    return {
      start: observer.onStart !== undefined ? all : none,
      started: observer.onStarted !== undefined ? all : none,
      send: observer.onSend !== undefined ? all : none,
      deliver: observer.onDeliver !== undefined ? all : none,
      drop: observer.onDrop !== undefined ? all : none,
      command: observer.onCommand !== undefined ? all : none,
      display: observer.onDisplay !== undefined ? all : none,
      append: observer.onAppend !== undefined ? all : none,
      sync: observer.onSync !== undefined ? all : none,
      crash: observer.onCrash !== undefined ? all : none,
      quiet: observer.onQuiet !== undefined ? all : none,
      end: observer.onEnd !== undefined ? all : none,
      handled: observer.onHandled !== undefined ? all : none,
    };
  }
  const hooks: Hooks = { start: [], started: [], send: [], deliver: [], drop: [], command: [], display: [], append: [], sync: [], crash: [], quiet: [], end: [], handled: [] };
  for (const observer of observers) {
    if (observer.onStart !== undefined) hooks.start.push(observer);
    if (observer.onStarted !== undefined) hooks.started.push(observer);
    if (observer.onSend !== undefined) hooks.send.push(observer);
    if (observer.onDeliver !== undefined) hooks.deliver.push(observer);
    if (observer.onDrop !== undefined) hooks.drop.push(observer);
    if (observer.onCommand !== undefined) hooks.command.push(observer);
    if (observer.onDisplay !== undefined) hooks.display.push(observer);
    if (observer.onAppend !== undefined) hooks.append.push(observer);
    if (observer.onSync !== undefined) hooks.sync.push(observer);
    if (observer.onCrash !== undefined) hooks.crash.push(observer);
    if (observer.onQuiet !== undefined) hooks.quiet.push(observer);
    if (observer.onEnd !== undefined) hooks.end.push(observer);
    if (observer.onHandled !== undefined) hooks.handled.push(observer);
  }
  return hooks;
}

export class SimEvent {
  cancelled = false;
  constructor(
    readonly time: number,
    readonly seq: number,
    readonly kind: number,
    readonly target: number,
    /** timer: the incarnation that set it; deliver: the sender's incarnation */
    readonly incarnation: number,
    /** message id, timer id, or wake tag */
    readonly id: number,
    /** deliver: the sender's address */
    readonly source: number,
    readonly payload: unknown,
    /** timer name; for deliveries, "dup" marks the network's copy */
    readonly name: string,
  ) {}
}

/** A process's current down period: the decisions that caused it. */
interface Down {
  readonly crashKey: number;
  readonly restartKey: number;
  /** when the successor would have started after the shortest restart */
  readonly soonestMs: number;
}

/** A faulted message not yet delivered: where its fate is recorded and when it would have
 * arrived without a delay. */
interface FaultedSend {
  readonly key: number;
  readonly arrivalMs: number;
  readonly delayed: boolean;
  handled: boolean;
}

export interface CrashRecord {
  readonly address: number;
  readonly incarnation: number;
  /** events begun, effectful port calls made, messages sent, by that incarnation */
  readonly events: number;
  readonly calls: number;
  readonly sends: number;
}

/** How a directed crash goes: restart delay and unsynced records lost (else the defaults). */
export interface CrashOptions {
  readonly restartMs?: number | undefined;
  readonly lose?: number | 'all' | undefined;
}

const HAPPENING_OF_CALL: readonly (Happening | null)[] = [null, 'send', null, null, 'append', 'sync', null, 'display'];
/** "before <happening>" for a decision site, built once rather than on every event */
const BEFORE_SITE = Object.fromEntries(HAPPENINGS.map((happening) => [happening, `before ${happening}`])) as Readonly<Record<Happening, string>>;

export class Process {
  up = false;
  incarnation = 0;
  actor: Actor | null = null;
  port: SimPort | null = null;
  readonly records: DurableRecord[] = [];
  synced = 0;
  sendOrdinal = 0;
  callOrdinal = 0;
  eventOrdinal = 0;
  crashes = 0;
  /** a trigger asked for a crash right after the current port call (or, if null, handler) */
  crashPending: CrashOptions | null = null;
  /** whether the pending crash waits for the end of the handler rather than the next call */
  crashPendingAfterHandler = false;
  constructor(
    readonly address: Address,
    readonly role: Role,
    readonly roleIndex: number,
    readonly name: string,
  ) {}
}

class SimPort implements Port {
  dead = false;
  constructor(
    private readonly world: World,
    readonly process: Process,
    readonly incarnation: number,
  ) {}
  send(to: Address, message: Message): void {
    this.world.portSend(this, to, message);
  }
  setTimer(delayMs: number, name: string): number {
    return this.world.portSetTimer(this, delayMs, name);
  }
  cancelTimer(id: number): void {
    this.world.portCancelTimer(this, id);
  }
  now(): number {
    return this.world.clockOf(this.process);
  }
  append(record: DurableRecord): void {
    this.world.portAppend(this, record);
  }
  sync(): void {
    this.world.portSync(this);
  }
  records(): readonly DurableRecord[] {
    return this.process.records.slice();
  }
  drawId(): string {
    return this.world.portDrawId(this);
  }
  display(output: Display): void {
    this.world.portDisplay(this, output);
  }
}

export interface WorldOptions {
  readonly scenario: Scenario;
  readonly faults: ResolvedFaults;
  readonly sut: SystemUnderTest;
  readonly plan: Plan;
  readonly decisions: DecisionSource;
  readonly verbose: boolean;
  /** record what goes into the hash, field by field (a determinism check names the field) */
  readonly explain?: boolean;
  readonly observers: readonly WorldObserver[];
  /** directed faults (off in replays: the schedule holds what they did) */
  readonly triggers?: readonly Trigger[];
  /** per process address, its clock (absent: every clock is virtual time) */
  readonly clocks?: readonly Clock[];
}

/** A process's clock: `rate` ms of its own per virtual ms, ahead by `skewMs`. */
export interface Clock {
  readonly rate: number;
  readonly skewMs: number;
}

export class World implements OperatorHost {
  time = 0;
  steps = 0;
  /** events as benchmarks count them (issue 11): messages arriving, timers firing, operator
   * commands, crashes, starts and restarts; not operator alarms or the quiet phase */
  counted = 0;
  verdict: Verdict | null = null;
  faultsOn = true;
  quietAtMs = -1;
  readonly processes: Process[] = [];
  /** each crash, with how far the incarnation had got (for re-anchoring while shrinking) */
  readonly crashLog: CrashRecord[] = [];
  /** per decision key, what its faults changed (Witness bits) */
  readonly witnessed = new Map<number, number>();
  /** faulted (delayed or duplicated) messages in flight, by message id */
  private readonly faultedSends = new Map<number, FaultedSend>();
  /** per process: when it last handled an event (a delayed message arriving after that
   * arrived out of order), and why it is down */
  private readonly lastHandledMs: number[];
  private readonly down: (Down | null)[] = [];
  readonly operators: Operator[] = [];
  readonly trace: Trace;
  private readonly queue = new EventQueue<SimEvent>();
  private seq = 0;
  private messages = 0;
  private timers = 0;
  private ids = 0;
  private plansDone = 0;
  private current: Process | null = null;
  /** the message id whose delivery the current step handles (0 otherwise): causal parent */
  cause = 0;
  private readonly liveTimers = new Map<number, SimEvent>();
  /** each operator's pending alarm */
  private readonly alarms: (SimEvent | undefined)[] = [];
  /** per unordered pair of addresses: the link is down until this time */
  private readonly partitionUntil: number[];
  /** per ordered pair (from × n + to): that direction alone is down until this time */
  private readonly oneWayUntil: number[];
  /** observers per hook, so an event only calls those that listen to it */
  private readonly hooks: Hooks;
  /** the event whose handler runs now (null between events) */
  currentEvent: SimEvent | null = null;
  /** effectful port calls of the handler running now, and messages sent in this step */
  private handlerCalls = 0;
  private stepSends = 0;
  private readonly triggers: TriggerEngine | null;
  /** message faults a trigger asked for on the send being made */
  private forcedFate: Fate | null = null;
  /** what the environment is deciding about now, kept as parts (cheap to set on every
   * call) and joined only when a decision is recorded or replayed: its fingerprint */
  private siteWhat = '';
  private siteKind = '';
  private siteRequest = '';
  private siteProcess = '';
  private siteTarget = '';

  constructor(readonly options: WorldOptions) {
    const { scenario } = options;
    this.trace = new Trace(options.verbose, options.explain === true);
    this.hooks = hooksOf(options.observers);
    this.triggers = options.triggers !== undefined && options.triggers.length > 0 ? new TriggerEngine(options.triggers) : null;
    options.decisions.site = () =>
      `${this.siteWhat} ${this.siteKind}${this.siteRequest !== '' ? ` ${this.siteRequest}` : ''} by ${this.siteProcess}${this.siteTarget !== '' ? ` to ${this.siteTarget}` : ''}`;
    this.processes.push(new Process(KERNEL, 'kernel', 0, 'kernel'));
    this.processes.push(new Process(CONTROL_PLANE, 'control-plane', 1, 'control-plane'));
    for (let i = 0; i < scenario.workload.operators; i++) {
      this.processes.push(new Process(FIRST_CLIENT + i, 'client', 2, `client-${i}`));
    }
    // plain arrays, not Float64Arrays: a typed array costs ~1 µs to make (1.7% of a tiny run)
    // and these hold a few dozen numbers at most
    this.partitionUntil = new Array<number>(this.processes.length * this.processes.length).fill(0);
    this.lastHandledMs = new Array<number>(this.processes.length).fill(-1);
    this.oneWayUntil = new Array<number>(this.processes.length * this.processes.length).fill(0);
    options.plan.forEach((intents, index) => {
      this.operators.push(new Operator(index, intents, scenario.workload.patienceMs, this));
    });
  }

  get currentName(): string {
    return this.current === null ? 'harness' : `${this.current.name}@${this.current.incarnation}`;
  }

  /** Runs to the end (queue empty), a bound, or a verdict. Never throws for the system
   * under test's faults. */
  run(): Verdict | null {
    installGuard({
      actorName: () => this.currentName,
      stepIndex: () => this.steps,
      onViolation: (api) => this.setVerdict({ kind: 'determinism-violation', api, actor: this.currentName, step: this.steps }),
    });
    try {
      for (const process of this.processes) this.schedule(0, Ev.start, process.address, 0, 0, -1, null, '');
      for (const operator of this.operators) operator.start();
      this.loop();
    } finally {
      removeGuard();
    }
    for (const observer of this.hooks.end) observer.onEnd?.(this);
    return this.verdict;
  }

  private loop(): void {
    const { bounds } = this.options.scenario;
    while (this.verdict === null) {
      const event = this.queue.pop();
      if (event === undefined) return;
      if (event.kind === Ev.timer) {
        this.liveTimers.delete(event.id);
        const process = this.processes[event.target] as Process;
        if (event.cancelled || !process.up || process.incarnation !== event.incarnation) continue;
      } else if (event.cancelled) {
        continue; // a replaced operator alarm
      }
      if (event.time > bounds.timeMs) {
        this.setVerdict({ kind: 'bound-exceeded', bound: 'timeMs', limit: bounds.timeMs, step: this.steps });
        return;
      }
      if (this.steps >= bounds.events) {
        this.setVerdict({ kind: 'bound-exceeded', bound: 'events', limit: bounds.events, step: this.steps });
        return;
      }
      this.time = event.time;
      this.currentEvent = event;
      this.stepSends = 0;
      this.handle(event);
      this.currentEvent = null;
      this.trace.endStep();
      this.steps++;
      if (this.queue.length > bounds.queue) {
        this.setVerdict({ kind: 'bound-exceeded', bound: 'queue', limit: bounds.queue, step: this.steps });
      }
    }
  }

  private handle(event: SimEvent): void {
    const trace = this.trace;
    trace.word(event.kind);
    trace.word(this.time);
    trace.word(event.target);
    this.cause = 0;
    if (event.kind <= Ev.command) this.counted++;
    switch (event.kind) {
      case Ev.start:
        this.start(this.processes[event.target] as Process);
        return;
      case Ev.deliver:
        this.deliver(event);
        return;
      case Ev.timer: {
        const process = this.processes[event.target] as Process;
        trace.word(event.id);
        if (trace.lines !== null) this.line(`${this.label(process)} timer ${JSON.stringify(event.name)} fires`);
        if (this.crashedBeforeHandler(process, 'timer', '')) return;
        this.invoke(process, event);
        return;
      }
      case Ev.command:
        this.operatorCommand(event);
        return;
      case Ev.wake:
        trace.word(event.id);
        (this.operators[event.target] as Operator).onWake(event.id);
        return;
      case Ev.quiet:
        this.enterQuiet();
        return;
    }
  }

  private start(process: Process): void {
    this.down[process.address] = null;
    process.incarnation++; // the n-th incarnation of this process: (process, n) is unique
    process.up = true;
    process.sendOrdinal = 0;
    process.callOrdinal = 0;
    process.eventOrdinal = 0;
    const port = new SimPort(this, process, process.incarnation);
    process.port = port;
    this.trace.word(process.incarnation);
    if (this.trace.lines !== null) this.line(`${this.label(process)} starts (${process.records.length} durable records)`);
    const { sut, scenario } = this.options;
    this.current = process;
    try {
      if (process.role === 'kernel') process.actor = sut.createKernel(port, { controlPlane: CONTROL_PLANE });
      else if (process.role === 'control-plane') {
        process.actor = sut.createControlPlane(port, { kernel: KERNEL, kernelTimeoutMs: scenario.timeouts.kernelMs });
      } else {
        process.actor = sut.createClient(port, {
          controlPlane: CONTROL_PLANE,
          responseTimeoutMs: scenario.timeouts.clientResponseMs,
        });
      }
    } catch (error) {
      this.current = null;
      this.failed(process, error, 'constructor');
      return;
    }
    this.current = null;
    for (const observer of this.hooks.start) observer.onStart?.(this, process);
    this.invoke(process, null);
    if (process.up && process.port === port) for (const observer of this.hooks.started) observer.onStarted?.(this, process);
  }

  private deliver(event: SimEvent): void {
    const target = this.processes[event.target] as Process;
    const message = event.payload as Message;
    const trace = this.trace;
    trace.word(event.id);
    trace.word(event.name === 'dup' ? 1 : 0);
    let dropped: string | null = null;
    if (!target.up) dropped = 'target down';
    else if (this.linkDown(event.source, event.target)) dropped = 'partition';
    if (trace.lines !== null) {
      const from = this.processes[event.source] as Process;
      this.line(
        `${this.label(target)} ← ${from.name}@${event.incarnation} ${describeMessage(message)} (msg ${event.id})` +
          (event.name === 'dup' ? ' [DUPLICATE copy]' : '') +
          (dropped !== null ? ` [DROPPED: ${dropped}]` : ''),
      );
    }
    const faulted = this.faultedSends.size > 0 ? this.faultedSends.get(event.id) : undefined;
    if (dropped !== null) {
      if (dropped === 'target down') this.witnessDown(target);
      trace.word(dropped === 'partition' ? 2 : 3);
      for (const observer of this.hooks.drop) observer.onDrop?.(this, event.id, event.source, event.target, message, dropped);
      return;
    }
    if (this.crashedBeforeHandler(target, 'deliver', message.kind)) {
      trace.word(4);
      for (const observer of this.hooks.drop) observer.onDrop?.(this, event.id, event.source, event.target, message, 'crashed as it arrived');
      return;
    }
    if (faulted !== undefined) this.witnessArrival(faulted, event, target);
    this.cause = event.id;
    for (const observer of this.hooks.deliver) {
      observer.onDeliver?.(this, event.id, event.source, event.incarnation, target, message, event.name === 'dup');
    }
    this.invoke(target, event);
  }

  private operatorCommand(event: SimEvent): void {
    const client = this.processes[event.target] as Process;
    const command = event.payload as OperatorCommand;
    this.trace.value(command);
    if (this.trace.lines !== null) {
      this.line(`operator-${client.address - FIRST_CLIENT} → ${this.label(client)} ${describeCommand(command)}${client.up ? '' : ' [LOST: client down]'}`);
    }
    for (const observer of this.hooks.command) observer.onCommand?.(this, client, command);
    if (!client.up || this.crashedBeforeHandler(client, 'command', command.kind)) return;
    this.invoke(client, event);
  }

  /** A crash as an event arrives, before its handler runs: from a trigger, or the schedule
   * being replayed. The event is then lost, as if the process had been down. */
  private crashedBeforeHandler(process: Process, happening: Happening, kind: string): boolean {
    if (!this.faultsOn) return false;
    this.siteWhat = BEFORE_SITE[happening];
    this.siteKind = kind;
    this.siteRequest = '';
    this.siteProcess = process.name;
    this.siteTarget = '';
    const key = anchorKey(process.address, process.incarnation, DecisionKind.beforeEvent, process.eventOrdinal);
    let options: CrashOptions | null = this.options.decisions.crashBeforeEvent(key, process.roleIndex) ? {} : null;
    if (this.triggers !== null) {
      for (const action of this.triggers.match(happening, process.role, kind, null)) {
        if (action.fault !== 'crash') continue;
        if (action.when === 'before') {
          options = action;
          this.options.decisions.record(key, 1);
        } else {
          process.crashPending = action;
          process.crashPendingAfterHandler = true;
        }
      }
    }
    if (options === null) return false;
    this.crash(process, `as ${happening} ${kind} arrived, before handling it`, options, key, true);
    return true;
  }

  /** Runs one handler of a process; turns whatever it throws into a crash or a verdict. */
  private invoke(process: Process, event: SimEvent | null): void {
    const actor = process.actor;
    if (actor === null) return;
    const port = process.port;
    const ordinal = process.eventOrdinal++;
    this.current = process;
    this.handlerCalls = 0;
    this.lastHandledMs[process.address] = this.time;
    try {
      if (event === null) actor.onStart();
      else if (event.kind === Ev.deliver) actor.onMessage(event.source, event.payload as Message);
      else if (event.kind === Ev.timer) actor.onTimer(event.name, event.id);
      else (actor as ClientActor).onOperator(event.payload as OperatorCommand);
    } catch (error) {
      if (error !== CRASH && error !== ABORT && !(error instanceof GuardViolation)) this.failed(process, error, 'handler');
    } finally {
      this.current = null;
    }
    if (process.up && process.port === port && this.verdict === null) {
      for (const observer of this.hooks.handled) observer.onHandled?.(this, process);
    }
    if (this.verdict !== null || !this.faultsOn || !process.up || process.port !== port) return;
    this.siteWhat = 'after';
    this.siteKind = event === null ? 'start' : event.kind === Ev.deliver ? (event.payload as Message).kind : event.kind === Ev.timer ? 'timer' : (event.payload as OperatorCommand).kind;
    this.siteRequest = event !== null && event.kind === Ev.deliver ? (event.payload as Message).requestId : '';
    this.siteProcess = process.name;
    this.siteTarget = '';
    const key = anchorKey(process.address, process.incarnation, DecisionKind.eventCrash, ordinal);
    const pending = process.crashPending;
    if (pending !== null) {
      process.crashPending = null;
      this.options.decisions.record(key, 1);
      this.crash(process, 'right after its event (trigger)', pending, key, false);
    } else if (this.options.decisions.crashAfterEvent(key, process.roleIndex)) {
      this.crash(process, 'after its event', null, key, false);
    }
  }

  private failed(process: Process, error: unknown, where: string): void {
    const message = error instanceof Error ? `${error.name}: ${error.message}` : String(error);
    // an edit of something that crossed a port (sim/seal.ts) says so
    const sealed = error instanceof TypeError && /read[- ]only|not extensible|frozen|Cannot (add|delete) property/i.test(error.message);
    const why = sealed ? ' (it edited a message, record, display or command after it crossed a port: those are read-only, as what was sent or logged is evidence)' : '';
    this.setVerdict({ kind: 'sut-error', actor: `${process.name}@${process.incarnation}`, step: this.steps, message: `${where} threw ${message}${why}` });
  }

  setVerdict(verdict: Verdict): void {
    if (this.verdict === null) {
      this.verdict = verdict;
      this.trace.value(verdict);
    }
    if (this.trace.lines !== null) this.line(`VERDICT ${verdict.kind}`);
  }

  /** Every effectful port call passes here first: the crash point. `kind` and `to` describe
   * the call for triggers (a message or record kind, the receiver's role). */
  private effect(port: SimPort, call: number, kind = '', to: Role | null = null, request = ''): Process {
    const process = port.process;
    this.siteWhat = CALL_NAMES[call] as string;
    this.siteKind = kind;
    this.siteRequest = request;
    this.siteProcess = process.name;
    this.siteTarget = '';
    if (port.dead || this.verdict !== null) {
      if (this.verdict === null) {
        this.setVerdict({
          kind: 'sut-swallowed-crash',
          actor: `${process.name}@${port.incarnation}`,
          step: this.steps,
          call: CALL_NAMES[call] ?? '?',
        });
      }
      throw ABORT;
    }
    if (this.current !== process) {
      this.setVerdict({
        kind: 'sut-error',
        actor: `${process.name}@${port.incarnation}`,
        step: this.steps,
        message: `port.${CALL_NAMES[call]} called outside the process's own handler`,
      });
      throw ABORT;
    }
    const ordinal = process.callOrdinal++;
    if (++this.handlerCalls > this.options.scenario.bounds.portCallsPerHandler) {
      this.setVerdict({ kind: 'bound-exceeded', bound: 'portCallsPerHandler', limit: this.options.scenario.bounds.portCallsPerHandler, step: this.steps });
      throw ABORT;
    }
    if (this.faultsOn) {
      const key = anchorKey(process.address, process.incarnation, DecisionKind.portCrash, ordinal);
      const pending = process.crashPending;
      if (pending !== null && !process.crashPendingAfterHandler) {
        process.crashPending = null;
        this.options.decisions.record(key, 1);
        this.crash(process, `at ${CALL_NAMES[call]}, right after the triggering call`, pending, key, true);
        throw CRASH;
      }
      const happening = this.triggers !== null ? HAPPENING_OF_CALL[call] : null;
      if (happening !== null && happening !== undefined) {
        const forced = this.applyTriggers(process, happening, kind, to);
        if (forced !== null) {
          this.options.decisions.record(key, 1);
          this.crash(process, `at ${CALL_NAMES[call]} ${kind} (trigger)`, forced, key, true);
          throw CRASH;
        }
      }
      if (this.options.decisions.crashAtPortCall(key, process.roleIndex)) {
        this.crash(process, `at ${CALL_NAMES[call]}`, null, key, true);
        throw CRASH;
      }
    }
    return process;
  }

  /** Fires the triggers of a port call: returns the options of a crash before the call, if
   * one fired; remembers a crash after it, and message faults for portSend. */
  private applyTriggers(process: Process, happening: Happening, kind: string, to: Role | null): CrashOptions | null {
    const actions = (this.triggers as TriggerEngine).match(happening, process.role, kind, to);
    let before: CrashOptions | null = null;
    for (const action of actions) {
      if (action.fault === 'crash') {
        if (action.when === 'before') before = action;
        else if (process.crashPending === null) {
          process.crashPending = action;
          process.crashPendingAfterHandler = false;
        }
      } else if (happening === 'send') {
        this.forcedFate = withFault(this.forcedFate ?? { ...DEFAULT_FATE }, action);
      }
    }
    return before;
  }

  /** `key`: the decision that crashed it; `interrupted`: whether a handler or an arriving
   * event was cut short (else the crash came between two events). */
  crash(process: Process, cause: string, directed: CrashOptions | null, key: number, interrupted: boolean): void {
    const port = process.port as SimPort;
    port.dead = true;
    process.up = false;
    process.actor = null;
    process.crashes++;
    this.counted++;
    process.crashPending = null;
    this.crashLog.push({ address: process.address, incarnation: process.incarnation, events: process.eventOrdinal, calls: process.callOrdinal, sends: process.sendOrdinal });
    const unsynced = process.records.length - process.synced;
    let lost = 0;
    let restartMs = this.options.faults.restartMsMin;
    if (this.faultsOn) {
      const { decisions } = this.options;
      this.siteWhat = 'crash';
      this.siteKind = `with ${unsynced} unsynced`;
      this.siteRequest = '';
      this.siteProcess = process.name;
      this.siteTarget = '';
      const lossKey = anchorKey(process.address, process.incarnation, DecisionKind.diskLoss, 0);
      const restartKey = anchorKey(process.address, process.incarnation, DecisionKind.restart, 0);
      if (directed?.lose !== undefined) {
        lost = directed.lose === 'all' ? unsynced : Math.min(directed.lose, unsynced);
        if (lost > 0) decisions.record(lossKey, lost);
      } else {
        lost = decisions.diskLoss(lossKey, process.roleIndex, unsynced);
      }
      if (directed?.restartMs !== undefined) {
        restartMs = directed.restartMs;
        if (restartMs !== this.options.faults.restartMsMin) decisions.record(restartKey, restartMs);
      } else {
        restartMs = decisions.restartDelayMs(restartKey);
      }
    }
    const lostRecords = process.records.splice(process.records.length - lost, lost);
    process.synced = process.records.length;
    const timersKilled = this.timersOf(process);
    if (interrupted || timersKilled > 0 || lost > 0) this.witness(key, Witness.crash);
    const lossKey = anchorKey(process.address, process.incarnation, DecisionKind.diskLoss, 0);
    if (lost > 0) this.witness(lossKey, Witness.loss);
    this.down[process.address] = { crashKey: key, restartKey: anchorKey(process.address, process.incarnation, DecisionKind.restart, 0), soonestMs: this.time + this.options.faults.restartMsMin };
    this.trace.word(0x0c4a5400 + process.address);
    this.trace.word(lost);
    if (this.trace.lines !== null) {
      this.line(`  ✖ CRASH ${process.name}@${process.incarnation} ${cause}; ${unsynced} unsynced record(s), ${lost} lost${lost > 0 ? `: ${lostRecords.map(describeRecord).join('; ')}` : ''}; ${timersKilled} live timer(s) killed; restart in ${restartMs} ms`);
    }
    for (const observer of this.hooks.crash) observer.onCrash?.(this, process, cause, lostRecords, unsynced);
    this.schedule(this.time + restartMs, Ev.start, process.address, 0, 0, -1, null, '');
  }

  portSend(port: SimPort, to: Address, message: Message): void {
    this.forcedFate = null;
    const process = this.effect(port, Call.send, message.kind, this.processes[to]?.role ?? null, message.requestId);
    const target = this.processes[to];
    if (target === undefined) {
      this.setVerdict({ kind: 'sut-error', actor: this.currentName, step: this.steps, message: `send to unknown address ${to}` });
      throw ABORT;
    }
    if (++this.stepSends > this.options.scenario.bounds.messagesPerStep) {
      this.setVerdict({ kind: 'bound-exceeded', bound: 'messagesPerStep', limit: this.options.scenario.bounds.messagesPerStep, step: this.steps });
      throw ABORT;
    }
    const ordinal = process.sendOrdinal++;
    const id = ++this.messages;
    const trace = this.trace;
    trace.word(MESSAGE_CODES[message.kind] ?? 0);
    trace.word(id);
    // the whole payload: texts, states, tokens (a token from anywhere but the port shows up)
    trace.sealValue(message);
    let fate: Fate = DEFAULT_FATE;
    // the decision's key (a fate other than the default exists only while faults are on)
    let key = 0;
    if (this.faultsOn) {
      this.siteWhat = 'fate of';
      this.siteTarget = target.name;
      key = anchorKey(process.address, process.incarnation, DecisionKind.send, ordinal);
      fate = this.options.decisions.sendFate(key, linkIndex(process.roleIndex, target.roleIndex));
      const forced = this.forcedFate;
      if (forced !== null) {
        this.forcedFate = null;
        fate = mergeFates(fate, forced);
        if (!isDefaultFate(fate)) this.options.decisions.record(key, fate);
      }
    }
    if (fate.partitionMs > 0) {
      const link = fate.oneWay === true ? process.address * this.processes.length + to : this.pair(process.address, to);
      const until = fate.oneWay === true ? this.oneWayUntil : this.partitionUntil;
      until[link] = Math.max(until[link] ?? 0, this.time + fate.partitionMs);
    }
    const partitioned = this.linkDown(process.address, to);
    const copies = fate.duplicateDelayMs >= 0 ? (fate.copies ?? 1) : 0;
    const dropped = partitioned ? 'partition' : fate.drop ? 'dropped' : null;
    // (copies beyond one and one-way partitions add bits only when present: traces of runs
    // without them hash as before)
    trace.word((fate.drop ? 1 : 0) | (partitioned ? 2 : 0) | (copies > 0 ? 4 : 0) | (copies > 1 ? copies << 3 : 0) | (fate.oneWay === true ? 1024 : 0));
    trace.word(fate.delayMs);
    if (trace.lines !== null) {
      const marks = [
        fate.partitionMs > 0 ? `PARTITION ${process.name}${fate.oneWay === true ? '→' : '↔'}${target.name} for ${fate.partitionMs} ms` : '',
        dropped === 'partition' ? 'DROPPED: partition' : dropped !== null ? 'DROPPED' : '',
        dropped === null && fate.delayMs > 0 ? `DELAYED +${fate.delayMs} ms` : '',
        dropped === null && copies > 0 ? `DUPLICATED${copies > 1 ? ` ×${copies}` : ''} +${fate.duplicateDelayMs} ms` : '',
      ].filter((mark) => mark !== '');
      this.line(`  → send ${describeMessage(message)} to ${target.name} (msg ${id}${this.cause > 0 ? `, cause ${this.cause}` : ''})${marks.length > 0 ? ` [${marks.join('; ')}]` : ''}`);
    }
    for (const observer of this.hooks.send) observer.onSend?.(this, id, this.cause, process, target, message, dropped);
    if (!isDefaultFate(fate)) this.witnessSend(key, fate, partitioned, id);
    if (dropped !== null) return;
    const base = this.time + this.options.scenario.latencyMs;
    this.schedule(base + fate.delayMs, Ev.deliver, to, process.incarnation, id, process.address, message, '');
    for (let copy = 1; copy <= copies; copy++) {
      this.schedule(base + copy * fate.duplicateDelayMs, Ev.deliver, to, process.incarnation, id, process.address, message, 'dup');
    }
  }

  portSetTimer(port: SimPort, delayMs: number, name: string): number {
    const process = this.effect(port, Call.setTimer);
    const id = ++this.timers;
    // a delay on the process's own clock: a fast clock's timer fires early in virtual time
    const event = this.schedule(this.time + this.timerDelay(process.address, delayMs), Ev.timer, process.address, process.incarnation, id, -1, null, name);
    this.liveTimers.set(id, event);
    this.trace.word(id);
    return id;
  }

  portCancelTimer(port: SimPort, id: number): void {
    const process = this.effect(port, Call.cancelTimer);
    const event = this.liveTimers.get(id);
    if (event === undefined || event.target !== process.address) return;
    event.cancelled = true;
    this.liveTimers.delete(id);
    this.trace.word(-id);
  }

  portAppend(port: SimPort, record: DurableRecord): void {
    const process = this.effect(port, Call.append, record.kind, null, (record as { requestId?: string }).requestId ?? '');
    process.records.push(record);
    this.trace.word(0x0a99e0d0 + process.records.length);
    this.trace.sealValue(record);
    if (this.trace.lines !== null) this.line(`  ✎ append ${describeRecord(record)} (unsynced)`);
    for (const observer of this.hooks.append) observer.onAppend?.(this, process, record);
  }

  portSync(port: SimPort): void {
    const process = this.effect(port, Call.sync);
    const newly = process.records.length - process.synced;
    process.synced = process.records.length;
    this.trace.word(0x05e0c000 + process.synced);
    if (this.trace.lines !== null && newly > 0) this.line(`  ✔ sync ${newly} record(s)`);
    for (const observer of this.hooks.sync) observer.onSync?.(this, process);
  }

  portDrawId(port: SimPort): string {
    const process = this.effect(port, Call.drawId);
    const id = ++this.ids;
    this.trace.word(id);
    return `${process.role === 'client' ? 'r' : process.role === 'control-plane' ? 't' : 'k'}${id}`;
  }

  portDisplay(port: SimPort, display: Display): void {
    const process = this.effect(port, Call.display, display.kind, null, (display as { requestId?: string }).requestId ?? '');
    if (process.role !== 'client') return;
    this.trace.sealValue(display);
    for (const observer of this.hooks.display) observer.onDisplay?.(this, process, display);
    // the operator sees the screen at once; what it does about it comes later (think time)
    const operator = process.address - FIRST_CLIENT;
    if (this.trace.lines !== null) this.line(`  ⇒ operator-${operator} sees ${describeDisplay(display)}`);
    (this.operators[operator] as Operator).onDisplay(display);
  }

  // ---- OperatorHost -----------------------------------------------------------------
  command(operator: number, command: OperatorCommand): void {
    this.schedule(this.time + 1, Ev.command, FIRST_CLIENT + operator, 0, 0, -1, seal(command), '');
  }

  /** An operator keeps one alarm: a new one replaces the last (which is skipped, not
   * handled, when its time comes — an operator ignores stale alarms anyway). */
  wake(operator: number, delayMs: number, tag: number): void {
    const previous = this.alarms[operator];
    if (previous !== undefined) previous.cancelled = true;
    this.alarms[operator] = this.schedule(this.time + delayMs, Ev.wake, operator, 0, tag, -1, null, '');
  }

  planDone(): void {
    if (++this.plansDone === this.operators.length) this.schedule(this.time, Ev.quiet, 0, 0, 0, -1, null, '');
  }

  requestsSeen(): readonly (readonly string[])[] {
    return this.operators.map((operator) => operator.requestsSeen);
  }

  /** The quiet phase: no more faults or new work; crashed processes come back; partitions
   * heal; operators re-ask about every request still open. */
  private enterQuiet(): void {
    this.faultsOn = false;
    this.quietAtMs = this.time;
    this.partitionUntil.fill(0);
    this.oneWayUntil.fill(0);
    if (this.trace.lines !== null) this.line('— quiet phase: faults off, partitions healed, operators re-ask open requests —');
    for (const observer of this.hooks.quiet) observer.onQuiet?.(this);
    for (const operator of this.operators) operator.enterQuiet();
  }

  // ---- helpers ------------------------------------------------------------------------
  private schedule(
    time: number,
    kind: number,
    target: number,
    incarnation: number,
    id: number,
    source: number,
    payload: unknown,
    name: string,
  ): SimEvent {
    const event = new SimEvent(time, this.seq++, kind, target, incarnation, id, source, payload, name);
    this.queue.push(event);
    return event;
  }

  // ---- witnesses: what each fault changed ----------------------------------------------
  private witness(key: number, bit: number): void {
    this.witnessed.set(key, (this.witnessed.get(key) ?? 0) | bit);
  }

  /** A send whose fate is not the default: a drop removed the only copy (a dropped message
   * is never also copied), a partition dropped this message; a delay or a copy is judged
   * when the message arrives. */
  private witnessSend(key: number, fate: Fate, partitioned: boolean, id: number): void {
    if (fate.partitionMs > 0 && partitioned) this.witness(key, Witness.partition);
    if (fate.drop) {
      if (!partitioned) this.witness(key, Witness.drop);
      return;
    }
    if (partitioned) return;
    if (fate.delayMs > 0 || fate.duplicateDelayMs >= 0) {
      this.faultedSends.set(id, { key, arrivalMs: this.time + this.options.scenario.latencyMs, delayed: fate.delayMs > 0, handled: false });
    }
  }

  /** A faulted message reaches a process that is up: a copy after the original was handled,
   * or a delayed original after the receiver handled something later than it would have
   * arrived. */
  private witnessArrival(faulted: FaultedSend, event: SimEvent, target: Process): void {
    if (event.name === 'dup') {
      if (faulted.handled) this.witness(faulted.key, Witness.duplicate);
      return;
    }
    if (faulted.delayed && this.lastHandledMs[target.address]! > faulted.arrivalMs) this.witness(faulted.key, Witness.delay);
    faulted.handled = true;
  }

  /** A message reached a process that is down: its crash had that effect, and so had a
   * restart later than the shortest, if the message came after the shortest. */
  private witnessDown(target: Process): void {
    const down = this.down[target.address];
    if (down === null || down === undefined) return;
    this.witness(down.crashKey, Witness.crash);
    if (this.time >= down.soonestMs) this.witness(down.restartKey, Witness.restart);
  }

  /** Live timers of a process (they die with its incarnation). */
  private timersOf(process: Process): number {
    let count = 0;
    for (const event of this.liveTimers.values()) if (event.target === process.address && event.incarnation === process.incarnation && !event.cancelled) count++;
    return count;
  }

  /** A process's clock: virtual time at its own rate, plus its skew. */
  clockOf(process: Process): number {
    return this.clockAt(process.address, this.time);
  }

  /** What the clock of the process at `address` reads at virtual time `timeMs`. */
  clockAt(address: number, timeMs: number): number {
    const clock = this.options.clocks?.[address];
    return clock === undefined ? timeMs : Math.floor(clock.skewMs + timeMs * clock.rate);
  }

  /** Whether the process at `address` has a clock of its own (drifting or skewed): its
   * `now()` reads whole milliseconds of that clock, so a span it measures with `now()` can
   * differ by a millisecond from the same span in virtual time. */
  ownClock(address: number): boolean {
    return this.options.clocks?.[address] !== undefined;
  }

  /** How long in virtual time a timer of `delayMs` on that process's clock runs. */
  timerDelay(address: number, delayMs: number): number {
    const clock = this.options.clocks?.[address];
    return clock === undefined ? Math.max(0, delayMs) : Math.max(0, Math.round(delayMs / clock.rate));
  }

  /** Whether messages from `from` to `to` are cut now (a partition, or a one-way one). */
  private linkDown(from: number, to: number): boolean {
    return (this.partitionUntil[this.pair(from, to)] ?? 0) > this.time || (this.oneWayUntil[from * this.processes.length + to] ?? 0) > this.time;
  }

  private pair(a: number, b: number): number {
    const n = this.processes.length;
    return a < b ? a * n + b : b * n + a;
  }

  /** The kind of the step being handled, for a violation's signature: what happened, to
   * which role — never ids or times, so it survives shrinking. */
  stepKind(): string {
    const event = this.currentEvent;
    if (event === null) return 'end of run';
    const role = this.processes[event.target]?.role ?? 'world';
    switch (event.kind) {
      case Ev.deliver: {
        const kind = (event.payload as { kind?: unknown } | null)?.kind;
        return `${typeof kind === 'string' ? kind : 'message'} delivered to ${role}`;
      }
      case Ev.timer:
        return `timer at ${role}`;
      case Ev.command:
        return 'operator command';
      case Ev.start:
        return `${role} starts`;
      case Ev.quiet:
        return 'quiet phase';
      default:
        return `wake of ${role}`;
    }
  }

  label(process: Process): string {
    return `${process.name}@${process.incarnation}`;
  }

  private line(text: string): void {
    const time = `${this.time}`.padStart(6);
    this.trace.line(`${time} ms  #${String(this.steps).padEnd(5)} ${text}`);
  }

  /** The kernel's state as the kernel itself holds it (null while it is down). */
  kernelState(): ReturnType<KernelActor['inspect']> | null {
    const kernel = this.processes[KERNEL] as Process;
    if (!kernel.up || kernel.actor === null) return null;
    try {
      return (kernel.actor as KernelActor).inspect();
    } catch (error) {
      // the system's code, called by an oracle: its failure is the system's verdict
      this.failed(kernel, error, 'inspect()');
      return null;
    }
  }
}

/** A fate with one more directed fault on it. */
function withFault(fate: Fate, action: TriggerDo): Fate {
  switch (action.fault) {
    case 'drop':
      return { ...fate, drop: true };
    case 'duplicate':
      return { ...fate, duplicateDelayMs: action.delayMs ?? 0 };
    case 'delay':
      return { ...fate, delayMs: action.ms };
    case 'partition':
      return { ...fate, partitionMs: action.ms };
    default:
      return fate;
  }
}

/** The random fate, overridden by whatever a trigger decided. */
function mergeFates(random: Fate, forced: Fate): Fate {
  const duplicate = forced.duplicateDelayMs >= 0 ? forced : random;
  const partition = forced.partitionMs >= random.partitionMs ? forced : random;
  return plainFate({
    drop: random.drop || forced.drop,
    delayMs: forced.delayMs > 0 ? forced.delayMs : random.delayMs,
    duplicateDelayMs: duplicate.duplicateDelayMs,
    partitionMs: partition.partitionMs,
    ...(duplicate.copies !== undefined ? { copies: duplicate.copies } : {}),
    ...(partition.oneWay === true ? { oneWay: true } : {}),
  });
}
