// The world's pinned semantics: crash points, disk loss, network faults, the guard,
// determinism within one process.

import nodeCrypto from 'node:crypto';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import os from 'node:os';
import { GUARDED_APIS, PROMISE_API } from '../sim/guard.ts';
import type { WorldObserver } from '../sim/observer.ts';
import type { DurableRecord, Message } from '../src/protocol.ts';
import { KERNEL, CONTROL_PLANE, CLIENT0, run, scenarioFrom, schedule, startScript, sutWith, testSeeds } from './kit.ts';

const A: DurableRecord = { kind: 'FENCE', requestId: 'a' };
const B: DurableRecord = { kind: 'FENCE', requestId: 'b' };
const C: DurableRecord = { kind: 'FENCE', requestId: 'c' };

/** A kernel that, in its first incarnation, appends A, syncs, appends B and C, and keeps a
 * volatile counter; every incarnation reports what it found. */
function diskProbe(seen: { records: string[]; counter: number; progress: number }[]) {
  return startScript((port) => {
    const self = { records: port.records().map((r) => (r as { requestId: string }).requestId), counter: 0, progress: 0 };
    seen.push(self);
    if (self.records.length > 0) return;
    self.counter = 42;
    port.append(A);
    self.progress = 1;
    port.sync();
    self.progress = 2;
    port.append(B);
    self.progress = 3;
    port.append(C);
    self.progress = 4;
  });
}

test('a crash loses volatile state and a suffix of the unsynced records, and keeps the synced ones', () => {
  const seen: { records: string[]; counter: number; progress: number }[] = [];
  const result = run({
    check: false, // the probe kernel answers nothing: only the world's mechanics are under test
    sut: sutWith({ kernel: diskProbe(seen) }),
    schedule: schedule([
      { address: KERNEL, incarnation: 1, kind: 'eventCrash', ordinal: 0 },
      { address: KERNEL, incarnation: 1, kind: 'diskLoss', value: 1 },
    ]),
  });
  assert.is(result.verdict.kind, 'pass');
  assert.is(seen.length, 2, 'the kernel restarted once');
  assert.is(seen[0]?.progress, 4);
  assert.equal(seen[1]?.records, ['a', 'b'], 'synced A kept, unsynced B survived, unsynced C lost');
  assert.is(seen[1]?.counter, 0, 'volatile state starts afresh');
  assert.equal(result.missingAnchors, []);
});

test('a crash can lose every unsynced record, never a synced one', () => {
  const seen: { records: string[]; counter: number; progress: number }[] = [];
  run({
    sut: sutWith({ kernel: diskProbe(seen) }),
    schedule: schedule([
      { address: KERNEL, incarnation: 1, kind: 'eventCrash', ordinal: 0 },
      { address: KERNEL, incarnation: 1, kind: 'diskLoss', value: 99 },
    ]),
  });
  assert.equal(seen[1]?.records, ['a']);
});

test('a crash at a port call comes before its effect and unwinds the handler', () => {
  const seen: { records: string[]; counter: number; progress: number }[] = [];
  // port calls of kernel@1: 0 append A, 1 sync, 2 append B — crash at the sync
  const result = run({
    check: false,
    sut: sutWith({ kernel: diskProbe(seen) }),
    schedule: schedule([
      { address: KERNEL, incarnation: 1, kind: 'portCrash', ordinal: 1 },
      { address: KERNEL, incarnation: 1, kind: 'diskLoss', value: 1 },
    ]),
  });
  assert.is(result.verdict.kind, 'pass');
  assert.is(seen[0]?.progress, 1, 'the handler stopped at the sync');
  assert.equal(seen[1]?.records, [], 'A was appended but never synced, and lost');
});

test('a handler that swallows its crash and calls the port again gets sut-swallowed-crash', () => {
  const result = run({
    sut: sutWith({
      kernel: startScript((port) => {
        try {
          port.append(A);
        } catch {
          // swallowed
        }
        port.sync();
      }),
    }),
    schedule: schedule([{ address: KERNEL, incarnation: 1, kind: 'portCrash', ordinal: 0 }]),
  });
  assert.equal(result.verdict, { kind: 'sut-swallowed-crash', actor: 'kernel@1', step: 0, call: 'sync' });
});

test('a handler that throws gets a sut-error verdict naming the actor, not a harness crash', () => {
  const result = run({
    sut: sutWith({ controlPlane: () => ({ onStart: () => {}, onMessage: () => { throw new RangeError('boom'); }, onTimer: () => {} }) }),
  });
  assert.is(result.verdict.kind, 'sut-error');
  if (result.verdict.kind === 'sut-error') {
    assert.is(result.verdict.actor, 'control-plane@1');
    assert.match(result.verdict.message, 'RangeError: boom');
  }
});

test('every guarded API called by an actor is caught, naming the API, the actor and the step', () => {
  const calls: Record<string, () => unknown> = {
    'Math.random': () => Math.random(),
    'Date.now': () => Date.now(),
    'new Date()': () => new Date(),
    'performance.now': () => performance.now(),
    setTimeout: () => setTimeout(() => {}, 1),
    setInterval: () => setInterval(() => {}, 1),
    setImmediate: () => setImmediate(() => {}),
    queueMicrotask: () => queueMicrotask(() => {}),
    'process.nextTick': () => process.nextTick(() => {}),
    'process.hrtime': () => process.hrtime(),
    'process.hrtime.bigint': () => process.hrtime.bigint(),
    'crypto.randomUUID': () => crypto.randomUUID(),
    'crypto.getRandomValues': () => crypto.getRandomValues(new Uint8Array(4)),
    'crypto.randomBytes': () => nodeCrypto.randomBytes(4),
    'crypto.randomInt': () => nodeCrypto.randomInt(10),
    'crypto.randomFillSync': () => nodeCrypto.randomFillSync(new Uint8Array(4)),
    'crypto.randomFill': () => nodeCrypto.randomFill(new Uint8Array(4), () => {}),
    'performance.mark': () => performance.mark('x'),
    'performance.measure': () => performance.measure('x'),
    'performance.timerify': () => performance.timerify(() => {}),
    'performance.eventLoopUtilization': () => performance.eventLoopUtilization(),
    'process.uptime': () => process.uptime(),
    'process.cpuUsage': () => process.cpuUsage(),
    'process.memoryUsage': () => process.memoryUsage(),
    'process.resourceUsage': () => process.resourceUsage(),
    'os.uptime': () => os.uptime(),
    'os.loadavg': () => os.loadavg(),
    'os.freemem': () => os.freemem(),
    ...Object.fromEntries(
      ['toLocaleString', 'toLocaleDateString', 'toLocaleTimeString', 'toString', 'toDateString', 'toTimeString', 'getTimezoneOffset', 'getFullYear', 'getMonth', 'getDate', 'getDay', 'getHours', 'getMinutes', 'getSeconds', 'getMilliseconds', 'getYear'].map((key) => [
        `Date.prototype.${key}`,
        () => (new Date(0) as unknown as Record<string, () => unknown>)[key]?.(),
      ]),
    ),
    [PROMISE_API]: () => Promise.resolve(1).then(() => {}),
    'Number.prototype.toLocaleString': () => (1234.5).toLocaleString(),
    'BigInt.prototype.toLocaleString': () => (12n).toLocaleString(),
    'Array.prototype.toLocaleString': () => [1, 2].toLocaleString(),
    'String.prototype.localeCompare': () => 'a'.localeCompare('b'),
    'String.prototype.toLocaleUpperCase': () => 'a'.toLocaleUpperCase(),
    'String.prototype.toLocaleLowerCase': () => 'A'.toLocaleLowerCase(),
    ...Object.fromEntries(['DateTimeFormat', 'NumberFormat', 'Collator', 'PluralRules', 'RelativeTimeFormat', 'ListFormat', 'DisplayNames', 'Segmenter'].map((key) => [`Intl.${key}`, () => new (Intl as unknown as Record<string, new (...args: unknown[]) => unknown>)[key]!('en', key === 'DisplayNames' ? { type: 'region' } : undefined)])),
  };
  assert.equal(Object.keys(calls).sort(), [...GUARDED_APIS].sort(), 'every guarded API has a probe here');
  for (const [api, call] of Object.entries(calls)) {
    const result = run({
      sut: sutWith({
        controlPlane: () => ({
          onStart: () => {},
          onMessage: () => {
            call();
          },
          onTimer: () => {},
        }),
      }),
    });
    assert.is(result.verdict.kind, 'determinism-violation', api);
    if (result.verdict.kind === 'determinism-violation') {
      assert.is(result.verdict.api, api);
      assert.is(result.verdict.actor, 'control-plane@1');
      assert.ok(result.verdict.step > 4, `${api}: step ${result.verdict.step} names the delivery, after the 5 starts`);
    }
  }
  // and the real functions are back
  assert.type(Math.random(), 'number');
  assert.ok(Date.now() > 0);
});

/** Counts what the network did to each message. */
function networkCounter() {
  const counts = { sent: 0, droppedAtSend: 0, partitionDrops: 0, downDrops: 0, duplicates: 0, delivered: 0 };
  const observer: WorldObserver = {
    onSend: (_w, _id, _cause, _s, _t, _m, dropped) => {
      counts.sent++;
      if (dropped === 'dropped') counts.droppedAtSend++;
      if (dropped === 'partition') counts.partitionDrops++;
    },
    onDrop: (_w, _id, _s, _t, _m, reason) => {
      if (reason === 'partition') counts.partitionDrops++;
      else counts.downDrops++;
    },
    onDeliver: (_w, _id, _s, _si, _t, _m, duplicate) => {
      counts.delivered++;
      if (duplicate) counts.duplicates++;
    },
  };
  return { counts, observer };
}

test('scheduled network faults: a drop, a duplicate, a delay and a partition each show in the trace', () => {
  // client-0@1's first send is its first submit
  const cases = [
    { value: { drop: true }, mark: '[DROPPED]' },
    { value: { duplicateDelayMs: 7 }, mark: '[DUPLICATE copy]' },
    { value: { delayMs: 50 }, mark: 'DELAYED +50 ms' },
    { value: { partitionMs: 100 }, mark: 'PARTITION client-0↔control-plane for 100 ms' },
  ];
  for (const { value, mark } of cases) {
    const result = run({ verbose: true, schedule: schedule([{ address: CLIENT0, incarnation: 1, kind: 'send', ordinal: 0, value }]) });
    assert.is(result.verdict.kind, 'pass', mark);
    const lines = result.lines ?? [];
    assert.ok(lines.some((line) => line.includes(mark)), `${mark} appears in the timeline`);
    assert.equal(result.missingAnchors, []);
  }
});

test('a delayed message arrives later than the base latency, reordering with later sends', () => {
  const deliveries = new Map<number, number>();
  const sends: { id: number; time: number; source: number }[] = [];
  const observer: WorldObserver = {
    onSend: (world, id, _cause, source) => void sends.push({ id, time: world.time, source: source.address }),
    onDeliver: (world, id) => void deliveries.set(id, world.time),
  };
  run({ observers: [observer], schedule: schedule([{ address: CLIENT0, incarnation: 1, kind: 'send', ordinal: 0, value: { delayMs: 50 } }]) });
  const [first, second] = sends.filter((send) => send.source === CLIENT0);
  assert.ok(first !== undefined && second !== undefined);
  assert.is((deliveries.get(first.id) ?? 0) - first.time, 51, 'base latency 1 ms + 50 ms');
  assert.is((deliveries.get(second.id) ?? 0) - second.time, 1, 'the next message takes the base latency');
});

test('under the mixed scenario every network fault kind happens', () => {
  const { counts, observer } = networkCounter();
  const scenario = scenarioFrom('mixed');
  for (let seed = 1n; seed <= 20n; seed++) run({ scenario, seed, observers: [observer] });
  assert.ok(counts.droppedAtSend > 0, 'drops');
  assert.ok(counts.duplicates > 0, 'duplicates');
  assert.ok(counts.partitionDrops > 0, 'partition drops');
  assert.ok(counts.downDrops > 0, 'deliveries to a process that is down');
});

test('deliveries to a process that is down are dropped, and timers die with their incarnation', () => {
  const fired: number[] = [];
  const result = run({
    verbose: true,
    check: false,
    sut: sutWith({
      controlPlane: (port) => ({
        onStart: () => {
          port.setTimer(10, 'tick');
        },
        onMessage: () => {},
        onTimer: () => void fired.push(port.now()),
      }),
    }),
    // control-plane@1 crashes right after its start (which set the timer)
    schedule: schedule([
      { address: CONTROL_PLANE, incarnation: 1, kind: 'eventCrash', ordinal: 0 },
      { address: CONTROL_PLANE, incarnation: 1, kind: 'restart', value: 30 },
    ]),
  });
  assert.is(result.verdict.kind, 'pass');
  assert.equal(fired, [40], 'only the timer of the second incarnation (started at 30) fires');
  assert.ok((result.lines ?? []).some((line) => line.includes('[DROPPED: target down]')), 'a submit reached the control plane while down');
});

test('same scenario and seed give the identical trace in one process; seeds differ', () => {
  const scenario = scenarioFrom('mixed');
  for (const seed of [1n, 42n, 0xffffffffffffffffn]) {
    const a = run({ scenario, seed });
    const b = run({ scenario, seed });
    assert.is(a.hash, b.hash);
    assert.equal(a.world?.trace.snapshot(), b.world?.trace.snapshot());
    assert.equal([...a.schedule], [...b.schedule]);
  }
  const hashes = new Set<string>();
  const count = testSeeds(50);
  for (let seed = 1n; seed <= BigInt(count); seed++) hashes.add(run({ scenario, seed }).hash);
  assert.is(hashes.size, count, 'different seeds, different traces');
});

test('verbose and quiet runs fold the same trace', () => {
  const scenario = scenarioFrom('mixed');
  assert.is(run({ scenario, seed: 7n, verbose: true }).hash, run({ scenario, seed: 7n }).hash);
});

test('an abandoned request sends nothing to the kernel', () => {
  const scenario = scenarioFrom('calm');
  let total = 0;
  for (let seed = 1n; seed <= 30n; seed++) {
    const abandoned = new Set<string>();
    const reachedKernel = new Set<string>();
    const observer: WorldObserver = {
      onCommand: (_w, _c, command) => void (command.kind === 'abandon' && abandoned.add(command.requestId)),
      onSend: (_w, _id, _c, _s, target, message: Message) => void (target.address === KERNEL && reachedKernel.add(message.requestId)),
    };
    run({ scenario, seed, observers: [observer] });
    total += abandoned.size;
    for (const requestId of abandoned) assert.not.ok(reachedKernel.has(requestId), `seed ${seed}: ${requestId} reached the kernel`);
  }
  assert.ok(total > 20, `operators abandoned ${total} requests`);
});

test('a verbose run prints one line per handled step, with time, actor@incarnation and request ids', () => {
  const result = run({ verbose: true, scenario: scenarioFrom('mixed'), seed: 42n });
  const lines = result.lines ?? [];
  assert.ok(lines.length >= result.events / 2);
  assert.ok(lines.some((line) => /^\s+\d+ ms  #\d+\s+control-plane@\d+ ← client-\d@\d+ submit r\d+/.test(line)));
});

test.run();
