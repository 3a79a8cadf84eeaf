// Swarm testing (TigerBeetle's VOPR, Groce et al.): instead of one uniform fault mix, each
// seed switches every fault kind on or off and picks its intensity, so that some seeds run
// with, say, only duplicates and crashes at high rates — mixes that find bugs a uniform
// mix hides.

import type { Stream } from './rng.ts';
import type { FaultOptions, PerLink, PerRole } from './scenario.ts';

export const SWARM_KINDS = ['drop', 'duplicate', 'delay', 'partition', 'crashAtPortCall', 'crashAfterEvent', 'diskLoss'] as const;
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
