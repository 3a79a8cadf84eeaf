// A minimal Port for unit tests of src/ actors: records what they send and append, with
// a disk that can "crash" (keep the synced records, lose the rest).

import type { Address, Port } from '../src/ports.ts';
import type { Display, DurableRecord, Message } from '../src/protocol.ts';

export class FakePort implements Port {
  readonly sent: { to: Address; message: Message }[] = [];
  readonly displayed: Display[] = [];
  log: DurableRecord[] = [];
  synced = 0;
  clock = 0;
  private ids = 0;
  private timers = 0;

  send(to: Address, message: Message): void {
    this.sent.push({ to, message });
  }
  setTimer(): number {
    return ++this.timers;
  }
  cancelTimer(): void {}
  now(): number {
    return this.clock;
  }
  append(record: DurableRecord): void {
    this.log.push(record);
  }
  sync(): void {
    this.synced = this.log.length;
  }
  records(): readonly DurableRecord[] {
    return this.log.slice();
  }
  drawId(): string {
    return `id${++this.ids}`;
  }
  display(output: Display): void {
    this.displayed.push(output);
  }
  /** A new port over the same disk after a crash that lost every unsynced record. */
  afterCrash(): FakePort {
    const next = new FakePort();
    next.log = this.log.slice(0, this.synced);
    next.synced = next.log.length;
    return next;
  }
  last(): Message {
    const entry = this.sent[this.sent.length - 1];
    if (entry === undefined) throw new Error('nothing sent');
    return entry.message;
  }
}
