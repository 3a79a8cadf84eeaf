// The audit oracle (spec 9: every failure observable, logged, explainable; records carry the
// failure type, time, request and outcome). What counts as a failure is read off the trace,
// never off the control plane's own labels (sim/invariants/causality.ts):
// - every failure a live control-plane incarnation reports to a client is audited by that
//   incarnation, in that step, with the type the trace shows, the request, the outcome it
//   reports and the step's virtual time, and synced before the reply goes out;
// - a duplicate it can see, an abandon of its own challenge, and a kernel that stays
//   silent past the configured timeout are audited even when nobody is told;
// - an "unknown" gets a later record once the kernel's answer reaches a live incarnation;
//   work in flight at a crash is recorded when someone asks about it;
// - the answer's label matches what the trace shows (an explanation that lies is none);
// - a kernel REJECT or DUPLICATE reaching a live incarnation is audited as a kernel
//   rejection or a duplicate request, even when it also resolves an earlier "unknown";
// - a kernel-timeout record is made only when the kernel has not answered the
//   incarnation's latest dispatch or fenced query about that request;
// - a stale confirm is answered to the client that sent it (the failure is observable);
// - an "unknown" told to a client or shown to an operator says why (explainable);
// - no answer or display states another outcome than its own, and no answer carries a
//   label naming a cause the trace does not show (red team 8);
// - no audit outcome contradicts kernel truth at the end.

import type { AuditRecord, Display, DurableRecord, FailureType, KernelRecord, Message } from '../../src/protocol.ts';
import type { Scenario } from '../scenario.ts';
import { CONTROL_PLANE, Ev, FIRST_CLIENT, KERNEL, type Process, type World } from '../world.ts';
import { type AnswerClass, classifyAnswer, failureOfClass, firstDecisionOf, HeldChecks, holding, sourceOfClass } from './causality.ts';
import { executedIn, type Facts } from './facts.ts';
import { Invariant } from './invariant.ts';

const FAILURE_TYPES: ReadonlySet<string> = new Set<FailureType>([
  'invalid-request',
  'kernel-rejection',
  'duplicate-request',
  'kernel-timeout',
  'challenge-expired',
  'abandoned',
  'outcome-resolved',
]);
const OUTCOMES: ReadonlySet<string> = new Set(['executed', 'not-executed', 'unknown']);

/** See AuditComplete.silence. */
interface Silence {
  readonly latest: KernelAsk;
  readonly answeredAt: number | null;
  readonly since: KernelAsk;
}

interface KernelAsk {
  readonly requestId: string;
  readonly incarnation: number;
  readonly timeMs: number;
  readonly step: number;
}

export class AuditComplete extends Invariant {
  readonly id = 'audit.complete';
  readonly clause = '9';
  /** the incarnation and step that appended each record of the control plane's log */
  private readonly appendedBy: number[] = [];
  private readonly appendedAt: number[] = [];
  /** request id → the indexes of its audit records in the control plane's log */
  private readonly byRequest = new Map<string, number[]>();
  private readonly unknown = new Set<string>();
  private readonly inFlightAtCrash = new Set<string>();
  /** request id → incarnations that sent an answer about it */
  private readonly answered = new Map<string, Set<number>>();
  /** a kernel reply about a request whose audit log says "unknown", being handled */
  private learning: { requestId: string; incarnation: number; step: number } | null = null;
  /** a delivery the control plane must audit even if it answers nobody (and, for a kernel
   * reply, even if it answers: the answer's own audit may be the resolution) */
  private expect: { requestId: string; incarnation: number; failure: FailureType; why: string; answeredBefore: number; firstId: number; always: boolean } | null = null;
  /** a stale confirm being handled: the client that sent it must be told */
  private staleConfirm: { requestId: string; client: number; incarnation: number } | null = null;
  /** answers sent by the control plane, in all */
  private answers = 0;
  /** dispatches and fenced queries, and the kernel replies that reached each incarnation */
  private readonly asks: KernelAsk[] = [];
  /** request id → the kernel replies about it that reached each incarnation */
  private readonly replies = new Map<string, { incarnation: number; timeMs: number; step: number }[]>();
  /** tokens whose abandon reached the control plane (a token belongs to one incarnation) */
  private readonly abandons = new Set<string>();
  /** "incarnation requestId" of kernel-timeout records a crash lost before their sync */
  private readonly lostTimeouts = new Set<string>();
  /** request id → the latest control-plane incarnation a message about it reached (or that
   * asked the kernel about it) */
  private readonly heardBy = new Map<string, number>();
  /** request ids the trace shows a duplicate of: a second submit or confirm reaching the
   * control plane, a second dispatch reaching the kernel, or a kernel DUPLICATE about it */
  private readonly duplicated = new Set<string>();
  /** request id → which of submit (1), confirm (2), dispatch (4) has arrived once */
  private readonly arrivedOnce = new Map<string, number>();
  /** request ids a dispatch or fenced query of reached the kernel */
  private readonly kernelHeard = new Set<string>();
  /** request ids the kernel stated a REJECT about */
  private readonly rejectedByKernel = new Set<string>();
  /** request ids the control plane answered from its own validation */
  private readonly validationAnswered = new Set<string>();
  /** the step of the latest crash of the kernel [0] and of the control plane [1] */
  private readonly crashedAtStep = [-1, -1];
  /** control-plane incarnation → the time it crashed */
  private readonly crashedAt = new Map<number, number>();
  /** request id → the control plane's reads of the kernel about it (see onSend), in the
   * order sent */
  private readonly reads = new Map<string, (KernelAsk & { readonly readId: string })[]>();
  /** request id → its dispatches and fenced queries (asks), in the order sent: a timeout
   * record visits its request's, not every ask of the run */
  private readonly asksOf = new Map<string, KernelAsk[]>();
  /** control-plane incarnation → the requests it dispatched (a crash visits these, not
   * every request of the run) */
  private readonly dispatchedBy = new Map<number, string[]>();
  /** request id → how many audit records saying "unknown" the log holds for it (unknown
   * holds those with one or more) */
  private readonly unknownRecords = new Map<string, number>();
  /** read request id → the kernel's state replies to it that reached a control plane */
  private readonly stateReplies = new Map<string, { incarnation: number; step: number }[]>();

  constructor(
    facts: Facts,
    private readonly scenario: Scenario,
  ) {
    super(facts);
  }

  onDeliver(world: World, _id: number, source: number, _sourceIncarnation: number, target: Process, message: Message): void {
    this.learning = null;
    this.expect = null;
    this.staleConfirm = null;
    const requestId = message.requestId;
    const arrival = target.address === CONTROL_PLANE ? (message.kind === 'submit' ? 1 : message.kind === 'confirm' ? 2 : 0) : target.address === KERNEL && message.kind === 'dispatch' ? 4 : 0;
    if (target.address === KERNEL && (message.kind === 'dispatch' || message.kind === 'fenced-query')) this.kernelHeard.add(requestId);
    if (arrival !== 0) {
      const before = this.arrivedOnce.get(requestId) ?? 0;
      if ((before & arrival) !== 0) this.duplicated.add(requestId);
      else this.arrivedOnce.set(requestId, before | arrival);
    }
    if (target.address !== CONTROL_PLANE) return;
    this.heardBy.set(requestId, target.incarnation);
    if (source === KERNEL) {
      if (message.kind === 'state') {
        const list = this.stateReplies.get(requestId);
        const reply = { incarnation: target.incarnation, step: world.steps };
        if (list === undefined) this.stateReplies.set(requestId, [reply]);
        else list.push(reply);
      }
      if (firstDecisionOf(message) === null) return;
      const list = this.replies.get(requestId);
      const reply = { incarnation: target.incarnation, timeMs: world.time, step: world.steps };
      if (list === undefined) this.replies.set(requestId, [reply]);
      else list.push(reply);
      // the kernel rejected the request, or a copy of it: a failure the control plane now
      // knows of, logged under its own type whether or not it also ends an "unknown"
      const failure: FailureType | null = message.kind === 'duplicate' ? 'duplicate-request' : message.kind === 'decision' && message.decision.kind === 'REJECT' ? 'kernel-rejection' : null;
      if (failure !== null) this.expect = { requestId, incarnation: target.incarnation, failure, why: `the kernel's ${message.kind === 'duplicate' ? 'DUPLICATE' : 'REJECT'} for ${requestId}`, answeredBefore: this.answers, firstId: this.facts.messages.length, always: true };
      if (this.newest(target, requestId)?.record.outcome !== 'unknown') return;
      this.learning = { requestId, incarnation: target.incarnation, step: world.steps };
      return;
    }
    if ((message.kind === 'submit' || message.kind === 'confirm') && this.facts.cpCopy) {
      // a second submit or confirm of a request id reaching one incarnation: a copy (a client
      // sends each once), dispatched or not, challenged or expired or not
      this.expect = { requestId, incarnation: target.incarnation, failure: 'duplicate-request', why: `a second ${message.kind} of ${requestId} (a duplicate it could see)`, answeredBefore: this.answers, firstId: this.facts.messages.length, always: false };
    } else if (message.kind === 'confirm') {
      // a confirm whose token this incarnation did not issue for this request, of a request
      // it has not dispatched (that would be a duplicate): the challenge is gone, and the
      // client waiting on its confirm must hear so
      const token = this.facts.tokens.get(message.token);
      const stale = token === undefined || token.requestId !== requestId || token.incarnation !== target.incarnation;
      const dispatched = (this.facts.requests.get(requestId)?.dispatches ?? []).some((d) => d.sourceIncarnation === target.incarnation);
      if (stale && !dispatched) this.staleConfirm = { requestId, client: source, incarnation: target.incarnation };
    } else if (message.kind === 'abandon') {
      const token = this.facts.tokens.get(message.token);
      const first = !this.abandons.has(message.token);
      this.abandons.add(message.token);
      if (first && token !== undefined && token.requestId === requestId && token.incarnation === target.incarnation && !this.facts.cpConfirms.has(requestId)) {
        this.expect = { requestId, incarnation: target.incarnation, failure: 'abandoned', why: `the abandon of its own challenge for ${requestId}`, answeredBefore: this.answers, firstId: this.facts.messages.length, always: false };
      }
    }
  }

  onHandled(world: World, process: Process): void {
    if (process.address !== CONTROL_PLANE) return;
    this.held.release(process);
    // a step whose audit records are not synced yet is judged once they are (or at the end
    // of the run): the control plane holds what it owes until then (Facts.cpHeld)
    const held = holding(process);
    const step = world.steps;
    const learning = this.learning;
    if (learning !== null && process.incarnation === learning.incarnation) {
      // the kernel told a live control plane how a request its audit log left "unknown"
      // ended: by the end of that handler, a later synced record must state it
      this.learning = null;
      this.check(true);
      if (held) this.held.hold(process, () => this.judgeLearning(world, process, learning.requestId, step));
      else this.judgeLearning(world, process, learning.requestId, step);
    }
    const expect = this.expect;
    if (expect !== null && process.incarnation === expect.incarnation) {
      this.expect = null;
      if (held) this.held.hold(process, () => this.judgeExpect(world, process, expect, step));
      else this.judgeExpect(world, process, expect, step);
    }
    const stale = this.staleConfirm;
    if (stale !== null && process.incarnation === stale.incarnation) {
      this.staleConfirm = null;
      this.check(true);
      if (held) this.held.hold(process, () => this.judgeStale(world, process, stale, step));
      else this.judgeStale(world, process, stale, step);
    }
  }

  /** `what`, with the step it happened at when judged later (a held step's) */
  private static late(world: World, what: string, step: number): string {
    return step !== world.steps ? `${what} (step ${step})` : what;
  }

  private judgeLearning(world: World, process: Process, requestId: string, step: number): void {
    const newest = step !== world.steps ? (this.resolvedSince(process, requestId, step, null) ?? this.newest(process, requestId)) : this.newest(process, requestId);
    if (newest === null || newest.record.outcome === 'unknown') {
      this.violate(world, requestId, `control-plane@${process.incarnation} learned from the kernel how ${AuditComplete.late(world, requestId, step)} ended, but its audit log still says "unknown" (no later record was synced)`, [step]);
    }
  }

  private judgeExpect(world: World, process: Process, expect: NonNullable<AuditComplete['expect']>, step: number): void {
    // (held: an answer about the request sent in that step or released for it since, to
    // anyone; not one released for another held step: red team 33's control plane folded a
    // copy's duplicate-request record into the one its batch already held for the kernel's
    // DUPLICATE, and the one answer that batch released stood for both)
    const answered = step === world.steps ? this.answers !== expect.answeredBefore : this.facts.cpAnsweredFor(expect.requestId, process.incarnation, expect.firstId, step);
    if (!expect.always && answered) return; // an answer went out: judged as a report
    this.check(true);
    if (this.auditedNow(process, world, expect.requestId, expect.failure, step) === null) {
      this.violate(world, expect.requestId, `control-plane@${process.incarnation} handled ${AuditComplete.late(world, expect.why, step)} and left no synced ${expect.failure} audit record of it: every failure is logged under its own type`, [step]);
    }
  }

  private judgeStale(world: World, process: Process, stale: { requestId: string; client: number }, step: number): void {
    if (this.facts.cpOwes.has(stale.requestId, stale.client)) {
      this.violate(world, stale.requestId, `control-plane@${process.incarnation} received a confirm of ${AuditComplete.late(world, stale.requestId, step)} for a challenge it did not issue, and did not tell client-${stale.client - FIRST_CLIENT} the challenge is gone: every failure is observable`, [step]);
    }
  }

  /** checks of control-plane steps that held their answers for an audit sync */
  private readonly held = new HeldChecks();

  /** every rejection text given so far (a kernel REJECT, a validation rejection) → the
   * requests it was given for */
  private readonly rejectionTexts = new Map<string, string[]>();
  /** the same, as a list in the order first given: scanned for every answer and display,
   * where iterating the Map's entries built an entry array per text (~9% of a checked
   * run's allocation) */
  private readonly rejectionList: { readonly text: string; readonly owners: string[] }[] = [];

  /** request id → the rejection texts given for it */
  private readonly ownRejections = new Map<string, string[]>();

  private noteRejection(text: string, requestId: string): void {
    if (typeof text !== 'string' || text.length < 12) return;
    const owners = this.rejectionTexts.get(text);
    if (owners === undefined) {
      const list = [requestId];
      this.rejectionTexts.set(text, list);
      this.rejectionList.push({ text, owners: list });
    } else if (!owners.includes(requestId)) owners.push(requestId);
    const own = this.ownRejections.get(requestId);
    if (own === undefined) this.ownRejections.set(requestId, [text]);
    else if (!own.includes(text)) own.push(text);
  }

  /** The request whose rejection text `text` carries although it is not `requestId`'s own,
   * or null. Red team 16's control plane and client refilled a text field only on
   * rejections: operators were told a create executed "collection "events" does not exist",
   * another operator's rejection (1: no ambiguity about what executed; 7.1; 9). */
  private foreignRejection(requestId: string, text: string): string | null {
    if (typeof text !== 'string' || text.length < 12) return null;
    const own = this.ownRejections.get(requestId);
    // the request's own rejection, verbatim: whatever it holds is its own
    if (own !== undefined && own.includes(text)) return null;
    const list = this.rejectionList;
    // a text already found to hold none of the first k rejection texts (the same wordings
    // recur: "executed", "no response …") is searched for the newer ones only
    const start = this.searchedTexts.get(text) ?? 0;
    let holdsOne = false;
    for (let index = start; index < list.length; index++) {
      const { text: rejection, owners } = list[index]!;
      if (!text.includes(rejection)) continue;
      holdsOne = true;
      if (owners.includes(requestId)) continue;
      // one text may hold another ("new collection name … is invalid" holds "collection
      // name … is invalid"): what the request's own rejection holds is its own
      if (own !== undefined && own.some((mine) => mine.includes(rejection))) continue;
      return owners[0] as string;
    }
    if (!holdsOne && start < list.length) {
      if (this.searchedTexts.size >= 4096) this.searchedTexts.clear();
      this.searchedTexts.set(text, list.length);
    }
    return null;
  }

  /** text → how many of rejectionList's texts (a prefix) it was found to hold none of */
  private readonly searchedTexts = new Map<string, number>();

  /** A kernel's rejection explains its own request: its text names something the operation
   * names (a collection, index, snapshot, key or value). Red team 16's kernel kept one text
   * per rejection code, so a rename of "sessions" was refused as "collection "events" does
   * not exist": logged and passed on verbatim, and explaining another request (9, 7.1). */
  private rejectionExplainsItself(world: World, record: KernelRecord & { kind: 'REJECT' }): void {
    const dispatches = this.facts.requests.get(record.requestId)?.dispatches;
    const last = dispatches === undefined ? undefined : dispatches[dispatches.length - 1];
    if (last === undefined || last.message.kind !== 'dispatch') return;
    const operation = last.message.operation as unknown as Record<string, unknown>;
    const names: string[] = [];
    for (const key in operation) {
      const value = operation[key];
      if (key === 'kind') continue;
      if (typeof value === 'string' && value !== '') names.push(value);
      else if (Array.isArray(value)) for (const item of value) if (typeof item === 'string' && item !== '') names.push(item);
    }
    const text = record.rejection?.text;
    this.check(true);
    if (names.length === 0 || typeof text !== 'string') return;
    // (naming the request itself explains it too: a kernel that logs a rejected copy says
    // "request r13 was already decided")
    if (!text.includes(record.requestId) && !names.some((name) => text.includes(name))) {
      this.violate(world, record.requestId, `the kernel rejected ${record.requestId} (${String(operation.kind)} of ${names.map((name) => JSON.stringify(name)).join(', ')}) with the text ${JSON.stringify(text)}, which names neither the request nor anything it names: a rejection must explain the request it rejects`);
      return;
    }
    // and what it quotes is of this request: red team 17's kernel kept one text per code and
    // collection, so an index already on "orders"."status" was refused as one on "created_at"
    for (const [, quoted] of text.matchAll(/"([^"]*)"/g)) {
      if (quoted === undefined || quoted === record.requestId || names.includes(quoted) || names.some((name) => name.includes('"'))) continue;
      this.violate(world, record.requestId, `the kernel rejected ${record.requestId} (${String(operation.kind)} of ${names.map((name) => JSON.stringify(name)).join(', ')}) with the text ${JSON.stringify(text)}, which quotes "${quoted}", a name that request does not give: a rejection must explain the request it rejects`);
      return;
    }
  }

  onAppend(world: World, process: Process, record: DurableRecord): void {
    if (process.address === KERNEL && record.kind === 'REJECT') {
      this.noteRejection(record.rejection?.text, record.requestId);
      this.rejectionExplainsItself(world, record);
      return;
    }
    if (process.address !== CONTROL_PLANE) return;
    this.appendedBy.push(process.incarnation);
    this.appendedAt.push(world.steps);
    if (record.kind !== 'AUDIT') return;
    const index = process.records.length - 1;
    const indexes = this.byRequest.get(record.requestId);
    // a duplicate-request record names a duplicate the trace shows: red team 36's control
    // plane took an operator's re-issue (a new request id, the same operation) for a copy,
    // logged it so and never challenged it (9: a failure that did not happen; 2: re-issue
    // is the operator's explicit act)
    // a kernel-rejection record names a REJECT the kernel stated, and its outcome is the
    // rejection's: not executed (red team 37 typed a fence's answer as a rejection, and logged
    // a rejection whose outcome it called unknown)
    if (record.failure === 'kernel-rejection') {
      this.check(true);
      if (!this.rejectedByKernel.has(record.requestId)) {
        this.violate(world, record.requestId, `control-plane@${process.incarnation} logged a kernel-rejection for ${record.requestId}, but the kernel never stated a REJECT about it: the record names a failure that did not happen`);
      } else if (record.outcome !== 'not-executed') {
        this.violate(world, record.requestId, `control-plane@${process.incarnation} logged the kernel's rejection of ${record.requestId} with the outcome ${JSON.stringify(record.outcome)}: a rejected request did not execute`);
      }
    }
    if (record.failure === 'duplicate-request') {
      this.check(true);
      if (!this.duplicated.has(record.requestId)) {
        this.violate(world, record.requestId, `control-plane@${process.incarnation} logged a duplicate-request for ${record.requestId}, but no second submit, confirm or dispatch of ${record.requestId} arrived and the kernel never answered it DUPLICATE: the record names a failure that did not happen`);
      }
    }
    // one abandonment, one record: a client answers a challenge once per request id (4.2),
    // so a second "abandoned" record for a request whose log already holds one records an
    // abandonment that did not happen. Red team 24's control plane logged before checking
    // the token, and a network copy of the abandon was logged as a second abandonment (9;
    // 6.2: a copy it could detect).
    if (record.failure === 'abandoned' && indexes !== undefined) {
      this.check(true);
      const earlier = indexes.find((at) => {
        const other = process.records[at];
        return other !== undefined && other.kind === 'AUDIT' && other.failure === 'abandoned';
      });
      if (earlier !== undefined) this.violate(world, record.requestId, `control-plane@${process.incarnation} logged the abandon of ${record.requestId} a second time (its log already held one, appended by control-plane@${this.appendedBy[earlier] ?? '?'}): the operator abandoned it once, and a copy of the abandon is a duplicate, not a new abandonment`, [this.appendedAt[earlier] ?? 0]);
    }
    if (record.outcome === 'unknown' && record.failure !== 'kernel-timeout' && indexes !== undefined) this.unknownAfterKnown(world, process, record, indexes);
    // every failure an audit record states the outcome of happened to the incarnation that
    // logs it, in handling something about the request that reached it (a submit, a
    // confirm, an abandon, a kernel reply; its own timeout or expiry follows a confirm or a
    // submit it received): nothing about a request it never heard of failed in its hands. Red team 33's
    // control plane wrote each audit record ahead as a synced intent and, as it restarted,
    // appended again those its predecessor's crash had lost: a kernel rejection, a
    // validation, a resolution it never received (10: no in-flight state is recovered; 11:
    // no roll-forward). A record whose outcome is "unknown" claims nothing it must have
    // heard: red team 31's correct write-ahead control plane logs, as it restarts, each
    // dispatch its intent log leaves open as unknown (unknownAfterKnown judges those).
    if (record.outcome !== 'unknown') {
      this.check(process.incarnation > 1 || this.facts.stressed.has(record.requestId));
      if (this.heardBy.get(record.requestId) !== process.incarnation) {
        this.violate(world, record.requestId, `control-plane@${process.incarnation} logged ${record.requestId} as ${record.failure} (outcome ${record.outcome}), but no message about ${record.requestId} ever reached control-plane@${process.incarnation}${this.heardBy.has(record.requestId) ? ` (control-plane@${this.heardBy.get(record.requestId)} heard of it)` : ''}: a failure is logged by the incarnation it happened to, and a restart states no outcome of a request only its predecessor heard of`);
      }
    }
    if (indexes === undefined) this.byRequest.set(record.requestId, [index]);
    else indexes.push(index);
    if (record.outcome === 'unknown') {
      this.unknown.add(record.requestId);
      this.unknownRecords.set(record.requestId, (this.unknownRecords.get(record.requestId) ?? 0) + 1);
    }
    this.check(false);
    if (record.failure === 'kernel-timeout') this.timeoutIsReal(world, process, record);
    // an abandon of a request never sent to the kernel: its outcome is known, not executed
    // (8.2; 9: an audit record states executed or not executed). Red team 23's control plane
    // logged such abandons as "unknown": an uncertainty nothing will ever resolve.
    if (record.failure === 'abandoned' && record.outcome === 'unknown') {
      const dispatched = (this.facts.requests.get(record.requestId)?.dispatches.length ?? 0) > 0;
      this.check(true);
      if (!dispatched) this.violate(world, record.requestId, `control-plane@${process.incarnation} logged the abandon of ${record.requestId} with outcome unknown, but no control plane ever sent ${record.requestId} to the kernel: its outcome is known (not executed), and an audit record states it`);
    }
    // stamped by the control plane's own clock (it may drift or be skewed)
    const problem = malformed(record, world.clockOf(process));
    if (problem !== null) this.violate(world, String(record.requestId), `control-plane@${process.incarnation} appended an audit record that ${problem}: ${JSON.stringify(record)}`);
  }

  /** A request's outcome, once its audit log states it, is not logged "unknown" again but
   * for a failure of that request the control plane is handling now: a copy of its submit
   * or confirm, a stale confirm (whose records say "unknown" as the reference's do), or its
   * own kernel timeout (judged by timeoutIsReal). Red team 31's control plane audited, as
   * it restarted, every request its intent log showed dispatched as "unknown" — requests an
   * earlier incarnation had heard the kernel decide, logged and told; the audit log's
   * newest record of each then said "unknown" against the kernel's durable decision (9:
   * a record names a failure that happened; 10: recovery observes). */
  private unknownAfterKnown(world: World, process: Process, record: AuditRecord, indexes: readonly number[]): void {
    const event = world.currentEvent;
    if (event !== null && event.kind === Ev.deliver && event.target === CONTROL_PLANE && (event.payload as Message | null)?.requestId === record.requestId) return;
    this.check(true);
    for (let at = indexes.length - 1; at >= 0; at--) {
      const index = indexes[at] as number;
      const known = process.records[index];
      if (known === undefined || known.kind !== 'AUDIT' || known.outcome === 'unknown') continue;
      this.violate(world, record.requestId, `control-plane@${process.incarnation} logged ${record.requestId} as ${record.failure} with outcome unknown${event?.kind === Ev.start ? ' as it started' : ''}, but its audit log already said ${record.requestId} ${known.outcome} (${known.failure}, logged by control-plane@${this.appendedBy[index] ?? '?'}): a first decision is final, and nothing about ${record.requestId} failed to make it unknown again`, [this.appendedAt[index] ?? 0]);
      return;
    }
  }

  onCrash(world: World, process: Process, lost: readonly DurableRecord[] = []): void {
    if (process.address === KERNEL) this.crashedAtStep[0] = world.steps;
    if (process.address !== CONTROL_PLANE) return;
    this.crashedAtStep[1] = world.steps;
    this.held.onCrash(process);
    // a kernel timeout it logged and lost unsynced, in a batch it held for one sync
    // (Facts.cpHeld): logged, then cut off by the crash, as a group-committing kernel's
    // batch may be; the reference syncs in the step, where a crash at the sync is at the
    // deadline itself
    for (const record of lost) if (record.kind === 'AUDIT' && record.failure === 'kernel-timeout') this.lostTimeouts.add(`${process.incarnation} ${record.requestId}`);
    this.crashedAt.set(process.incarnation, world.time);
    this.appendedBy.length = process.records.length;
    this.appendedAt.length = process.records.length;
    // (the lost records are the log's suffix: only their requests' indexes reach past it)
    for (const record of lost) {
      if (record.kind !== 'AUDIT') continue;
      // an "unknown" the crash lost was never logged: nothing later resolves it (the reference,
      // swarm seed 19075 and skewed-clocks 15592: a duplicate-request record lost at the sync)
      // (counted down for every lost record, before the indexes: the first lost record of a
      // request trims all of its indexes — review of f6d07f6)
      if (record.outcome === 'unknown') {
        const left = (this.unknownRecords.get(record.requestId) ?? 0) - 1;
        this.unknownRecords.set(record.requestId, left);
        if (left <= 0) this.unknown.delete(record.requestId);
      }
      const indexes = this.byRequest.get(record.requestId);
      if (indexes === undefined) continue;
      while (indexes.length > 0 && (indexes[indexes.length - 1] as number) >= process.records.length) indexes.pop();
      if (indexes.length === 0) this.byRequest.delete(record.requestId);
    }
    for (const requestId of this.dispatchedBy.get(process.incarnation) ?? []) {
      if (!(this.answered.get(requestId)?.has(process.incarnation) ?? false)) this.inFlightAtCrash.add(requestId);
    }
  }

  onSend(world: World, id: number, cause: number, source: Process, target: Process, message: Message): void {
    if (source.address === KERNEL) {
      if (message.kind === 'duplicate') this.duplicated.add(message.requestId);
      if (firstDecisionOf(message)?.kind === 'REJECT') this.rejectedByKernel.add(message.requestId);
      // a kernel that replies before it appends the decision (its intent synced: red team
      // 21's write-ahead kernel): the rejection it states is its request's own from the
      // reply on. outcome.from-kernel holds the record to the same text, and the record's
      // text must explain its request when it is appended.
      const stated = firstDecisionOf(message);
      if (stated !== null && stated.kind === 'REJECT' && !this.facts.firstDecision.has(message.requestId)) this.noteRejection(stated.rejection.text, message.requestId);
      return;
    }
    if (source.address !== CONTROL_PLANE) return;
    // (what it asks the kernel about, it knows of: a read may carry an id of its own)
    if (target.address === KERNEL) this.heardBy.set(message.requestId, source.incarnation);
    if (target.address === KERNEL && (message.kind === 'dispatch' || message.kind === 'fenced-query')) {
      const ask: KernelAsk = { requestId: message.requestId, incarnation: source.incarnation, timeMs: world.time, step: world.steps };
      this.asks.push(ask);
      listIn(this.asksOf, message.requestId).push(ask);
      if (message.kind === 'dispatch') listIn(this.dispatchedBy, source.incarnation).push(message.requestId);
      return;
    }
    if (target.address === KERNEL && message.kind === 'read') {
      // a read asks the kernel too: a control plane that times it out and logs the kernel's
      // silence logs a failure that happened (red team 25's). Noted under the read's id and
      // under the observe it answers, when it carries an id of its own. Not an ask whose
      // silence must be logged: the reference sets no timer on a read.
      const ask = { requestId: message.requestId, readId: message.requestId, incarnation: source.incarnation, timeMs: world.time, step: world.steps };
      listIn(this.reads, ask.requestId).push(ask);
      const observe = this.facts.message(cause);
      if (observe !== undefined && observe.message.kind === 'observe' && observe.message.requestId !== message.requestId) listIn(this.reads, observe.message.requestId).push({ ...ask, requestId: observe.message.requestId });
      return;
    }
    if (message.kind !== 'answer') return;
    this.answers++;
    const requestId = message.requestId;
    const client = `client-${target.address - FIRST_CLIENT}`;
    if (message.outcome === 'unknown') {
      this.check(true);
      if (!saysWhy(message.text)) this.violate(world, requestId, `control-plane@${source.incarnation} told ${client} ${requestId}'s outcome is unknown with the text ${JSON.stringify(message.text)}, which does not say why: every failure is explainable`);
    }
    const contradiction = contradicts(message.outcome, message.text, message.source, rejectionText(message.rejection));
    if (contradiction !== null) this.violate(world, requestId, `control-plane@${source.incarnation} told ${client} ${requestId}'s outcome is ${message.outcome} with the text ${JSON.stringify(message.text)}, which ${contradiction}: an explanation of another outcome explains nothing`);
    if (this.claimsFalseDuplicate(requestId, message.text, message.rejection)) this.violate(world, requestId, `control-plane@${source.incarnation} told ${client} ${requestId}'s outcome is ${message.outcome} with the text ${JSON.stringify(message.text)}, which calls it a duplicate, but no second submit, confirm or dispatch of ${requestId} arrived and the kernel never answered it DUPLICATE: an explanation of what did not happen`);
    const sentAnswer = this.facts.message(id);
    if (sentAnswer !== undefined) {
      const answerClass = classifyAnswer(this.facts, sentAnswer);
      if (answerClass.kind === 'validation') this.validationAnswered.add(requestId);
      const cause = this.falseCause(requestId, message.text, message.rejection, answerClass, message.outcome !== 'unknown');
      if (cause !== null) this.violate(world, requestId, `control-plane@${source.incarnation} told ${client} ${requestId}'s outcome is ${message.outcome} with the text ${JSON.stringify(message.text)}, which ${cause}: an explanation of what did not happen`);
    }
    if (message.rejection !== null && sentAnswer !== undefined && classifyAnswer(this.facts, sentAnswer).kind === 'validation') this.noteRejection(message.rejection.text, requestId);
    const foreign = this.foreignRejection(requestId, message.text);
    this.check(this.rejectionTexts.size > 0);
    if (foreign !== null) this.violate(world, requestId, `control-plane@${source.incarnation} told ${client} ${requestId}'s outcome is ${message.outcome} with the text ${JSON.stringify(message.text)}, which carries the rejection of ${foreign}, not of ${requestId}: an explanation of another request explains nothing`);

    let answered = this.answered.get(requestId);
    if (answered === undefined) this.answered.set(requestId, (answered = new Set()));
    answered.add(source.incarnation);
    const sent = this.facts.message(id);
    if (sent === undefined) return;
    const answerClass = classifyAnswer(this.facts, sent);
    const failure = failureOfClass(answerClass);
    // (an answer held for an audit sync resolves what was unknown when its step held it)
    const heldFrom = this.facts.heldFrom(sent);
    const resolves = message.outcome !== 'unknown' && ((heldFrom >= 0 ? this.unknownBefore(source, requestId, heldFrom) : this.unknown.has(requestId)) || this.inFlightAtCrash.has(requestId));
    const label = sourceOfClass(answerClass);
    if (label === null && CLASS_LABELS.has(message.source)) {
      // a label that names a class (a timer, a stale token, validation, a kernel reply)
      // on an answer the trace shows is none of them: an explanation that lies
      this.check(true);
      this.violate(world, requestId, `control-plane@${source.incarnation} labelled its answer about ${requestId} "${message.source}", but the trace shows ${describeClass(answerClass.kind)}: the explanation must match what happened`);
    } else if (label !== null) {
      this.check(answerClass.kind !== 'kernel' || answerClass.reply.message.kind !== 'decision');
      if (message.source !== label && !(message.source === 'validation' && answerClass.kind === 'kernel' && answerClass.alsoValidation === true)) {
        this.violate(world, requestId, `control-plane@${source.incarnation} labelled its answer about ${requestId} "${message.source}", but the trace shows ${describeClass(answerClass.kind)}: the explanation must match what happened`);
      }
    }
    if (failure === null && !resolves) return;
    this.check(true);
    if (failure === null) {
      // a resolution: the request's newest synced record, whoever wrote it, must say so (of
      // a held answer: one synced since its step)
      const newest = heldFrom >= 0 ? (this.resolvedSince(source, requestId, heldFrom, message.outcome) ?? this.newest(source, requestId)) : this.newest(source, requestId);
      if (newest === null || newest.record.outcome !== message.outcome) {
        this.violate(world, requestId, `control-plane@${source.incarnation} told ${requestId} ${message.outcome}, resolving an earlier unknown, but the audit log's newest record of it says ${newest === null ? 'nothing' : `${newest.record.outcome} (${newest.record.failure})`}`);
      }
      return;
    }
    // a failure this incarnation reports: audited by it, in this step, synced, as the trace
    // shows — or since the step that held the answer for its audit sync (Facts.cpHeld)
    const since = heldFrom >= 0 ? heldFrom : world.steps;
    const found = this.auditedNow(source, world, requestId, null, since);
    if (found === null) {
      this.violate(world, requestId, `control-plane@${source.incarnation} reported ${describeClass(answerClass.kind)} (${failure}, told ${message.outcome}) about ${requestId} without first syncing an audit record of it ${since === world.steps ? 'in that step' : `since step ${since}, which held the answer`}`);
    } else if (found.outcome !== message.outcome) {
      this.violate(world, requestId, `control-plane@${source.incarnation} told ${requestId} ${message.outcome}, but its audit record of ${since === world.steps ? 'that step' : `step ${since}, which held the answer,`} says ${found.outcome} (${found.failure})`);
    } else if (!resolves && found.failure !== failure && this.auditedNow(source, world, requestId, failure, since) === null) {
      this.violate(world, requestId, `control-plane@${source.incarnation} reported ${describeClass(answerClass.kind)} (${failure}, told ${message.outcome}) about ${requestId}, but audited it as ${found.failure}`);
    }
  }

  /** What an operator is shown about an unknown outcome says why it is unknown. */
  onDisplay(world: World, client: Process, display: Display): void {
    if (display.kind !== 'outcome') return;
    const contradiction = contradicts(display.outcome, display.text, display.source, rejectionText(display.rejection));
    if (contradiction !== null) this.violate(world, display.requestId, `client-${client.address - FIRST_CLIENT}@${client.incarnation} showed its operator ${display.requestId}'s outcome as ${display.outcome} with the text ${JSON.stringify(display.text)}, which ${contradiction}: an explanation of another outcome explains nothing`);
    if (this.claimsFalseDuplicate(display.requestId, display.text, display.rejection)) this.violate(world, display.requestId, `client-${client.address - FIRST_CLIENT}@${client.incarnation} showed its operator ${display.requestId}'s outcome as ${display.outcome} with the text ${JSON.stringify(display.text)}, which calls it a duplicate, but no second submit, confirm or dispatch of ${display.requestId} arrived and the kernel never answered it DUPLICATE: an explanation of what did not happen`);
    const shown = this.facts.message(world.cause);
    const shownClass = shown !== undefined && shown.message.kind === 'answer' && shown.message.requestId === display.requestId ? classifyAnswer(this.facts, shown) : null;
    const cause = this.falseCause(display.requestId, display.text, display.rejection, shownClass, display.outcome !== 'unknown');
    if (cause !== null) this.violate(world, display.requestId, `client-${client.address - FIRST_CLIENT}@${client.incarnation} showed its operator ${display.requestId}'s outcome as ${display.outcome} with the text ${JSON.stringify(display.text)}, which ${cause}: an explanation of what did not happen`);
    const foreign = this.foreignRejection(display.requestId, display.text);
    if (foreign !== null) this.violate(world, display.requestId, `client-${client.address - FIRST_CLIENT}@${client.incarnation} showed its operator ${display.requestId}'s outcome as ${display.outcome} with the text ${JSON.stringify(display.text)}, which carries the rejection of ${foreign}, not of ${display.requestId}: an explanation of another request explains nothing`);
    if (display.outcome !== 'unknown') return;
    this.check(true);
    if (!saysWhy(display.text)) {
      this.violate(world, display.requestId, `client-${client.address - FIRST_CLIENT}@${client.incarnation} showed its operator ${display.requestId}'s outcome as unknown (${display.source}) with the text ${JSON.stringify(display.text)}, which does not say why: every failure is explainable`);
    }
  }

  /** Why an outcome's own words (the text without the kernel's rejection text) name a cause
   * the trace does not show, or null (9: explainable; red team 37's "invalid request: <the
   * kernel's text>", "timed out — <the kernel's text>", "kernel rejected the request: <a
   * validation text>", "not executed because the kernel crashed while handling it" of a
   * request no crash touched). `answerClass`: the class of the answer the words come with
   * (of the answer a display shows), or null where none is known. */
  private falseCause(requestId: string, text: unknown, rejection: { readonly text?: unknown } | null, answerClass: AnswerClass | null, definite: boolean): string | null {
    if (typeof text !== 'string') return null;
    const kernelText = rejectionText(rejection) ?? '';
    const claims = judgedOnce(claimsCause, text, kernelText, () => {
      const own = (kernelText !== '' ? text.split(kernelText).join(' ') : text).toLowerCase();
      return (CLAIMS_VALIDATION.test(own) ? 1 : 0) | (CLAIMS_KERNEL_SOURCE.test(own) ? 2 : 0) | (CLAIMS_TIMEOUT.test(own) ? 4 : 0) | (CLAIMS_CP_CRASH.test(own) ? 8 : 0) | (CLAIMS_KERNEL_CRASH.test(own) ? 16 : 0);
    });
    if (claims === 0) return null;
    this.check(true);
    const kind = answerClass?.kind ?? null;
    if ((claims & 1) !== 0) {
      const validated = answerClass === null ? this.validationAnswered.has(requestId) : kind === 'validation' || (answerClass.kind === 'kernel' && answerClass.alsoValidation === true);
      if (!validated) return `names validation as the cause, but the trace shows ${kind === null ? 'no validation rejection of it' : describeClass(kind)}`;
    }
    if ((claims & 2) !== 0 && !this.kernelHeard.has(requestId)) return 'names the kernel as its source, but no dispatch or query of it ever reached the kernel';
    // (of a definite outcome only: an unknown names a silence, and where a control plane held
    // its answers for a sync the class of a timer's answer is the held step's)
    if ((claims & 4) !== 0 && definite && (kind === 'validation' || (answerClass?.kind === 'kernel' && answerClass.reply.message.kind === 'decision'))) return `names a timeout, but the trace shows ${describeClass(kind as string)}`;
    const since = this.facts.requests.get(requestId)?.displayedAtStep ?? 0;
    if ((claims & 8) !== 0 && (this.crashedAtStep[1] as number) < since) return 'says the control plane crashed, but it did not crash while the request was open';
    if ((claims & 16) !== 0 && (this.crashedAtStep[0] as number) < since) return 'says the kernel crashed, but it did not crash while the request was open';
    return null;
  }

  /** Whether an outcome's own words (the text without the kernel's rejection text in it)
   * call the request a duplicate, or a copy seen before, where the trace shows none (7.1:
   * a rejection surfaced verbatim, not reinterpreted; 9: explainable — red team 35's
   * "duplicate of a rejected request: <the kernel's text>" of a request decided once). */
  private claimsFalseDuplicate(requestId: string, text: unknown, rejection: { readonly text?: unknown } | null): boolean {
    if (typeof text !== 'string' || this.duplicated.has(requestId)) return false;
    this.check(true);
    const kernelText = rejectionText(rejection) ?? '';
    return judgedOnce(claimsDuplicate, text, kernelText, () => CLAIMS_DUPLICATE.test((kernelText !== '' ? text.split(kernelText).join(' ') : text).toLowerCase()));
  }

  /** A kernel-timeout record states that the kernel did not answer: it must be true of the
   * incarnation's latest dispatch or fenced query about the request, or of its latest read
   * of it (the two are told apart: another operator may ask the outcome of an observe's id
   * while its read is out, red team 26's `_holds.json` seed 98) — unanswered since, and
   * for the control plane's whole kernel timeout. */
  private timeoutIsReal(world: World, process: Process, record: AuditRecord): void {
    const queries = this.silence(process, (this.asksOf.get(record.requestId) ?? []).filter((ask) => ask.incarnation === process.incarnation), () => this.replies.get(record.requestId) ?? []);
    const reads = (this.reads.get(record.requestId) ?? []).filter((read) => read.incarnation === process.incarnation);
    const readSilence = this.silence(process, reads, () => reads.flatMap((read) => this.stateReplies.get(read.readId) ?? []));
    this.check(true);
    if (queries === null && readSilence === null) {
      this.violate(world, record.requestId, `control-plane@${process.incarnation} logged a kernel timeout for ${record.requestId}, but it never asked the kernel about it: the record names a failure that did not happen`);
      return;
    }
    const silent = [queries, readSilence].filter((chain): chain is Silence => chain !== null && chain.answeredAt === null);
    if (silent.length === 0) {
      const latest = [queries, readSilence].filter((chain): chain is Silence => chain !== null).sort((a, b) => b.latest.step - a.latest.step)[0]!;
      this.violate(world, record.requestId, `control-plane@${process.incarnation} logged a kernel timeout for ${record.requestId}, but the kernel answered its latest ${latest === readSilence ? 'read' : 'ask'} (step ${latest.latest.step}) at step ${String(latest.answeredAt)}: the record names a failure that did not happen`, [latest.latest.step, latest.answeredAt ?? 0]);
      return;
    }
    // and the kernel was silent for the control plane's whole kernel timeout: counted from
    // the earliest of the asks no kernel reply came after (a timer started at an earlier ask
    // and not restarted is as good as the reference's, restarted at each). Red team 26's
    // control plane took one read's timeout as the kernel down and logged every other read
    // in flight as timed out at once, 4 ms after it sent one, its state reply a step away.
    const timeoutMs = this.scenario.timeouts.kernelMs;
    const waitMs = world.timerDelay(CONTROL_PLANE, timeoutMs);
    // a control plane with a clock of its own may time its wait with now(), whole
    // milliseconds of that clock: a deadline it computes lands up to 1 ms either side of
    // virtual time's (red team 31's single re-armed timer; the clients' grace in
    // outcome.from-kernel and liveness is the same)
    const grace = world.ownClock(CONTROL_PLANE) ? 1 : 0;
    if (silent.some((chain) => world.time >= chain.since.timeMs + waitMs - grace)) return;
    const since = silent.sort((a, b) => a.since.timeMs - b.since.timeMs)[0]!.since;
    this.violate(world, record.requestId, `control-plane@${process.incarnation} logged a kernel timeout for ${record.requestId} at ${world.time} ms, ${world.time - since.timeMs} ms after it asked the kernel (step ${since.step}): its kernel timeout is ${timeoutMs} ms (due at ${since.timeMs + waitMs} ms), so the record names a failure that had not happened`, [since.step]);
  }

  /** Of one kind of asks about a request by one incarnation (in the order sent): the
   * latest, whether a reply to this incarnation came after it, and the earliest ask no
   * reply came after (where an unanswered wait began). Null if there were none. */
  private silence(process: Process, asks: readonly KernelAsk[], repliesOf: () => readonly { incarnation: number; step: number }[]): Silence | null {
    const latest = asks.at(-1);
    if (latest === undefined) return null;
    const steps: number[] = [];
    for (const reply of repliesOf()) if (reply.incarnation === process.incarnation) steps.push(reply.step);
    const answeredAt = steps.filter((step) => step > latest.step).sort((a, b) => a - b)[0] ?? null;
    let since = latest;
    for (let index = asks.length - 2; index >= 0; index--) {
      const ask = asks[index]!;
      if (steps.some((step) => step > ask.step && step <= since.step)) break;
      since = ask;
    }
    return { latest, answeredAt, since };
  }

  onEnd(world: World): void {
    this.held.onEnd(world);
    const process = world.processes[CONTROL_PLANE] as Process;
    const executed = executedIn((world.processes[KERNEL] as Process).records);
    for (const record of process.records) {
      if (record.kind !== 'AUDIT' || record.outcome === 'unknown') continue;
      this.check(this.facts.stressed.has(record.requestId));
      const truth = executed.has(record.requestId) ? 'executed' : 'not-executed';
      if (record.outcome !== truth) {
        this.violate(world, record.requestId, `the audit log says ${record.requestId} ${record.outcome} (${record.failure}), but the kernel says ${truth}`);
      }
    }
    if (world.verdict === null) this.kernelSilences(world, process);
  }

  /** A kernel that stays silent past the control plane's configured timeout is a failure
   * the control plane detects (its config says it waits that long): a live incarnation
   * audits it as kernel-timeout at that moment, whether or not anyone is still waiting. */
  private kernelSilences(world: World, process: Process): void {
    const timeoutMs = this.scenario.timeouts.kernelMs;
    // the timeout runs on the control plane's clock; its record is stamped by that clock
    const waitMs = world.timerDelay(CONTROL_PLANE, timeoutMs);
    // (a record 1 ms late on a clock of its own: see timeoutIsReal)
    const grace = world.ownClock(CONTROL_PLANE) ? 1 : 0;
    this.asks.forEach((ask, index) => {
      const deadline = ask.timeMs + waitMs;
      const stamp = world.clockAt(CONTROL_PLANE, deadline);
      const lateStamp = grace === 0 ? stamp : world.clockAt(CONTROL_PLANE, deadline + grace);
      if (deadline > world.time) return;
      if ((this.crashedAt.get(ask.incarnation) ?? Infinity) <= deadline + grace) return;
      if (this.lostTimeouts.size > 0 && this.lostTimeouts.has(`${ask.incarnation} ${ask.requestId}`)) return;
      for (let later = index + 1; later < this.asks.length; later++) {
        const other = this.asks[later] as KernelAsk;
        if (other.timeMs > deadline) break;
        if (other.requestId === ask.requestId && other.incarnation === ask.incarnation) return; // the wait started over
      }
      if ((this.replies.get(ask.requestId) ?? []).some((reply) => reply.incarnation === ask.incarnation && reply.timeMs >= ask.timeMs && reply.timeMs <= deadline)) return;
      this.check(true);
      // (the request's audit records by index, not a scan of the whole log per ask: under a
      // timing swarm's short timeouts most asks time out, and the scan was ~2% of a run)
      // at its deadline, or earlier but after it was sent: a timer kept from an earlier ask
      // of the same wait times both out at once (red team 27's control plane kept its
      // dispatch's deadline when an outcome query re-asked, as timeoutIsReal allows)
      const audited = (this.byRequest.get(ask.requestId) ?? []).some((at) => {
        const record = process.records[at];
        return record !== undefined && record.kind === 'AUDIT' && record.failure === 'kernel-timeout' && this.appendedBy[at] === ask.incarnation && (record.timeMs === stamp || (record.timeMs > stamp && record.timeMs <= lateStamp) || (record.timeMs < stamp && (this.appendedAt[at] ?? -1) > ask.step));
      });
      if (!audited) {
        this.violate(world, ask.requestId, `the kernel did not answer control-plane@${ask.incarnation} about ${ask.requestId} within its ${timeoutMs} ms timeout, and no kernel-timeout audit record was made at ${deadline} ms${stamp !== deadline ? ` (${stamp} ms on its clock)` : ''}: a detected failure left unlogged`, [ask.step], { step: ask.step, timeMs: deadline });
      }
    });
  }

  /** Whether an audit record of the request saying "unknown" was appended before step `step`. */
  private unknownBefore(process: Process, requestId: string, step: number): boolean {
    for (const index of this.byRequest.get(requestId) ?? []) {
      const record = process.records[index];
      if (record !== undefined && record.kind === 'AUDIT' && record.outcome === 'unknown' && (this.appendedAt[index] ?? Infinity) < step) return true;
    }
    return false;
  }

  /** The newest synced audit record of a request appended since step `since` that states an
   * outcome (`outcome`, or any but "unknown"), or null. */
  private resolvedSince(process: Process, requestId: string, since: number, outcome: string | null): { record: AuditRecord; index: number } | null {
    const indexes = this.byRequest.get(requestId) ?? [];
    for (let at = indexes.length - 1; at >= 0; at--) {
      const index = indexes[at] as number;
      if (index >= process.synced || (this.appendedAt[index] ?? -1) < since) continue;
      const record = process.records[index] as AuditRecord;
      if (outcome === null ? record.outcome !== 'unknown' : record.outcome === outcome) return { record, index };
    }
    return null;
  }

  /** The newest synced audit record of a request, whoever wrote it. */
  private newest(process: Process, requestId: string): { record: AuditRecord; index: number } | null {
    const indexes = this.byRequest.get(requestId);
    if (indexes === undefined) return null;
    for (let at = indexes.length - 1; at >= 0; at--) {
      const index = indexes[at] as number;
      if (index < process.synced) return { record: process.records[index] as AuditRecord, index };
    }
    return null;
  }

  /** A synced audit record of `requestId` appended by this incarnation in the current step,
   * or since step `since` (of the given failure type, if one is named). */
  private auditedNow(process: Process, world: World, requestId: string, failure: FailureType | null, since = world.steps): AuditRecord | null {
    // a held answer's failure: first what the step that held it appended
    if (since !== world.steps) {
      const held = this.auditedIn(process, requestId, failure, since, since);
      if (held !== null) return held;
    }
    return this.auditedIn(process, requestId, failure, since, world.steps);
  }

  /** A synced audit record of `requestId` appended by this incarnation in steps from..to. */
  private auditedIn(process: Process, requestId: string, failure: FailureType | null, from: number, to: number): AuditRecord | null {
    for (let index = process.synced - 1; index >= 0; index--) {
      if ((this.appendedAt[index] ?? -1) > to) continue;
      if ((this.appendedAt[index] ?? -1) < from) break;
      const record = process.records[index] as DurableRecord;
      if (record.kind !== 'AUDIT' || record.requestId !== requestId || this.appendedBy[index] !== process.incarnation) continue;
      if (failure === null || record.failure === failure) return record;
    }
    return null;
  }
}

function describeClass(kind: string): string {
  switch (kind) {
    case 'kernel':
      return 'a kernel reply';
    case 'validation':
      return 'a validation rejection of a submit';
    case 'duplicate':
      return 'a duplicate it received';
    case 'stale-confirm':
      return 'a confirm of a challenge this incarnation did not issue';
    case 'timeout':
      return 'a timer firing with no kernel reply';
    default:
      return kind;
  }
}


/** Why an audit record is not one spec 9 accepts, or null. */
function malformed(record: AuditRecord, now: number): string | null {
  if (typeof record.failure !== 'string' || !FAILURE_TYPES.has(record.failure)) return 'names no known failure type';
  if (typeof record.requestId !== 'string' || record.requestId === '') return 'names no request';
  if (typeof record.outcome !== 'string' || !OUTCOMES.has(record.outcome)) return 'states no outcome (executed / not executed / unknown)';
  if (record.timeMs !== now) return `is stamped ${String(record.timeMs)} ms, not the time it was made (${now} ms)`;
  return null;
}

/** Whether a text about an unknown outcome says why it is unknown: something besides the
 * outcome itself ("unknown", "outcome unknown", "?", "" say nothing). */
export function saysWhy(text: string): boolean {
  // the same few texts recur in every run: judge each once (bounded; clearing changes nothing)
  let judged = saidWhy.get(text);
  if (judged === undefined) {
    judged = text.toLowerCase().replace(/outcome|unknown|status|result|[^\p{L}\p{N}]+/gu, '').length >= 3;
    if (saidWhy.size >= JUDGED_MAX) saidWhy.clear();
    saidWhy.set(text, judged);
  }
  return judged;
}

const saidWhy = new Map<string, boolean>();
const claimsDuplicate = new Map<string, Map<string, boolean>>();
const contradictsUnknown = new Map<string, string | null>();
const contradictsExecuted = new Map<string, string | null>();
const contradictsNotExecuted = new Map<string, string | null>();
const contradictsValidation = new Map<string, string | null>();
const contradictsAround = new Map<string, Map<string, string | null>>();
const JUDGED_MAX = 4096;

/** A rejection's text for `contradicts` ('' when it has none), or null for no rejection. */
function rejectionText(rejection: { readonly text?: unknown } | null): string | null {
  if (rejection === null || rejection === undefined) return null;
  return typeof rejection.text === 'string' ? rejection.text : '';
}

/** Labels that name what caused an answer; an answer of another class may carry none of them. */
const CLASS_LABELS: ReadonlySet<string> = new Set(['timeout', 'challenge-expired', 'validation', 'kernel-decision', 'kernel-duplicate', 'kernel-query']);

/** Why a text states an outcome other than the one it comes with, or null (spec 1: no
 * ambiguity about what has or has not executed; 4.3: no guess). Claims, not keywords: "was
 * executed", "has not been applied", "nothing was changed", "did not run", "discarded" claim
 * an outcome; "whether the request executed is unknown" claims none (red team 12: a keyword
 * test was too strict for that and too weak for synonyms). An unknown claims neither
 * outcome; an executed request was not left undone; a not-executed one did not take effect,
 * and a final outcome is not "pending" or "not yet". A validation rejection changed nothing:
 * it claims no reset, default or correction. (The kernel's own rejection text, passed on
 * verbatim, is not judged here.) */
export function contradicts(outcome: string, text: string, source = '', rejection: string | null = null): string | null {
  if (outcome !== 'unknown' && outcome !== 'executed' && outcome !== 'not-executed') return null;
  if (outcome === 'not-executed' && rejection !== null && source !== 'validation') {
    // what the control plane says around the kernel's text is judged as its own words: red
    // team 32's control plane passed the rejection on and added "(transient: the control
    // plane will retry)" — a final rejection reinterpreted (7.1)
    if (typeof text !== 'string' || rejection === '') return null;
    return judgedOnce(contradictsAround, text, rejection, () => aroundRejection(text, rejection));
  }
  const judgedTexts = outcome === 'unknown' ? contradictsUnknown : outcome === 'executed' ? contradictsExecuted : source === 'validation' ? contradictsValidation : contradictsNotExecuted;
  let judged = judgedTexts.get(text);
  if (judged === undefined) {
    judged = contradiction(outcome, text, source === 'validation');
    if (judgedTexts.size >= JUDGED_MAX) judgedTexts.clear();
    judgedTexts.set(text, judged);
  }
  return judged;
}

/** A judgement of a text with the kernel's text in it, made once per pair: looked up by
 * text, then by the kernel's text (a key joining the two would be a new string to hash on
 * every call: 1.8% of a checked run). */
function judgedOnce<T>(table: Map<string, Map<string, T>>, text: string, kernelText: string, judge: () => T): T {
  let byKernelText = table.get(text);
  if (byKernelText === undefined) {
    if (table.size >= JUDGED_MAX) table.clear();
    table.set(text, (byKernelText = new Map()));
  }
  let judged = byKernelText.get(kernelText);
  if (judged === undefined) byKernelText.set(kernelText, (judged = judge()));
  return judged;
}

/** What the words around a kernel's rejection text say (see contradicts). */
function aroundRejection(text: string, rejection: string): string | null {
  if (!text.includes(rejection)) return null;
  const own = text.split(rejection).join(' ').trim();
  if (own === '') return null;
  // and around it, no word that the rejection met the operator's goal: "nothing to do —
  // already in place" tells the operator it worked (red team 34)
  if (CLAIMS_GOAL_MET.test(own.toLowerCase())) return 'presents the kernel\'s rejection as the goal already met: a rejection reinterpreted';
  return contradiction('not-executed', own, false);
}

const AUX = String.raw`(?:was|were|is|has been|have been|had been|got|gets|will be)`;
/** a claim that it took effect */
const CLAIMS_EXECUTED = new RegExp(String.raw`\b${AUX}\s+(?:successfully\s+|already\s+)?(?:executed|applied|done|performed|carried out|committed|completed|made)\b|\bsucceeded\b|\btook effect\b|\b(?:executed|applied|completed) successfully\b|\bhas (?:executed|run|completed)\b|\bsuccess(?:ful(?:ly)?)?\b|✅|✔|\bnow\s+(?:exists?|live|in place|present|created|gone|deleted|removed|dropped|renamed|set|indexed)\b|\b(?:se ejecutó|ejecutado|ausgeführt|exécuté|eseguito|executado)(?![a-zà-öø-ÿ])`);
/** a claim that it did not */
const CLAIMS_NOT_EXECUTED = new RegExp(String.raw`\bnot\s+(?:been\s+|yet\s+|be\s+)?(?:executed|applied|performed|done|run|committed|carried out|completed)\b(?!\s+(?:again|twice|a second time)\b)|\b(?:0|zero|no)\s+changes?\s+(?:applied|made|done|written)\b|\bnot\s+(?:appl(?:ie)?d|exec(?:'?d|d)|exe?c)\b|\bno se (?:ejecutó|aplicó|realizó)(?![a-zà-öø-ÿ])|\bnão (?:foi )?executad[oa]\b|\bnicht\s+(?:ausgeführt|angewendet|durchgeführt)\b|\bverworfen\b|\bnon\s+(?:exécuté|appliqué|eseguit[oa])(?![a-zà-öø-ÿ])|\bannulé(?![a-zà-öø-ÿ])|\brejeté(?![a-zà-öø-ÿ])|\brechazad[oa]\b|\babgelehnt\b|\bnothing\s+(?:was|has been|got|is|had been)\s+(?:changed|applied|done|executed|modified|touched)\b|\bno\s+changes?\s+(?:was|were|has been|have been|is|are)\s+(?:made|applied)\b|\bunchanged\b|\bdid(?:n't| not)\s+(?:execute|run|happen|take effect|apply|change)\b|\bnever\s+(?:executed|ran|run|applied|happened)\b|\bdiscarded\b|\bignored\b|\baborted\b|\bcancell?ed\b|\bwithdrawn\b|\brevoked\b|\bcalled off\b|\bdid(?:n't| not)\s+(?:go|get|make it)\s+through\b|\bdid(?:n't| not)\s+(?:reach|get to)\s+the\s+kernel\b|\bnever\s+(?:reached|got to)\s+the\s+kernel\b|\b(?:kernel|it|request)\s+never\s+(?:(?:got|received|saw)\b(?!\s+(?:a\s+|an\s+|any\s+|the\s+)?(?:reply|replies|answer|response|word|back)\b)|reached\b|arrived\b|went through\b|made it\b)|\bnothing\s+(?:happened|changed)\b|\b(?:request|operation|it|change|command)\s+(?:was\s+|has been\s+|got\s+|is\s+)?(?:rejected|refused|denied|declined|skipped)\b|\b(?:kernel|server|database)\s+(?:rejected|refused|declined|denied)\b|\b(?:rejected|refused|declined|denied)\s+by\s+the\s+kernel\b|\bskipped\b|\b(?:was|were|is|got)\s+never\s+(?:sent|dispatched|forwarded|submitted)\b|\bnever\s+(?:sent|dispatched|forwarded|submitted)\s+(?:it\s+)?to\s+the\s+kernel\b`);
const CLAIMS_NOT_EXECUTED_ALL = new RegExp(CLAIMS_NOT_EXECUTED.source, 'g');
/** hedging: a final outcome stated as if it might still change */
const HEDGES = /\bnot yet\b|\byet\b|\bpending\b|\bin progress\b|\bqueued\b|\bstill\b(?!\s+(?:want|wish|need|like|prefer|intend)\b)|\bcheck again\b|\bmay (?:still|yet|later)\b|\bwill (?:run|execute|be (?:executed|applied))\b|\boutcome unknown\b|\bwill (?:retry|try again|be retried|resubmit|re-?send)\b|\btransient\b|\btemporar(?:y|ily)\b/;
/** advice to issue the request again, as an imperative (not "before reissuing", "do not
 * retry"): safe only if it did not execute, so said of an unknown or executed outcome it
 * is a guess (4.3, 7.2: the operator investigates kernel state; red team 34) */
const ADVISES_REISSUE = /(?:^|[;:,.!?—–(]\s*|-\s+|\b(?:please|so|just|then|and|you (?:can|may|should|must)|safe to|simply)\s+)(?:re-?issue|re-?submit|re-?send|re-?try|retry|try (?:it )?again|(?:submit|issue|send|run)\s+(?:it\s+|this\s+|(?:the\s+)?(?:same\s+)?(?:request|one|operation|command)\s+)?again)\b(?!\s+(?:is|would|may|might|could|can|will)\b)(?!(?:\s+[\w-]+){0,3}?\s+(?:only\s+)?(?:if|once|when|after|unless)\b)/;
/** a kernel rejection presented as the operator's goal met (7.1: not reinterpreted) */
const CLAIMS_GOAL_MET = /^(?:ok|okay|all good|success(?:ful)?|fine)\b|\b(?:ok|okay)\s*[—–:!,]|\bnothing (?:to do|to be done|needed)\b|\balready\s+(?:in place|there|present|done|gone|absent|taken|applied|the case|satisfied|up to date|as requested)\b|\bno (?:action|change|work) (?:is |was )?(?:needed|required|necessary)\b|\bno-?op\b|\b(?:goal|desired state|intent)\s+(?:is\s+|was\s+|has been\s+)?(?:already\s+)?(?:met|reached|achieved|satisfied)\b|\b(?:safe|fine|ok) to ignore\b|\bcan (?:safely )?be ignored\b|\bharmless\b/;
const NOT_AGAIN = /\bnot\s+(?:been\s+|be\s+)?(?:executed|applied|run|performed)\s+(?:again|twice|a second time)\b/;
const NOT_AGAIN_ALL = new RegExp(NOT_AGAIN.source, 'g');
const AFFIRMS_EXECUTED = /\b(?:executed|applied|succeeded|done|took effect|completed)\b/;
/** causes an outcome's words may name, each checked against the trace (falseCause) */
const CLAIMS_VALIDATION = /\b(?:failed|fails|did not pass|didn't pass)\s+validation\b|\binvalid\s+(?:request|operation|input|command)\b|\bmalformed\b|\bvalidation\s+(?:error|failed|failure)\b|\brejected\s+(?:in|by|at)\s+validation\b/;
const CLAIMS_KERNEL_SOURCE = /\bkernel\s+(?:rejected|refused|declined|said|answered|returned|replied|reported|decided)\b|\b(?:rejected|refused|declined)\s+by\s+the\s+kernel\b/;
const CLAIMS_TIMEOUT = /\btimed?\s*out\b|\btime-?out\b|\bt\/o\b|\bno\s+(?:reply|response|answer)\b|\bdid(?:n't| not)\s+(?:reply|respond|answer)\b/;
const CLAIMS_CP_CRASH = /\b(?:control[ -]plane|server|service)\s+(?:had\s+)?(?:crashed|restarted|went down|was down|died|failed over)\b/;
const CLAIMS_KERNEL_CRASH = /\bkernel\s+(?:had\s+)?(?:crashed|restarted|went down|was down|died)\b/;
const claimsCause = new Map<string, Map<string, number>>();
/** a claim that the request was a duplicate, a copy or a repeat of one seen before */
const CLAIMS_DUPLICATE = /\bduplicate[sd]?\b|\bde-?dup(?:licat)?ed\b|\balready\s+(?:submitted|sent|seen|received|dispatched|confirmed)\b|\bseen\s+(?:it\s+|this\s+)?before\b|\brepeat(?:ed)?\s+(?:request|submi(?:t|ssion)|confirm(?:ation)?)\b|\bresubmi(?:tted|ssion)\b|\b(?:second|another|extra)\s+copy\b|\bcopy\s+of\s+(?:an?\s+|the\s+)?(?:earlier|previous|prior)\b/;
/** a change made and then undone, or made in part: a request executes whole or not at all
 * (11), and nothing undoes it (2: no compensation; red team 36's "rolled back — the partial
 * change was undone" of a fenced request, "executed, then reverted by the kernel") */
const CLAIMS_UNDONE = /\b(?:rolled back|rolled-back|rollback|reverted|reversed|undone|undid|cleaned up|compensat(?:ed|ing|ion)|backed out|unwound)\b|\b(?:was|were|has been|have been|got)\s+restored\b|\bpartial(?:ly)?\b|\bpartiel(?:le)?(?:ment)?\b|\bparcial(?:mente)?\b|\bteilweise\b|\bparzial(?:e|mente)\b|\b(?:failed|stopped|broke off|interrupted)\s+(?:midway|halfway|part-?way|in the middle)\b|\bhalf-?(?:done|applied|executed)\b/;
/** what the undo words deny: "nothing to roll back", "no partial change" */
const DENIES_UNDONE = /\b(?:no|nothing|not|never|without|nor|n't)\b(?:\s+[\w-]+){0,3}?\s+(?:to\s+)?(?:roll(?:ed)?\s*back|rollback|revert\w*|revers\w*|undo\w*|undid|clean(?:ed)?\s*up|compensat\w*|partial\w*|half-?\w*)/g;
/** a retry told as done ("executed on the second attempt"): false, or a retry (6.1, 10) */
const CLAIMS_RETRY = /\bretried\b|\bretrying\b|\bre-?tries\b|\bon (?:a |the )?retry\b|\bafter (?:a |one |the )?retry\b|\b(?:second|2nd|third|3rd|another|later|next|final|last)\s+(?:attempt|try)\b|\b(?:two|three|several|multiple|many|\d+)\s+(?:attempts|tries)\b|\bre-?(?:sent|dispatched|transmitted)\b|\bresubmitted\b|\b(?:executed|sent|dispatched|ran|run|applied|tried|submitted|attempted|processed|performed)\s+(?:it\s+)?twice\b|\bre-?attempt(?:ed|s)?\b|\btried again\b|\b(?:replayed|re-?executed|re-?applied)\b|\b\d+(?:st|nd|rd|th)\s+(?:try|attempt)\b|\b(?:[2-9]|two|three)\s*(?:×|x\b|times\b)|\brecovery\s+(?:completed|finished|resumed|re-?ran|redid|continued)\b|\b(?:completed|finished|resumed)\s+(?:the\s+)?interrupted\b|\bre-?(?:issued|submitted|sent|tried)\s+(?:it\s+)?(?:automatically|for you|on your behalf)\b|\bautomatically\s+re-?(?:issued|submitted|sent|tried|dispatched)\b|\bwill\s+(?:be\s+)?(?:retr(?:y|ied)|re-?sen[dt]|resubmit(?:ted)?|re-?dispatch(?:ed)?|re-?issued?|try again)\b/;
const DENIES_RETRY = /\b(?:no|not|never|without|nor|n't|nothing|won't)\b(?:\s+[\w-]+){0,3}?\s+(?:retr\w*|re-?send|re-?(?:sent|dispatched|transmitted|tries|attempt\w*|executed|applied)|resubmitted|replayed|twice|tried again|(?:second|another)\s+(?:attempt|try))/g;
/** a guess at the outcome of an unknown ("probably applied", "most likely executed") */
const GUESSES = /\b(?:probably|likely|presumably|apparently|almost certainly|surely|definitely|certainly|most likely)\b[^.;—–]{0,30}?\b(?:executed|applied|done|succeeded|went through|ran|run|failed|rejected|lost|dropped|not|never|did)\b/;
/** of an unknown: the kernel's or the network's state, told as known ("kernel healthy;
 * network congestion") */
const CLAIMS_HEALTH = /\b(?:healthy|congest(?:ed|ion)|overload(?:ed)?|is\s+(?:up|down|busy|offline|online)|was\s+(?:up|down|busy|offline|online))\b/;
/** of an unknown: the request itself said to be lost or dropped */
const CLAIMS_DROPPED = /\b(?:request|operation|it|command)\s+(?:was\s+|has been\s+|got\s+|is\s+)?(?:dropped|lost|discarded|thrown away)\b|\band was (?:dropped|lost)\b/;
/** the outcome credited to someone else ("already done earlier by another operator") */
const CLAIMS_OTHER_ACTOR = /\b(?:another|other|a different)\s+(?:operator|user|client|session|admin(?:istrator)?|person|request|caller)s?\b|\bsome(?:one|body) else\b/;
/** where the request stands at the kernel, told as known ("still executing at the kernel") */
const CLAIMS_PENDING = /\bstill\s+(?:executing|running|in progress|being\s+(?:executed|processed|applied|run)|pending|queued|working|processing)\b|\b(?:is|are)\s+(?:executing|running|being\s+(?:executed|processed|applied|run))\b|\bin progress\b|\bwill\s+(?:complete|finish|execute|run|succeed|be\s+(?:executed|applied|done|completed))\b/;
/** a clause the speaker hedges ("may still be executing"): no claim */
const HEDGED_CLAUSE = /\b(?:may|might|could|possibly|perhaps|maybe|whether|if)\b[^.;,—–]*/g;
/** what the change words deny: "nothing was created", "it was not renamed" */
const DENIES_CHANGE = /\b(?:nothing|none|no\s+[\w-]+)\s+(?:was|were|has been|have been|got|is|are)\s+[\w-]+|\b(?:was|were|is|are|has|have|had)\s*(?:not|n't)\s+(?:been\s+)?[\w-]+/g;
/** a rejected request's explanation claiming it changed something */
const CLAIMS_CHANGE = new RegExp(String.raw`\b${AUX}\s+(?:reset|set|changed|updated|corrected|adjusted|normali[sz]ed|replaced|created|renamed|dropped|restored|defaulted)\b|\breset to\b|\b(?:using|used) (?:the|its) default\b|\bdefault (?:value )?(?:was|is|will be) used\b|\bauto-?correct`);

function contradiction(outcome: string, text: string, validation: boolean): string | null {
  const lower = text.toLowerCase();
  // (any outcome: nothing is undone or done in part, and nothing is retried)
  if (CLAIMS_UNDONE.test(lower.replace(DENIES_UNDONE, ' '))) return 'tells of a change undone or made in part, though a request executes whole or not at all and nothing undoes it';
  if (CLAIMS_RETRY.test(lower.replace(DENIES_RETRY, ' '))) return 'tells of a retry, though a request is sent to the kernel once';
  if (outcome === 'unknown') {
    // (what it hedges, it does not claim: "it may have been executed")
    const asserted = lower.replace(HEDGED_CLAUSE, ' ');
    if (CLAIMS_EXECUTED.test(asserted) || CLAIMS_NOT_EXECUTED.test(asserted)) return 'states an outcome the control plane does not know';
    if (ADVISES_REISSUE.test(lower)) return 'tells the operator to issue it again, safe only if it did not execute: a guess, where the kernel\'s state is to be investigated';
    if (GUESSES.test(lower)) return 'guesses an outcome the control plane does not know';
    if (CLAIMS_DROPPED.test(asserted)) return 'says the request was dropped or lost, which the control plane does not know';
    if (/\b(?:request|operation|it|command|change)\s+(?:has\s+|had\s+)?failed\b|^\s*(?:request\s+)?failed\b/.test(asserted)) return 'says the request failed, which the control plane does not know';
    if (CLAIMS_HEALTH.test(asserted)) return 'names a state of the kernel or the network that the control plane does not know';
    if (CLAIMS_PENDING.test(asserted)) return 'states where the request stands at the kernel, which the control plane does not know';
    if (CLAIMS_OTHER_ACTOR.test(asserted)) return 'credits the request\'s fate to someone else, which the control plane does not know';
    return null;
  }
  if (outcome === 'executed') {
    if (CLAIMS_OTHER_ACTOR.test(lower)) return 'credits the execution to someone else, though this request executed';
    if (/^\s*(?:error|failed|failure)\b|\b(?:request|operation|it)\s+(?:has\s+)?failed\b/.test(lower)) return 'says it failed, though it executed';
    if (CLAIMS_NOT_EXECUTED.test(lower)) return 'says it did not take effect';
    // "not executed again" is honest beside the word that it executed ("executed — this copy
    // was not executed again": red team 37), and reads as "not executed" alone ("duplicate
    // request — not executed again": red team 10)
    if (NOT_AGAIN.test(lower) && !AFFIRMS_EXECUTED.test(lower.replace(NOT_AGAIN_ALL, ' '))) return 'says it did not take effect';
    if (ADVISES_REISSUE.test(lower)) return 'tells the operator to issue it again, though it executed';
    if (HEDGES.test(lower.replace(DENIES_RETRY, ' '))) return 'states it as not final';
    return null;
  }
  if (CLAIMS_OTHER_ACTOR.test(lower)) return 'speaks of other operators or requests, which an answer about this request cannot know';
  // a negation holds the words of the claim it denies ("nothing was executed"): what it
  // denies is no claim that it took effect (red team 17's busy rejection was refused so)
  if (CLAIMS_EXECUTED.test(lower.replace(CLAIMS_NOT_EXECUTED_ALL, ' '))) return 'says it took effect';
  // (a rejection, a fence, a validation refusal: nothing changed, so no word says it did)
  if (CLAIMS_CHANGE.test(lower.replace(CLAIMS_NOT_EXECUTED_ALL, ' ').replace(DENIES_CHANGE, ' '))) return 'claims a change, though a request that did not execute changes nothing';
  if (validation) return null;
  if (HEDGES.test(lower.replace(DENIES_RETRY, ' '))) return 'says it may still execute, though a first decision is final';
  return null;
}

/** The list under `key`, made empty if there was none. */
function listIn<K, V>(map: Map<K, V[]>, key: K): V[] {
  let list = map.get(key);
  if (list === undefined) map.set(key, (list = []));
  return list;
}
