// @ts-nocheck
// (Its counters of firings print on stderr only with RT22_TRACE=1 set, as red team 22 ran them.)
// A client that passes the operator's confirm/abandon on later, from a short timer of the
// same incarnation ("hold:<id>"), instead of in the handler of the operator's command.
// Options switch in one bug each; with none it is meant to be correct.
import { NO_RESPONSE } from '../../src/client.ts';

export function makeDeferredClient(opts = {}) {
  const HOLD_MS = opts.holdMs ?? 5;
  return function createClient(port, config) {
    const requests = new Map(); // id -> {phase, token, timer, held: null|{kind, token}, holdTimer}
    let lastHeld = null;
    let lastToken = '';
    const stopTimer = (r) => { if (r.timer !== 0) { port.cancelTimer(r.timer); r.timer = 0; } };
    const startTimer = (id) => port.setTimer(config.responseTimeoutMs, id);
    const dropHeld = (r) => {
      if (opts.sendAfterOutcome) return; // BUG: keeps the held answer after an outcome was shown
      if (r.held !== null) { r.held = null; if (r.holdTimer !== 0) port.cancelTimer(r.holdTimer); r.holdTimer = 0; }
    };
    const flush = (id, r) => {
      const h = r.held;
      if (h === null) return;
      r.held = null;
      r.holdTimer = 0;
      const kind = opts.abandonAsConfirm ? 'confirm' : h.kind; // BUG option
      if (opts.latestToken && lastToken !== h.token) { h.token = lastToken; if (globalThis.process?.env.RT22_TRACE) globalThis.process.stderr.write('RT22 latest-token fired ' + id + '\n'); } // BUG option
      port.send(config.controlPlane, { kind, requestId: id, token: h.token });
      if (opts.sendTwice) port.send(config.controlPlane, { kind, requestId: id, token: h.token });
      if (opts.persist) { port.append({ kind: 'INTENT', data: 'sent:' + id }); }
      // the response timeout counts from the send
      if (h.kind === 'confirm' && r.phase === 'confirmed') r.timer = startTimer(id);
    };
    return {
      onStart() {
        if (opts.persistIds) {
          for (const rec of port.records()) if (rec.kind === 'INTENT' && rec.data.startsWith('sub:'))
            requests.set(rec.data.slice(4), { phase: 'submitted', token: '', timer: 0, held: null, holdTimer: 0 });
        }
        if (!opts.persist) return;
        // BUG option: answers held at a crash are sent by the next incarnation
        const sent = new Set();
        const held = [];
        for (const rec of port.records()) {
          if (rec.kind !== 'INTENT') continue;
          if (rec.data.startsWith('sent:')) sent.add(rec.data.slice(5));
          else held.push(JSON.parse(rec.data));
        }
        for (const h of held) {
          if (sent.has(h.requestId)) continue;
          sent.add(h.requestId);
          port.append({ kind: 'INTENT', data: 'sent:' + h.requestId });
          port.sync();
          port.send(config.controlPlane, { kind: h.kind, requestId: h.requestId, token: h.token });
        }
      },
      onOperator(command) {
        switch (command.kind) {
          case 'submit':
          case 'observe': {
            const requestId = port.drawId();
            port.display({ kind: 'request-id', intent: command.intent, requestId });
            port.send(config.controlPlane, command.kind === 'submit'
              ? { kind: 'submit', requestId, operation: command.operation }
              : { kind: 'observe', requestId });
            if (opts.persistIds && command.kind === 'submit') { port.append({ kind: 'INTENT', data: 'sub:' + requestId }); port.sync(); }
            requests.set(requestId, { phase: 'submitted', token: '', timer: startTimer(requestId), held: null, holdTimer: 0 });
            return;
          }
          case 'confirm':
          case 'abandon': {
            const r = requests.get(command.requestId);
            if (!opts.confirmBeatsAbandon && command.kind === 'abandon' && r !== undefined && r.phase === 'confirmed' && r.held !== null) {
              // nothing has left this client yet: the operator's abandon replaces the held confirm
              r.held = { kind: 'abandon', token: r.held.token };
              r.phase = 'done';
              return;
            }
            if (r !== undefined && r.orphan && r.phase === 'challenged' && globalThis.process?.env.RT22_TRACE) globalThis.process.stderr.write('RT22 orphan answered ' + command.kind + ' ' + command.requestId + '\n');
            if (r === undefined || r.phase !== 'challenged') return;
            if (opts.reopenAbandon === 'keep' && r.held !== null) {
              if (globalThis.process?.env.RT22_TRACE) globalThis.process.stderr.write('RT22 reopened-answer ' + command.kind + ' ' + command.requestId + '\n');
              port.send(config.controlPlane, { kind: command.kind, requestId: command.requestId, token: r.token });
              if (command.kind === 'confirm') { r.phase = 'confirmed'; r.timer = startTimer(command.requestId); } else r.phase = 'done';
              return;
            }
            r.held = { kind: command.kind, token: r.token };
            if (opts.persist) {
              port.append({ kind: 'INTENT', data: JSON.stringify({ requestId: command.requestId, kind: command.kind, token: r.token }) });
              port.sync();
            }
            r.holdTimer = port.setTimer(HOLD_MS, 'hold:' + command.requestId);
            if (command.kind === 'confirm') r.phase = 'confirmed';
            else r.phase = 'done';
            return;
          }
          case 'ask-outcome': {
            const r = requests.get(command.requestId);
            if (r !== undefined && r.timer !== 0) port.cancelTimer(r.timer);
            if (r !== undefined && r.held !== null && !opts.sendAfterOutcome) {
              if (r.holdTimer !== 0) port.cancelTimer(r.holdTimer);
              flush(command.requestId, r);
            }
            port.send(config.controlPlane, { kind: 'outcome-query', requestId: command.requestId });
            const keep = opts.sendAfterOutcome && r !== undefined ? r.held : null;
            const nr = { phase: 'asking', token: '', timer: startTimer(command.requestId), held: keep, holdTimer: keep ? r.holdTimer : 0 };
            requests.set(command.requestId, nr);
            return;
          }
        }
      },
      onMessage(_from, message) {
        switch (message.kind) {
          case 'challenge': {
            const r = requests.get(message.requestId);
            if (r === undefined && opts.adoptOrphan) {
              // BUG option: a challenge for a request of an earlier incarnation is adopted and offered
              // to the operator, unless the log says an earlier incarnation showed its outcome
              const ended = port.records().some((x) => x.kind === 'INTENT' && x.data === 'shown:' + message.requestId);
              if (ended) return;
              if (globalThis.process?.env.RT22_TRACE) globalThis.process.stderr.write('RT22 orphan adopted ' + message.requestId + '\n');
              requests.set(message.requestId, { phase: 'challenged', token: message.token, timer: 0, held: null, holdTimer: 0, orphan: true });
              port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
              return;
            }
            if (r === undefined && opts.showUnknown) {
              // BUG option: a challenge for a request this incarnation never sent (an earlier
              // incarnation's, arriving after a restart) is shown; the operator cannot answer it
              if (globalThis.process?.env.RT22_TRACE) globalThis.process.stderr.write('RT22 unknown shown ' + message.requestId + '\n');
              port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
              return;
            }
            if (r === undefined) return;
            if (opts.reshow === 'after-answer' && r.phase !== 'submitted' && r.phase !== 'asking' && r.phase !== 'done') {
              // BUG option: shows a network copy of the challenge again after the operator answered it
              port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
              return;
            }
            if (opts.adoptNewer && r.phase === 'confirmed' && r.held !== null && message.token !== r.held.token) {
              // BUG option: the operator's held confirm is carried over to a newer challenge
              // (another control-plane incarnation's, from a late copy of the submit)
              r.held.token = message.token;
              r.token = message.token;
              if (globalThis.process?.env.RT22_TRACE) globalThis.process.stderr.write('RT22 adopt fired ' + message.requestId + '\n');
              if (opts.adoptNewer === 'show') port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
              return;
            }
            if (opts.reopenAbandon && r.phase === 'done' && r.held !== null && r.held.kind === 'abandon' && message.token === r.held.token) {
              // BUG option: a copy of the challenge arriving while the operator's abandon is still held
              // re-opens the request: the abandon is dropped and the challenge offered again
              if (opts.reopenAbandon !== 'keep') {
                if (r.holdTimer !== 0) port.cancelTimer(r.holdTimer);
                r.holdTimer = 0;
                r.held = null;
              }
              r.phase = 'challenged';
              if (globalThis.process?.env.RT22_TRACE) globalThis.process.stderr.write('RT22 reopen fired ' + message.requestId + '\n');
              port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
              return;
            }
            if (opts.reshow === 'after-outcome' && r.phase === 'done') {
              // BUG option: a copy of the challenge arriving after the request ended is shown again
              port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
              return;
            }
            if (opts.reshow === 'new-token' && r.phase === 'challenged') {
              // adopts a (copy's) newer token and shows it again before the operator answers
              r.token = message.token;
              port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
              return;
            }
            if (r.phase !== 'submitted') return;
            r.phase = 'challenged';
            r.token = message.token;
            lastToken = message.token;
            stopTimer(r);
            port.display({ kind: 'challenge', requestId: message.requestId, operation: message.operation });
            return;
          }
          case 'answer': {
            const r = requests.get(message.requestId);
            if (r === undefined || r.phase === 'done' || r.phase === 'challenged') return;
            stopTimer(r);
            r.phase = 'done';
            dropHeld(r);
            if (opts.adoptOrphan) { port.append({ kind: 'INTENT', data: 'shown:' + message.requestId }); port.sync(); }
            port.display({ kind: 'outcome', requestId: message.requestId, outcome: message.outcome, source: message.source, rejection: message.rejection, text: message.text });
            return;
          }
          case 'observed': {
            const r = requests.get(message.requestId);
            if (r === undefined || r.phase === 'done') return;
            stopTimer(r);
            r.phase = 'done';
            port.display({ kind: 'observed', requestId: message.requestId, state: message.state });
            return;
          }
          default:
            return;
        }
      },
      onTimer(name) {
        if (name.startsWith('hold:')) {
          const id = name.slice(5);
          const r = requests.get(id);
          if (r === undefined) return;
          r.holdTimer = 0;
          if (opts.sendAfterOutcome && globalThis.__rt22) globalThis.__rt22(id, r.phase);
          flush(id, r);
          return;
        }
        const r = requests.get(name);
        if (r === undefined || r.phase === 'done') return;
        r.timer = 0;
        r.phase = 'done';
        dropHeld(r);
        if (opts.adoptOrphan) { port.append({ kind: 'INTENT', data: 'shown:' + name }); port.sync(); }
        port.display({ kind: 'outcome', requestId: name, outcome: 'unknown', source: 'no-response', rejection: null, text: NO_RESPONSE });
      },
    };
  };
}
