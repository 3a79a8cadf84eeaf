// sim/rng.ts writes seedrandom's Alea out by hand: every stream must draw the very doubles
// the library draws for the same string seed, or every run's meaning would change.

import seedrandom from 'seedrandom';
import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Stream } from '../sim/rng.ts';

test('a Stream draws exactly what seedrandom.alea draws for its seed', () => {
  const seeds = [0n, 1n, 2n, 42n, 999n, 123456789n, (1n << 64n) - 1n, 0xdeadbeefcafen];
  for (let seed = 3n; seed < 300n; seed += 7n) seeds.push(seed);
  for (const seed of seeds) {
    for (const name of ['workload', 'network', 'faults', 'timing', 'swarm', 'clocks', '', 'ü/ß 名前']) {
      const ours = new Stream(seed, name);
      const theirs = seedrandom.alea(`${seed.toString()}/${name}`);
      for (let draw = 0; draw < 200; draw++) {
        const expected = theirs();
        const got = ours.float();
        if (!Object.is(got, expected)) assert.unreachable(`seed ${seed} stream ${name} draw ${draw}: ${got} ≠ ${expected}`);
      }
    }
  }
});

test.run();
