// fast-check model-based commands over the world of model.ts: the operator's actions at a
// client (submit, confirm, abandon, ask-outcome, observe), the network's (deliver, drop,
// duplicate the i-th message in flight), time (fire the j-th timer, advance the clock),
// and failures (crash a process now or at its k-th port call, restart it).
//
// The fast-check model is a mirror of what the operator and the environment can see
// (which processes are up, how many messages and timers are pending, which request ids
// each operator has been shown), refreshed after every command; `check` uses only it.
// The properties are checked inside each command's `run` (the Oracle throws the first
// violation), and once more at the end by `finish`.

import fc from 'fast-check';
import type { Address, SystemUnderTest } from '../../src/ports.ts';
import type { Operation } from '../../src/protocol.ts';
import { ADDRESSES, CLIENTS, RESPONSE_TIMEOUT_MS, World } from './model.ts';
import { Oracle, PropertyViolation } from './properties.ts';

export interface Model {
  up: boolean[];
  inflight: number;
  timers: number;
  known: string[][];
  /** per client: request ids whose challenge is on its screen, awaiting the operator */
  onScreen: string[][];
}

export interface Real {
  readonly world: World;
  readonly oracle: Oracle;
}

type Cmd = fc.Command<Model, Real>;

const PROCESS_NAMES = ['kernel', 'control-plane', 'client0', 'client1'];

export function newReal(sut: SystemUnderTest): Real {
  const oracle = new Oracle();
  const world = new World(sut, oracle);
  return { world, oracle };
}

export function mirror(real: Real): Model {
  return {
    up: real.world.procs.map((p) => p.alive),
    inflight: real.world.network.length,
    timers: real.world.timers.length,
    known: CLIENTS.map((c) => [...(real.oracle.known.get(c) ?? [])]),
    onScreen: CLIENTS.map((c) => real.oracle.onScreen(real.world.proc(c))),
  };
}

function refresh(model: Model, real: Real): void {
  const m = mirror(real);
  model.up = m.up;
  model.inflight = m.inflight;
  model.timers = m.timers;
  model.known = m.known;
  model.onScreen = m.onScreen;
}

/** After every command: the between-command checks, then throw the first violation. */
function settle(model: Model, real: Real): void {
  real.oracle.afterCommand(real.world);
  refresh(model, real);
  real.oracle.assertOk();
}

abstract class Base implements Cmd {
  abstract check(m: Readonly<Model>): boolean;
  protected abstract act(m: Model, r: Real): void;
  abstract toString(): string;
  run(m: Model, r: Real): void {
    this.act(m, r);
    settle(m, r);
  }
}

// ---- operator ----------------------------------------------------------------------------

class Submit extends Base {
  constructor(
    readonly client: number,
    readonly operation: Operation,
  ) {
    super();
  }
  check(m: Readonly<Model>): boolean {
    return m.up[clientAddress(this.client)] === true;
  }
  protected act(_m: Model, r: Real): void {
    r.world.operator(clientAddress(this.client), { kind: 'submit', intent: r.world.nextIntent(), operation: this.operation });
  }
  toString(): string {
    return `submit(c${this.client}, ${JSON.stringify(this.operation)})`;
  }
}

class Observe extends Base {
  constructor(readonly client: number) {
    super();
  }
  check(m: Readonly<Model>): boolean {
    return m.up[clientAddress(this.client)] === true;
  }
  protected act(_m: Model, r: Real): void {
    r.world.operator(clientAddress(this.client), { kind: 'observe', intent: r.world.nextIntent() });
  }
  toString(): string {
    return `observe(c${this.client})`;
  }
}

/** confirm / abandon / ask-outcome about the k-th request id this operator was shown, or
 * (onScreen) the k-th of those whose challenge its screen shows now. */
class OnRequest extends Base {
  constructor(
    readonly kind: 'confirm' | 'abandon' | 'ask-outcome',
    readonly client: number,
    readonly k: number,
    readonly onScreen: boolean,
  ) {
    super();
  }
  private ids(m: Readonly<Model>): readonly string[] {
    return (this.onScreen ? m.onScreen[this.client] : m.known[this.client]) ?? [];
  }
  check(m: Readonly<Model>): boolean {
    return m.up[clientAddress(this.client)] === true && this.ids(m).length > 0;
  }
  protected act(m: Model, r: Real): void {
    const ids = this.ids(m);
    const requestId = ids[this.k % ids.length];
    if (requestId === undefined) return;
    r.world.operator(clientAddress(this.client), { kind: this.kind, requestId });
  }
  toString(): string {
    return `${this.kind}(c${this.client}, ${this.onScreen ? 'shown' : 'known'}#${this.k})`;
  }
}

// ---- network -----------------------------------------------------------------------------

class Net extends Base {
  constructor(
    readonly kind: 'deliver' | 'drop' | 'duplicate',
    readonly i: number,
  ) {
    super();
  }
  check(m: Readonly<Model>): boolean {
    return m.inflight > 0;
  }
  protected act(m: Model, r: Real): void {
    const index = this.i % m.inflight;
    if (this.kind === 'deliver') r.world.deliver(index);
    else if (this.kind === 'drop') r.world.drop(index);
    else r.world.duplicate(index);
  }
  toString(): string {
    return `${this.kind}(${this.i})`;
  }
}

// ---- time --------------------------------------------------------------------------------

class FireTimer extends Base {
  constructor(readonly j: number) {
    super();
  }
  check(m: Readonly<Model>): boolean {
    return m.timers > 0;
  }
  protected act(m: Model, r: Real): void {
    r.world.fireTimer(this.j % m.timers);
  }
  toString(): string {
    return `fireTimer(${this.j})`;
  }
}

class Advance extends Base {
  constructor(readonly ms: number) {
    super();
  }
  check(): boolean {
    return true;
  }
  protected act(_m: Model, r: Real): void {
    r.world.advance(this.ms);
  }
  toString(): string {
    return `advance(${this.ms}ms)`;
  }
}

// ---- failures ----------------------------------------------------------------------------

class Crash extends Base {
  constructor(
    readonly address: Address,
    /** 0: now; k: at its k-th effectful port call from now on */
    readonly atCall: number,
  ) {
    super();
  }
  check(m: Readonly<Model>): boolean {
    return m.up[this.address] === true;
  }
  protected act(_m: Model, r: Real): void {
    if (this.atCall === 0) r.world.crash(this.address);
    else r.world.armCrash(this.address, this.atCall);
  }
  toString(): string {
    return this.atCall === 0 ? `crash(${PROCESS_NAMES[this.address]})` : `crashAtCall(${PROCESS_NAMES[this.address]}, ${this.atCall})`;
  }
}

class Restart extends Base {
  constructor(readonly address: Address) {
    super();
  }
  check(m: Readonly<Model>): boolean {
    return m.up[this.address] === false;
  }
  protected act(_m: Model, r: Real): void {
    r.world.restart(this.address);
  }
  toString(): string {
    return `restart(${PROCESS_NAMES[this.address]})`;
  }
}

function clientAddress(client: number): Address {
  return CLIENTS[client] ?? CLIENTS[0] ?? 2;
}

// ---- arbitraries -------------------------------------------------------------------------

// Mostly valid names from a tiny pool (so that requests collide: exists / missing), and a
// few invalid ones of the kinds a careless UI would "fix" (case, whitespace, length).
const validName = fc.constantFrom('a', 'b', 'c');
const invalidName = fc.constantFrom('A', 'b ', ' c', '9x', 'x'.repeat(33), '');
const name = fc.oneof({ arbitrary: validName, weight: 9 }, { arbitrary: invalidName, weight: 1 });
const field = fc.oneof({ arbitrary: fc.constantFrom('f', 'g', 'h'), weight: 9 }, { arbitrary: fc.constantFrom('F', 'g '), weight: 1 });
const configKey = fc.oneof(
  { arbitrary: fc.constantFrom('log_level', 'max_connections', 'read_only', 'cache_mb'), weight: 9 },
  { arbitrary: fc.constantFrom('max_conections', 'Log_level', 'bogus'), weight: 1 },
);
const configValue = fc.constantFrom('info', 'debug', 'INFO', '10', '0', 'true', ' true', '64');

export const operationArb: fc.Arbitrary<Operation> = fc.oneof(
  { arbitrary: fc.record({ kind: fc.constant('create-collection' as const), name, indexes: fc.array(field, { maxLength: 3 }) }), weight: 4 },
  { arbitrary: fc.record({ kind: fc.constant('drop-collection' as const), name }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('rename-collection' as const), from: name, to: name }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('create-index' as const), collection: name, field }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('drop-index' as const), collection: name, field }), weight: 1 },
  { arbitrary: fc.record({ kind: fc.constant('set-config' as const), key: configKey, value: configValue }), weight: 2 },
  { arbitrary: fc.record({ kind: fc.constant('create-snapshot' as const), name }), weight: 1 },
);

const clientIndex = fc.integer({ min: 0, max: CLIENTS.length - 1 });
const index = fc.nat({ max: 15 });
const processArb = fc.constantFrom(...ADDRESSES);

export function commandArbs(): fc.Arbitrary<Cmd>[] {
  const w = <T extends Cmd>(weight: number, arbitrary: fc.Arbitrary<T>) => ({ weight, arbitrary: arbitrary as fc.Arbitrary<Cmd> });
  return [
    fc.oneof(
      w(16, index.map((i) => new Net('deliver', i))),
      w(1, index.map((i) => new Net('drop', i))),
      w(2, index.map((i) => new Net('duplicate', i))),
      w(1, index.map((j) => new FireTimer(j))),
      w(1, fc.constantFrom(20, 150, 400, RESPONSE_TIMEOUT_MS + 100).map((ms) => new Advance(ms))),
      w(4, fc.tuple(clientIndex, operationArb).map(([c, op]) => new Submit(c, op))),
      w(4, fc.tuple(clientIndex, index).map(([c, k]) => new OnRequest('confirm', c, k, true))),
      w(1, fc.tuple(clientIndex, index).map(([c, k]) => new OnRequest('confirm', c, k, false))),
      w(1, fc.tuple(clientIndex, index, fc.boolean()).map(([c, k, s]) => new OnRequest('abandon', c, k, s))),
      w(1, fc.tuple(clientIndex, index).map(([c, k]) => new OnRequest('ask-outcome', c, k, false))),
      w(1, clientIndex.map((c) => new Observe(c))),
      w(1, fc.tuple(processArb, fc.integer({ min: 0, max: 6 })).map(([p, k]) => new Crash(p, k))),
      w(2, processArb.map((p) => new Restart(p))),
    ),
  ];
}

/** The quiet phase at the end: every process restarts, every message is delivered and
 * every timer fires (bounded), then the clock runs past every client's timeout. */
export function finish(real: Real, model: Model): void {
  const { world } = real;
  for (const p of world.procs) if (!p.alive) world.restart(p.address);
  settle(model, real);
  for (let step = 0; step < 400; step++) {
    if (world.network.length > 0) world.deliver(0);
    else if (world.timers.length > 0) world.fireTimer(0);
    else break;
    settle(model, real);
  }
  world.advance(RESPONSE_TIMEOUT_MS + 1);
  settle(model, real);
}

/** Runs commands on a fresh world (our own loop: used to replay and to count). Returns the
 * world's fingerprint and how many commands ran; throws the first violation. */
export function replay(sut: SystemUnderTest, cmds: Iterable<Cmd>): { fingerprint: string; ran: number } {
  const real = newReal(sut);
  const model = mirror(real);
  let ran = 0;
  for (const cmd of cmds) {
    if (!cmd.check(model)) continue;
    ran++;
    cmd.run(model, real);
  }
  finish(real, model);
  return { fingerprint: real.world.fingerprint(), ran };
}

export { PropertyViolation };
