// The indexes that keep the oracles' work per event independent of a run's length must
// answer exactly what the scans they replaced answered: a reference model rolled back to a
// mark equals one rebuilt from the log's prefix; Owed.clearFor equals removing the client
// from every request; a long run's verdict is the same in two processes.

import { spawnSync } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Operation } from '../src/protocol.ts';
import { AuditComplete } from '../sim/invariants/audit.ts';
import { Facts, Owed } from '../sim/invariants/facts.ts';
import { OutcomeFromKernel } from '../sim/invariants/outcomes.ts';
import { Operator } from '../sim/operator.ts';
import type { Scenario } from '../sim/scenario.ts';
import { CONTROL_PLANE, FIRST_CLIENT, KERNEL, Process, type World } from '../sim/world.ts';
import { type Mark, ReferenceModel } from '../sim/reference-model.ts';
import { Stream } from '../sim/rng.ts';

const NAMES = ['a', 'b', 'c', 'd'];
const FIELDS = ['id', 'email', 'ts'];

function operation(rng: Stream): Operation {
  const pick = <T>(list: readonly T[]) => list[Math.floor(rng.float() * list.length)] as T;
  switch (Math.floor(rng.float() * 7)) {
    case 0:
      return { kind: 'create-collection', name: pick(NAMES), indexes: FIELDS.filter(() => rng.float() < 0.5) };
    case 1:
      return { kind: 'drop-collection', name: pick(NAMES) };
    case 2:
      return { kind: 'rename-collection', from: pick(NAMES), to: pick(NAMES) };
    case 3:
      return { kind: 'create-index', collection: pick(NAMES), field: pick(FIELDS) };
    case 4:
      return { kind: 'drop-index', collection: pick(NAMES), field: pick(FIELDS) };
    case 5:
      return { kind: 'set-config', key: pick(['k1', 'k2']), value: pick(['x', 'y', 'z']) };
    default:
      return { kind: 'create-snapshot', name: pick(['s1', 's2', 's3']) };
  }
}

function rebuilt(operations: readonly Operation[]): ReferenceModel {
  const model = new ReferenceModel();
  for (const op of operations) model.apply(op);
  return model;
}

test('a reference model rolled back to a mark is the model rebuilt from the operations before it', () => {
  for (let seed = 1; seed <= 200; seed++) {
    const rng = new Stream(BigInt(seed), 'oracle-indexes');
    const model = new ReferenceModel(true);
    const applied: Operation[] = [];
    const marks: Mark[] = [model.mark()];
    let rollbacks = 0;
    for (let step = 0; step < 60; step++) {
      if (rng.float() < 0.15 && applied.length > 0) {
        // a crash losing a suffix of the log: back to an earlier prefix
        const keep = Math.floor(rng.float() * (applied.length + 1));
        model.rollback(marks[keep] as Mark);
        applied.length = keep;
        marks.length = keep + 1;
        rollbacks++;
        const fresh = rebuilt(applied);
        assert.is(model.fingerprint(), fresh.fingerprint(), `seed ${seed} step ${step}: fingerprint after rolling back to ${keep}`);
        assert.is(model.canonical(), fresh.canonical(), `seed ${seed} step ${step}: state after rolling back to ${keep}`);
        continue;
      }
      const op = operation(rng);
      model.apply(op);
      applied.push(op);
      marks.push(model.mark());
    }
    assert.ok(rollbacks > 0, `seed ${seed} rolled back at least once`);
    assert.is(model.canonical(), rebuilt(applied).canonical());
  }
});

test('Owed.clearFor removes exactly that one from every request, as a scan of every request did', () => {
  for (let seed = 1; seed <= 100; seed++) {
    const rng = new Stream(BigInt(seed), 'oracle-indexes');
    const owed = new Owed();
    const naive = new Map<string, number[]>();
    const requests = ['r1', 'r2', 'r3', 'r4', 'r5', 'r6'];
    for (let step = 0; step < 300; step++) {
      const requestId = requests[Math.floor(rng.float() * requests.length)] as string;
      const who = 10 + Math.floor(rng.float() * 3);
      const roll = rng.float();
      if (roll < 0.5) {
        owed.add(requestId, who);
        const list = naive.get(requestId) ?? [];
        if (!list.includes(who)) list.push(who);
        naive.set(requestId, list);
      } else if (roll < 0.8) {
        owed.remove(requestId, who);
        naive.set(requestId, (naive.get(requestId) ?? []).filter((w) => w !== who));
      } else {
        owed.clearFor(who);
        for (const [key, list] of naive) naive.set(key, list.filter((w) => w !== who));
      }
      for (const key of requests) assert.equal(owed.of(key), naive.get(key) ?? [], `seed ${seed} step ${step}: ${key}`);
    }
  }
});

// The cases a review of the indexes found (drivers feeding the observers by hand, as the
// world would): each failed with the first version of its index.

/** A world as the observers read it, by hand. */
function handWorld(): World & { steps: number; time: number } {
  const world = { steps: 1, time: 10, currentEvent: null, cause: 0, clockOf: () => world.time, stepKind: () => 'hand', timerDelay: (_address: number, ms: number) => ms, options: { plan: [] } };
  return world as unknown as World & { steps: number; time: number };
}

/** Sends and appends fed to the facts, then to one oracle, as the world's hooks do. */
function feeder(world: World, facts: Facts, oracle: { onSend(...args: never[]): void; onAppend(...args: never[]): void }) {
  const observer = oracle as unknown as Facts;
  let id = 0;
  return {
    get id() {
      return id;
    },
    send(from: Process, to: Process, message: object): void {
      id++;
      facts.onSend(world, id, 0, from, to, message as never, null);
      observer.onSend(world, id, 0, from, to, message as never);
    },
    append(process: Process, record: object): void {
      process.records.push(record as never);
      facts.onAppend(world, process, record as never);
      observer.onAppend(world, process, record as never);
    },
  };
}

function live(address: number, role: string, name: string): Process {
  const process = new Process(address, role as never, 0, name);
  process.incarnation = 1;
  process.up = true;
  return process;
}

test('audit.complete: two lost "unknown" records of one request leave it not unknown', () => {
  const facts = new Facts([]);
  const audit = new AuditComplete(facts, { timeouts: { kernelMs: 100 } } as unknown as Scenario);
  const world = handWorld();
  const cp = live(CONTROL_PLANE, 'control-plane', 'control-plane');
  const client = live(FIRST_CLIENT, 'client', 'client-0');
  const feed = feeder(world, facts, audit);
  const send = feed.send;
  const append = (record: object) => feed.append(cp, record);
  const submit = { kind: 'submit', requestId: 'r1', operation: { kind: 'drop-collection', name: 'a' } };
  send(client, cp, submit);
  world.steps++;
  facts.onDeliver(world, feed.id, client.address, 1, cp, submit as never, false);
  audit.onDeliver(world, feed.id, client.address, 1, cp, submit as never);
  // two network copies of the submit: the duplicates the two records log
  for (let copy = 0; copy < 2; copy++) {
    facts.onDeliver(world, feed.id, client.address, 1, cp, submit as never, true);
    audit.onDeliver(world, feed.id, client.address, 1, cp, submit as never);
  }
  append({ kind: 'AUDIT', failure: 'duplicate-request', timeMs: world.time, requestId: 'r1', outcome: 'unknown' });
  world.steps++;
  append({ kind: 'AUDIT', failure: 'duplicate-request', timeMs: world.time, requestId: 'r1', outcome: 'unknown' });
  const lost = cp.records.splice(0, 2);
  cp.synced = 0;
  facts.onCrash(world, cp, 'crash', lost);
  audit.onCrash(world, cp, lost);
  cp.incarnation = 2;
  world.steps++;
  world.time = 50;
  send(cp, client, { kind: 'answer', requestId: 'r1', outcome: 'executed', source: 'kernel', rejection: null, text: 'done' });
  assert.equal(audit.violations.map((violation) => violation.explanation), [], 'no "unknown" survived the crash to be resolved');
});

test('operators: a request shown an outcome that reads as open is found open again', () => {
  const commands: { kind: string; requestId?: string }[] = [];
  const host = { command: (_operator: number, command: { kind: string }) => commands.push(command), wake() {}, planDone() {}, requestsSeen: () => [] };
  const plan = [{ kind: 'valid', operation: { kind: 'drop-collection', name: 'a' }, thinkMs: 1, reissue: false, ask: false }];
  const operator = new Operator(0, plan as never, 100, host as never);
  const outcome = (requestId: string, word: string) => operator.onDisplay({ kind: 'outcome', requestId, outcome: word, source: 'kernel', rejection: null, text: '?' } as never);
  operator.onDisplay({ kind: 'request-id', intent: 0, requestId: 'r1' } as never);
  operator.onDisplay({ kind: 'request-id', intent: 0, requestId: 'r2' } as never);
  outcome('r1', 'executed');
  outcome('r2', 'executed');
  const inside = operator as unknown as { firstUnresolved(): string | null; askInQuiet(): void };
  assert.is(inside.firstUnresolved(), null); // both settled: the search starts past them now
  operator.enterQuiet();
  outcome('r1', 'waiting'); // a broken client's word for an outcome
  assert.equal(operator.unresolved(), ['r1']);
  assert.is(inside.firstUnresolved(), 'r1');
  inside.askInQuiet();
  assert.equal(commands.at(-1), { kind: 'ask-outcome', requestId: 'r1' });
});

test('kernel.atomic\'s model: a key set to undefined is rolled back to undefined, not removed', () => {
  const model = new ReferenceModel(true);
  model.apply({ kind: 'set-config', key: 'k' } as unknown as Operation);
  const mark = model.mark();
  model.apply({ kind: 'set-config', key: 'k', value: 'x' });
  model.rollback(mark);
  assert.is(model.canonical(), rebuilt([{ kind: 'set-config', key: 'k' } as unknown as Operation]).canonical());
});

test('outcome.from-kernel judges a reply after a lossy crash against the request\'s first record as the log stands', () => {
  // (the first version cached a log index that a crash could leave pointing past the
  // request's first record: a reply stating EXEC over a first FENCE went unflagged)
  const facts = new Facts([]);
  const oracle = new OutcomeFromKernel(facts, null);
  const world = handWorld();
  const kernel = live(KERNEL, 'kernel', 'kernel');
  const cp = live(CONTROL_PLANE, 'control-plane', 'control-plane');
  const operation = { kind: 'drop-collection', name: 'a' };
  const feed = feeder(world, facts, oracle);
  const send = (message: object) => feed.send(kernel, cp, message);
  const append = (record: object) => feed.append(kernel, record);
  const sync = () => {
    kernel.synced = kernel.records.length;
    facts.onSync(world, kernel);
  };
  append({ kind: 'EXEC', requestId: 'a', operation });
  sync();
  world.steps++;
  append({ kind: 'EXEC', requestId: 'b', operation });
  append({ kind: 'EXEC', requestId: 'r', operation });
  send({ kind: 'decision', requestId: 'r', decision: { kind: 'EXEC' } }); // before its sync
  oracle.onHandled(world, kernel);
  const lost = kernel.records.splice(1, 2);
  kernel.synced = 1;
  facts.onCrash(world, kernel, 'crash', lost);
  oracle.onCrash(world, kernel);
  kernel.incarnation = 2;
  world.steps++;
  append({ kind: 'FENCE', requestId: 'r' });
  append({ kind: 'EXEC', requestId: 'r', operation });
  sync();
  send({ kind: 'decision', requestId: 'r', decision: { kind: 'EXEC' } });
  oracle.onHandled(world, kernel);
  const explanations = oracle.violations.map((violation) => violation.explanation);
  assert.is(explanations.length, 2, explanations.join('\n'));
  assert.match(explanations[1] ?? '', /first decision for it is FENCE/);
});

test('a long run (16 times the actions of mixed) gives the same verdict and trace in two processes', () => {
  const script = `
    const { runOnce } = await import('./sim/runner.ts');
    const { loadScenario } = await import('./sim/scenario-file.ts');
    const r = runOnce({ scenario: loadScenario('bench/scenarios/mixed-long480.json'), seed: 7n });
    console.log(JSON.stringify({ verdict: r.verdict, hash: r.hash, situations: r.situations, checks: r.checks }));`;
  const outputs = [0, 1].map(() => spawnSync(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', script], { encoding: 'utf8' }));
  for (const output of outputs) assert.is(output.status, 0, output.stderr);
  assert.is(outputs[0]?.stdout, outputs[1]?.stdout);
  const first = JSON.parse(outputs[0]?.stdout ?? '{}') as { checks: Record<string, number>; situations: string[] };
  // the run reached crashes of the control plane with work in flight, and the rules ran
  assert.ok(first.situations.includes('cp-restart-work-in-flight'), first.situations.join(', '));
  assert.ok(Object.values(first.checks).every((count) => count > 0), JSON.stringify(first.checks));
});

test.run();
