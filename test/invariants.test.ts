// The oracles are evaluated: on the reference, every invariant performs checks and holds,
// and on each directed scenario every invariant of a clause it claims makes checks where
// its property was at stake (so an oracle that silently stops looking is caught).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { cpRewordsRejection } from '../mutants/control-plane.ts';
import { INVARIANTS } from '../sim/invariants/index.ts';
import type { Scenario } from '../sim/scenario.ts';
import type { Plan } from '../sim/workload.ts';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';
import { run, scenarioFrom, testSeeds } from './kit.ts';

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

test('on each directed scenario, every invariant of a clause it claims makes meaningful checks', () => {
  // an invariant whose property was never at stake on a scenario aimed at its clause
  // proves nothing there: a check is meaningful when a fault or a failure path touched
  // what it checked (sim/invariants/README.md)
  const seeds = testSeeds(20);
  for (const name of builtinScenarioNames()) {
    const scenario = loadScenario(name);
    if (scenario.clauses.length === 0) continue;
    const meaningful: Record<string, number> = {};
    for (let seed = 1n; seed <= BigInt(seeds); seed++) {
      const result = run({ scenario, seed });
      assert.is(result.verdict.kind, 'pass', `${name} seed ${seed}: ${JSON.stringify(result.violations[0])}`);
      for (const [id, n] of Object.entries(result.meaningful)) meaningful[id] = (meaningful[id] ?? 0) + n;
    }
    for (const invariant of INVARIANTS) {
      if (invariant.id === 'determinism') continue;
      const clauses = invariant.clause.split(',').map((clause) => clause.trim());
      if (!clauses.some((clause) => scenario.clauses.includes(clause))) continue;
      assert.ok((meaningful[invariant.id] ?? 0) > 0, `${name} claims clause ${scenario.clauses.join(', ')}, but ${invariant.id} made no meaningful check over ${seeds} seeds`);
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
  assert.match(violation.explanation, /the kernel rejected .* answered .*verbatim/);
});

test('what the oracles keep is their own: seeds judged again after other runs, on the same scenario objects and on a plan passed in, get the same result and plan', () => {
  // runOnce empties the oracles' own containers once the result is taken (releaseOracles):
  // if one of them were a scenario's, a plan's or a module's, a later run would be judged
  // on what an earlier one left or removed (the second pass runs on the first pass's plans)
  const cases = [
    ['mixed', undefined],
    ['swarm', undefined],
    ['kernel-rejection', cpRewordsRejection],
    ['invalid-request', undefined],
    ['cp-crash-during-dispatch', undefined],
  ] as const;
  // one scenario object per name, shared by its seeds, as in a sweep
  const scenarios = new Map<string, Scenario>(cases.map(([name]) => [name, scenarioFrom(name)]));
  // a plan passed in (as a replay and a shrink pass theirs) is the caller's, and stays so
  const plans = new Map<string, Plan>();
  const judged = (name: string, sut: (typeof cases)[number][1], seed: bigint) => {
    const plan = plans.get(`${name} ${seed}`);
    const result = run({ scenario: scenarios.get(name), seed, ...(sut !== undefined ? { sut } : {}), ...(plan !== undefined ? { plan } : {}) });
    if (plan === undefined) plans.set(`${name} ${seed}`, result.plan);
    return JSON.stringify([result.hash, result.verdict, result.checks, result.meaningful, result.situations, result.livenessBoundMs, result.plan]);
  };
  const first = new Map<string, string>();
  for (const [name, sut] of cases) for (const seed of [1n, 2n, 3n]) first.set(`${name} ${seed}`, judged(name, sut, seed));
  assert.ok([...first.values()].some((line) => line.includes('"violation"')), 'a mutant with violations is among them');
  for (const [name, sut] of [...cases].reverse()) {
    for (const seed of [3n, 2n, 1n]) assert.is(judged(name, sut, seed), first.get(`${name} ${seed}`), `${name} seed ${seed} judged again`);
  }
});

test.run();
