// The timing swarm draws each seed's timeouts, latency, delays, restarts and operator pace
// within stated ranges, deterministically; races fixed timings never run happen there
// (an outcome query while the control plane's own dispatch is unanswered), and the strict
// 5.1 situation is told apart from the loose one.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { runOnce } from '../sim/runner.ts';
import { loadScenario } from '../sim/scenario-file.ts';
import { Stream } from '../sim/rng.ts';
import { swarmTiming, TIMING_RANGES } from '../sim/swarm.ts';
import { generatePlan, QUIRKS } from '../sim/workload.ts';

test('each seed draws its timings within the ranges, the same ones every time', () => {
  const base = loadScenario('timing-swarm');
  const seen = new Set<number>();
  for (let seed = 1n; seed <= 200n; seed++) {
    const drawn = swarmTiming(base, new Stream(seed, 'timing'));
    const again = swarmTiming(base, new Stream(seed, 'timing'));
    assert.equal(drawn.timeouts, again.timeouts);
    const within = (value: number, [low, high]: readonly [number, number]) => value >= low && value <= high;
    assert.ok(within(drawn.timeouts.clientResponseMs, TIMING_RANGES.clientResponseMs));
    assert.ok(within(drawn.timeouts.kernelMs, TIMING_RANGES.kernelMs));
    assert.ok(within(drawn.latencyMs, TIMING_RANGES.latencyMs));
    assert.ok(drawn.faults.restartMsMax >= drawn.faults.restartMsMin && drawn.workload.thinkMsMax > drawn.workload.thinkMsMin);
    seen.add(drawn.timeouts.kernelMs);
  }
  assert.ok(seen.size > 50, 'timings vary from seed to seed');
});

test('the timing swarm reaches the query-during-dispatch race that fixed timings never reach; the reference holds', () => {
  const count = (name: string, seeds: number) => {
    const scenario = loadScenario(name);
    let reached = 0;
    for (let seed = 1n; seed <= BigInt(seeds); seed++) {
      const result = runOnce({ scenario, seed });
      assert.is(result.verdict.kind, 'pass', `${name} seed ${seed}: ${JSON.stringify(result.violations[0] ?? result.verdict)}`);
      if (result.situations.includes('query-during-dispatch')) reached++;
    }
    return reached;
  };
  assert.ok(count('timing-swarm', 150) > 0);
  assert.is(count('mixed', 40), 0);
});

test('strict 5.1 (a confirm reached its issuing incarnation, which crashed before dispatching) in every seed of its directed scenario; rarer than the loose reading in mixed', () => {
  const directed = loadScenario('cp-crash-before-dispatch');
  for (let seed = 1n; seed <= 40n; seed++) assert.ok(runOnce({ scenario: directed, seed }).situations.includes('cp-crash-confirmed-undispatched'), `seed ${seed}`);
  const mixed = loadScenario('mixed');
  let loose = 0;
  let strict = 0;
  for (let seed = 1n; seed <= 60n; seed++) {
    const reached = runOnce({ scenario: mixed, seed }).situations;
    if (reached.includes('cp-crash-before-dispatch')) loose++;
    if (reached.includes('cp-crash-confirmed-undispatched')) strict++;
  }
  assert.ok(strict < loose, `strict ${strict} < loose ${loose}`);
});

test('operator quirks are drawn only where a scenario asks for them; the reference holds with every one', () => {
  const plans = (name: string) => Array.from({ length: 60 }, (_, i) => generatePlan(loadScenario(name).workload, new Stream(BigInt(i + 1), 'workload')));
  const quirks = new Set(plans('timing-swarm').flat(2).map((intent) => intent.quirk).filter((quirk) => quirk !== undefined));
  assert.equal([...quirks].sort(), [...QUIRKS].sort());
  assert.ok(plans('mixed').flat(2).every((intent) => intent.quirk === undefined));
});

test.run();
