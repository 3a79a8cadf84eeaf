// Triggers: directed faults. "When the control plane sends its 1st dispatch, crash it right
// after"; "when the kernel appends an EXEC, crash it before the sync"; "drop the 2nd
// submit". A trigger watches for the n-th happening that matches its predicate and then
// does its fault. The world records every fault a trigger causes in the run's schedule,
// anchored like any other decision, so a repro replays it without the trigger.

import type { Role } from './scenario.ts';

export const HAPPENINGS = ['send', 'deliver', 'append', 'sync', 'command', 'display', 'timer'] as const;
export type Happening = (typeof HAPPENINGS)[number];

/** Happenings that are port calls of the actor: a crash "before" is a crash at that call. */
export const PORT_CALL_HAPPENINGS: ReadonlySet<Happening> = new Set(['send', 'append', 'sync', 'display']);

export interface TriggerWhen {
  readonly event: Happening;
  /** the process it happens to (the sender for `send`, the receiver for `deliver`) */
  readonly actor?: Role;
  /** message kind (send, deliver), record kind (append), command kind, display kind */
  readonly kind?: string;
  /** for `send`: the receiver's role */
  readonly to?: Role;
  /** fire at the n-th match (1-based, default 1) … */
  readonly nth?: number;
  /** … and the next count-1 matches too (default 1) */
  readonly count?: number;
}

export type TriggerDo =
  | {
      readonly fault: 'crash';
      /** before: at the port call (or before the handler runs); after: right after it */
      readonly when?: 'before' | 'after';
      readonly restartMs?: number;
      /** unsynced records lost by the crash */
      readonly lose?: number | 'all';
    }
  | { readonly fault: 'drop' }
  | { readonly fault: 'duplicate'; readonly delayMs?: number }
  | { readonly fault: 'delay'; readonly ms: number }
  | { readonly fault: 'partition'; readonly ms: number };

export interface Trigger {
  readonly when: TriggerWhen;
  readonly do: TriggerDo;
}

/** Counts matches of every trigger; says which fire. */
export class TriggerEngine {
  private readonly counts: Uint32Array;
  private readonly fired: TriggerDo[] = [];
  /** per happening, the triggers that watch it */
  private readonly byHappening = new Map<Happening, number[]>();

  constructor(private readonly triggers: readonly Trigger[]) {
    this.counts = new Uint32Array(triggers.length);
    triggers.forEach((trigger, index) => {
      const list = this.byHappening.get(trigger.when.event);
      if (list === undefined) this.byHappening.set(trigger.when.event, [index]);
      else list.push(index);
    });
  }

  /** The faults to do for this happening (an empty array, reused, when none). */
  match(happening: Happening, actor: Role, kind: string, to: Role | null): readonly TriggerDo[] {
    const fired = this.fired;
    if (fired.length !== 0) fired.length = 0;
    const watching = this.byHappening.get(happening);
    if (watching === undefined) return fired;
    for (const index of watching) {
      const { when, do: action } = this.triggers[index] as Trigger;
      if (when.actor !== undefined && when.actor !== actor) continue;
      if (when.kind !== undefined && when.kind !== kind) continue;
      if (when.to !== undefined && when.to !== to) continue;
      const count = (this.counts[index] ?? 0) + 1;
      this.counts[index] = count;
      const nth = when.nth ?? 1;
      if (count >= nth && count < nth + (when.count ?? 1)) fired.push(action);
    }
    return fired;
  }
}
