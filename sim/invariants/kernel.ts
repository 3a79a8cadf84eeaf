// Oracles of the kernel's state: what it shows (in every state reply, after every restart,
// at the end) equals an independent reference model applied to exactly the EXEC records of
// its log — no partial operation (7.2, 11); and every observe answer an operator sees is
// the state of some prefix of the log that is durable at the end, never going backwards
// for one operator (4.3, 10).

import type { DurableRecord, Message, StateView } from '../../src/protocol.ts';
import { canonicalView, fingerprintView, type Mark, ReferenceModel } from '../reference-model.ts';
import { CONTROL_PLANE, FIRST_CLIENT, KERNEL, type Process, type World } from '../world.ts';
import { Obligation } from './causality.ts';
import { Invariant } from './invariant.ts';

export class KernelAtomic extends Invariant {
  readonly id = 'kernel.atomic';
  readonly clause = '7.2, 11';
  private readonly model = new ReferenceModel(true);
  /** whether the kernel has restarted: comparisons after a rebuild are at stake */
  private restarted = false;

  /** the model's fingerprint after each prefix of the kernel's log: [k] = after k records */
  private readonly prefixes: number[] = [new ReferenceModel().fingerprint()];
  /** the model's state after each prefix of the kernel's log, to roll back to */
  private readonly marks: Mark[] = [this.model.mark()];
  /** read request id → the kernel's synced records when that read reached it */
  private readonly readFloor = new Map<string, number>();

  onAppend(world: World, process: Process, record: DurableRecord): void {
    if (process.address !== KERNEL) return;
    if (record.kind === 'EXEC') {
      const problem = this.model.apply(record.operation);
      if (problem !== null) {
        this.violate(world, record.requestId, `the kernel executed ${record.requestId} (${record.operation.kind}) although ${problem}`);
      }
    }
    this.prefixes.push(this.model.fingerprint());
    this.marks.push(this.model.mark());
  }

  /** A crash that lost the log's unsynced suffix: the model goes back to the state after
   * the records kept (rolled back, not rebuilt from the whole log on every such crash). */
  onCrash(_world: World, process: Process, _cause: string, lost: readonly DurableRecord[]): void {
    if (process.address !== KERNEL || lost.length === 0) return;
    const kept = process.records.length;
    this.model.rollback(this.marks[kept] as Mark);
    this.prefixes.length = kept + 1;
    this.marks.length = kept + 1;
  }

  onDeliver(_world: World, _id: number, _source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    if (target.address === KERNEL && message.kind === 'read') this.readFloor.set(message.requestId, target.synced);
  }

  /** A state reply is the state of a whole prefix of the log: at least every record synced
   * when the read arrived, at most every record appended by now. A kernel may answer from
   * its synced records only, or from the state as the read found it, sent after the sync
   * that holds it (red team 14's group-commit kernels did both, correctly, and were
   * refused when every reply had to hold every record appended, synced or not). Whether
   * what the operator sees is new enough is observe.consistent's rule. */
  onSend(world: World, _id: number, _cause: number, source: Process, _target: Process, message: Message): void {
    if (source.address !== KERNEL || message.kind !== 'state') return;
    const fingerprint = fingerprintView(message.state);
    if (fingerprint === this.model.fingerprint()) {
      this.check(this.restarted);
      return;
    }
    const floor = Math.min(this.readFloor.get(message.requestId) ?? this.prefixes.length - 1, this.prefixes.length - 1);
    for (let k = this.prefixes.length - 2; k >= floor; k--) {
      if (this.prefixes[k] === fingerprint) {
        this.check(true);
        return;
      }
    }
    this.compare(world, message.state, `its reply to ${message.requestId}`, ` (nor does any prefix of its log from the ${floor} records synced when the read arrived)`);
  }

  onStart(_world: World, process: Process): void {
    if (process.address === KERNEL) this.restarted = process.incarnation > 1;
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

  private compare(world: World, state: StateView, where: string, prefixes = ''): void {
    this.check(this.restarted);
    if (fingerprintView(state) === this.model.fingerprint()) return;
    this.violate(
      world,
      where,
      `the kernel's state in ${where} is {${canonicalView(state)}}, but its EXEC records give {${this.model.canonical()}}${prefixes}: an operation took effect partially, or without its record`,
    );
  }
}

export class ObserveConsistent extends Invariant {
  readonly id = 'observe.consistent';
  readonly clause = '4.3, 10';
  /** what operators were shown (operator ≥ 0), and what the kernel answered, in the order
   * it answered (operator -1): the kernel's sequence never goes back to an earlier prefix,
   * and an operator's answer holds at least what was durable when it was typed (`floor`) */
  private readonly answers: { operator: number; fingerprint: number; state: StateView; step: number; timeMs: number; requestId: string; floor: number; atStake: boolean }[] = [];
  /** a kernel state reply must reach the clients owed it, and be shown */
  private readonly surfacing = new Obligation(this.facts, (message, target, source) => {
    if (target.address === CONTROL_PLANE) return source === KERNEL && message.kind === 'state' ? "the kernel's state reply" : null;
    return target.role === 'client' && message.kind === 'observed' ? 'an observe answer' : null;
  });

  /** observe request id → the step at which a client first sent it (the question's time) */
  private readonly observeAsked = new Map<string, number>();

  onDeliver(world: World, _id: number, source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    // a state reply is owed to whoever asked the observe its read answered (followed
    // through the read's cause: the control plane may read under an id of its own)
    let about: string | undefined;
    if (target.address === CONTROL_PLANE && source === KERNEL && message.kind === 'state') {
      const read = this.facts.message(this.facts.message(_id)?.cause ?? 0);
      const observe = read !== undefined && read.message.kind === 'read' ? this.facts.message(read.cause) : undefined;
      if (observe !== undefined && observe.message.kind === 'observe') about = observe.message.requestId;
    }
    this.surfacing.onDeliver(world, source, target, message, about);
  }

  onHandled(world: World, process: Process): void {
    const result = this.surfacing.onHandled(process);
    if (result === null) return;
    this.check(this.facts.stressed.has(result.requestId));
    if (result.unpaid.length === 0) return;
    const who = process.address === CONTROL_PLANE ? `control-plane@${process.incarnation} did not pass it on to the clients that asked` : `${process.name}@${process.incarnation} did not show it to its operator, who was waiting`;
    this.violate(world, result.requestId, `${result.what} for ${result.requestId} arrived and ${who}`);
  }

  onSend(world: World, _id: number, cause: number, source: Process, _target: Process, message: Message): void {
    if (source.address === KERNEL && message.kind === 'state') {
      this.answers.push({ operator: -1, fingerprint: fingerprintView(message.state), state: message.state, step: world.steps, timeMs: world.time, requestId: message.requestId, floor: 0, atStake: this.facts.kernelCrashes > 0 });
      return;
    }
    if (source.role === 'client' && message.kind === 'observe') {
      if (!this.observeAsked.has(message.requestId)) this.observeAsked.set(message.requestId, world.steps);
      return;
    }

    if (source.address !== CONTROL_PLANE || message.kind !== 'observed') return;
    // an observe answer is a kernel state reply, passed on unchanged, that the kernel sent
    // after the operator's client asked: the state is at least as new as the question. The
    // read may carry an id of the control plane's own, a reply may answer every observe
    // waiting when it arrives (red team 16's correct systems), and a restarted incarnation
    // may pass on the reply to its predecessor's read (the reference). Whether it holds
    // every EXEC durable when the operator typed is checked at the end.
    this.check(this.facts.stressed.has(message.requestId));
    const reply = this.facts.message(cause);
    const asked = this.observeAsked.get(message.requestId);
    const fresh = reply !== undefined && asked !== undefined && reply.step >= asked;
    if (reply === undefined || reply.source !== KERNEL || reply.message.kind !== 'state' || !fresh) {
      this.violate(world, message.requestId, `control-plane@${source.incarnation} answered observe ${message.requestId} ${reply === undefined ? 'from a timer or at start' : `while handling ${reply.message.kind} ${reply.message.requestId}`}, not from the kernel's state reply to it: a state the kernel did not give`, reply !== undefined ? [reply.step] : []);
    } else if (fingerprintView(reply.message.state) !== fingerprintView(message.state)) {
      this.violate(world, message.requestId, `control-plane@${source.incarnation} answered observe ${message.requestId} with {${canonicalView(message.state)}}, but the kernel's reply said {${canonicalView(reply.message.state)}}`, [reply.step]);
    }
  }

  onDisplay(world: World, client: Process, display: { kind: string; requestId?: string; state?: StateView }): void {
    if (display.kind !== 'observed' || display.state === undefined) return;
    const requestId = display.requestId ?? '?';
    const fingerprint = fingerprintView(display.state);
    this.check(this.facts.stressed.has(requestId));
    if (!this.facts.askedBy(requestId, client.address, client.incarnation)) {
      // 10: the state answering an earlier incarnation's observe is in-flight state
      this.violate(world, requestId, `${client.name}@${client.incarnation} showed its operator a state for observe ${requestId}, but that incarnation never sent that observe: an answer to an earlier incarnation's question is in-flight state, not recovered`);
    }
    const answer = this.facts.message(world.cause);
    if (answer === undefined || answer.message.kind !== 'observed' || answer.message.requestId !== requestId || fingerprintView(answer.message.state) !== fingerprint) {
      this.violate(world, requestId, `${client.name}@${client.incarnation} showed its operator a state for observe ${requestId} that no observe answer for it carried`, answer !== undefined ? [answer.step] : []);
    }
    this.answers.push({
      operator: client.address - FIRST_CLIENT,
      fingerprint,
      state: display.state,
      step: world.steps,
      timeMs: world.time,
      requestId,
      floor: this.facts.observeFloor.get(requestId) ?? 0,
      atStake: this.facts.stressed.has(requestId) || this.facts.kernelCrashes > 0,
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
      this.check(answer.atStake);
      const candidates = prefixes.get(answer.fingerprint);
      if (candidates === undefined) {
        this.violate(world, answer.requestId, `${answeredBy(answer.operator)} {${canonicalView(answer.state)}}, which is no state the kernel's durable log ever reaches`, [], answer);
        continue;
      }
      // the kernel's own replies never go back; an operator's answers need only hold what
      // was durable when each question was asked: answers to questions in flight together
      // may arrive in any order (timing swarm, seeds 307 and 2691), each true when it was read
      const previous = answer.operator < 0 ? (latest.get(answer.operator) ?? 0) : 0;
      const floor = Math.max(previous, answer.floor);
      const prefix = candidates.find((candidate) => candidate >= floor);
      if (prefix === undefined) {
        const why = answer.floor > previous ? `${answer.floor} EXEC record(s) were durable when the operator typed the observe` : `an earlier answer showed prefix ${previous}`;
        this.violate(world, answer.requestId, `${answeredBy(answer.operator)} a stale state (log prefix ${candidates[candidates.length - 1]}), though ${why}`, [], answer);
        continue;
      }
      latest.set(answer.operator, prefix);
    }
  }
}

/** Who gave an answer, for a violation's explanation (operator -1: the kernel itself). */
function answeredBy(operator: number): string {
  return operator < 0 ? 'the kernel answered' : `operator-${operator} observed`;
}
