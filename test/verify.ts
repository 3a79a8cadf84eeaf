// `npm run verify`: the full seed volumes that are too slow for `npm test`. Each check
// prints what it ran and what it found; the process exits 1 if any check fails.
//
//   - 10,000 seeds of `mixed` run with no harness error (issue: the deterministic world)

import { runOnce } from '../sim/runner.ts';
import { loadScenario } from '../sim/scenario-file.ts';
import { describeVerdict } from '../sim/verdict.ts';

const realNow = performance.now.bind(performance);
let failed = 0;

function check(name: string, body: () => string | null): void {
  const started = realNow();
  const problem = body();
  const seconds = ((realNow() - started) / 1000).toFixed(1);
  if (problem === null) process.stdout.write(`ok    ${name} (${seconds} s)\n`);
  else {
    failed++;
    process.stdout.write(`FAIL  ${name} (${seconds} s)\n      ${problem}\n`);
  }
}

check('10,000 seeds of mixed: no harness error, every run ends', () => {
  const scenario = loadScenario('mixed');
  const verdicts = new Map<string, number>();
  let events = 0;
  let firstBad: string | null = null;
  for (let seed = 1n; seed <= 10_000n; seed++) {
    const result = runOnce({ scenario, seed });
    events += result.events;
    verdicts.set(result.verdict.kind, (verdicts.get(result.verdict.kind) ?? 0) + 1);
    if (result.verdict.kind === 'harness-error' && firstBad === null) firstBad = `seed ${seed}: ${describeVerdict(result.verdict)}`;
  }
  process.stdout.write(`      ${events} events; verdicts ${JSON.stringify(Object.fromEntries(verdicts))}\n`);
  return firstBad;
});

process.exitCode = failed > 0 ? 1 : 0;
