// The workload: what each operator intends to do, drawn up front from the `workload`
// stream, so that it is data — recorded in a repro, replayed as is, shrunk by dropping
// intents. Names come from small pools so that operators collide (a collection created
// twice, an index on a dropped collection): the kernel then has real rejections to make.

import type { Operation } from '../src/protocol.ts';
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
}

/** What operators do besides following the protocol: walk away at a challenge (never
 * answer it), confirm late (well after their client's patience), type the confirm twice,
 * abandon right after confirming, re-issue a request after being told "unknown". */
export const QUIRKS = ['walk-away', 'confirm-late', 'type-twice', 'abandon-after-confirm', 'reissue-after-unknown'] as const;
export type Quirk = (typeof QUIRKS)[number];

/** One list of intents per operator. */
export type Plan = readonly (readonly Intent[])[];

const COLLECTIONS = ['users', 'orders', 'events', 'audit_log', 'metrics', 'sessions'];
const FIELDS = ['id', 'created_at', 'user_id', 'status', 'email', 'kind', 'region'];
const SNAPSHOTS = ['nightly', 'pre_migration', 'weekly', 'before_upgrade'];
const CONFIG: readonly (readonly [string, readonly string[]])[] = [
  ['max_connections', ['100', '250', '1000']],
  ['log_level', ['debug', 'info', 'warn', 'error']],
  ['cache_mb', ['64', '512', '2048']],
  ['read_only', ['true', 'false']],
];

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
  switch (kind) {
    case 'observe':
      return { kind, operation: null, thinkMs, reissue: false, ask };
    case 'invalid':
      return { kind, operation: invalidOperation(rng), thinkMs, reissue: false, ask };
    default:
      return { kind, operation: validOperation(rng), thinkMs, reissue: kind === 'mutate' && (reissue || quirk === 'reissue-after-unknown'), ask, ...(quirk !== undefined ? { quirk } : {}) };
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

export function validOperation(rng: Stream): Operation {
  const roll = rng.below(100);
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

/** Operations the control plane must reject (spec 8.1) — each close to a valid one, so an
 * implementation that "corrects" input would turn it into something executable. */
export function invalidOperation(rng: Stream): Operation {
  const name = rng.pick(COLLECTIONS);
  switch (rng.below(7)) {
    case 0:
      return { kind: 'create-collection', name: `${name} `, indexes: [] }; // trailing space
    case 1:
      return { kind: 'create-collection', name: name.toUpperCase(), indexes: [] }; // capitals
    case 2:
      return { kind: 'create-collection', name, indexes: ['id', 'id'] }; // a field twice
    case 3:
      return { kind: 'set-config', key: 'max_conections', value: '100' }; // misspelt key
    case 4:
      return { kind: 'set-config', key: 'log_level', value: 'INFO' }; // wrong case
    case 5:
      return { kind: 'rename-collection', from: name, to: name }; // to itself
    default:
      return { kind: 'create-index', collection: name, field: ' status' }; // leading space
  }
}
