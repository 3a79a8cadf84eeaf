// A small world of our own for the fast-check peer: written from src/ports.ts and the spec,
// independent of sim/. Four processes (kernel, control plane, two clients), each an actor
// built by the SystemUnderTest's factory behind a Port this world implements:
//
// - the network is a plain list of messages in flight; a command delivers, drops or
//   duplicates the i-th one (so any order, loss and duplication is reachable);
// - timers are per process and per incarnation; time moves only when a command says so,
//   and timers fire in due order as it does;
// - each process has a durable log with a synced prefix; a crash keeps the synced prefix
//   and loses the rest, the actor, its timers and whatever its handler had not done yet;
// - a restart builds a new actor from the factory over the surviving log;
// - a crash can be immediate, or armed to strike at the process's k-th effectful port call
//   (send, setTimer, cancelTimer, append, sync, drawId, display), inside a handler, as the
//   Port contract allows.
//
// Deterministic: no Math.random, no Date.now; ids and timer ids come from counters.
// Everything the system does passes through an Observer (properties.ts) at the moment
// it happens, so properties can judge causality (which handler sent what) and durability
// (what was synced when a reply went out).

import type { Actor, Address, ClientActor, KernelActor, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Display, DurableRecord, Message, OperatorCommand } from '../../src/protocol.ts';

export const KERNEL: Address = 0;
export const CONTROL_PLANE: Address = 1;
export const CLIENTS: readonly Address[] = [2, 3];
export const ADDRESSES: readonly Address[] = [KERNEL, CONTROL_PLANE, ...CLIENTS];
export const KERNEL_TIMEOUT_MS = 300;
export const RESPONSE_TIMEOUT_MS = 1000;
/** The clock starts here, not at 0, so that a time in the wrong unit cannot pass by luck. */
export const START_MS = 10_000;

export type Role = 'kernel' | 'control-plane' | 'client';

/** What a process is doing when it calls its port. */
export type Context =
  | { readonly kind: 'idle' }
  | { readonly kind: 'start' }
  | { readonly kind: 'message'; readonly from: Address; readonly fromInc: number; readonly message: Message }
  | { readonly kind: 'timer'; readonly name: string }
  | { readonly kind: 'operator'; readonly command: OperatorCommand };

export interface InFlight {
  readonly seq: number;
  readonly from: Address;
  /** the sender's incarnation when it sent */
  readonly fromInc: number;
  readonly to: Address;
  readonly message: Message;
}

export interface PendingTimer {
  readonly id: number;
  readonly owner: Address;
  readonly name: string;
  readonly due: number;
  readonly seq: number;
}

export interface Process {
  readonly address: Address;
  readonly role: Role;
  readonly label: string;
  /** incarnation number, 1 for the first */
  inc: number;
  alive: boolean;
  actor: Actor | null;
  /** what survived the last crash plus what this incarnation appended */
  readonly log: DurableRecord[];
  /** length of the synced prefix of `log` */
  synced: number;
  /** crash at this (1-based) effectful port call counted from `calls`; 0: not armed */
  crashAtCall: number;
  calls: number;
}

/** Told of everything as it happens. */
export interface Observer {
  beforeHandler(world: World, proc: Process, ctx: Context): void;
  sent(world: World, proc: Process, to: Address, message: Message, ctx: Context): void;
  displayed(world: World, proc: Process, output: Display, ctx: Context): void;
  appended(world: World, proc: Process, record: DurableRecord, ctx: Context): void;
  synced(world: World, proc: Process, fromIndex: number): void;
  afterHandler(world: World, proc: Process, ctx: Context): void;
  crashed(world: World, proc: Process, lost: readonly DurableRecord[]): void;
  /** a breach of the Port contract or an exception out of a handler */
  problem(world: World, text: string): void;
}

/** Thrown by a port call at which the process crashes; the world catches it. */
export class CrashSignal extends Error {
  constructor() {
    super('process crashed');
  }
}

const IDLE: Context = { kind: 'idle' };

export class World {
  now = START_MS;
  readonly network: InFlight[] = [];
  readonly timers: PendingTimer[] = [];
  readonly procs: readonly Process[];
  ctx: Context = IDLE;
  current: Process | null = null;
  /** number of handler invocations so far */
  steps = 0;
  private seq = 0;
  private timerIds = 0;
  private ids = 0;
  private intents = 0;
  private hash = 0x811c9dc5;

  constructor(
    readonly sut: SystemUnderTest,
    readonly observer: Observer,
  ) {
    this.procs = ADDRESSES.map((address): Process => {
      const role: Role = address === KERNEL ? 'kernel' : address === CONTROL_PLANE ? 'control-plane' : 'client';
      const label = role === 'client' ? `client${address - 2}` : role;
      return { address, role, label, inc: 0, alive: false, actor: null, log: [], synced: 0, crashAtCall: 0, calls: 0 };
    });
    for (const proc of this.procs) this.start(proc);
  }

  proc(address: Address): Process {
    const proc = this.procs[address];
    if (proc === undefined) throw new Error(`no process at ${address}`);
    return proc;
  }

  kernel(): KernelActor | null {
    const proc = this.proc(KERNEL);
    return proc.alive ? (proc.actor as KernelActor | null) : null;
  }

  /** A fingerprint of everything observable that happened, for the determinism check. */
  fingerprint(): string {
    return `${(this.hash >>> 0).toString(16)}/${this.steps}/${this.now}`;
  }

  nextIntent(): number {
    return ++this.intents;
  }

  // ---- commands ---------------------------------------------------------------------------

  operator(address: Address, command: OperatorCommand): void {
    const proc = this.proc(address);
    this.mix(`op ${address} ${JSON.stringify(command)}`);
    this.handle(proc, { kind: 'operator', command }, () => (proc.actor as ClientActor).onOperator(command));
  }

  deliver(index: number): void {
    const [m] = this.network.splice(index, 1);
    if (m === undefined) return;
    this.mix(`deliver ${m.seq}`);
    const target = this.proc(m.to);
    if (!target.alive) return; // lost: nobody listening at that address
    this.handle(target, { kind: 'message', from: m.from, fromInc: m.fromInc, message: m.message }, (actor) => actor.onMessage(m.from, m.message));
  }

  drop(index: number): void {
    const [m] = this.network.splice(index, 1);
    if (m !== undefined) this.mix(`drop ${m.seq}`);
  }

  duplicate(index: number): void {
    const m = this.network[index];
    if (m === undefined) return;
    this.mix(`dup ${m.seq}`);
    this.network.push({ ...m, seq: ++this.seq });
  }

  /** Timers in the order they would fire. */
  pendingTimers(): PendingTimer[] {
    return [...this.timers].sort((a, b) => a.due - b.due || a.seq - b.seq);
  }

  /** Moves the clock to the due time of the index-th pending timer, firing it and every
   * timer due before it, in order. */
  fireTimer(index: number): void {
    const timer = this.pendingTimers()[index];
    if (timer !== undefined) this.advanceTo(Math.max(this.now, timer.due));
  }

  advance(ms: number): void {
    this.advanceTo(this.now + ms);
  }

  advanceTo(target: number): void {
    this.mix(`advance ${target}`);
    for (;;) {
      const next = this.pendingTimers()[0];
      if (next === undefined || next.due > target) break;
      this.now = Math.max(this.now, next.due);
      this.timers.splice(this.timers.indexOf(next), 1);
      const owner = this.proc(next.owner);
      this.handle(owner, { kind: 'timer', name: next.name }, (actor) => actor.onTimer(next.name, next.id));
    }
    this.now = Math.max(this.now, target);
  }

  crash(address: Address): void {
    const proc = this.proc(address);
    this.mix(`crash ${address}`);
    if (proc.alive) this.crashNow(proc);
  }

  /** The process crashes at its `atCall`-th effectful port call from now on. */
  armCrash(address: Address, atCall: number): void {
    const proc = this.proc(address);
    this.mix(`arm ${address} ${atCall}`);
    if (!proc.alive) return;
    proc.calls = 0;
    proc.crashAtCall = atCall;
  }

  restart(address: Address): void {
    const proc = this.proc(address);
    this.mix(`restart ${address}`);
    if (!proc.alive) this.start(proc);
  }

  // ---- machinery --------------------------------------------------------------------------

  private start(proc: Process): void {
    proc.inc++;
    proc.alive = true;
    proc.calls = 0;
    proc.crashAtCall = 0;
    const port = this.portFor(proc, proc.inc);
    this.handle(proc, { kind: 'start' }, () => {
      proc.actor = this.build(proc, port);
      proc.actor.onStart();
    });
  }

  private build(proc: Process, port: Port): Actor {
    switch (proc.role) {
      case 'kernel':
        return this.sut.createKernel(port, { controlPlane: CONTROL_PLANE });
      case 'control-plane':
        return this.sut.createControlPlane(port, { kernel: KERNEL, kernelTimeoutMs: KERNEL_TIMEOUT_MS });
      case 'client':
        return this.sut.createClient(port, { controlPlane: CONTROL_PLANE, responseTimeoutMs: RESPONSE_TIMEOUT_MS });
    }
  }

  private handle(proc: Process, ctx: Context, body: (actor: Actor) => void): void {
    if (!proc.alive) return;
    if (ctx.kind !== 'start' && proc.actor === null) return;
    this.steps++;
    this.ctx = ctx;
    this.current = proc;
    this.observer.beforeHandler(this, proc, ctx);
    try {
      body(proc.actor as Actor);
    } catch (error) {
      if (!(error instanceof CrashSignal)) {
        this.observer.problem(this, `${proc.label}@${proc.inc} threw out of a handler (${ctx.kind}): ${error instanceof Error ? error.message : String(error)}`);
        if (proc.alive) this.crashNow(proc);
      }
    } finally {
      this.ctx = IDLE;
      this.current = null;
    }
    this.observer.afterHandler(this, proc, ctx);
  }

  private crashNow(proc: Process): void {
    const lost = proc.log.splice(proc.synced);
    proc.alive = false;
    proc.actor = null;
    proc.crashAtCall = 0;
    for (let i = this.timers.length - 1; i >= 0; i--) if (this.timers[i]?.owner === proc.address) this.timers.splice(i, 1);
    this.mix(`crashed ${proc.address} lost ${lost.length}`);
    this.observer.crashed(this, proc, lost);
  }

  private portFor(proc: Process, inc: number): Port {
    const effect = (what: string): void => {
      if (!proc.alive || proc.inc !== inc) {
        this.observer.problem(this, `${proc.label}@${inc} called ${what} after its incarnation crashed (a swallowed crash, or a port kept across incarnations)`);
        throw new CrashSignal();
      }
      proc.calls++;
      if (proc.crashAtCall > 0 && proc.calls >= proc.crashAtCall) {
        this.crashNow(proc);
        throw new CrashSignal();
      }
    };
    return {
      send: (to, message) => {
        effect('send');
        this.mix(`send ${proc.address}>${to} ${JSON.stringify(message)}`);
        this.observer.sent(this, proc, to, message, this.ctx);
        this.network.push({ seq: ++this.seq, from: proc.address, fromInc: inc, to, message });
      },
      setTimer: (delayMs, name) => {
        effect('setTimer');
        const id = ++this.timerIds;
        this.mix(`timer ${proc.address} ${id} ${delayMs} ${name}`);
        this.timers.push({ id, owner: proc.address, name, due: this.now + Math.max(0, delayMs), seq: ++this.seq });
        return id;
      },
      cancelTimer: (id) => {
        effect('cancelTimer');
        const index = this.timers.findIndex((t) => t.id === id && t.owner === proc.address);
        if (index >= 0) this.timers.splice(index, 1);
      },
      now: () => this.now,
      append: (record) => {
        effect('append');
        this.mix(`append ${proc.address} ${JSON.stringify(record)}`);
        proc.log.push(record);
        this.observer.appended(this, proc, record, this.ctx);
      },
      sync: () => {
        effect('sync');
        const from = proc.synced;
        proc.synced = proc.log.length;
        this.observer.synced(this, proc, from);
      },
      records: () => proc.log.slice(),
      drawId: () => {
        effect('drawId');
        return `id${++this.ids}`;
      },
      display: (output) => {
        effect('display');
        this.mix(`display ${proc.address} ${JSON.stringify(output)}`);
        this.observer.displayed(this, proc, output, this.ctx);
      },
    };
  }

  private mix(text: string): void {
    let h = this.hash;
    for (let i = 0; i < text.length; i++) {
      h ^= text.charCodeAt(i);
      h = Math.imul(h, 0x01000193);
    }
    this.hash = h;
  }
}
