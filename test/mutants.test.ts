// The oracles have teeth: every mutant is caught by the invariant it targets; mutants that
// only misbehave on a failure path pass `calm` clean, as a real bug would; the reference
// passes the determinism check across isolates and a module-state leak does not.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { MUTANTS } from '../mutants/index.ts';
import { checkDeterminism } from '../sim/determinism.ts';
import { INVARIANTS } from '../sim/invariants/index.ts';
import { WorkerPool } from '../sim/pool.ts';
import { reference } from '../src/index.ts';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';
import { run, scenarioFrom, testSeeds } from './kit.ts';

/** The default scenario set, as `aerosim mutants` uses it. */
const scenarios = builtinScenarioNames().map((name) => loadScenario(name));

test('every invariant is targeted by at least one mutant', () => {
  for (const { id } of INVARIANTS) {
    assert.ok(MUTANTS.some((mutant) => mutant.targets === id), `no mutant targets ${id}`);
  }
});

for (const mutant of MUTANTS) {
  if (mutant.targets === 'determinism') continue;
  test(`${mutant.name} is caught by ${mutant.targets}`, () => {
    const limit = testSeeds(100);
    for (let seed = 1n; seed <= BigInt(limit); seed++) {
      for (const scenario of scenarios) {
        const result = run({ scenario, seed, sut: mutant });
        if (result.violations.some((violation) => violation.invariant === mutant.targets)) {
          // with that one invariant switched off, the very same run happens (the oracles only
          // observe: same trace hash, so the bad behaviour is still reached) and nothing
          // reports the target: the verdict came from that invariant, not from a label
          const without = run({ scenario, seed, sut: mutant, disabled: new Set([mutant.targets]) });
          assert.is(without.hash, result.hash, 'the same run, with the invariant off');
          assert.not.ok(without.violations.some((violation) => violation.invariant === mutant.targets));
          return;
        }
      }
    }
    assert.unreachable(`${mutant.name} survived ${limit} seeds of every scenario`);
  });
}

test('mutants that only misbehave on a failure path pass calm clean', () => {
  // 4 seeds each here (~150 mutants); npm run verify runs 300
  const seeds = testSeeds(4);
  const calm = scenarioFrom('calm');
  for (const mutant of MUTANTS.filter((m) => m.failurePathOnly)) {
    for (let seed = 1n; seed <= BigInt(seeds); seed++) {
      const result = run({ scenario: calm, seed, sut: mutant });
      assert.is(result.verdict.kind, 'pass', `${mutant.name} failed calm seed ${seed}: ${JSON.stringify(result.violations[0])}`);
    }
  }
});

test('determinism: the reference gives the same hash in another worker; a module-state leak does not', async () => {
  const pool = new WorkerPool(1);
  try {
    const scenario = scenarioFrom('calm');
    const seeds = ['1', '2', '3'];
    const clean = await checkDeterminism(pool, scenario, seeds, reference, { kind: 'reference' });
    assert.is(clean.checks, 3);
    assert.equal(clean.violations, []);

    const leaky = MUTANTS.find((mutant) => mutant.targets === 'determinism');
    assert.ok(leaky !== undefined);
    for (const seed of seeds) run({ scenario, seed: BigInt(seed), sut: leaky }); // leave state behind here
    const caught = await checkDeterminism(pool, scenario, seeds, leaky, { kind: 'mutant', name: leaky.name });
    assert.ok(caught.violations.length > 0, 'the leak is caught');
    const violation = caught.violations[0];
    assert.is(violation?.invariant, 'determinism');
    assert.match(violation?.explanation ?? '', /parts at step \d+|part at step \d+/);
    assert.ok((violation?.step ?? -1) >= 0);
  } finally {
    await pool.close();
  }
});

test.run();
