// The determinism re-run in a separate process. Reads one JSON request (or an array of
// them) on stdin — a scenario (name, file or the scenario itself), a system under test (as
// a SutRef), seeds, and optionally a recorded schedule to replay, whether to explain, and
// the hashes expected — runs each seed once and prints one JSON line per seed: its hash,
// per-step chain (unless it gave the expected hash) and, when asked, what went into the
// hash at each step. The parent starts two, each under another TZ, LANG, heap limit and
// working directory, so that a system whose behaviour depends on any of them, or on
// anything else about the process, is told apart from one that is deterministic.

import { readFileSync } from 'node:fs';
import type { ChildRequest, ChildRun } from './isolated.ts';
import { runOnce } from './runner.ts';
import { loadScenario } from './scenario-file.ts';
import { resolveSut } from './sut.ts';

// one request, or several (a sweep's samples of every scenario: one process, not one each)
const input = JSON.parse(readFileSync(0, 'utf8')) as ChildRequest | ChildRequest[];
const requests = Array.isArray(input) ? input : [input];
const out: string[] = [];
for (const [group, request] of requests.entries()) {
  const scenario = typeof request.scenario === 'string' ? loadScenario(request.scenario) : request.scenario;
  const sut = await resolveSut(request.sut);
  const replay = request.replay;
  for (const [index, seed] of request.seeds.entries()) {
    const result = runOnce({
      scenario,
      seed: BigInt(seed),
      sut,
      check: false,
      explain: request.explain === true,
      ...(replay !== undefined ? { schedule: new Map(replay.schedule), fingerprints: new Map(replay.fingerprints), plan: replay.plan } : {}),
    });
    const trace = result.world?.trace;
    // the chain only where it is needed: to name the step of a mismatch
    const expected = request.hashes?.[index];
    const run: ChildRun = {
      seed,
      group,
      hash: result.hash,
      chain: expected === result.hash ? [] : [...(trace?.chainSnapshot() ?? [])],
      ...(trace?.fields != null ? { fields: trace.fields, fieldSteps: trace.fieldSteps ?? [] } : {}),
    };
    out.push(JSON.stringify(run));
    trace?.release();
  }
}
process.stdout.write(`${out.join('\n')}\n`);
