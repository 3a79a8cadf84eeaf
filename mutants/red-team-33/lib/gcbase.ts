// @ts-nocheck
// Shared base for red team 33's systems: a group-committing control plane (like
// examples/group-commit-control-plane.ts) whose every step is a hook a system may override.
import { ControlPlane } from '../../../src/control-plane.ts';
import { reference } from '../../../src/index.ts';

export const GROUP_TIMER = 'rt33-group';

export function probe(line) {
  if (process.env.RT33_PROBE === '1') process.stderr.write('RT33_PROBE ' + line + '\n');
}

export class GCBase extends ControlPlane {
  constructor(port, config, groupMs = 3) {
    const box = {};
    super(
      {
        send: (to, message) => box.it.hookSend(to, message),
        append: (record) => box.it.hookAppend(record),
        sync: () => {},
        setTimer: (d, n) => port.setTimer(d, n),
        cancelTimer: (id) => port.cancelTimer(id),
        now: () => port.now(),
        records: () => port.records(),
        drawId: () => port.drawId(),
        display: (o) => port.display(o),
      },
      config,
    );
    box.it = this;
    this.disk = port;
    this.groupMs = groupMs;
    this.batch = { unsynced: false, timer: null, held: [], buffer: [] };
  }
  arm() {
    if (this.batch.timer === null) this.batch.timer = this.disk.setTimer(this.groupMs, GROUP_TIMER);
  }
  shouldHold(to, message) {
    return this.batch.unsynced && message.kind === 'answer';
  }
  hookSend(to, message) {
    if (this.shouldHold(to, message)) this.batch.held.push({ to, message });
    else this.disk.send(to, message);
  }
  hookAppend(record) {
    this.disk.append(record);
    this.batch.unsynced = true;
    this.arm();
  }
  onTimer(name, id) {
    if (name !== GROUP_TIMER) return this.onOtherTimer(name, id);
    this.batch.timer = null;
    this.flush();
  }
  onOtherTimer(name, id) {
    super.onTimer(name, id);
  }
  flush() {
    this.disk.sync();
    this.batch.unsynced = false;
    this.releaseAll();
  }
  releaseAll() {
    const held = this.batch.held;
    this.batch.held = [];
    for (const { to, message } of held) this.release(to, message);
  }
  release(to, message) {
    this.disk.send(to, message);
  }
}

export function makeSut(name, Cls) {
  return { ...reference, name, createControlPlane: (port, config) => new Cls(port, config) };
}

/** Buffers AUDIT records in memory (an INTENT marker is appended in the step itself) and
 * writes them at the batch timer, restamped with the time they are appended. */
export class GCBuffered extends GCBase {
  constructor(port, config, groupMs = 3, marker = true) {
    super(port, config, groupMs);
    this.marker = marker;
  }
  hookAppend(record) {
    if (this.marker) this.disk.append({ kind: 'INTENT', data: 'pending ' + record.requestId });
    this.batch.buffer.push(record);
    this.batch.unsynced = true;
    this.arm();
  }
  transform(buf) {
    return buf;
  }
  flush() {
    const buf = this.transform(this.batch.buffer);
    this.batch.buffer = [];
    const now = this.disk.now();
    for (const r of buf) {
      if (r.timeMs !== now) probe('restamp ' + r.requestId + ' ' + r.failure + ' ' + r.timeMs + '->' + now);
      this.disk.append({ ...r, timeMs: now });
    }
    this.disk.sync();
    this.batch.unsynced = false;
    this.releaseAll();
  }
}
