// Fault witnesses: every injected fault records what it changed, and a fault that changed
// nothing a run could notice is counted apart (not in the heatmap, not as coverage).

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { anchorAddressOf, anchorKey, anchorKindOf, DecisionKind, type DecisionValue, unpackAnchor, Witness } from '../sim/decisions.ts';
import { decisionPoints, learn } from '../sim/explore.ts';
import { runOnce } from '../sim/runner.ts';
import { loadScenario } from '../sim/scenario-file.ts';
import { faultMix, phaseOf } from '../sim/summary.ts';
import { reference } from '../src/index.ts';

const scenario = loadScenario('calm');
const points = learn(scenario, 1n, reference);
const sends = points.anchors.filter((key) => unpackAnchor(key).kind === 'send');
const site = (key: number) => points.sites.get(key) ?? '';

function witnessOf(key: number, value: DecisionValue): number {
  const result = runOnce({ scenario, seed: 1n, schedule: new Map([[key, value]]), plan: points.plan });
  assert.is(result.verdict.kind, 'pass', `${site(key)}: ${JSON.stringify(result.verdict)}`);
  return result.witnessed.get(key) ?? 0;
}

test('a drop removed the only copy; a copy at once arrives after its original was handled', () => {
  const submit = sends.find((key) => site(key).startsWith('fate of submit')) as number;
  assert.ok(submit !== undefined);
  assert.is(witnessOf(submit, { drop: true, delayMs: 0, duplicateDelayMs: -1, partitionMs: 0 }), Witness.drop);
  assert.is(witnessOf(submit, { drop: false, delayMs: 0, duplicateDelayMs: 0, partitionMs: 0 }), Witness.duplicate);
});

test('a delay of the last message reorders nothing: idle; a long delay of a submit reorders the client’s timer', () => {
  const last = sends[sends.length - 1] as number;
  assert.is(witnessOf(last, { drop: false, delayMs: 1, duplicateDelayMs: -1, partitionMs: 0 }), 0, site(last));
  const challenge = sends.find((key) => site(key).startsWith('fate of challenge')) as number;
  // the client's response timeout (300 ms) fires before a challenge delayed 400 ms arrives
  assert.is(witnessOf(challenge, { drop: false, delayMs: 400, duplicateDelayMs: -1, partitionMs: 0 }) & Witness.delay, Witness.delay);
});

test('a crash at a port call interrupts a handler; a loss of unsynced records is witnessed', () => {
  const append = points.anchors.find((key) => unpackAnchor(key).kind === 'portCrash' && site(key).startsWith('sync') && site(key).includes('kernel')) as number;
  assert.ok(append !== undefined, 'a kernel sync call');
  const { address, incarnation } = unpackAnchor(append);
  const lossKey = anchorKey(address, incarnation, DecisionKind.diskLoss, 0);
  const result = runOnce({ scenario, seed: 1n, schedule: new Map<number, DecisionValue>([[append, 1], [lossKey, 1]]), plan: points.plan });
  assert.is(result.verdict.kind, 'pass');
  assert.is(result.witnessed.get(append), Witness.crash);
  assert.is(result.witnessed.get(lossKey), Witness.loss);
});

test('the mix counts witnessed faults; the idle ones apart', () => {
  const submit = sends.find((key) => site(key).startsWith('fate of submit')) as number;
  const drop = new Map<number, DecisionValue>([[submit, { drop: true, delayMs: 0, duplicateDelayMs: -1, partitionMs: 0 }]]);
  // the last message of the run the drop makes
  const after = decisionPoints(scenario, 1n, reference, points.plan, drop).keys.filter((key) => unpackAnchor(key).kind === 'send');
  const schedule = new Map<number, DecisionValue>([...drop, [after[after.length - 1] as number, { drop: false, delayMs: 1, duplicateDelayMs: -1, partitionMs: 0 }]]);
  const result = runOnce({ scenario, seed: 1n, schedule, plan: points.plan });
  const { mix, idle } = faultMix(result.schedule, result.fingerprints, result.witnessed);
  assert.equal(Object.keys(mix), ['drop|submit|client']);
  assert.is(Object.values(idle).reduce((a, b) => a + b, 0), 1);
  assert.ok(Object.keys(idle)[0]?.startsWith('delay|'));
});

test('over a sweep of mixed, every fault is counted once, witnessed or idle', () => {
  const mixed = loadScenario('mixed');
  let witnessed = 0;
  let idle = 0;
  let faults = 0;
  for (let seed = 1n; seed <= 30n; seed++) {
    const result = runOnce({ scenario: mixed, seed });
    const split = faultMix(result.schedule, result.fingerprints, result.witnessed);
    witnessed += Object.values(split.mix).reduce((a, b) => a + b, 0);
    idle += Object.values(split.idle).reduce((a, b) => a + b, 0);
    for (const value of result.schedule.values()) {
      faults += typeof value === 'number' ? 1 : (value.drop ? 1 : 0) + (value.delayMs > 0 ? 1 : 0) + (value.duplicateDelayMs >= 0 ? 1 : 0) + (value.partitionMs > 0 ? 1 : 0);
    }
  }
  assert.is(witnessed + idle, faults);
  assert.ok(witnessed > 0 && idle > 0, `${witnessed} witnessed, ${idle} idle`);
});


test('a fault is filed under the protocol phase its fingerprint names', () => {
  assert.is(phaseOf('fate of submit r1 by client-0 to control-plane'), 'submit');
  assert.is(phaseOf('before deliver confirm by control-plane'), 'confirm');
  // a timer has no kind: the event is the phase
  assert.is(phaseOf('before timer  by client-1'), 'timer');
  assert.is(phaseOf('after dispatch r4 by kernel'), 'dispatch');
  assert.is(phaseOf('send answer r2 by control-plane to client-0'), 'answer');
  // a call with no kind (sync, drawId) is its own phase
  assert.is(phaseOf('sync  by kernel'), 'sync');
  assert.is(phaseOf('append by kernel'), 'append');
  assert.is(phaseOf('fate'), 'fate');
  assert.is(phaseOf(''), '?');
  // and the anchor's own fields, read without unpacking it
  const key = anchorKey(3, 7, DecisionKind.diskLoss, 12);
  assert.is(anchorKindOf(key), 'diskLoss');
  assert.is(anchorAddressOf(key), 3);
});

test.run();
