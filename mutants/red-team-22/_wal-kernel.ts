// @ts-nocheck
// A kernel of another design: per dispatch it appends an INTENT record (the request id and
// its operation) and syncs it, decides, replies, and appends the decision record AFTER the
// reply, in the same handler, unsynced (the next sync makes it durable). A restart replays
// the log in order and re-decides an intent whose decision record was lost (only ever the
// last intent of the log). Options switch in one bug each; with none it is meant to be correct.
import { KernelState } from '../../src/kernel-state.ts';

const EXECUTED = { kind: 'EXEC' };
const FENCED = { kind: 'FENCE' };
const GENERIC = {
  COLLECTION_EXISTS: 'collection already exists', NO_SUCH_COLLECTION: 'no such collection',
  INDEX_EXISTS: 'index already exists', INDEX_LIMIT: 'too many indexes', NO_SUCH_INDEX: 'no such index',
  SNAPSHOT_EXISTS: 'snapshot already exists',
};

export function makeWalKernel(opts = {}) {
  return function createKernel(port, config) {
    const state = new KernelState();
    const decisions = new Map();
    let deferred = null; // opts.nextHandler: the decision record not yet appended

    const applyRecord = (record) => {
      if (decisions.has(record.requestId)) return;
      if (record.kind === 'EXEC') { state.apply(record.operation); decisions.set(record.requestId, EXECUTED); }
      else if (record.kind === 'REJECT') decisions.set(record.requestId, { kind: 'REJECT', rejection: record.rejection });
      else if (record.kind === 'FENCE') decisions.set(record.requestId, FENCED);
    };
    const decide = (requestId, operation) => {
      const rejection = state.decide(operation);
      const record = rejection === null
        ? { kind: 'EXEC', requestId, operation }
        : { kind: 'REJECT', requestId, rejection };
      applyRecord(record);
      return record;
    };
    const flushDeferred = (currentId) => {
      if (deferred === null) return;
      const rec = opts.otherId ? { ...deferred, requestId: currentId } : deferred; // BUG option
      deferred = null;
      port.append(rec);
    };

    return {
      onStart() {
        const pending = new Map(); // intents without a decision record, in log order
        for (const record of port.records()) {
          if (record.kind === 'INTENT') {
            if (!record.data.startsWith('{')) continue;
            const intent = JSON.parse(record.data);
            if (!decisions.has(intent.requestId)) pending.set(intent.requestId, intent.fence ? null : intent.operation);
            continue;
          }
          pending.delete(record.requestId);
          applyRecord(record);
        }
        if (opts.redecideLast) {
          // BUG option: the last intent of the log is decided again at start, whether or not its
          // decision record survived; the new decision replaces the old one in memory
          const intents = port.records().filter((r) => r.kind === 'INTENT' && r.data.startsWith('{'));
          const last = intents.length > 0 ? JSON.parse(intents[intents.length - 1].data) : null;
          if (last !== null && last.operation && decisions.has(last.requestId)) {
            pending.delete(last.requestId);
            const rejection = state.decide(last.operation);
            const record = rejection === null
              ? { kind: 'EXEC', requestId: last.requestId, operation: last.operation }
              : { kind: 'REJECT', requestId: last.requestId, rejection };
            if (rejection === null) state.apply(last.operation);
            decisions.set(last.requestId, rejection === null ? EXECUTED : { kind: 'REJECT', rejection });
            port.append(record);
            port.sync();
          }
        }
        for (const [requestId, operation] of pending) {
          if (decisions.has(requestId)) continue;
          if (opts.orphanFenced || operation === null) {
            // BUG option: an intent whose decision was lost is taken as not executed
            port.append({ kind: 'FENCE', requestId });
            port.sync();
            decisions.set(requestId, FENCED);
            continue;
          }
          const record = decide(requestId, operation); // the same decision as before the crash
          if (opts.redecisionUnlogged) continue; // BUG option: decided again at every start, never logged
          port.append(record);
          port.sync();
        }
      },
      onMessage(from, message) {
        if (opts.nextHandler) flushDeferred(message.requestId);
        switch (message.kind) {
          case 'dispatch': {
            const first = decisions.get(message.requestId);
            if (first !== undefined) {
              port.send(from, { kind: 'duplicate', requestId: message.requestId, first });
              return;
            }
            if (opts.unrelatedAhead) port.append({ kind: 'INTENT', data: 'dispatch received' }); // BUG option: names nothing
            else port.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId, operation: message.operation }) });
            port.sync();
            const record = decide(message.requestId, message.operation);
            const decision = decisions.get(message.requestId);
            port.send(from, { kind: 'decision', requestId: message.requestId, decision });
            let logged = record;
            if (opts.redecideAfterApply) {
              // BUG option: the record is built from a second look at the state, after the apply
              const again = state.decide(message.operation);
              logged = again === null
                ? { kind: 'EXEC', requestId: message.requestId, operation: message.operation }
                : { kind: 'REJECT', requestId: message.requestId, rejection: again };
            }
            if (opts.genericText && logged.kind === 'REJECT') {
              // BUG option: the log keeps a generic text per code, not the text replied
              logged = { ...logged, rejection: { code: logged.rejection.code, text: GENERIC[logged.rejection.code] ?? logged.rejection.code } };
            }
            if (opts.nextHandler) { deferred = logged; return; }
            port.append(logged);
            return;
          }
          case 'fenced-query': {
            let first = decisions.get(message.requestId);
            if (first === undefined && opts.fenceLate) {
              // the fence is written ahead too: an intent to fence, synced, then the FENCE after the reply
              port.append({ kind: 'INTENT', data: JSON.stringify({ requestId: message.requestId, fence: true }) });
              port.sync();
              decisions.set(message.requestId, FENCED);
              port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: false, first: FENCED });
              port.append({ kind: 'FENCE', requestId: message.requestId });
              return;
            }
            if (first === undefined) {
              port.append({ kind: 'FENCE', requestId: message.requestId });
              port.sync();
              decisions.set(message.requestId, FENCED);
              first = FENCED;
            }
            port.send(from, { kind: 'query-answer', requestId: message.requestId, executed: first.kind === 'EXEC', first });
            return;
          }
          case 'read':
            port.send(from, { kind: 'state', requestId: message.requestId, state: state.view() });
            return;
          default:
            return;
        }
      },
      onTimer() {},
      inspect() { return state.view(); },
    };
  };
}
