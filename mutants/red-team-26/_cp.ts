// @ts-nocheck
// A control plane of the recently accepted designs, built from src/control-plane.ts:
//  - readTimer:     a timer on each kernel `read`; when the kernel stays silent, audit a
//                   `kernel-timeout` and answer the observe "unknown"
//  - holdObserve:   an operator's observe is held while that client's own dispatches are
//                   unanswered, and its read is sent when the last one settles
//  - invalidAsk:    an outcome query about a request rejected in validation (never
//                   challenged) is answered by repeating the validation rejection
//  - foreignAbandon: an abandon whose token this incarnation did not issue is audited
//                   `abandoned` too (at most one record per request, deduplicated from the log)
// `bug` names the one deliberate change a mutant makes (null: the correct design).

import { validate } from '../../src/validation.ts';

export const CHALLENGE_EXPIRED = 'challenge expired — outcome unknown';
export const KERNEL_TIMEOUT = 'no reply from the kernel — outcome unknown';

const probe = (...args) => {
  if (process.env.RT26_PROBE) process.stderr.write(`RT26_PROBE ${args.join(' ')}\n`);
};

export class CP {
  challenges = new Map();
  seen = new Set();
  dispatched = new Set();
  expired = new Set();
  waiting = new Map();
  timers = new Map();
  unresolved = new Set();
  // design state
  readTimers = new Map(); // observe id -> timer
  readOrder = []; // observe ids with a read in flight, oldest first
  inflightBy = new Map(); // client -> Set of dispatched ids unanswered
  heldObserves = new Map(); // client -> observe ids held
  invalid = new Map(); // request id -> validation rejection
  lastProblem = null;
  abandonedIds = new Set();
  kernelRejections = new Map();
  lastState = null;
  queried = new Set();

  constructor(port, config, opts) {
    this.port = port;
    this.config = config;
    this.opts = opts;
    this.bug = opts.bug ?? null;
  }

  onStart() {
    for (const record of this.port.records()) {
      if (record.kind !== 'AUDIT') continue;
      if (record.outcome === 'unknown') this.unresolved.add(record.requestId);
      else this.unresolved.delete(record.requestId);
      if (this.opts.foreignAbandon && this.bug !== 'abandon-dedup-memory' && record.failure === 'abandoned') {
        this.abandonedIds.add(record.requestId);
      }
      if (this.opts.invalidAsk && record.failure === 'invalid-request') {
        if (typeof record.explanation === 'object' && record.explanation !== null) {
          this.invalid.set(record.requestId, record.explanation);
        } else if (this.bug === 'invalid-restored-generic') {
          this.invalid.set(record.requestId, { code: 'INVALID_REQUEST', text: 'the request was invalid' });
        }
      }
      if (this.bug === 'ask-restores-not-executed' && record.outcome === 'not-executed' && record.failure !== 'outcome-resolved') {
        this.invalid.set(record.requestId, { code: 'INVALID_REQUEST', text: 'rejected: not executed' });
      }
    }
  }

  onMessage(from, message) {
    if (from === this.config.kernel) this.onKernel(message);
    else this.onClient(from, message);
  }

  onTimer(name) {
    if (name.startsWith('read:')) {
      const id = name.slice(5);
      if (this.bug === 'read-timer-not-cancelled') {
        if (!this.readTimers.has(id)) return;
        this.readTimers.delete(id);
        probe('read-timeout', id, this.waiting.has(id) ? 'waited' : 'ANSWERED-ALREADY');
        this.audit('kernel-timeout', id, 'unknown');
        this.answer(id, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
        return;
      }
      if (!this.readTimers.has(id)) return;
      this.readTimers.delete(id);
      this.readOrder = this.readOrder.filter((r) => r !== id);
      if (this.bug === 'read-timeout-unsynced') {
        this.port.append({ kind: 'AUDIT', failure: 'kernel-timeout', timeMs: this.port.now(), requestId: id, outcome: 'unknown' });
        this.unresolved.add(id);
        probe('read-timeout-unsynced', id);
      } else if (this.bug === 'read-timeout-audited-under-tag') {
        probe('tagged-audit', id);
        this.audit('kernel-timeout', 'read:' + id, 'unknown');
      } else if (this.bug === 'read-timeout-dated-at-send') {
        const sentAt = this.readSentAt.get(id) ?? this.port.now();
        probe('dated-at-send', id, this.port.now() - sentAt);
        this.port.append({ kind: 'AUDIT', failure: 'kernel-timeout', timeMs: sentAt, requestId: id, outcome: 'unknown' });
        this.port.sync();
        this.unresolved.add(id);
      } else {
        this.audit('kernel-timeout', id, this.bug === 'read-timeout-not-executed' ? 'not-executed' : 'unknown');
      }
      if (this.bug === 'read-timeout-fails-all-reads') {
        for (const other of [...this.readTimers.keys()]) {
          probe('fail-other-read', other, 'with', id);
          this.port.cancelTimer(this.readTimers.get(other));
          this.readTimers.delete(other);
          this.audit('kernel-timeout', other, 'unknown');
          this.answer(other, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
        }
      }
      probe('read-timeout', id, this.waiting.has(id) ? 'waited' : 'nobody');
      if (this.heldIds().has(id)) probe('TIMEOUT-WHILE-HELD', id);
      if (this.bug === 'read-timeout-not-executed') {
        this.answer(id, 'not-executed', 'timeout', null, 'no reply from the kernel — nothing was changed');
      } else if (this.bug === 'read-timeout-source-kernel') {
        this.answer(id, 'unknown', 'kernel-decision', null, KERNEL_TIMEOUT);
      } else if (this.bug === 'read-timeout-keeps-waiters') {
        for (const client of this.waiting.get(id) ?? []) {
          this.port.send(client, answer(id, 'unknown', 'timeout', null, KERNEL_TIMEOUT));
        }
      } else {
        this.answer(id, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
      }
      if (this.bug === 'read-timeout-rereads') {
        probe('reread', id);
        this.port.send(this.config.kernel, { kind: 'read', requestId: id });
      }
      return;
    }
    if (!this.timers.has(name)) return;
    this.timers.delete(name);
    this.audit('kernel-timeout', name, 'unknown');
    this.answer(name, 'unknown', 'timeout', null, KERNEL_TIMEOUT);
    if (this.bug !== 'held-not-released-on-timeout') this.settle(name);
  }

  onClient(client, message) {
    switch (message.kind) {
      case 'submit': {
        if (this.seen.has(message.requestId)) {
          this.audit('duplicate-request', message.requestId, 'unknown');
          return;
        }
        this.seen.add(message.requestId);
        const problem = validate(message.operation);
        if (problem !== null) {
          if (this.opts.persistExplanation) {
            const record = { kind: 'AUDIT', failure: 'invalid-request', timeMs: this.port.now(), requestId: message.requestId, outcome: 'not-executed', explanation: problem };
            this.port.append(record);
            this.port.sync();
            this.unresolved.delete(message.requestId);
          } else {
            this.audit('invalid-request', message.requestId, 'not-executed');
          }
          if (this.opts.invalidAsk) this.invalid.set(message.requestId, problem);
          this.lastProblem = problem;
          this.port.send(client, answer(message.requestId, 'not-executed', 'validation', problem, problem.text));
          return;
        }
        const token = this.port.drawId();
        this.challenges.set(token, { requestId: message.requestId, operation: message.operation });
        this.port.send(client, { kind: 'challenge', requestId: message.requestId, token, operation: message.operation });
        return;
      }
      case 'confirm': {
        const challenge = this.challenges.get(message.token);
        if (challenge === undefined || challenge.requestId !== message.requestId) {
          if (this.dispatched.has(message.requestId) || this.expired.has(message.requestId)) {
            this.audit('duplicate-request', message.requestId, 'unknown');
            return;
          }
          this.expired.add(message.requestId);
          this.audit('challenge-expired', message.requestId, 'unknown');
          this.port.send(client, answer(message.requestId, 'unknown', 'challenge-expired', null, CHALLENGE_EXPIRED));
          return;
        }
        this.challenges.delete(message.token);
        this.dispatched.add(message.requestId);
        this.wait(message.requestId, client);
        if (this.opts.holdObserve) {
          let set = this.inflightBy.get(client);
          if (set === undefined) this.inflightBy.set(client, (set = new Set()));
          set.add(message.requestId);
        }
        this.port.send(this.config.kernel, { kind: 'dispatch', requestId: message.requestId, operation: challenge.operation });
        this.startKernelTimer(message.requestId);
        return;
      }
      case 'abandon': {
        const challenge = this.challenges.get(message.token);
        if (challenge === undefined || challenge.requestId !== message.requestId) {
          if (!this.opts.foreignAbandon) return;
          if (this.abandonedIds.has(message.requestId) || this.dispatched.has(message.requestId)) return;
          this.abandonedIds.add(message.requestId);
          probe('foreign-abandon', message.requestId);
          this.audit('abandoned', message.requestId, 'not-executed');
          return;
        }
        this.challenges.delete(message.token);
        if (this.opts.foreignAbandon) this.abandonedIds.add(message.requestId);
        this.audit('abandoned', message.requestId, 'not-executed');
        return;
      }
      case 'observe': {
        this.wait(message.requestId, client);
        if (this.opts.holdObserve) {
          const inflight = this.inflightBy.get(client);
          if (inflight !== undefined && inflight.size > 0) {
            let held = this.heldObserves.get(client);
            if (held === undefined) this.heldObserves.set(client, (held = []));
            held.push(message.requestId);
            probe('hold-observe', message.requestId);
            if (this.bug === 'held-timer-from-arrival' || this.bug === 'held-expires-unread') this.startReadTimer(message.requestId);
            return;
          }
        }
        this.sendRead(message.requestId);
        return;
      }
      case 'outcome-query': {
        if (this.opts.invalidAsk) {
          let problem = this.invalid.get(message.requestId);
          if (this.opts.unlessQueried && this.queried.has(message.requestId)) problem = undefined;
          if (problem === undefined && this.bug === 'ask-kernel-rejection-as-validation') {
            problem = this.kernelRejections.get(message.requestId);
            if (problem !== undefined) probe('kernel-rejection-as-validation', message.requestId);
          }
          if (problem !== undefined) {
            if (this.bug === 'invalid-ask-last-explanation' && this.lastProblem !== problem) {
              probe('last-explanation', message.requestId);
              problem = this.lastProblem;
            }
            if (this.bug === 'invalid-restored-generic' || this.bug === 'ask-restores-not-executed') probe('invalid-ask', message.requestId, problem.text);
            // a duplicate submit may have left the newest record of it "unknown": resolve it first
            if (this.unresolved.has(message.requestId)) this.audit('outcome-resolved', message.requestId, 'not-executed');
            if (this.bug === 'invalid-ask-rejection-null') {
              probe('rejection-null', message.requestId);
              this.port.send(client, answer(message.requestId, 'not-executed', 'validation', null, problem.text));
              return;
            }
            this.port.send(client, answer(message.requestId, 'not-executed', 'validation', problem, problem.text));
            return;
          }
        }
        this.wait(message.requestId, client);
        this.queried.add(message.requestId);
        this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: message.requestId });
        this.startKernelTimer(message.requestId);
        return;
      }
    }
  }

  sendRead(requestId) {
    this.port.send(this.config.kernel, { kind: 'read', requestId });
    if (this.opts.readTimer) this.startReadTimer(requestId);
  }

  readSentAt = new Map();

  startReadTimer(requestId) {
    this.readSentAt.set(requestId, this.port.now());
    if (this.readTimers.has(requestId)) return;
    this.readTimers.set(requestId, this.port.setTimer(this.config.kernelTimeoutMs, 'read:' + requestId));
    this.readOrder.push(requestId);
  }

  stopReadTimer(requestId) {
    if (this.bug === 'read-timer-not-cancelled') return;
    let id = requestId;
    if (this.bug === 'read-timer-cancelled-fifo' && this.readOrder.length > 0) {
      id = this.readOrder[0];
      if (id !== requestId) probe('fifo-cancel', id, 'for', requestId);
    }
    this.readOrder = this.readOrder.filter((r) => r !== id);
    const timer = this.readTimers.get(id);
    if (timer === undefined) return;
    this.readTimers.delete(id);
    this.port.cancelTimer(timer);
  }

  /** a dispatch of `requestId` is answered (or timed out): release observes held behind it */
  settle(requestId) {
    if (!this.opts.holdObserve) return;
    for (const [client, set] of this.inflightBy) {
      if (!set.delete(requestId) && this.bug !== 'held-not-dequeued') continue;
      if (set.size > 0) continue;
      const held = this.heldObserves.get(client);
      if (held === undefined || held.length === 0) continue;
      if (this.bug !== 'held-not-dequeued') this.heldObserves.delete(client);
      for (const observeId of held) this.release(observeId, requestId);
    }
  }

  release(observeId, settledId) {
    if (this.bug === 'held-expires-unread' && !this.waiting.has(observeId)) {
      probe('expired-unread', observeId);
      return;
    }
    probe('release', observeId, 'after', settledId, this.waiting.has(observeId) ? 'waited' : 'NOBODY');
    if (this.bug === 'held-joins-inflight-read') {
      const other = [...this.readTimers.keys()].find((id) => id !== observeId && !this.heldIds().has(id));
      if (other !== undefined) {
        probe('join', observeId, 'to', other);
        const clients = this.waiting.get(observeId) ?? [];
        this.waiting.delete(observeId);
        for (const client of clients) {
          (this.joined ??= new Map()).set(other, [...(this.joined.get(other) ?? []), [client, observeId]]);
        }
        return;
      }
    }
    if (this.bug === 'held-released-as-fenced-query') {
      this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: observeId });
      this.startReadTimer(observeId);
      return;
    }
    if (this.bug === 'held-read-under-write-id') {
      this.port.send(this.config.kernel, { kind: 'read', requestId: settledId });
      if (this.opts.readTimer) this.startReadTimer(observeId);
      return;
    }
    this.sendRead(observeId);
  }

  heldIds() {
    const ids = new Set();
    for (const list of this.heldObserves.values()) for (const id of list) ids.add(id);
    return ids;
  }

  onKernel(reply) {
    const requestId = reply.requestId;
    switch (reply.kind) {
      case 'state': {
        if (this.bug === 'late-state-resolves-read-timeout' && this.readTimers.get(requestId) === undefined && this.unresolved.has(requestId) && !this.dispatched.has(requestId)) {
          probe('late-state-resolves', requestId);
          this.audit('outcome-resolved', requestId, 'executed');
        }
        this.stopReadTimer(requestId);
        const clients = this.takeWaiting(requestId);
        for (const client of clients) this.port.send(client, { kind: 'observed', requestId, state: reply.state });
        const joined = this.joined?.get(requestId);
        if (joined !== undefined) {
          this.joined.delete(requestId);
          for (const [client, observeId] of joined) {
            this.stopReadTimer(observeId);
            this.port.send(client, { kind: 'observed', requestId: observeId, state: reply.state });
          }
        }
        return;
      }
      case 'decision':
        if (reply.decision.kind === 'REJECT') this.kernelRejections.set(requestId, reply.decision.rejection);
        this.report(requestId, reply.decision, 'kernel-decision', reply.decision.kind === 'REJECT' ? 'kernel-rejection' : null);
        this.settle(requestId);
        return;
      case 'duplicate':
        if (reply.first.kind === 'REJECT') this.kernelRejections.set(requestId, reply.first.rejection);
        this.report(requestId, reply.first, 'kernel-duplicate', 'duplicate-request');
        this.settle(requestId);
        return;
      case 'query-answer':
        if (reply.first.kind === 'REJECT') this.kernelRejections.set(requestId, reply.first.rejection);
        if (this.readTimers.has(requestId) && this.bug === 'held-released-as-fenced-query') {
          this.stopReadTimer(requestId);
        }
        this.report(requestId, reply.first, 'kernel-query', 'outcome-resolved');
        this.settle(requestId);
        return;
    }
  }

  report(requestId, first, source, failure) {
    this.stopKernelTimer(requestId);
    const outcome = first.kind === 'EXEC' ? 'executed' : 'not-executed';
    const resolves = this.unresolved.has(requestId) || !this.dispatched.has(requestId);
    if (failure === 'outcome-resolved' && !resolves) failure = null;
    if (failure === null && resolves) failure = 'outcome-resolved';
    if (failure !== null) this.audit(failure, requestId, outcome);
    const rejection = first.kind === 'REJECT' ? first.rejection : null;
    const text = rejection !== null ? rejection.text : outcome === 'executed' ? 'executed' : 'not executed';
    this.answer(requestId, outcome, source, rejection, text);
  }

  answer(requestId, outcome, source, rejection, text) {
    for (const client of this.takeWaiting(requestId)) {
      this.port.send(client, answer(requestId, outcome, source, rejection, text));
    }
  }

  audit(failure, requestId, outcome) {
    const record = { kind: 'AUDIT', failure, timeMs: this.port.now(), requestId, outcome };
    this.port.append(record);
    this.port.sync();
    if (outcome === 'unknown') this.unresolved.add(requestId);
    else this.unresolved.delete(requestId);
  }

  wait(requestId, client) {
    const clients = this.waiting.get(requestId);
    if (clients === undefined) this.waiting.set(requestId, [client]);
    else if (!clients.includes(client)) clients.push(client);
  }

  takeWaiting(requestId) {
    const clients = this.waiting.get(requestId);
    if (clients === undefined) return [];
    this.waiting.delete(requestId);
    return clients;
  }

  startKernelTimer(requestId) {
    this.stopKernelTimer(requestId);
    this.timers.set(requestId, this.port.setTimer(this.config.kernelTimeoutMs, requestId));
  }

  stopKernelTimer(requestId) {
    const timer = this.timers.get(requestId);
    if (timer === undefined) return;
    this.timers.delete(requestId);
    this.port.cancelTimer(timer);
  }
}

function answer(requestId, outcome, source, rejection, text) {
  return { kind: 'answer', requestId, outcome, source, rejection, text };
}
