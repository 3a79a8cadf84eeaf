// Shared pieces of the commands: output, exit codes, and turning flags into values (bad
// input becomes an InputError: one line, exit code 2).

import { availableParallelism } from 'node:os';
import { parseSeed, SEED_EXPECTED } from '../rng.ts';
import type { Scenario } from '../scenario.ts';
import { builtinScenarioNames, InputError, loadScenario } from '../scenario-file.ts';
import { REFERENCE, sutFlags, type SutRef } from '../sut.ts';

export interface Io {
  out(text: string): void;
  err(text: string): void;
}

export const consoleIo: Io = {
  out: (text) => process.stdout.write(`${text}\n`),
  err: (text) => process.stderr.write(`${text}\n`),
};

export const EXIT = { pass: 0, fail: 1, usage: 2, harness: 3 } as const;

export function seedOf(text: string | undefined): bigint {
  if (typeof text !== 'string') throw new InputError(`--seed needs a value; expected ${SEED_EXPECTED}`);
  const seed = parseSeed(text);
  if (seed === null) throw new InputError(`--seed "${text}" is not a valid seed; expected ${SEED_EXPECTED}`);
  return seed;
}

export function scenarioOf(nameOrFile: string | undefined): Scenario {
  if (typeof nameOrFile !== 'string' || nameOrFile === '') {
    throw new InputError(`--scenario needs a value; expected a built-in name (${builtinScenarioNames().join(', ')}) or a .json file`);
  }
  return loadScenario(nameOrFile);
}

/** `all`, or names/files separated by commas. */
export function scenariosOf(nameOrAll: string | undefined): Scenario[] {
  return scenariosWithArgs(nameOrAll).map((entry) => entry.scenario);
}

/** Like scenariosOf, keeping the name or path each was given by (for replay commands). */
export function scenariosWithArgs(nameOrAll: string | undefined): { arg: string; scenario: Scenario }[] {
  const args = nameOrAll === undefined || nameOrAll === 'all' ? builtinScenarioNames() : nameOrAll.split(',');
  const entries = args.map((arg) => ({ arg, scenario: scenarioOf(arg) }));
  const names = entries.map((entry) => entry.scenario.name);
  const twice = names.find((name, index) => names.indexOf(name) !== index);
  if (twice !== undefined) throw new InputError(`--scenario names "${twice}" twice; scenario names must differ`);
  return entries;
}

export function sutRefOf(args: { sut?: string | undefined; mutant?: string | undefined }): SutRef {
  if (args.sut !== undefined && args.mutant !== undefined) throw new InputError('--sut and --mutant exclude each other; give one');
  if (args.mutant !== undefined) return { kind: 'mutant', name: args.mutant };
  if (args.sut !== undefined) return { kind: 'module', path: args.sut };
  return REFERENCE;
}

export function jobsOf(value: number | undefined): number {
  const jobs = value ?? availableParallelism();
  if (!Number.isInteger(jobs) || jobs < 1 || jobs > 256) throw new InputError(`--jobs ${value} is not valid; expected an integer from 1 to 256`);
  return jobs;
}

export function countOf(flag: string, value: number | undefined, fallback: number): number {
  const count = value ?? fallback;
  if (!Number.isInteger(count) || count < 1) throw new InputError(`--${flag} ${value} is not valid; expected a whole number ≥ 1`);
  return count;
}

/** A command that replays one run, to paste as is. */
export function replayCommand(scenarioArg: string, seed: string, sut: SutRef = REFERENCE): string {
  return `npx aerosim run --scenario ${scenarioArg} --seed ${seed}${sutFlags(sut)}`;
}
