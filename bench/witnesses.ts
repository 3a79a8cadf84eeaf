// Fault witnesses, measured from outside the world: of the faults injected over seeds 1..N
// of a scenario, how many changed something a run could notice?
// - a drop: witnessed when it removed the only copy (no network duplicate of that message
//   arrived);
// - a duplicate: witnessed when the copy arrived after the original had been handled;
// - a reorder (what a delay can do): a message overtaken on its link by one sent after it;
// - a crash: witnessed when it interrupted a handler (a crash at a port call or before an
//   event) or lost unsynced records; a crash right after an event, losing nothing, only
//   restarts the process (still a fault: the successor must recover from the log).
//
//   node --import tsx bench/witnesses.ts [scenario=mixed] [seeds=1000]

import type { DurableRecord, Message } from '../src/protocol.ts';
import type { WorldObserver } from '../sim/observer.ts';
import { runOnce } from '../sim/runner.ts';
import { loadScenario } from '../sim/scenario-file.ts';
import type { Process, World } from '../sim/world.ts';

const [name = 'mixed', seedsText = '1000'] = process.argv.slice(2);
const scenario = loadScenario(name);
const totals = { drops: 0, onlyCopy: 0, duplicates: 0, lateCopy: 0, crashes: 0, interrupting: 0, losing: 0, quietCrashes: 0, delivered: 0, overtaken: 0 };

class Witnesses implements WorldObserver {
  private readonly dropped = new Set<number>();
  private readonly arrived = new Set<number>();
  private readonly handled = new Set<number>();
  /** per link (source→target address): the highest send order delivered so far */
  private readonly highest = new Map<number, number>();
  private readonly order = new Map<number, { link: number; sent: number }>();
  private sends = 0;

  onSend(_world: World, id: number, _cause: number, source: Process, target: Process, _message: Message, dropped: string | null): void {
    this.order.set(id, { link: source.address * 64 + target.address, sent: this.sends++ });
    if (dropped !== null) this.dropped.add(id);
  }

  onDeliver(_world: World, id: number, _source: number, _sourceIncarnation: number, _target: Process, _message: Message, duplicate: boolean): void {
    this.arrived.add(id);
    if (duplicate) {
      totals.duplicates++;
      if (this.handled.has(id)) totals.lateCopy++;
      return;
    }
    this.handled.add(id);
    const order = this.order.get(id);
    if (order === undefined) return;
    totals.delivered++;
    const highest = this.highest.get(order.link) ?? -1;
    if (highest > order.sent) totals.overtaken++;
    else this.highest.set(order.link, order.sent);
  }

  onCrash(_world: World, _process: Process, cause: string, lost: readonly DurableRecord[]): void {
    totals.crashes++;
    const interrupting = cause.startsWith('at ') || cause.startsWith('before');
    if (interrupting) totals.interrupting++;
    if (lost.length > 0) totals.losing++;
    if (!interrupting && lost.length === 0) totals.quietCrashes++;
  }

  onEnd(): void {
    totals.drops += this.dropped.size;
    for (const id of this.dropped) if (!this.arrived.has(id)) totals.onlyCopy++;
  }
}

for (let seed = 1n; seed <= BigInt(seedsText); seed++) runOnce({ scenario, seed, check: false, observers: [new Witnesses()] }).world?.trace.release();
const share = (part: number, whole: number) => (whole > 0 ? `${((part / whole) * 100).toFixed(1)}%` : '—');
process.stdout.write(`${name}, seeds 1..${seedsText}: share of injected faults with a witnessed effect\n`);
process.stdout.write(`  drops       ${totals.drops}: removed the only copy ${share(totals.onlyCopy, totals.drops)}\n`);
process.stdout.write(`  duplicates  ${totals.duplicates}: arrived after the original was handled ${share(totals.lateCopy, totals.duplicates)}\n`);
process.stdout.write(`  reorders    ${totals.overtaken} of ${totals.delivered} first deliveries were overtaken on their link (${share(totals.overtaken, totals.delivered)})\n`);
process.stdout.write(`  crashes     ${totals.crashes}: interrupted a handler ${share(totals.interrupting, totals.crashes)}, lost unsynced records ${share(totals.losing, totals.crashes)}, neither ${share(totals.quietCrashes, totals.crashes)}\n`);
