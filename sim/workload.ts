// The workload: what each operator intends to do, drawn up front from the `workload`
// stream, so that it is data — recorded in a repro, replayed as is, shrunk by dropping
// intents. Names come from small pools so that operators collide (a collection created
// twice, an index on a dropped collection): the kernel then has real rejections to make.

import type { Operation } from '../src/protocol.ts';
import { invalidOperation } from './invalid-operation.ts';
import { COLLECTIONS, CONFIG, EDGE_CONFIG, FIELDS, LONG_COLLECTIONS, LONG_FIELDS, LONG_SNAPSHOTS, MANY_FIELDS, SNAPSHOTS } from './name-pools.ts';
import type { Stream } from './rng.ts';
import type { WorkloadOptions } from './scenario.ts';

export type IntentKind = 'mutate' | 'observe' | 'invalid' | 'abandon';

export interface Intent {
  readonly kind: IntentKind;
  /** null for observe */
  readonly operation: Operation | null;
  /** think time before the operator acts on this intent, and before it confirms */
  readonly thinkMs: number;
  /** whether the operator re-issues it (as a new request) if it does not execute */
  readonly reissue: boolean;
  /** whether, before acting on it, the operator asks about its oldest open request */
  readonly ask: boolean;
  /** a human's departure from the happy path, for this intent (scenarios with
   * workload.quirks > 0 only): see QUIRKS */
  readonly quirk?: Quirk;
  /** with the quirk ask-about-another: whose request the operator asks about */
  readonly askAbout?: AskAbout;
}

/** What operators do besides following the protocol: walk away at a challenge (never
 * answer it), confirm late (well after their client's patience), type the confirm twice,
 * abandon right after confirming, re-issue a request after being told "unknown", and,
 * before acting, ask about a request of another operator (one that operator was shown a
 * challenge or an outcome for; or, if there is none yet, an id nobody issued). */
export const QUIRKS = ['walk-away', 'confirm-late', 'type-twice', 'abandon-after-confirm', 'reissue-after-unknown', 'ask-about-another'] as const;
export type Quirk = (typeof QUIRKS)[number];

/** Which other operator's request an ask-about-another asks about. Drawn with the plan, so
 * that the choice is data; the request itself is found when the operator acts, among the
 * ones that operator has been shown by then (sim/operator.ts). */
export interface AskAbout {
  /** the operator this many places after the asker, wrapping around: an offset rather
   * than an index, so that a plan shrunk to fewer operators still names another one */
  readonly operatorOffset: number;
  /** which of that operator's requests: this many back from the latest */
  readonly back: number;
}

/** One list of intents per operator. */
export type Plan = readonly (readonly Intent[])[];

export function generatePlan(options: WorkloadOptions, rng: Stream): Plan {
  const plan: Intent[][] = [];
  for (let operator = 0; operator < options.operators; operator++) {
    const intents: Intent[] = [];
    for (let action = 0; action < options.actions; action++) intents.push(generateIntent(options, rng));
    plan.push(intents);
  }
  return plan;
}

function generateIntent(options: WorkloadOptions, rng: Stream): Intent {
  const kind = pickKind(options.mix, rng);
  const thinkMs = rng.between(options.thinkMsMin, options.thinkMsMax);
  const reissue = rng.chance(options.reissue);
  const ask = rng.chance(options.askOutcome);
  // drawn only where a scenario asks for quirks, so that no other scenario's plans change
  const quirk = options.quirks > 0 && kind === 'mutate' && rng.chance(options.quirks) ? QUIRKS[rng.between(0, QUIRKS.length - 1)] : undefined;
  const askAbout = quirk === 'ask-about-another' ? { operatorOffset: rng.between(1, Math.max(1, options.operators - 1)), back: rng.below(3) } : undefined;
  switch (kind) {
    case 'observe':
      return { kind, operation: null, thinkMs, reissue: false, ask };
    case 'invalid':
      return { kind, operation: invalidOperation(rng, options.edgeValues), thinkMs, reissue: false, ask };
    default:
      return { kind, operation: validOperation(rng, options.wideCollections, options.edgeValues), thinkMs, reissue: kind === 'mutate' && (reissue || quirk === 'reissue-after-unknown'), ask, ...(quirk !== undefined ? { quirk } : {}), ...(askAbout !== undefined ? { askAbout } : {}) };
  }
}

function pickKind(mix: WorkloadOptions['mix'], rng: Stream): IntentKind {
  const total = mix.mutate + mix.observe + mix.invalid + mix.abandon;
  let roll = rng.float() * total;
  if ((roll -= mix.mutate) < 0) return 'mutate';
  if ((roll -= mix.observe) < 0) return 'observe';
  if ((roll -= mix.invalid) < 0) return 'invalid';
  return 'abandon';
}

/** `wide`: the probability that a new collection takes 4–8 indexes (valid to the control
 * plane, up to and past what the reference kernel holds: 6), drawn only where a scenario
 * asks for it, so that no other scenario's plans change. */
export function validOperation(rng: Stream, wide = 0, edges = 0): Operation {
  // drawn only where a scenario asks for edge values, so that no other scenario's plans change
  if (edges > 0 && rng.chance(edges)) return edgeOperation(rng);
  const roll = rng.below(100);
  if (roll < 30 && wide > 0 && rng.chance(wide)) {
    const count = rng.between(4, 8);
    const indexes: string[] = [];
    while (indexes.length < count) {
      const field = rng.pick(MANY_FIELDS);
      if (!indexes.includes(field)) indexes.push(field);
    }
    return { kind: 'create-collection', name: rng.pick(COLLECTIONS), indexes };
  }
  if (roll < 30) {
    const count = rng.below(4);
    const indexes: string[] = [];
    for (let i = 0; i < count; i++) {
      const field = rng.pick(FIELDS);
      if (!indexes.includes(field)) indexes.push(field);
    }
    return { kind: 'create-collection', name: rng.pick(COLLECTIONS), indexes };
  }
  if (roll < 42) return { kind: 'drop-collection', name: rng.pick(COLLECTIONS) };
  if (roll < 50) {
    const from = rng.pick(COLLECTIONS);
    let to = rng.pick(COLLECTIONS);
    if (to === from) to = `${from}_v2`;
    return { kind: 'rename-collection', from, to };
  }
  if (roll < 70) return { kind: 'create-index', collection: rng.pick(COLLECTIONS), field: rng.pick(FIELDS) };
  if (roll < 78) return { kind: 'drop-index', collection: rng.pick(COLLECTIONS), field: rng.pick(FIELDS) };
  if (roll < 92) {
    const [key, values] = rng.pick(CONFIG);
    return { kind: 'set-config', key, value: rng.pick(values) };
  }
  return { kind: 'create-snapshot', name: `${rng.pick(SNAPSHOTS)}_${rng.below(3)}` };
}

/** A valid operation at the edge of what validation accepts: names of 19–32 characters
 * (the limit is 32), the smallest and largest numeric config values. Long names come
 * from their own small pool, so operators still collide on them. */
function edgeOperation(rng: Stream): Operation {
  switch (rng.below(6)) {
    case 0: {
      const indexes: string[] = [];
      for (let count = rng.below(3); indexes.length < count; ) {
        const field = rng.pick(LONG_FIELDS);
        if (!indexes.includes(field)) indexes.push(field);
      }
      return { kind: 'create-collection', name: rng.pick(LONG_COLLECTIONS), indexes };
    }
    case 1:
      return { kind: 'create-index', collection: rng.pick(LONG_COLLECTIONS), field: rng.pick(LONG_FIELDS) };
    case 2:
      return rng.chance(0.5) ? { kind: 'rename-collection', from: rng.pick(COLLECTIONS), to: rng.pick(LONG_COLLECTIONS) } : { kind: 'drop-collection', name: rng.pick(LONG_COLLECTIONS) };
    case 3:
      return { kind: 'create-snapshot', name: rng.pick(LONG_SNAPSHOTS) };
    default: {
      const [key, values] = rng.pick(EDGE_CONFIG);
      return { kind: 'set-config', key, value: rng.pick(values) };
    }
  }
}
