// Oracles of the kernel's state: what it shows (in every state reply, after every restart,
// at the end) equals an independent reference model applied to exactly the EXEC records of
// its log — no partial operation (7.2, 11); and every observe answer an operator sees is
// the state of some prefix of the log that is durable at the end, never going backwards
// for one operator (4.3, 10).

import type { DurableRecord, Message, StateView } from '../../src/protocol.ts';
import { canonicalView, fingerprintView, ReferenceModel } from '../reference-model.ts';
import { FIRST_CLIENT, KERNEL, type Process, type World } from '../world.ts';
import { Invariant } from './invariant.ts';

export class KernelAtomic extends Invariant {
  readonly id = 'kernel.atomic';
  readonly clause = '7.2, 11';
  private model = new ReferenceModel();

  onAppend(world: World, process: Process, record: DurableRecord): void {
    if (process.address !== KERNEL || record.kind !== 'EXEC') return;
    const problem = this.model.apply(record.operation);
    if (problem !== null) {
      this.violate(world, record.requestId, `the kernel executed ${record.requestId} (${record.operation.kind}) although ${problem}`);
    }
  }

  onCrash(_world: World, process: Process, _cause: string, lost: readonly DurableRecord[]): void {
    if (process.address !== KERNEL || lost.length === 0) return;
    this.model = new ReferenceModel();
    for (const record of process.records) if (record.kind === 'EXEC') this.model.apply(record.operation);
  }

  onSend(world: World, _id: number, _cause: number, source: Process, _target: Process, message: Message): void {
    if (source.address !== KERNEL || message.kind !== 'state') return;
    this.compare(world, message.state, `its reply to ${message.requestId}`);
  }

  onStarted(world: World, process: Process): void {
    if (process.address !== KERNEL) return;
    const state = world.kernelState();
    if (state !== null) this.compare(world, state, `kernel@${process.incarnation} after its restart`);
  }

  onEnd(world: World): void {
    const state = world.kernelState();
    if (state !== null) this.compare(world, state, 'the kernel at the end of the run');
  }

  private compare(world: World, state: StateView, where: string): void {
    this.checks++;
    if (fingerprintView(state) === this.model.fingerprint()) return;
    this.violate(
      world,
      where,
      `the kernel's state in ${where} is {${canonicalView(state)}}, but its EXEC records give {${this.model.canonical()}}: an operation took effect partially, or without its record`,
    );
  }
}

export class ObserveConsistent extends Invariant {
  readonly id = 'observe.consistent';
  readonly clause = '4.3, 10';
  /** what operators were shown (operator ≥ 0), and what the kernel answered, in the order
   * it answered (operator -1): each sequence must never go back to an earlier prefix */
  private readonly answers: { operator: number; fingerprint: number; state: StateView; step: number; timeMs: number; requestId: string }[] = [];

  onSend(world: World, _id: number, _cause: number, source: Process, _target: Process, message: Message): void {
    if (source.address !== KERNEL || message.kind !== 'state') return;
    this.answers.push({ operator: -1, fingerprint: fingerprintView(message.state), state: message.state, step: world.steps, timeMs: world.time, requestId: message.requestId });
  }

  onDisplay(world: World, client: Process, display: { kind: string; requestId?: string; state?: StateView }): void {
    if (display.kind !== 'observed' || display.state === undefined) return;
    this.answers.push({
      operator: client.address - FIRST_CLIENT,
      fingerprint: fingerprintView(display.state),
      state: display.state,
      step: world.steps,
      timeMs: world.time,
      requestId: display.requestId ?? '?',
    });
  }

  onEnd(world: World): void {
    // the state after each prefix of the durable log: prefix k = the first k EXEC records
    if (this.answers.length === 0) return;
    const prefixes = new Map<number, number[]>();
    const model = new ReferenceModel();
    let index = 0;
    prefixes.set(model.fingerprint(), [0]);
    for (const record of (world.processes[KERNEL] as Process).records) {
      if (record.kind !== 'EXEC') continue;
      model.apply(record.operation);
      index++;
      const state = model.fingerprint();
      const list = prefixes.get(state);
      if (list === undefined) prefixes.set(state, [index]);
      else list.push(index);
    }
    const latest = new Map<number, number>();
    for (const answer of this.answers) {
      this.checks++;
      const at = { step: answer.step, timeMs: answer.timeMs };
      const who = answer.operator < 0 ? 'the kernel answered' : `operator-${answer.operator} observed`;
      const candidates = prefixes.get(answer.fingerprint);
      if (candidates === undefined) {
        this.violate(world, answer.requestId, `${who} {${canonicalView(answer.state)}}, which is no state the kernel's durable log ever reaches`, [], at);
        continue;
      }
      const floor = latest.get(answer.operator) ?? 0;
      const prefix = candidates.find((candidate) => candidate >= floor);
      if (prefix === undefined) {
        this.violate(world, answer.requestId, `${who} an older state (log prefix ${candidates[candidates.length - 1]}) after prefix ${floor}`, [], at);
        continue;
      }
      latest.set(answer.operator, prefix);
    }
  }
}
