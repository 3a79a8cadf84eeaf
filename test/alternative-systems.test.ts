// A correct system that is not the reference must pass too: the oracles judge the failure
// model, not the reference's design. The group-commit kernel (examples/) acknowledges only
// synced decisions, like the reference, but syncs per batch, so crashes hold multi-record
// unsynced suffixes of which the disk keeps any prefix — the fault model's partial losses,
// which the reference (a sync after every append) never gives.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import groupCommit from '../examples/group-commit-kernel.ts';
import type { WorldObserver } from '../sim/observer.ts';
import { runOnce } from '../sim/runner.ts';
import { loadScenario } from '../sim/scenario-file.ts';
import { KERNEL } from '../sim/world.ts';

test('a group-commit kernel passes; its crashes lose part of a multi-record unsynced suffix', () => {
  const tally = { multi: 0, partial: 0 };
  const observer: WorldObserver = {
    onCrash(_world, process, _cause, lost, unsynced) {
      if (process.address !== KERNEL) return;
      if (unsynced >= 2) tally.multi++;
      if (lost.length > 0 && lost.length < unsynced) tally.partial++;
    },
  };
  // fixed timings: the kernel's batch (10 ms) must fit inside the control plane's kernel
  // timeout, or the quiet phase's liveness rule rightly finds no answer ever arrives
  for (const name of ['kernel-crash-append-sync', 'mixed']) {
    for (let seed = 1n; seed <= 60n; seed++) {
      const result = runOnce({ scenario: loadScenario(name), seed, sut: groupCommit, observers: [observer] });
      assert.is(result.verdict.kind, 'pass', `${name} seed ${seed}: ${result.violations.map((v) => `${v.invariant}: ${v.explanation}`).join(' | ').slice(0, 400)}`);
      result.world?.trace.release();
    }
  }
  assert.ok(tally.multi > 0, `${tally.multi} kernel crashes held ≥ 2 unsynced records`);
  assert.ok(tally.partial > 0, `${tally.partial} lost part of them`);
});

test.run();
