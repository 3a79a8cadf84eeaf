// The race spec 6.1 leaves open, counted per operator behaviour: outcome queries that reach
// the control plane while its own dispatch of that request is unanswered (the strict
// `query-during-dispatch` situation, measured here by an observer of its own), attributed
// to the quirk of the intent that made the request (or "none"), and apart, to questions an
// operator asked about another operator's request.
//
//   node --import tsx bench/query-race.ts [seeds=10000] [scenario=timing-swarm]

import type { Display, Message } from '../src/protocol.ts';
import type { WorldObserver } from '../sim/observer.ts';
import { runOnce } from '../sim/runner.ts';
import { loadScenario } from '../sim/scenario-file.ts';
import { QUIRKS } from '../sim/workload.ts';
import { CONTROL_PLANE, FIRST_CLIENT, KERNEL, type Process, type World } from '../sim/world.ts';

const [seedsText = '10000', name = 'timing-swarm'] = process.argv.slice(2);
const scenario = loadScenario(name);
const byQuirk = new Map<string, number>([['none', 0], ...QUIRKS.map((quirk) => [quirk, 0] as [string, number])]);
const requestsByQuirk = new Map<string, number>(byQuirk);
/** per quirk: racing queries whose asking operator had shown that behaviour earlier in the run */
const byAsker = new Map<string, number>(byQuirk);
let askedByAnother = 0;
let total = 0;
let runsWithRace = 0;

class Race implements WorldObserver {
  /** request → the operator whose client showed its id, and the quirk of that intent */
  private readonly owner = new Map<string, { operator: number; quirk: string }>();
  /** "incarnation:request": dispatched by that control-plane incarnation, no kernel reply to it yet */
  private readonly pending = new Set<string>();
  private readonly answered = new Set<string>();
  /** per operator: the quirks of the intents it has acted on so far */
  private readonly shown = new Map<number, Set<string>>();
  races = 0;

  onDisplay(world: World, client: Process, display: Display): void {
    if (display.kind !== 'request-id') return;
    const operator = client.address - FIRST_CLIENT;
    const quirk = world.options.plan[operator]?.[display.intent]?.quirk ?? 'none';
    this.owner.set(display.requestId, { operator, quirk });
    const shown = this.shown.get(operator) ?? new Set<string>();
    shown.add(quirk);
    this.shown.set(operator, shown);
    requestsByQuirk.set(quirk, (requestsByQuirk.get(quirk) ?? 0) + 1);
  }

  onSend(_world: World, _id: number, _cause: number, source: Process, target: Process, message: Message, dropped: string | null): void {
    if (source.address !== CONTROL_PLANE) return;
    const key = `${source.incarnation}:${message.requestId}`;
    if (message.kind === 'dispatch' && target.address === KERNEL && dropped === null) this.pending.add(key);
    if (message.kind === 'answer') this.answered.add(key);
  }

  onDeliver(_world: World, _id: number, source: number, _incarnation: number, target: Process, message: Message): void {
    if (target.address !== CONTROL_PLANE) return;
    const key = `${target.incarnation}:${message.requestId}`;
    if (message.kind === 'decision' || message.kind === 'duplicate' || message.kind === 'query-answer') this.pending.delete(key);
    if (message.kind !== 'outcome-query' || !this.pending.has(key) || this.answered.has(key)) return;
    this.races++;
    total++;
    const owner = this.owner.get(message.requestId);
    const quirk = owner?.quirk ?? 'none';
    byQuirk.set(quirk, (byQuirk.get(quirk) ?? 0) + 1);
    if (owner !== undefined && owner.operator !== source - FIRST_CLIENT) askedByAnother++;
    for (const shown of this.shown.get(source - FIRST_CLIENT) ?? []) byAsker.set(shown, (byAsker.get(shown) ?? 0) + 1);
  }
}

const seeds = Number(seedsText);
for (let seed = 1n; seed <= BigInt(seeds); seed++) {
  const race = new Race();
  const result = runOnce({ scenario, seed, observers: [race], check: false });
  if (race.races > 0) runsWithRace++;
  result.world?.trace.release();
}
process.stdout.write(`${name}, seeds 1..${seeds}: ${total} outcome queries reached the control plane while its dispatch of that request was unanswered, in ${runsWithRace} runs\n\n`);
process.stdout.write('| behaviour | requests made with it | racing queries about such a request | racing queries by an operator who had shown it |\n|---|---:|---:|---:|\n');
for (const [quirk, count] of byQuirk) process.stdout.write(`| ${quirk} | ${requestsByQuirk.get(quirk) ?? 0} | ${count} | ${byAsker.get(quirk) ?? 0} |\n`);
process.stdout.write(`| (asked by another operator) | | ${askedByAnother} |\n`);
