// The determinism guard. Every nondeterministic API of the platform is replaced, once, when
// this module loads — before any system under test is imported — by a wrapper that calls
// the real function while no world runs, and traps while one does: a call records which
// API, which actor and which step, and throws, so the world ends the run with a
// `determinism-violation` verdict. Because the wrappers are what the globals hold from the
// start, a module that captures `Math.random` or `Date.now` at import time captures the
// wrapper, and its later calls inside a world are caught too. The harness's own code
// never calls these inside a world (it captures what it needs in sim/clock.ts).

import { createHook } from 'node:async_hooks';
import { webcrypto } from 'node:crypto';
import nodeCrypto from 'node:crypto';
import os from 'node:os';

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
  { owner: nodeCrypto as unknown as Record<string, unknown>, key: 'randomInt', api: 'crypto.randomInt' },
  { owner: nodeCrypto as unknown as Record<string, unknown>, key: 'randomFillSync', api: 'crypto.randomFillSync' },
  { owner: nodeCrypto as unknown as Record<string, unknown>, key: 'randomFill', api: 'crypto.randomFill' },
  { owner: perf, key: 'mark', api: 'performance.mark' },
  { owner: perf, key: 'measure', api: 'performance.measure' },
  { owner: perf, key: 'timerify', api: 'performance.timerify' },
  { owner: perf, key: 'eventLoopUtilization', api: 'performance.eventLoopUtilization' },
  { owner: proc, key: 'uptime', api: 'process.uptime' },
  { owner: proc, key: 'cpuUsage', api: 'process.cpuUsage' },
  { owner: proc, key: 'memoryUsage', api: 'process.memoryUsage' },
  { owner: proc, key: 'resourceUsage', api: 'process.resourceUsage' },
  { owner: os as unknown as Record<string, unknown>, key: 'uptime', api: 'os.uptime' },
  { owner: os as unknown as Record<string, unknown>, key: 'loadavg', api: 'os.loadavg' },
  { owner: os as unknown as Record<string, unknown>, key: 'freemem', api: 'os.freemem' },
  // what depends on the machine's time zone or locale
  ...['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toString', 'toDateString', 'toTimeString', 'getTimezoneOffset', 'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds', 'getYear'].map((key) => ({
    owner: Date.prototype as unknown as Record<string, unknown>,
    key,
    api: `Date.prototype.${key}`,
  })),
  { owner: Number.prototype as unknown as Record<string, unknown>, key: 'toLocaleString', api: 'Number.prototype.toLocaleString' },
  { owner: BigInt.prototype as unknown as Record<string, unknown>, key: 'toLocaleString', api: 'BigInt.prototype.toLocaleString' },
  { owner: Array.prototype as unknown as Record<string, unknown>, key: 'toLocaleString', api: 'Array.prototype.toLocaleString' },
  { owner: String.prototype as unknown as Record<string, unknown>, key: 'localeCompare', api: 'String.prototype.localeCompare' },
  { owner: String.prototype as unknown as Record<string, unknown>, key: 'toLocaleUpperCase', api: 'String.prototype.toLocaleUpperCase' },
  { owner: String.prototype as unknown as Record<string, unknown>, key: 'toLocaleLowerCase', api: 'String.prototype.toLocaleLowerCase' },
  ...['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Segmenter'].map((key) => ({
    owner: Intl as unknown as Record<string, unknown>,
    key,
    api: `Intl.${key}`,
  })),
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

/** A wrapper that is the real function outside a world and a trap inside one. `new` on a
 * wrapped constructor (Intl.DateTimeFormat) constructs the real one. */
function guarded(api: string, original: unknown): unknown {
  if (typeof original !== 'function') return original;
  const real = original as (...args: unknown[]) => unknown;
  const wrapper = function (this: unknown, ...args: unknown[]): unknown {
    if (active !== null) trap(api);
    return new.target !== undefined ? Reflect.construct(real, args, new.target) : Reflect.apply(real, this, args);
  };
  Object.defineProperty(wrapper, 'name', { value: real.name });
  if (api === 'process.hrtime') Object.assign(wrapper, { bigint: guarded('process.hrtime.bigint', (real as unknown as { bigint: unknown }).bigint) });
  if (typeof (real as { prototype?: unknown }).prototype === 'object') wrapper.prototype = (real as { prototype: object }).prototype;
  for (const key of Object.getOwnPropertyNames(real)) {
    if (key in wrapper) continue;
    Object.defineProperty(wrapper, key, Object.getOwnPropertyDescriptor(real, key) as PropertyDescriptor);
  }
  return wrapper;
}

/** `new Date()` and `Date()` read the clock; `new Date(value)` does not and stays allowed. */
const GuardedDate: DateConstructor = new Proxy(RealDate, {
  construct(target, args: unknown[], newTarget): object {
    if (args.length === 0 && active !== null) trap('new Date()');
    return Reflect.construct(target, args, newTarget === GuardedDate ? target : newTarget) as object;
  },
  apply(target, thisArg, args: unknown[]) {
    if (active !== null) trap('Date()');
    return Reflect.apply(target, thisArg, args) as unknown;
  },
});

/** process.exit inside a world would take the harness down with the system under test:
 * it becomes an error thrown into the handler (a sut-error verdict). */
const realExit = process.exit;
function exitGuard(this: unknown, code?: number | string | null): never {
  if (active !== null) throw new Error(`the system under test called process.exit(${code ?? ''})`);
  return realExit.call(process, code as number) as never;
}

// arm once, at load: from here on the globals hold the wrappers
for (let i = 0; i < TARGETS.length; i++) {
  const target = TARGETS[i] as Target;
  setOwn(target, guarded(target.api, ORIGINALS[i]));
}
(globalThis as { Date: DateConstructor }).Date = GuardedDate;
process.exit = exitGuard as typeof process.exit;

/** Work left behind a handler: a promise made inside a world (an async function, a
 * then-callback) would run after its handler returned, outside the step that caused it.
 * An async hook cannot throw, so it reports; the world then ends the run at the next port
 * call or step. Enabled only while a world runs (promise hooks cost outside it). */
export const PROMISE_API = 'Promise (work left behind a handler)';
const promiseHook = createHook({
  init(_id, type) {
    if (type === 'PROMISE' && active !== null) active.onViolation(PROMISE_API);
  },
});

/** What a world throws to unwind a handler. If a continuation the guard reported runs
 * after its world ended and hits one, the rejection is expected, not a harness failure. */
const UNWINDING = new Set<unknown>();
export function unwinding(sentinel: unknown): void {
  UNWINDING.add(sentinel);
}
process.on('unhandledRejection', (reason) => {
  if (UNWINDING.has(reason) || reason instanceof GuardViolation) return;
  throw reason;
});

export function installGuard(context: GuardContext): void {
  if (active !== null) throw new Error('guard already installed: worlds do not nest');
  active = context;
  promiseHook.enable();
}

export function removeGuard(): void {
  promiseHook.disable();
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
export const GUARDED_APIS: readonly string[] = [...new Set(TARGETS.map((t) => t.api)), 'new Date()', PROMISE_API];
