// `aerosim sweep`: many seeds of one or all scenarios, on this thread; one line per
// scenario, failures with their replay commands, and a summary.

import { parseSeed, SEED_EXPECTED } from '../rng.ts';
import { runOnce } from '../runner.ts';
import { InputError } from '../scenario-file.ts';
import { resolveSut } from '../sut.ts';
import { describeVerdict, exitCodeOf } from '../verdict.ts';
import { EXIT, type Io, replayCommand, scenariosOf, sutRefOf } from './common.ts';

/** Parses "N" (1..N) or "A..B" (inclusive). */
export function parseSeedRange(text: string): { first: bigint; last: bigint } {
  const range = /^(.+)\.\.(.+)$/.exec(text);
  if (range !== null) {
    const first = parseSeed(range[1] as string);
    const last = parseSeed(range[2] as string);
    if (first === null || last === null || last < first) {
      throw new InputError(`--seeds "${text}" is not a valid range; expected A..B with A ≤ B, each ${SEED_EXPECTED}`);
    }
    return { first, last };
  }
  const count = parseSeed(text);
  if (count === null || count === 0n) throw new InputError(`--seeds "${text}" is not valid; expected a count N ≥ 1 or a range A..B`);
  return { first: 1n, last: count };
}

export async function commandSweep(io: Io, args: { scenario: string; seeds: string; sut?: string | undefined; mutant?: string | undefined }): Promise<number> {
  const { first, last } = parseSeedRange(args.seeds);
  const scenarios = scenariosOf(args.scenario);
  const sutRef = sutRefOf(args);
  const sut = await resolveSut(sutRef);
  let runs = 0;
  let failures = 0;
  let events = 0;
  let worst: number = EXIT.pass;
  for (const scenario of scenarios) {
    let passed = 0;
    const failed = [];
    for (let seed = first; seed <= last; seed++) {
      const result = runOnce({ scenario, seed, sut });
      runs++;
      events += result.events;
      if (result.verdict.kind === 'pass') passed++;
      else failed.push(result);
      worst = Math.max(worst, exitCodeOf(result.verdict));
    }
    failures += failed.length;
    io.out(`${scenario.name.padEnd(12)} ${passed}/${passed + failed.length} pass${failed.length > 0 ? `, ${failed.length} FAILED` : ''}`);
    for (const result of failed.slice(0, 5)) {
      io.out(`  seed ${result.seed}: ${describeVerdict(result.verdict)}\n    replay: ${replayCommand(scenario.name, result.seed, sutRef)}`);
    }
  }
  io.out(`summary: ${runs} runs, ${events} events, ${failures} failed`);
  return worst;
}
