// The indexes that keep the oracles' work per event independent of a run's length must
// answer exactly what the scans they replaced answered: a reference model rolled back to a
// mark equals one rebuilt from the log's prefix; Owed.clearFor equals removing the client
// from every request; a long run's verdict is the same in two processes.

import { spawnSync } from 'node:child_process';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import type { Operation } from '../src/protocol.ts';
import { Owed } from '../sim/invariants/facts.ts';
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
