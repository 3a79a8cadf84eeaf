// JUnit XML for CI dashboards: one <testsuite> per scenario, one <testcase> per failing
// run (its verdict, violations and replay command in <failure>), and one <testcase> for
// all of a scenario's passing runs together — so `tests` and `failures` count testcases
// exactly, and a million passing runs do not make a million elements.

import type { Aggregate } from './results.ts';
import { describeVerdict } from './verdict.ts';

export function junitXml(total: Aggregate, replay: (scenario: string, seed: string) => string): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const [scenario, totals] of Object.entries(total.byScenario).sort(([a], [b]) => (a < b ? -1 : 1))) {
    const failing = total.failing.filter((line) => line.scenario === scenario);
    const passing = totals.runs - totals.failures;
    const cases: string[] = [];
    for (const line of failing) {
      const details = line.verdict.kind === 'violation'
        ? line.verdict.violations.map((v) => `${v.invariant} [${v.clause}] step ${v.step}: ${v.subject}: ${v.explanation}`).join('\n')
        : describeVerdict(line.verdict);
      const name = line.check === 'determinism' ? `seed ${line.seed} (determinism)` : `seed ${line.seed}`;
      cases.push(
        `    <testcase classname="aerosim.${esc(scenario)}" name="${esc(name)}">\n` +
          `      <failure message="${esc(describeVerdict(line.verdict))}" type="${esc(line.verdict.kind)}">${esc(`${details}\nreplay: ${replay(scenario, line.seed)}`)}</failure>\n` +
          '    </testcase>',
      );
    }
    if (passing > 0) cases.push(`    <testcase classname="aerosim.${esc(scenario)}" name="${passing} passing runs"/>`);
    tests += cases.length;
    failures += failing.length;
    suites.push(
      `  <testsuite name="${esc(scenario)}" tests="${cases.length}" failures="${failing.length}" errors="0" skipped="0">\n` +
        `    <properties><property name="runs" value="${totals.runs}"/><property name="events" value="${totals.events}"/></properties>\n` +
        `${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return `<?xml version="1.0" encoding="UTF-8"?>\n<testsuites name="aerosim" tests="${tests}" failures="${failures}" errors="0">\n${suites.join('\n')}\n</testsuites>\n`;
}

function esc(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f]/g, '');
}
