// The determinism guard. While a world runs, every nondeterministic API of the platform is
// replaced by a trap: a call records which API, which actor and which step, and throws, so
// the world ends the run with a `determinism-violation` verdict. The real functions are
// captured once, at module load, and put back when the run ends (also on error).

import { webcrypto } from 'node:crypto';
import nodeCrypto from 'node:crypto';

export class GuardViolation extends Error {
  constructor(readonly api: string) {
    super(`nondeterministic API called inside the world: ${api}`);
  }
}

/** Who is running, for the violation's message. */
export interface GuardContext {
  actorName(): string;
  stepIndex(): number;
  onViolation(api: string): void;
}

interface Target {
  readonly owner: Record<string, unknown>;
  readonly key: string;
  readonly api: string;
}

const perf = globalThis.performance as unknown as Record<string, unknown>;
const proc = process as unknown as Record<string, unknown>;
const hrtime = process.hrtime as unknown as Record<string, unknown>;

const TARGETS: readonly Target[] = [
  { owner: Math as unknown as Record<string, unknown>, key: 'random', api: 'Math.random' },
  { owner: Date as unknown as Record<string, unknown>, key: 'now', api: 'Date.now' },
  { owner: perf, key: 'now', api: 'performance.now' },
  { owner: globalThis as unknown as Record<string, unknown>, key: 'setTimeout', api: 'setTimeout' },
  { owner: globalThis as unknown as Record<string, unknown>, key: 'setInterval', api: 'setInterval' },
  { owner: globalThis as unknown as Record<string, unknown>, key: 'setImmediate', api: 'setImmediate' },
  { owner: globalThis as unknown as Record<string, unknown>, key: 'queueMicrotask', api: 'queueMicrotask' },
  { owner: proc, key: 'nextTick', api: 'process.nextTick' },
  { owner: proc, key: 'hrtime', api: 'process.hrtime' },
  { owner: hrtime, key: 'bigint', api: 'process.hrtime.bigint' },
  { owner: webcrypto as unknown as Record<string, unknown>, key: 'randomUUID', api: 'crypto.randomUUID' },
  { owner: webcrypto as unknown as Record<string, unknown>, key: 'getRandomValues', api: 'crypto.getRandomValues' },
  { owner: nodeCrypto as unknown as Record<string, unknown>, key: 'randomUUID', api: 'crypto.randomUUID' },
  { owner: nodeCrypto as unknown as Record<string, unknown>, key: 'randomBytes', api: 'crypto.randomBytes' },
  // node:crypto's getRandomValues is a non-configurable getter that forwards to webcrypto's,
  // which is trapped above.
];

/** The real functions, captured at load. */
const ORIGINALS: readonly unknown[] = TARGETS.map((target) => target.owner[target.key]);
const RealDate = Date;

let active: GuardContext | null = null;

function trap(api: string): never {
  const context = active;
  if (context !== null) context.onViolation(api);
  throw new GuardViolation(api);
}

const TRAPS: readonly unknown[] = TARGETS.map((target) => {
  const fn = (): never => trap(target.api);
  // process.hrtime.bigint must stay reachable through the trapped process.hrtime
  if (target.api === 'process.hrtime') Object.assign(fn, { bigint: (): never => trap('process.hrtime.bigint') });
  return fn;
});

/** `new Date()` and `Date()` read the clock; `new Date(value)` does not and stays allowed. */
const GuardedDate = new Proxy(RealDate, {
  construct(target, args: unknown[], newTarget) {
    if (args.length === 0) trap('new Date()');
    return Reflect.construct(target, args, newTarget) as object;
  },
  apply() {
    return trap('Date()');
  },
});

/** process.exit inside a world would take the harness down with the system under test:
 * it becomes an error thrown into the handler (a sut-error verdict). */
const realExit = process.exit;
function exitTrap(code?: number | string | null): never {
  throw new Error(`the system under test called process.exit(${code ?? ''})`);
}

export function installGuard(context: GuardContext): void {
  if (active !== null) throw new Error('guard already installed: worlds do not nest');
  active = context;
  process.exit = exitTrap as typeof process.exit;
  for (let i = 0; i < TARGETS.length; i++) {
    const target = TARGETS[i] as Target;
    setOwn(target, TRAPS[i]);
  }
  (globalThis as { Date: DateConstructor }).Date = GuardedDate;
}

export function removeGuard(): void {
  process.exit = realExit;
  (globalThis as { Date: DateConstructor }).Date = RealDate;
  for (let i = 0; i < TARGETS.length; i++) {
    const target = TARGETS[i] as Target;
    setOwn(target, ORIGINALS[i]);
  }
  active = null;
}

function setOwn(target: Target, value: unknown): void {
  try {
    target.owner[target.key] = value;
  } catch {
    Object.defineProperty(target.owner, target.key, { value, configurable: true, writable: true });
  }
}

/** The list of trapped APIs, for tests and documentation. */
export const GUARDED_APIS: readonly string[] = [...new Set(TARGETS.map((t) => t.api)), 'new Date()'];
