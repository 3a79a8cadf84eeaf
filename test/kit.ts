// Test kit: scenarios derived from the built-in ones, scripted systems under test, and
// schedules written by hand ("crash the kernel at its 2nd port call").

import { reference } from '../src/index.ts';
import type { Actor, ClientActor, KernelActor, Port, SystemUnderTest } from '../src/ports.ts';
import { anchorKey, DecisionKind, type DecisionKindName, type DecisionValue, type Fate, DEFAULT_FATE } from '../sim/decisions.ts';
import type { WorldObserver } from '../sim/observer.ts';
import { runOnce, type RunResult } from '../sim/runner.ts';
import type { Scenario } from '../sim/scenario.ts';
import { checkScenario, loadScenario } from '../sim/scenario-file.ts';
import type { Plan } from '../sim/workload.ts';

export const KERNEL = 0;
export const CONTROL_PLANE = 1;
export const CLIENT0 = 2;

/** A built-in scenario with some top-level sections replaced (validated like a file). */
export function scenarioFrom(name: string, overrides: Record<string, unknown> = {}): Scenario {
  const base = loadScenario(name) as unknown as Record<string, unknown>;
  const merged: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(overrides)) {
    const old = base[key];
    merged[key] = typeof value === 'object' && value !== null && !Array.isArray(value) && typeof old === 'object' ? { ...old, ...value } : value;
  }
  const { scenario, problems } = checkScenario(merged);
  if (scenario === null) throw new Error(problems.join('\n'));
  return scenario;
}

/** The reference system with some roles replaced. */
export function sutWith(parts: {
  name?: string;
  kernel?: (port: Port) => KernelActor;
  controlPlane?: (port: Port) => Actor;
  client?: (port: Port) => ClientActor;
}): SystemUnderTest {
  return {
    name: parts.name ?? 'scripted',
    createKernel: parts.kernel !== undefined ? (port) => (parts.kernel as (p: Port) => KernelActor)(port) : reference.createKernel,
    createControlPlane: parts.controlPlane !== undefined ? (port) => (parts.controlPlane as (p: Port) => Actor)(port) : reference.createControlPlane,
    createClient: parts.client !== undefined ? (port) => (parts.client as (p: Port) => ClientActor)(port) : reference.createClient,
  };
}

/** An actor whose onStart runs the given script; it answers nothing else. */
export function startScript(script: (port: Port) => void): (port: Port) => KernelActor {
  return (port) => ({
    onStart: () => script(port),
    onMessage: () => {},
    onTimer: () => {},
    inspect: () => ({ collections: [], config: [], snapshots: [] }),
  });
}

/** Builds a schedule from readable entries. */
export function schedule(
  entries: readonly { address: number; incarnation: number; kind: DecisionKindName; ordinal?: number; value?: DecisionValue | Partial<Fate> }[],
): Map<number, DecisionValue> {
  const map = new Map<number, DecisionValue>();
  for (const entry of entries) {
    const key = anchorKey(entry.address, entry.incarnation, DecisionKind[entry.kind], entry.ordinal ?? 0);
    const value = entry.value;
    map.set(key, typeof value === 'object' ? { ...DEFAULT_FATE, ...value } : (value ?? 1));
  }
  return map;
}

export function run(options: {
  scenario?: Scenario;
  seed?: bigint;
  sut?: SystemUnderTest;
  schedule?: Map<number, DecisionValue>;
  plan?: Plan;
  verbose?: boolean;
  observers?: WorldObserver[];
  /** evaluate invariants (default true); off for probes that are not a real system */
  check?: boolean;
  disabled?: ReadonlySet<string>;
}): RunResult {
  return runOnce({
    scenario: options.scenario ?? scenarioFrom('calm'),
    seed: options.seed ?? 1n,
    ...(options.sut !== undefined ? { sut: options.sut } : {}),
    ...(options.schedule !== undefined ? { schedule: options.schedule } : {}),
    ...(options.plan !== undefined ? { plan: options.plan } : {}),
    verbose: options.verbose ?? false,
    observers: options.observers ?? [],
    check: options.check ?? true,
    ...(options.disabled !== undefined ? { disabled: options.disabled } : {}),
  });
}

/** How many seeds a seed-sweeping test runs: AEROSIM_TEST_SEEDS, or the test's default
 * (sized so that `npm test` stays well under two minutes on two cores). */
export function testSeeds(fallback: number): number {
  const value = Number(process.env['AEROSIM_TEST_SEEDS']);
  return Number.isInteger(value) && value > 0 ? value : fallback;
}
