// The determinism re-run in a separate process. Reads one JSON argument — a scenario (name
// or file), a system under test (as a SutRef) and seeds — runs each seed once and prints one
// JSON line per seed: its hash and per-step chain. The parent starts it under another TZ,
// LANG and heap limit, so that a system whose behaviour depends on any of them, or on
// anything else about the process, is told apart from one that is deterministic.

import { runOnce } from './runner.ts';
import { loadScenario } from './scenario-file.ts';
import { resolveSut, type SutRef } from './sut.ts';

interface Request {
  readonly scenario: string;
  readonly sut: SutRef;
  readonly seeds: readonly string[];
}

const request = JSON.parse(process.argv[2] ?? '{}') as Request;
const scenario = loadScenario(request.scenario);
const sut = await resolveSut(request.sut);
const out: string[] = [];
for (const seed of request.seeds) {
  const result = runOnce({ scenario, seed: BigInt(seed), sut, check: false });
  out.push(JSON.stringify({ seed, hash: result.hash, chain: [...(result.world?.trace.chainSnapshot() ?? [])] }));
}
process.stdout.write(`${out.join('\n')}\n`);
