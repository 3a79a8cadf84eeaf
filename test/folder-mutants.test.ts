// Every red team's --sut module (mutants/red-team-*/, correct-* systems left out) still fails:
// a regression guard for the ~320 that were caught when written and never catalogued. Each
// is hunted in process over seeds 1–20 of every built-in scenario, then, if every run
// passed, re-run to compare trace hashes (test/folder-mutants.ts). ~18 s in all.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { builtinScenarioNames, loadScenario } from '../sim/scenario-file.ts';
import { folderMutantFiles, huntFolderMutant } from './folder-mutants.ts';

const scenarios = builtinScenarioNames().map((name) => loadScenario(name));
const files = folderMutantFiles();

test('the red-team folders hold their modules (none lost from the guard)', () => {
  assert.ok(files.length >= 320, `${files.length} --sut modules found under mutants/red-team-*/`);
});

for (const file of files) {
  test(`${file} fails within 20 seeds of every scenario`, async () => {
    const hunt = await huntFolderMutant(file, 20, scenarios);
    assert.ok(hunt.caught !== null, `${file} passed ${hunt.runs} runs (seeds 1–20 × ${scenarios.length} scenarios, each run twice): an oracle lost it`);
    assert.not.match(hunt.caught ?? '', /^not a system under test/, `${file}: ${hunt.caught}`);
  });
}

test.run();
