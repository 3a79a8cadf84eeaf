// Harness ÷ bare handlers (issue 11, figure 2): how much a run costs beyond the system under
// test's own code. A run is recorded through the seam (a wrapper around each factory, actor
// and port; the world is not touched): every actor creation, every handler call with its
// arguments, and every port call with what it returned or that it threw. The bare side then
// replays those handler calls on fresh actors of the same system over a minimal port that
// hands back the recorded results (and throws where the world crashed the process). A first
// replay checks the handlers made exactly the recorded port calls, with equal arguments;
// only then is the replay timed. The harness side is an ordinary run of the same seed,
// unwrapped, with the invariants on and off.
//
//   node --import tsx bench/bare.ts [scenario=mixed] [seeds=300] [rounds=5]

import { reference } from '../src/index.ts';
import type { Actor, Address, ClientActor, KernelActor, Port, SystemUnderTest } from '../src/ports.ts';
import type { Display, DurableRecord, Message, OperatorCommand } from '../src/protocol.ts';
import { runOnce } from '../sim/runner.ts';
import type { Scenario } from '../sim/scenario.ts';
import { loadScenario } from '../sim/scenario-file.ts';

type Role = 'client' | 'control-plane' | 'kernel';
type Method = 'onStart' | 'onMessage' | 'onTimer' | 'onOperator';
type PortMethod = 'send' | 'setTimer' | 'cancelTimer' | 'now' | 'append' | 'sync' | 'records' | 'drawId' | 'display';

/** One recorded step of a run: an actor made, or one of its handlers called. */
type Step =
  | { readonly kind: 'create'; readonly actor: number; readonly role: Role; readonly config: unknown }
  | { readonly kind: 'call'; readonly actor: number; readonly method: Method; readonly args: readonly unknown[] };

interface PortCall {
  readonly method: PortMethod;
  readonly args: readonly unknown[];
  /** what it returned, or THREW */
  readonly result: unknown;
}

const THREW = Symbol('threw');

export interface Recording {
  readonly steps: Step[];
  /** per actor, its port calls in order */
  readonly calls: PortCall[][];
}

/** Wraps a system so that a run through it is recorded. */
export function recording(sut: SystemUnderTest): { sut: SystemUnderTest; recording: Recording } {
  const rec: Recording = { steps: [], calls: [] };
  const wrapPort = (port: Port, actor: number): Port => {
    const log = rec.calls[actor] as PortCall[];
    const call = (method: PortMethod, args: unknown[], run: () => unknown): unknown => {
      let result: unknown = THREW;
      try {
        result = run();
        return result;
      } finally {
        log.push({ method, args, result });
      }
    };
    return {
      send: (to: Address, message: Message) => void call('send', [to, message], () => port.send(to, message)),
      setTimer: (delayMs: number, name: string) => call('setTimer', [delayMs, name], () => port.setTimer(delayMs, name)) as number,
      cancelTimer: (id: number) => void call('cancelTimer', [id], () => port.cancelTimer(id)),
      now: () => call('now', [], () => port.now()) as number,
      append: (record: DurableRecord) => void call('append', [record], () => port.append(record)),
      sync: () => void call('sync', [], () => port.sync()),
      records: () => call('records', [], () => port.records()) as readonly DurableRecord[],
      drawId: () => call('drawId', [], () => port.drawId()) as string,
      display: (output: Display) => void call('display', [output], () => port.display(output)),
    };
  };
  const wrapActor = <A extends Actor>(inner: A, actor: number): A => {
    const handler =
      (method: Method) =>
      (...args: unknown[]) => {
        rec.steps.push({ kind: 'call', actor, method, args });
        return (inner[method as keyof A] as (...a: unknown[]) => void)(...args);
      };
    const wrapped = {
      onStart: handler('onStart'),
      onMessage: handler('onMessage'),
      onTimer: handler('onTimer'),
      onOperator: handler('onOperator'),
      inspect: () => (inner as unknown as KernelActor).inspect(), // the harness's, not a handler
    };
    return wrapped as unknown as A;
  };
  const make = <A extends Actor>(role: Role, config: unknown, create: (port: Port) => A, port: Port): A => {
    const actor = rec.calls.length;
    rec.calls.push([]);
    rec.steps.push({ kind: 'create', actor, role, config });
    return wrapActor(create(wrapPort(port, actor)), actor);
  };
  return {
    recording: rec,
    sut: {
      name: sut.name,
      createClient: (port, config) => make<ClientActor>('client', config, (p) => sut.createClient(p, config), port),
      createControlPlane: (port, config) => make<Actor>('control-plane', config, (p) => sut.createControlPlane(p, config), port),
      createKernel: (port, config) => make<KernelActor>('kernel', config, (p) => sut.createKernel(p, config), port),
    },
  };
}

const CRASHED = Object.freeze({ crashed: true });

/** A port that hands back what the recorded run's port returned. `check`: compare each call
 * with the recorded one (method and arguments) and count mismatches. */
class ReplayPort implements Port {
  cursor = 0;
  mismatches = 0;
  firstMismatch = '';
  constructor(
    private readonly log: readonly PortCall[],
    private readonly check: boolean,
  ) {}
  private next(method: PortMethod, args: unknown[]): unknown {
    const call = this.log[this.cursor++];
    if (call === undefined) {
      this.mismatch(`${method} beyond the recorded calls`);
      throw CRASHED;
    }
    if (this.check && (call.method !== method || JSON.stringify(call.args) !== JSON.stringify(args))) {
      this.mismatch(`call ${this.cursor - 1}: ${method}(${JSON.stringify(args)}) replayed, ${call.method}(${JSON.stringify(call.args)}) recorded`);
    }
    if (call.result === THREW) throw CRASHED;
    return call.result;
  }
  private mismatch(what: string): void {
    if (this.mismatches++ === 0) this.firstMismatch = what;
  }
  send(to: Address, message: Message): void {
    this.next('send', this.check ? [to, message] : EMPTY);
  }
  setTimer(delayMs: number, name: string): number {
    return this.next('setTimer', this.check ? [delayMs, name] : EMPTY) as number;
  }
  cancelTimer(id: number): void {
    this.next('cancelTimer', this.check ? [id] : EMPTY);
  }
  now(): number {
    return this.next('now', EMPTY) as number;
  }
  append(record: DurableRecord): void {
    this.next('append', this.check ? [record] : EMPTY);
  }
  sync(): void {
    this.next('sync', EMPTY);
  }
  records(): readonly DurableRecord[] {
    return this.next('records', EMPTY) as readonly DurableRecord[];
  }
  drawId(): string {
    return this.next('drawId', EMPTY) as string;
  }
  display(output: Display): void {
    this.next('display', this.check ? [output] : EMPTY);
  }
}
const EMPTY: unknown[] = [];

/** Replays a recording on fresh actors of `sut`; with `check`, returns the mismatches. */
export function replay(rec: Recording, sut: SystemUnderTest, check: boolean): { handlers: number; calls: number; mismatches: string[] } {
  const actors: (Actor | undefined)[] = [];
  const ports: ReplayPort[] = [];
  let handlers = 0;
  for (const step of rec.steps) {
    if (step.kind === 'create') {
      const port = new ReplayPort(rec.calls[step.actor] as PortCall[], check);
      ports[step.actor] = port;
      const config = step.config as never;
      actors[step.actor] = step.role === 'client' ? sut.createClient(port, config) : step.role === 'control-plane' ? sut.createControlPlane(port, config) : sut.createKernel(port, config);
      continue;
    }
    const actor = actors[step.actor] as Actor;
    handlers++;
    try {
      switch (step.method) {
        case 'onStart':
          actor.onStart();
          break;
        case 'onMessage':
          actor.onMessage(step.args[0] as Address, step.args[1] as Message);
          break;
        case 'onTimer':
          actor.onTimer(step.args[0] as string, step.args[1] as number);
          break;
        case 'onOperator':
          (actor as ClientActor).onOperator(step.args[0] as OperatorCommand);
          break;
      }
    } catch (error) {
      if (error !== CRASHED) throw error;
    }
  }
  const mismatches: string[] = [];
  let calls = 0;
  ports.forEach((port, actor) => {
    calls += port.cursor;
    if (port.mismatches > 0) mismatches.push(`actor ${actor}: ${port.mismatches} mismatch(es), first: ${port.firstMismatch}`);
    const recorded = (rec.calls[actor] as PortCall[]).length;
    if (check && port.cursor !== recorded) mismatches.push(`actor ${actor}: ${port.cursor} calls replayed, ${recorded} recorded`);
  });
  return { handlers, calls, mismatches };
}

/** A copy of the harness to time (this checkout's, or one from before a change). */
export interface Harness {
  readonly label: string;
  readonly runOnce: typeof runOnce;
  readonly scenario: Scenario;
}

export interface BareFigures {
  /** seconds per round over the seeds, per harness label: invariants on, and off */
  readonly on: Map<string, number[]>;
  readonly off: Map<string, number[]>;
  /** seconds per round of the bare replay */
  readonly bare: number[];
  readonly handlers: number;
  readonly calls: number;
  readonly runs: number;
}

/** Records `seeds` runs of `scenario` (through the first harness), checks every replay is
 * exact, then times each harness (invariants on and off) and the bare replay in
 * interleaved rounds. Throws if a replay is not exact. */
export function measureBare(harnesses: readonly Harness[], seeds: number, rounds: number, sut: SystemUnderTest = reference): BareFigures {
  const recorder = harnesses[0] as Harness;
  const recordings: Recording[] = [];
  for (let seed = 1; seed <= seeds; seed++) {
    const wrapped = recording(sut);
    const result = recorder.runOnce({ scenario: recorder.scenario, seed: BigInt(seed), sut: wrapped.sut, check: false });
    result.world?.trace.release();
    recordings.push(wrapped.recording);
  }
  let handlers = 0;
  let calls = 0;
  recordings.forEach((rec, index) => {
    const checked = replay(rec, sut, true);
    if (checked.mismatches.length > 0) throw new Error(`${recorder.scenario.name} seed ${index + 1}: the replay is not exact: ${checked.mismatches.slice(0, 3).join('; ')}`);
    handlers += checked.handlers;
    calls += checked.calls;
  });
  const timeRuns = (harness: Harness, check: boolean) => {
    const started = performance.now();
    for (let seed = 1; seed <= seeds; seed++) harness.runOnce({ scenario: harness.scenario, seed: BigInt(seed), sut, check }).world?.trace.release();
    return (performance.now() - started) / 1000;
  };
  const timeBare = () => {
    const started = performance.now();
    for (const rec of recordings) replay(rec, sut, false);
    return (performance.now() - started) / 1000;
  };
  // warm-up, then interleaved rounds
  for (const harness of harnesses) {
    timeRuns(harness, true);
    timeRuns(harness, false);
  }
  timeBare();
  const on = new Map<string, number[]>(harnesses.map((h) => [h.label, []]));
  const off = new Map<string, number[]>(harnesses.map((h) => [h.label, []]));
  const bare: number[] = [];
  for (let round = 0; round < rounds; round++) {
    bare.push(timeBare());
    for (const harness of round % 2 === 0 ? harnesses : [...harnesses].reverse()) {
      on.get(harness.label)?.push(timeRuns(harness, true));
      off.get(harness.label)?.push(timeRuns(harness, false));
    }
  }
  return { on, off, bare, handlers, calls, runs: seeds };
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [name = 'mixed', seedsText = '300', roundsText = '5'] = process.argv.slice(2);
  const figures = measureBare([{ label: 'this', runOnce, scenario: loadScenario(name) }], Number(seedsText), Number(roundsText));
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] as number;
  const ratios = (side: number[]) => side.map((s, i) => s / (figures.bare[i] as number));
  const on = figures.on.get('this') as number[];
  const off = figures.off.get('this') as number[];
  console.log(`${name}: ${figures.runs} runs, ${figures.handlers} handler calls, ${figures.calls} port calls replayed exactly`);
  console.log(`bare ${median(figures.bare).toFixed(3)} s; harness with invariants ${median(on).toFixed(3)} s (${median(ratios(on)).toFixed(1)}×), without ${median(off).toFixed(3)} s (${median(ratios(off)).toFixed(1)}×)`);
}
