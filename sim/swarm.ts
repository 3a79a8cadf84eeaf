// Swarm testing (TigerBeetle's VOPR, Groce et al.): instead of one uniform fault mix, each
// seed switches every fault kind on or off and picks its intensity, so that some seeds run
// with, say, only duplicates and crashes at high rates — mixes that find bugs a uniform
// mix hides.

import type { Stream } from './rng.ts';
import type { FaultOptions, PerLink, PerRole, Scenario } from './scenario.ts';

// (a kind added later goes last: the kinds before it keep their draws, so their seeds too)
export const SWARM_KINDS = ['drop', 'duplicate', 'delay', 'partition', 'crashAtPortCall', 'crashAfterEvent', 'diskLoss', 'crashBeforeEvent'] as const;
export type SwarmKind = (typeof SWARM_KINDS)[number];

/** The faults of one seed: each kind on with probability ½, scaled by 2^u, u ∈ [-2, 1). */
export function swarmFaults(base: FaultOptions, rng: Stream): { faults: FaultOptions; factors: Record<SwarmKind, number> } {
  const factors = {} as Record<SwarmKind, number>;
  const faults: Record<string, unknown> = { ...base };
  for (const kind of SWARM_KINDS) {
    const on = rng.chance(0.5);
    const factor = on ? 2 ** (rng.float() * 3 - 2) : 0;
    factors[kind] = factor;
    faults[kind] = scale(base[kind], factor);
  }
  return { faults: faults as unknown as FaultOptions, factors };
}

function scale(value: PerRole | PerLink, factor: number): PerRole | PerLink {
  if (typeof value === 'number') return Math.min(1, value * factor);
  const scaled: Record<string, number> = {};
  for (const [key, probability] of Object.entries(value)) scaled[key] = Math.min(1, (probability ?? 0) * factor);
  return scaled;
}

/** The ranges a timing swarm draws from, per seed (ms). Wide on purpose: a client timeout
 * shorter than the kernel's, a delay ceiling above both, an operator slower than its
 * client's patience — each makes a race a fixed timing never runs. */
export const TIMING_RANGES = {
  clientResponseMs: [20, 600],
  kernelMs: [5, 250],
  latencyMs: [1, 20],
  delayMsMax: [5, 400],
  restartMsMin: [1, 50],
  restartMsMax: [1, 300],
  thinkMsMin: [0, 30],
  thinkMsMax: [1, 300],
  patienceMs: [30, 1200],
} as const;

/** A scenario with this seed's timings, drawn uniformly (integers) within TIMING_RANGES. */
export function swarmTiming(scenario: Scenario, rng: Stream): Scenario {
  const draw = ([low, high]: readonly [number, number]) => rng.between(low, high);
  const restartMsMin = draw(TIMING_RANGES.restartMsMin);
  const thinkMsMin = draw(TIMING_RANGES.thinkMsMin);
  return {
    ...scenario,
    latencyMs: draw(TIMING_RANGES.latencyMs),
    timeouts: { clientResponseMs: draw(TIMING_RANGES.clientResponseMs), kernelMs: draw(TIMING_RANGES.kernelMs) },
    faults: { ...scenario.faults, delayMsMax: draw(TIMING_RANGES.delayMsMax), restartMsMin, restartMsMax: Math.max(restartMsMin, draw(TIMING_RANGES.restartMsMax)) },
    workload: { ...scenario.workload, thinkMsMin, thinkMsMax: Math.max(thinkMsMin + 1, draw(TIMING_RANGES.thinkMsMax)), patienceMs: draw(TIMING_RANGES.patienceMs) },
  };
}
