// Repro files: everything needed to replay a failing run without its seed's PRNG draws —
// the scenario as resolved, the workload as data, and the schedule of environment
// decisions keyed by anchor (process, incarnation, kind, ordinal) — plus the violation
// and the code version it was found with.

import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { anchorKey, DECISION_KIND_NAMES, DecisionKind, type DecisionKindName, type DecisionValue, type Fate, unpackAnchor } from './decisions.ts';
import { writeAtomically } from './files.ts';
import { parseSeed } from './rng.ts';
import { ROOT } from './root.ts';
import type { Scenario } from './scenario.ts';
import { checkScenario, InputError, parseJson } from './scenario-file.ts';
import type { SutRef } from './sut.ts';
import type { RunSummary } from './summary.ts';
import type { Verdict, Violation } from './verdict.ts';
import type { Plan } from './workload.ts';

export const REPRO_FORMAT = 'aerosim-repro/1';
const ROLE_NAMES = ['kernel', 'control-plane'];

export interface ScheduleEntry {
  /** the process: kernel, control-plane, client-0, client-1, … */
  readonly process: string;
  /** the n-th incarnation of that process */
  readonly incarnation: number;
  readonly kind: DecisionKindName;
  readonly ordinal: number;
  /** a message's fate, 1 for a crash, ms for a restart, records for a disk loss */
  readonly value: Fate | number;
  /** what it applied to when recorded (port call, kind, request, process): a replay after
   * a code change checks it, and names the first decision that drifted */
  readonly at?: string;
}

export interface Repro {
  readonly format: typeof REPRO_FORMAT;
  /** as given on the command line (a built-in name or a path) */
  readonly scenarioArg: string;
  readonly scenario: Scenario;
  readonly seed: string;
  readonly sut: SutRef;
  readonly codeVersion: string;
  readonly hash: string;
  readonly verdict: Verdict;
  /** the violation to reproduce (the first), or null for other verdicts */
  readonly violation: Violation | null;
  readonly schedule: readonly ScheduleEntry[];
  readonly workload: Plan;
}

export function processName(address: number): string {
  return address < 2 ? (ROLE_NAMES[address] as string) : `client-${address - 2}`;
}

function addressOf(name: string): number | null {
  if (name === 'kernel') return 0;
  if (name === 'control-plane') return 1;
  const match = /^client-(\d+)$/.exec(name);
  return match !== null ? 2 + Number(match[1]) : null;
}

export function scheduleEntries(schedule: Iterable<readonly [number, DecisionValue]>, fingerprints: ReadonlyMap<number, string> = new Map()): ScheduleEntry[] {
  const entries: ScheduleEntry[] = [];
  for (const [key, value] of schedule) {
    const anchor = unpackAnchor(key);
    const at = fingerprints.get(key);
    entries.push({ process: processName(anchor.address), incarnation: anchor.incarnation, kind: anchor.kind, ordinal: anchor.ordinal, value, ...(at !== undefined ? { at } : {}) });
  }
  return entries;
}

/** The recorded fingerprint of each entry that has one, by anchor key. */
export function scheduleFingerprints(entries: readonly ScheduleEntry[]): Map<number, string> {
  const map = new Map<number, string>();
  for (const entry of entries) {
    const address = addressOf(entry.process);
    if (address === null || typeof entry.at !== 'string') continue;
    map.set(anchorKey(address, entry.incarnation, DecisionKind[entry.kind], entry.ordinal), entry.at);
  }
  return map;
}

export function scheduleMap(entries: readonly ScheduleEntry[]): Map<number, DecisionValue> {
  const map = new Map<number, DecisionValue>();
  for (const entry of entries) {
    const address = addressOf(entry.process);
    if (address === null) throw new InputError(`repro schedule names an unknown process "${entry.process}"`);
    map.set(anchorKey(address, entry.incarnation, DecisionKind[entry.kind], entry.ordinal), entry.value);
  }
  return map;
}

let version: string | null = null;

/** The git commit of the harness checkout, or "unknown". */
export function codeVersion(): string {
  if (version !== null) return version;
  try {
    const commit = execFileSync('git', ['rev-parse', 'HEAD'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    const dirty = execFileSync('git', ['status', '--porcelain', '--untracked-files=no'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }).trim();
    version = dirty === '' ? commit : `${commit}+uncommitted`;
  } catch {
    version = 'unknown';
  }
  return version;
}

export function writeRepro(file: string, repro: Repro): void {
  writeAtomically(file, `${JSON.stringify(repro, null, 1)}\n`);
}

export function readRepro(file: string): Repro {
  let text: string;
  try {
    text = readFileSync(file, 'utf8');
  } catch (error) {
    throw new InputError(`cannot read repro file ${file}: ${(error as NodeJS.ErrnoException).code ?? String(error)}`);
  }
  const data = parseJson(text, file) as Partial<Repro> | null;
  if (data === null || typeof data !== 'object' || data.format !== REPRO_FORMAT) {
    throw new InputError(`${file}: not an AeroSim repro; expected "format": "${REPRO_FORMAT}"`);
  }
  const { scenario, problems } = checkScenario(data.scenario);
  if (scenario === null) throw new InputError(problems.map((problem) => `${file}: $.scenario: ${problem}`).join('\n'));
  const found = checkReproFields(data as Record<string, unknown>);
  if (found.length > 0) throw new InputError(found.map((problem) => `${file}: ${problem}`).join('\n'));
  return { ...(data as Repro), scenario };
}

/** What is wrong with a repro's fields, each as "$.path: what; expected …". */
function checkReproFields(data: Record<string, unknown>): string[] {
  const problems: string[] = [];
  const expect = (path: string, ok: boolean, what: string, value: unknown) => {
    if (!ok) problems.push(`${path}: expected ${what}, found ${value === undefined ? 'nothing' : JSON.stringify(value)?.slice(0, 80)}`);
    return ok;
  };
  const seed = data['seed'];
  expect('$.seed', typeof seed === 'string' && parseSeed(seed) !== null, 'a 64-bit seed as a string (decimal or 0x-hex)', seed);
  expect('$.scenarioArg', typeof data['scenarioArg'] === 'string', 'the scenario as given on the command line (a string)', data['scenarioArg']);
  const sut = data['sut'] as Record<string, unknown> | null | undefined;
  if (expect('$.sut', typeof sut === 'object' && sut !== null, 'an object {"kind": "reference" | "mutant" | "module", …}', sut)) {
    const kind = (sut as Record<string, unknown>)['kind'];
    if (kind === 'mutant') expect('$.sut.name', typeof (sut as Record<string, unknown>)['name'] === 'string', 'a mutant name', (sut as Record<string, unknown>)['name']);
    else if (kind === 'module') expect('$.sut.path', typeof (sut as Record<string, unknown>)['path'] === 'string', 'a module path', (sut as Record<string, unknown>)['path']);
    else expect('$.sut.kind', kind === 'reference', 'one of reference, mutant, module', kind);
  }
  const schedule = data['schedule'];
  if (expect('$.schedule', Array.isArray(schedule), 'an array of decisions', schedule)) {
    (schedule as unknown[]).forEach((entry, index) => {
      const at = `$.schedule[${index}]`;
      if (!expect(at, typeof entry === 'object' && entry !== null && !Array.isArray(entry), 'an object {process, incarnation, kind, ordinal, value}', entry)) return;
      const e = entry as Record<string, unknown>;
      expect(`${at}.process`, typeof e['process'] === 'string' && addressOf(e['process']) !== null, 'kernel, control-plane or client-N', e['process']);
      expect(`${at}.incarnation`, Number.isInteger(e['incarnation']) && (e['incarnation'] as number) >= 1, 'an integer ≥ 1', e['incarnation']);
      expect(`${at}.kind`, typeof e['kind'] === 'string' && (DECISION_KIND_NAMES as readonly string[]).includes(e['kind']), `one of ${DECISION_KIND_NAMES.join(', ')}`, e['kind']);
      expect(`${at}.ordinal`, Number.isInteger(e['ordinal']) && (e['ordinal'] as number) >= 0, 'an integer ≥ 0', e['ordinal']);
      const value = e['value'];
      if (e['kind'] === 'send') {
        const fate = value as Record<string, unknown> | null;
        expect(
          `${at}.value`,
          typeof fate === 'object' && fate !== null && typeof fate['drop'] === 'boolean' && typeof fate['delayMs'] === 'number' && typeof fate['duplicateDelayMs'] === 'number' && typeof fate['partitionMs'] === 'number',
          'a fate {drop: boolean, delayMs, duplicateDelayMs, partitionMs: numbers}',
          value,
        );
      } else {
        expect(`${at}.value`, Number.isInteger(value) && (value as number) >= 0, 'a whole number (1 for a crash, ms for a restart, records for a disk loss)', value);
      }
      if (e['at'] !== undefined) expect(`${at}.at`, typeof e['at'] === 'string', 'a string (what the decision applied to)', e['at']);
    });
  }
  const workload = data['workload'];
  if (expect('$.workload', Array.isArray(workload), 'an array with one list of intents per operator', workload)) {
    (workload as unknown[]).forEach((intents, index) => {
      if (!expect(`$.workload[${index}]`, Array.isArray(intents), 'a list of intents', intents)) return;
      (intents as unknown[]).forEach((intent, at) => {
        const i = intent as Record<string, unknown> | null;
        expect(`$.workload[${index}][${at}]`, typeof i === 'object' && i !== null && typeof i['kind'] === 'string' && typeof i['thinkMs'] === 'number', 'an intent {kind, operation, thinkMs, reissue, ask}', intent);
      });
    });
  }
  return problems;
}

/** The repro of a failing run, from its summary (which carries its schedule and workload). */
export function reproOf(summary: RunSummary, scenarioArg: string, scenario: Scenario, sut: SutRef, version: string): Repro {
  const violation = summary.verdict.kind === 'violation' ? (summary.verdict.violations[0] ?? null) : null;
  return {
    format: REPRO_FORMAT,
    scenarioArg,
    scenario,
    seed: summary.seed,
    sut,
    codeVersion: version,
    hash: summary.hash,
    verdict: summary.verdict,
    violation,
    schedule: scheduleEntries(summary.repro?.schedule ?? [], new Map(summary.repro?.fingerprints ?? [])),
    workload: summary.repro?.plan ?? [],
  };
}
