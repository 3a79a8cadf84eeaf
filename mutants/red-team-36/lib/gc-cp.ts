// @ts-nocheck
// A copy of examples/group-commit-control-plane.ts, for red team 36 variants.
// A correct control plane of another design than the reference's: its audit log is group
// committed. It appends each audit record at once, but syncs once per batch — GROUP_MS
// after the first unsynced record — and holds every answer to a client until that sync, so
// no failure is told before it is durably logged (spec 9). The reference syncs each record
// as it appends it and answers in the same step. Red team 27 wrote this design first
// (mutants/red-team-27/correct-group-commit-audit.ts, which syncs only when an answer is
// waiting, so a record with no answer behind it stays unsynced).
//
// It is here to keep the oracles honest: an answer it sends comes from a timer a few
// milliseconds after the kernel reply, submit or timeout that obliged it, and the oracles
// must still read what caused it (test/alternative-systems.test.ts). The kernel's own
// counterpart is examples/group-commit-kernel.ts.
//
//   npx aerosim sweep --sut examples/group-commit-control-plane.ts --scenario mixed --seeds 1000

import { ControlPlane } from '../../../src/control-plane.ts';
import { reference } from '../../../src/index.ts';
import type { Address, ControlPlaneConfig, Port, SystemUnderTest } from '../../../src/ports.ts';
import type { Message } from '../../../src/protocol.ts';

/** how long the first unsynced record of a batch waits for company, ms */
export const GROUP_MS = 3;
/** the batch timer's name: never a request id (the reference names its kernel timers by id) */
const GROUP_TIMER = 'group-commit';

export class GroupCommitControlPlane extends ControlPlane {
  protected readonly batch: { unsynced: boolean; timer: number | null; held: { to: Address; message: Message }[] };
  protected readonly disk: Port;

  constructor(port: Port, config: ControlPlaneConfig) {
    const batch: GroupCommitControlPlane['batch'] = { unsynced: false, timer: null, held: [] };
    const arm = (): void => {
      if (batch.timer === null) batch.timer = port.setTimer(GROUP_MS, GROUP_TIMER);
    };
    super(
      {
        send: (to, message) => {
          if (batch.unsynced && message.kind === 'answer') batch.held.push({ to, message });
          else port.send(to, message);
        },
        append: (record) => {
          port.append(record);
          batch.unsynced = true;
          arm();
        },
        // the batch's sync makes the record durable, and only then is anything about it told
        sync: () => {},
        setTimer: (delayMs, name) => port.setTimer(delayMs, name),
        cancelTimer: (id) => port.cancelTimer(id),
        now: () => port.now(),
        records: () => port.records(),
        drawId: () => port.drawId(),
        display: (output) => port.display(output),
      },
      config,
    );
    this.batch = batch;
    this.disk = port;
  }

  override onTimer(name: string): void {
    if (name !== GROUP_TIMER) {
      super.onTimer(name);
      return;
    }
    const batch = this.batch;
    batch.timer = null;
    this.disk.sync();
    batch.unsynced = false;
    const held = batch.held;
    batch.held = [];
    for (const { to, message } of held) this.release(to, message);
  }

  /** Sends an answer the batch held, once its records are durable. */
  protected release(to: Address, message: Message): void {
    this.disk.send(to, message);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'group-commit control plane',
  createControlPlane: (port: Port, config: ControlPlaneConfig) => new GroupCommitControlPlane(port, config),
};
export default sut;
