// A correct system that is not the reference must pass too: the oracles judge the failure
// model, not the reference's design. The group-commit kernel (examples/) acknowledges only
// synced decisions, like the reference, but syncs per batch, so crashes hold multi-record
// unsynced suffixes of which the disk keeps any prefix — the fault model's partial losses,
// which the reference (a sync after every append) never gives.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import groupCommitControlPlane from '../examples/group-commit-control-plane.ts';
import groupCommit from '../examples/group-commit-kernel.ts';
import type { SystemUnderTest } from '../src/ports.ts';
import type { WorldObserver } from '../sim/observer.ts';
import { runOnce } from '../sim/runner.ts';
import { loadScenario } from '../sim/scenario-file.ts';
import { CONTROL_PLANE, Ev, KERNEL } from '../sim/world.ts';

test('a group-commit kernel passes; its crashes lose part of a multi-record unsynced suffix', () => {
  const tally = { multi: 0, partial: 0 };
  const observer: WorldObserver = {
    onCrash(_world, process, _cause, lost, unsynced) {
      if (process.address !== KERNEL) return;
      if (unsynced >= 2) tally.multi++;
      if (lost.length > 0 && lost.length < unsynced) tally.partial++;
    },
  };
  for (const name of ['kernel-crash-append-sync', 'mixed']) {
    for (let seed = 1n; seed <= 60n; seed++) {
      const result = runOnce({ scenario: loadScenario(name), seed, sut: groupCommit, observers: [observer] });
      assert.is(result.verdict.kind, 'pass', `${name} seed ${seed}: ${result.violations.map((v) => `${v.invariant}: ${v.explanation}`).join(' | ').slice(0, 400)}`);
      result.world?.trace.release();
    }
  }
  assert.ok(tally.multi > 0, `${tally.multi} kernel crashes held ≥ 2 unsynced records`);
  assert.ok(tally.partial > 0, `${tally.partial} lost part of them`);
});

test('a group-commit kernel slower than a drawn kernel timeout is not a liveness failure (timing-swarm seeds 2 and 141)', () => {
  // the timing swarm draws kernel timeouts shorter than its batch plus a round trip: every
  // reply then comes after the control plane gave up, which is the seed's timing, not a
  // fault of the system (red team 12 found liveness refusing it)
  for (const seed of [2n, 141n, 159n, 183n]) {
    const result = runOnce({ scenario: loadScenario('timing-swarm'), seed, sut: groupCommit });
    assert.is(result.verdict.kind, 'pass', `timing-swarm seed ${seed}: ${result.violations.map((v) => `${v.invariant}: ${v.explanation}`).join(' | ').slice(0, 400)}`);
    result.world?.trace.release();
  }
});

/** A correct system under mutants/ passes seeds 1..N of each scenario. */
function passes(title: string, path: string, scenarios: readonly string[], seeds: number): void {
  test(title, async () => {
    const sut = ((await import(`../mutants/${path}.ts`)) as { default: SystemUnderTest }).default;
    for (const scenario of scenarios) {
      for (let seed = 1n; seed <= BigInt(seeds); seed++) {
        const result = runOnce({ scenario: loadScenario(scenario), seed, sut });
        assert.is(result.verdict.kind, 'pass', `${scenario} seed ${seed}: ${result.violations.map((v) => `${v.invariant}: ${v.explanation}`).join(' | ').slice(0, 400)}`);
        result.world?.trace.release();
      }
    }
  });
}

// Correct systems written by red team 12 from the spec alone, each unlike the reference in a
// way a too-strict oracle refused or might refuse: other wordings (one says "whether the
// request executed is unknown"), one sync per handler, a question joining an in-flight
// dispatch, another state-view order, the request id shown after the send, a client
// repeating a final outcome it was told when asked again.
const CORRECT = ['correct-rewording', 'correct-rewording-v2', 'correct-cp-sync-per-handler', 'correct-cp-query-joins-inflight', 'correct-kernel-collated-view', 'correct-client-id-after-send', 'correct-client-remembers-final-answers'];
for (const name of CORRECT) {
  passes(`red team 12's ${name} passes`, `red-team-12/${name}`, ['mixed', 'impatient-operators', 'timing-swarm', 'skewed-clocks', 'cp-crash-during-dispatch'], 12);
}

// Red team 13's correct control planes, refused before their oracles were fixed: one reads the
// kernel once as it starts (observation resumed, spec 10) and ignores the reply; one journals
// the submit ids it saw, so that a restarted incarnation takes a network copy of a submit an
// earlier incarnation had as a duplicate (6.2) and owes nobody an answer for it; one answers
// an outcome query from a first decision the same incarnation heard from the kernel (a first
// decision is final; 4.3).
for (const name of ['correct-cp-observes-on-start', 'correct-cp-durable-seen-ids', 'correct-cp-decision-cache']) {
  passes(`red team 13's ${name} passes`, `red-team-13/${name}`, ['skewed-clocks@8', 'mixed', 'skewed-clocks', 'cp-crash-during-dispatch', 'duplicate-requests'], 10);
}

// Red team 14's correct systems. Two group-commit kernels were refused by kernel.atomic, which
// held every state reply to every record appended, synced or not: one answers reads from
// its synced records only, one sends the state the read found once the sync that holds it
// is done. The others passed as written: reads answered early when nothing is unsynced,
// duplicate rejections logged, views in creation order, decisions looked up in the log, a
// checkpoint at start, the last decision re-sent after a restart, a control-plane timer armed
// before the send, the client's own texts reworded.
const RED_14 = ['correct-kernel-gc-view-at-hold', 'correct-kernel-gc-reads-last-synced', 'correct-kernel-gc-reads-early', 'correct-kernel-logs-duplicate-rejections', 'correct-kernel-view-creation-order', 'correct-kernel-scan-log', 'correct-kernel-checkpoint', 'correct-kernel-resends-last-decision', 'correct-cp-timer-before-send', 'correct-client-words-differently'];
for (const name of RED_14) {
  passes(`red team 14's ${name} passes`, `red-team-14/${name}`, ['calm', 'mixed', 'kernel-crash-after-observe', 'kernel-crash-append-sync', 'abandon'], 6);
}

// Red teams 15, 16 and 17's correct systems: other texts, fields, tokens, ids, orders and audit
// records, each legal. Refused before their oracles were fixed: a validator describing its
// rule as "at most 31 characters from a-z, 0-9 and _" (read as "too long"); reads under ids
// of the control plane's own; one state reply answering every observe waiting when it
// arrives. (Two more of red team 15's ignore their configured timeouts and stay refused.)
const RED_15_16 = [
  ...['correct-client-outcome-display-time', 'correct-client-repeats-id-at-challenge', 'correct-cp-audits-every-query-answer', 'correct-cp-field-order', 'correct-cp-read-correlation-ids', 'correct-cp-rejection-text-with-context', 'correct-cp-token-carries-request', 'correct-cp-validation-order', 'correct-kernel-duplicate-detail', 'correct-kernel-field-order'].map((name) => `red-team-15/${name}`),
  ...['correct-client-requests-by-kind', 'correct-cp-observe-served-by-later-read', 'correct-cp-read-ids', 'correct-cp-timer-ids'].map((name) => `red-team-16/${name}`),
  // red team 17's, written at the edges of the rules that judge texts, observes and answers
  ...['correct-cp-answer-text-names-request', 'correct-cp-outcome-from-heard-decision', 'correct-kernel-read-snapshot-on-arrival', 'correct-kernel-rejection-text-by-request-id', 'correct-kernel-rejection-text-reworded'].map((name) => `red-team-17/${name}`),
];
for (const path of RED_15_16) {
  passes(`${path} passes`, `${path}`, ['mixed', 'invalid-request', 'edge-values', 'kernel-crash-after-observe@8', 'impatient-operators'], 5);
}

// Red team 18's kernels with a write-ahead log of intents: each dispatch is synced as an
// intent before it is decided, and a restart re-decides a logged intent whose decision a
// crash lost (roll-forward is the kernel's own, 11). The early-ack one replies before its
// decision record is synced; `outcome.from-kernel` refused it at every acknowledgement
// until it accepted a decision written ahead (a record of the same handler synced first).
for (const name of ['correct-kernel-intent-wal-early-ack', 'correct-kernel-intent-wal', 'correct-kernel-wal-announces-recovery', 'correct-cp-write-only-dispatch-journal']) {
  passes(`red team 18's ${name} passes`, `red-team-18/${name}`, ['mixed', 'kernel-crash-append-sync', 'kernel-crash-after-observe', 'cp-crash-during-dispatch', 'duplicate-requests'], 6);
}

// Red team 19's: a control plane that sends confirmed dispatches from a 2 ms flush timer of
// the same incarnation (refused by cp.no-replay as "dispatched from a timer" until a
// dispatch from a timer could answer the latest confirm that incarnation received), and a
// client that shows a network copy of a challenge again before its operator answers
// (refused by outcome.from-kernel as "an answer nobody asked for"); and four that passed.
for (const name of ['correct-cp-batched-dispatch', 'correct-client-redisplays-challenge-copy', 'correct-client-sequenced-ids', 'correct-cp-audit-extra-fields', 'correct-cp-duplicate-audit-heard-outcome', 'correct-kernel-access-log']) {
  passes(`red team 19's ${name} passes`, `red-team-19/${name}`, ['mixed', 'duplicate-requests', 'cp-crash-during-dispatch', 'impatient-operators', 'late-replies'], 6);
}

// Red team 17's client that passes the operator's confirm or abandon on from a 1 ms timer of
// the same incarnation, refused by confirm.required ("the operator's answer was dropped";
// "sent abandon without the operator typing abandon") until an answer could be sent later by
// the incarnation it was typed to, before it shows an outcome of the request or the run ends.
passes("red team 17's correct-client-deferred-confirm passes", 'red-team-17/correct-client-deferred-confirm', ['mixed', 'abandon', 'client-crash-before-confirm', 'client-crash-after-confirm', 'impatient-operators'], 6);

// Red team 21's: a control plane flushing confirmed dispatches from a 3 ms timer, and two
// write-ahead kernels (intent synced, then decided). The second appends its decision after
// it replies: outcome.from-kernel refused it ("its log holds no decision for it") and
// audit.complete took its rejection text, not yet in any record, for an earlier request's,
// until a reply's decision could be appended later in the same handler, and a rejection a
// kernel stated before its record became its request's own.
for (const name of ['correct-cp-flush', 'correct-kernel-wal', 'correct-kernel-wal-decision-after-reply']) {
  passes(`red team 21's ${name} passes`, `red-team-21/${name}`, ['mixed', 'kernel-crash-append-sync', 'kernel-crash-after-observe', 'cp-crash-during-dispatch', 'skewed-clocks'], 6);
}
// (mixed seeds 10 and 13 and skewed-clocks seed 10 are where audit.complete refused it)
passes("red team 21's correct-kernel-wal-decision-after-reply passes where its rejection texts were refused", 'red-team-21/correct-kernel-wal-decision-after-reply', ['mixed', 'skewed-clocks'], 13);

// Red team 22's: a client that holds the operator's answer 5 ms and sends it from a timer (an
// abandon typed meanwhile replaces a held confirm), and write-ahead kernels that append the
// decision, or a fence, after the reply in the same handler.
passes("red team 22's correct-client-held-answer passes", 'red-team-22/correct-client-held-answer', ['mixed', 'abandon', 'impatient-operators', 'client-crash-before-confirm', 'swarm'], 6);
for (const name of ['correct-kernel-intent-log-late-decision', 'correct-kernel-intent-log-late-fence']) {
  passes(`red team 22's ${name} passes`, `red-team-22/${name}`, ['mixed', 'kernel-crash-append-sync', 'cp-crash-during-dispatch', 'kernel-crash-after-observe'], 5);
}

// Red team 24's: a held confirm stands when the operator abandons after it (as the reference
// client's does: confirm.required refused it, 406 of 3,300 runs, from impatient-operators
// seed 1), the operator's last word wins, a held answer goes out before an outcome query, a
// write-ahead kernel that rewrites a lost decision at start, an id counter synced per id.
passes("red team 24's correct-client-held-confirm-stands passes", 'red-team-24/correct-client-held-confirm-stands', ['impatient-operators', 'skewed-clocks', 'abandon'], 4);
for (const name of ['correct-client-held-last-word-wins', 'correct-client-held-flush-on-ask-150ms', 'correct-client-id-counter-synced']) {
  passes(`red team 24's ${name} passes`, `red-team-24/${name}`, ['mixed', 'impatient-operators', 'client-crash-after-confirm'], 4);
}
passes("red team 24's correct-kernel-wal passes", 'red-team-24/correct-kernel-wal', ['mixed', 'kernel-crash-append-sync', 'kernel-crash-after-observe'], 5);

// Red team 25's: a control plane that logs a read the kernel never answered as a kernel
// timeout (audit.complete said it "never asked the kernel": a read was not counted as
// asking), one that also answers the observe "unknown (timeout)", one that holds an
// observe until the same client's writes in flight are answered and reads then (cp.no-
// compensation called the read from a timer reconciliation), and a group-commit kernel.
passes("red team 25's correct-cp-audits-read-timeouts passes", 'red-team-25/correct-cp-audits-read-timeouts', ['mixed', 'kernel-crash-after-observe'], 4);
passes("red team 25's correct-cp-observe-timeout-unknown passes", 'red-team-25/correct-cp-observe-timeout-unknown', ['mixed', 'kernel-crash-after-observe'], 4);
passes("red team 25's correct-cp-observe-after-own-writes passes", 'red-team-25/correct-cp-observe-after-own-writes', ['impatient-operators', 'invalid-request', 'late-replies'], 6);
passes("red team 25's correct-kernel-gc passes", 'red-team-25/correct-kernel-gc', ['mixed', 'kernel-crash-append-sync'], 4);

// and one that repeats its own validation rejection when asked the outcome of a request it
// never challenged: refused where it had also heard the kernel's FENCE (impatient-operators
// seed 14: two true sources, and the label named the other one)
passes("red team 25's correct-cp-invalid-ask-answered-from-validation passes where it also knew the kernel's FENCE", 'red-team-25/correct-cp-invalid-ask-answered-from-validation', ['impatient-operators'], 14);

/** A red team's mutant is caught by `invariant` in the first `seeds` seeds of `scenario`, with an explanation matching `pattern`. */
function caught(title: string, path: string, scenario: string, seeds: number, invariant: string, pattern: RegExp): void {
  test(title, async () => {
    const sut = ((await import(`../mutants/${path}.ts`)) as { default: SystemUnderTest }).default;
    const found: string[] = [];
    for (let seed = 1n; seed <= BigInt(seeds) && found.length === 0; seed++) {
      const result = runOnce({ scenario: loadScenario(scenario), seed, sut });
      found.push(...result.violations.filter((v) => v.invariant === invariant).map((v) => v.explanation));
      result.world?.trace.release();
    }
    assert.ok(found.some((text) => pattern.test(text)), found.join(' | ') || `no ${invariant} violation in ${seeds} seeds of ${scenario}`);
  });
}

// Red team 24's survivors: a client that sent the operator's last word (an abandon) in place
// of a held confirm, then waited for the confirm's answer and told the operator "no
// response"; a control plane that logged a network copy of an abandon as a second abandonment.
caught("red team 24's client-held-abandon-awaits-answer is caught (outcome.from-kernel)", 'red-team-24/client-held-abandon-awaits-answer', 'impatient-operators', 2, 'outcome.from-kernel', /unknown, no-response\), but it had already shown an answer to every question/);
caught("red team 24's cp-audits-every-abandon is caught (audit.complete)", 'red-team-24/cp-audits-every-abandon', 'abandon', 4, 'audit.complete', /logged the abandon of \S+ a second time/);

// Red team 26's: every design accepted for red teams 24 and 25 at once (a held answer, the
// operator's last word, a timer on reads, held observes, validation repeated), and a
// confirm-stands client beside them; its two survivors: a control plane that took one
// read's timeout for the kernel down and timed out every read in flight at once, and one
// that held observes until a kernel reply came, even after a write timed out.
for (const name of ['correct-all-new-designs-v2', 'correct-client-held-confirm-stands-cp-designs', 'correct-cp-held-observe-read-timer']) {
  passes(`red team 26's ${name} passes`, `red-team-26/${name}`, ['mixed', 'late-replies', 'impatient-operators'], 4);
}
caught("red team 26's cp-read-timeout-fails-all-reads is caught (audit.complete)", 'red-team-26/cp-read-timeout-fails-all-reads', 'late-replies', 3, 'audit.complete', /logged a kernel timeout for \S+ at \d+ ms, \d+ ms after it asked the kernel/);
caught("red team 26's cp-held-observe-stuck-after-timeout is caught (liveness)", 'red-team-26/cp-held-observe-stuck-after-timeout', 'dispatch-lost', 3, 'liveness', /waiting on the kernel for nothing/);

// Red team 27's: a control plane that keeps its dispatch's deadline when an outcome query
// re-asks, timing both out at once (audit.complete wanted a second record at the re-ask's
// deadline, though timeoutIsReal allowed the first: late-replies seed 4), and one that
// holds observes until its own writes settle and reads once for all of them.
passes("red team 27's correct-query-keeps-dispatch-deadline passes", 'red-team-27/correct-query-keeps-dispatch-deadline', ['late-replies', 'mixed'], 5);
passes("red team 27's correct-observe-after-writes passes", 'red-team-27/correct-observe-after-writes', ['impatient-operators', 'mixed'], 4);

test('a client that holds back an answer and sends an abandon as a confirm is caught (confirm.required)', async () => {
  const sut = ((await import('./fixtures/client-deferred-answer-swapped.ts')) as { default: SystemUnderTest }).default;
  const caught: string[] = [];
  for (let seed = 1n; seed <= 6n && caught.length === 0; seed++) {
    const result = runOnce({ scenario: loadScenario('abandon'), seed, sut });
    caught.push(...result.violations.filter((v) => v.invariant === 'confirm.required').map((v) => v.explanation));
    result.world?.trace.release();
  }
  assert.ok(caught.some((text) => /sent confirm \S+ without the operator typing confirm/.test(text)), caught.join(' | ') || 'no confirm.required violation in 6 seeds of abandon');
});

// red team 28: designs that pass, a "correct" one that is red team 4's catalogued mutant,
// and a ticking client timer judged with its clock's millisecond grain
passes("red team 28's correct-observe-hold-then-read passes", 'red-team-28/correct-observe-hold-then-read', ['impatient-operators', 'mixed'], 4);
passes("red team 28's correct-observe-hold-own-writes passes", 'red-team-28/correct-observe-hold-own-writes', ['impatient-operators', 'mixed'], 4);
passes("red team 28's correct-timeout-keep-first-deadline passes", 'red-team-28/correct-timeout-keep-first-deadline', ['late-replies', 'mixed'], 4);
passes("red team 28's correct-kernel-log-scan passes", 'red-team-28/correct-kernel-log-scan', ['mixed', 'kernel-crash-append-sync'], 3);
caught("red team 28's cp-rechallenge-dup (the same challenge sent again on a duplicate) is caught, and told apart from a second challenge", 'red-team-28/cp-rechallenge-dup', 'mixed', 3, 'exec.at-most-once', /a 2nd time \(the same token\): a challenge sent again recovers one the network lost/);

test("a client timer measured with now() on a drifting clock may run out a millisecond before virtual time's (red team 28's ticking client)", async () => {
  const sut = ((await import('../mutants/red-team-28/correct-client-tick-timer.ts')) as { default: SystemUnderTest }).default;
  for (const seed of [5n, 8n, 18n]) {
    const result = runOnce({ scenario: loadScenario('skewed-clocks'), seed, sut });
    const early = result.violations.filter((v) => v.invariant === 'outcome.from-kernel');
    assert.is(early.length, 0, `skewed-clocks seed ${seed}: ${early.map((v) => v.explanation).join(' | ')}`);
    // (it is still refused: its "no response" comes up to a tick after the configured timeout)
    assert.ok(result.violations.some((v) => v.invariant === 'liveness'), `skewed-clocks seed ${seed}: no liveness violation`);
    result.world?.trace.release();
  }
});

// red team 29: its correct systems pass; the group-commit kernel answers a held decision and
// then a copy's DUPLICATE in the copy's step (refused in 247 runs before)
passes("red team 29's correct-kernel-group-commit passes", 'red-team-29/correct-kernel-group-commit', ['duplicate-requests', 'dispatch-lost'], 3);
for (const name of ['correct-validate-handwritten', 'correct-client-forget-done', 'correct-client-cache-final', 'correct-cp-dup-known-outcome', 'correct-cp-intent-journal', 'correct-cp-piggyback-query']) {
  passes(`red team 29's ${name} passes`, `red-team-29/${name}`, ['mixed', 'impatient-operators'], 2);
}

// a kernel that swallows copies of a dispatch instead of answering them DUPLICATE passed
// every run before the rule that every dispatch the live kernel received is answered by
// the end (0 of 90 runs of duplicate-requests, dispatch-lost and mixed)
caught('a kernel that swallows copies of a dispatch instead of answering them DUPLICATE is caught (exec.at-most-once)', '../test/fixtures/kernel-swallows-copies', 'duplicate-requests', 3, 'exec.at-most-once', /received 1 dispatch\(es\) of r\d+ it never answered, the latest at step #\d+, and the run ended/);

// red team 30: a client polling its own clock says "no response" a millisecond after virtual
// time's deadline on a drifting clock (refused by liveness in 69 of 1,320 runs before)
passes("red team 30's correct-client-poll passes", 'red-team-30/correct-client-poll', ['skewed-clocks'], 3);
passes("red team 30's correct-gc-hold passes", 'red-team-30/correct-gc-hold', ['duplicate-requests'], 3);

// A control plane that group-commits its audit log (examples/): each answer waits for its
// batch's sync, so it leaves on a timer a step or more after the kernel reply, submit or
// timeout that obliged it. Red team 27's version was refused in every run; so was this one
// until the oracles judged a held step's obligations at its sync and took a held answer's
// cause from the step that held it. The seeds: a crash at the batch's sync losing a logged
// kernel timeout (cp-crash-before-dispatch 16, skewed-clocks 13), a copy's audit record
// written between the kernel reply and its held answer (duplicate-requests 11), a copy of a
// submit held beside a kernel rejection (kernel-rejection 2).
test('a control plane that group-commits its audit log and holds its answers until the sync passes', () => {
  let held = 0;
  const observer: WorldObserver = {
    onSend(world, _id, _cause, source, target, message) {
      if (source.address === CONTROL_PLANE && target.role === 'client' && message.kind === 'answer' && world.currentEvent?.kind === Ev.timer) held++;
    },
  };
  const runs: [string, bigint][] = [['cp-crash-before-dispatch', 16n], ['skewed-clocks', 13n], ['duplicate-requests', 11n], ['kernel-rejection', 2n], ['mixed', 1n], ['late-replies', 3n], ['abandon', 1n], ['invalid-request', 1n]];
  for (const [name, seed] of runs) {
    const result = runOnce({ scenario: loadScenario(name), seed, sut: groupCommitControlPlane, observers: [observer] });
    assert.is(result.verdict.kind, 'pass', `${name} seed ${seed}: ${result.violations.map((v) => `${v.invariant}: ${v.explanation}`).join(' | ').slice(0, 400)}`);
    result.world?.trace.release();
  }
  assert.ok(held > 50, `${held} answers left on the batch timer`);
});
// and what it holds is still judged: an answer dropped at the sync, answers sent before it,
// a rejection passed on as executed
caught('a group-commit control plane that drops held rejections is caught (reject.verbatim, at the sync)', '../test/fixtures/group-commit-cp-drops-rejections', 'kernel-rejection', 2, 'reject.verbatim', /arrived \(step \d+\) and control-plane@1 did not pass it on to the clients that asked by the time its audit log was synced/);
caught('a group-commit control plane that answers before it syncs is caught (audit.complete)', '../test/fixtures/group-commit-cp-answers-before-sync', 'kernel-rejection', 2, 'audit.complete', /without first syncing an audit record of it since step \d+, which held the answer/);
caught('a group-commit control plane that passes a held rejection on as executed is caught (outcome.from-kernel)', '../test/fixtures/group-commit-cp-executed-for-rejected', 'kernel-rejection', 2, 'outcome.from-kernel', /the kernel's decision stated r\d+'s first decision REJECT, but control-plane@1 answered "executed"/);

// red team 31: its survivors, control planes that audit "unknown" as they restart for
// requests an earlier incarnation had heard decided, logged and told (0 of 1,320 runs each
// before the rule that a logged outcome is not made unknown again without a failure of it)
caught("red team 31's cp-restart-audits-answered is caught (audit.complete)", 'red-team-31/cp-restart-audits-answered', 'client-crash-before-confirm', 1, 'audit.complete', /logged r\d+ as outcome-resolved with outcome unknown as it started, but its audit log already said r\d+ not-executed/);
caught("red team 31's cp-restart-audits-all-intents is caught (audit.complete)", 'red-team-31/cp-restart-audits-all-intents', 'client-crash-before-confirm', 1, 'audit.complete', /with outcome unknown as it started, but its audit log already said/);
// its correct systems pass; two were refused before: one kernel timer re-armed for the
// earliest deadline, timed with now() on a drifting clock (1 ms either side of virtual
// time's deadline: skewed-clocks 2 and 27, timing-swarm 3), and dispatches queued per
// object and sent when the holder's decision arrives (cp.no-replay refused calm seed 1)
test("red team 31's correct-single-timer passes where its deadline fell a millisecond either side", async () => {
  const sut = ((await import('../mutants/red-team-31/correct-single-timer.ts')) as { default: SystemUnderTest }).default;
  for (const [name, seed] of [['skewed-clocks', 2n], ['skewed-clocks', 27n], ['timing-swarm', 3n]] as const) {
    const result = runOnce({ scenario: loadScenario(name), seed, sut });
    assert.is(result.verdict.kind, 'pass', `${name} seed ${seed}: ${result.violations.map((v) => `${v.invariant}: ${v.explanation}`).join(' | ').slice(0, 400)}`);
    result.world?.trace.release();
  }
});
passes("red team 31's correct-serialize-per-object passes", 'red-team-31/correct-serialize-per-object', ['calm', 'mixed'], 2);
for (const name of ['correct-intent-wal', 'correct-group-commit-kernel', 'correct-checkpoint-kernel', 'correct-join-inflight', 'correct-prefixed-ids']) {
  passes(`red team 31's ${name} passes`, `red-team-31/${name}`, ['mixed', 'cp-crash-during-dispatch'], 2);
}

// red team 32: a group-committing control plane that passed a kernel rejection on and added
// "(transient: the control plane will retry)" survived 440 runs (the kernel's text was all
// that was judged); what a control plane says around the kernel's text is now its own words
caught("red team 32's rejection-retry-note is caught (audit.complete)", 'red-team-32/rejection-retry-note', 'kernel-rejection', 1, 'audit.complete', /will retry\)", which (?:says it may still execute, though a first decision is final|tells of a retry)/);
passes("red team 32's correct-code-prefixed-text passes", 'red-team-32/correct-code-prefixed-text', ['kernel-rejection'], 2);

// red team 33: group-committing control planes. One folded a copy's duplicate-request record
// into the one its batch already held, and the one answer the batch released stood for both
// failures; one wrote each audit record ahead as a synced intent and, restarting, appended
// again those its predecessor's crash had lost (a rejection it never received). Red team
// 31's write-ahead control plane, which logs its open dispatches as unknown as it restarts,
// still passes where that rule first refused it.
caught("red team 33's gc-dedupe is caught (audit.complete)", 'red-team-33/gc-dedupe', 'duplicate-requests', 1, 'audit.complete', /handled a second confirm of r\d+ \(a duplicate it could see\) \(step \d+\) and left no synced duplicate-request audit record/);
caught("red team 33's gc-restore-audit-on-start is caught (audit.complete)", 'red-team-33/gc-restore-audit-on-start', 'cp-crash-after-ack', 3, 'audit.complete', /logged r\d+ as kernel-rejection \(outcome not-executed\), but no message about r\d+ ever reached control-plane@\d+ \(control-plane@\d+ heard of it\)/);
passes("red team 31's correct-intent-wal passes where a restart logs its open dispatches unknown", 'red-team-31/correct-intent-wal', ['client-crash-after-confirm'], 1);
passes("red team 33's correct-per-request-hold passes", 'red-team-33/correct-per-request-hold', ['duplicate-requests', 'late-replies'], 1);
passes("red team 33's correct-coalesce-held passes", 'red-team-33/correct-coalesce-held', ['late-replies', 'client-crash-after-confirm'], 1);

// red team 34: the words around a verdict. A control plane that passed a kernel rejection on
// as "OK — already exists (<kernel text>)" or "nothing to do — already in place (kernel: …)",
// and an unknown told as "the request probably did not go through; reissue it" (the client)
// or "the kernel never got it — nothing happened; reissue it" (the control plane), each
// passed 2,200 runs: the outcome fields were right, and the phrases were not in the claims'
// lists. The same team's code-prefixed rejection text and its other correct designs pass.
caught("red team 34's cp-text-success-claim is caught (audit.complete)", 'red-team-34/cp-text-success-claim', 'kernel-rejection', 1, 'audit.complete', /"OK — already exists \(collection .* already exists\)", which presents the kernel's rejection as the goal already met/);
caught("red team 34's cp-text-reinterpret is caught (audit.complete)", 'red-team-34/cp-text-reinterpret', 'kernel-rejection', 1, 'audit.complete', /nothing to do — already in place .*a rejection reinterpreted/);
caught("red team 34's cl-timeout-text-guess is caught (audit.complete)", 'red-team-34/cl-timeout-text-guess', 'late-replies', 1, 'audit.complete', /showed its operator r\d+'s outcome as unknown with the text "no response — the request probably did not go through; reissue it", which states an outcome the control plane does not know/);
caught("red team 34's cp-kernel-timeout-text-guess2 is caught (audit.complete)", 'red-team-34/cp-kernel-timeout-text-guess2', 'late-replies', 1, 'audit.complete', /outcome is unknown with the text "the kernel never got it — nothing happened; reissue it"/);
passes("red team 34's correct-cp-text-with-code passes", 'red-team-34/correct-cp-text-with-code', ['kernel-rejection', 'impatient-operators'], 2);
for (const name of ['correct-cp-intent-wal', 'correct-cp-query-piggyback', 'correct-kernel-group-commit-clean-reads', 'correct-kernel-received-intent', 'correct-kernel-reannounce']) {
  passes(`red team 34's ${name} passes`, `red-team-34/${name}`, ['mixed', 'kernel-crash-after-observe', 'cp-crash-during-dispatch'], 2);
}

// red team 35: a control plane that passed every kernel rejection on verbatim inside its own
// words "duplicate of a rejected request: …", of requests the kernel decided once, passed
// every run (a false account of the request's history around a verbatim text). What the
// words call a duplicate must be one the trace shows; a control plane that says so when the
// kernel did answer DUPLICATE passes, and its words are shown.
caught("red team 35's borderline-reject-text-prefix is caught (audit.complete)", 'red-team-35/borderline-reject-text-prefix', 'kernel-rejection', 1, 'audit.complete', /"duplicate of a rejected request: .*", which calls it a duplicate, but no second submit, confirm or dispatch of r\d+ arrived and the kernel never answered it DUPLICATE/);
caught("red team 35's k-torn-tail is caught by kernel-crash-after-fence (outcome.from-kernel)", 'red-team-35/k-torn-tail', 'kernel-crash-after-fence', 1, 'outcome.from-kernel', /but its log's first decision for it is FENCE/);
test('a control plane that calls a request a duplicate when the kernel answered DUPLICATE passes, and its words reach the operator', async () => {
  const { default: sut, DUPLICATE_PREFIX } = await import('./fixtures/cp-names-kernel-duplicates.ts');
  let shown = 0;
  const observer: WorldObserver = {
    onDisplay(_world, _client, display) {
      if (display.kind === 'outcome' && typeof display.text === 'string' && display.text.startsWith(DUPLICATE_PREFIX)) shown++;
    },
  };
  for (let seed = 1n; seed <= 4n; seed++) {
    const result = runOnce({ scenario: loadScenario('duplicate-requests'), seed, sut, observers: [observer] });
    assert.is(result.verdict.kind, 'pass', `duplicate-requests seed ${seed}: ${result.violations.map((v) => `${v.invariant}: ${v.explanation}`).join(' | ').slice(0, 400)}`);
    result.world?.trace.release();
  }
  assert.ok(shown > 0, 'no answer with the duplicate words was shown: the test judged nothing');
});

// red team 36: eight systems whose words claimed what did not happen or is not known passed
// every run (an undo, a part change, a retry, a cancellation, another operator, "still
// executing"), and a control plane that took an operator's re-issue for a copy of an earlier
// request logged a duplicate-request nobody sent. The words are in test/answer-words.test.ts;
// here, that the rules reach them through the trace, the client's display too.
caught("red team 36's b19-cp-dedup-by-content is caught (audit.complete)", 'red-team-36/b19-cp-dedup-by-content', 'abandon', 1, 'audit.complete', /logged a duplicate-request for r\d+, but no second submit, confirm or dispatch of r\d+ arrived/);
caught("red team 36's b44-client-ask-says-in-progress is caught (audit.complete)", 'red-team-36/b44-client-ask-says-in-progress', 'impatient-operators', 1, 'audit.complete', /"still executing at the kernel — please wait", which states where the request stands at the kernel/);
caught("red team 36's b46-cp-exec-claims-retry is caught (audit.complete)", 'red-team-36/b46-cp-exec-claims-retry', 'client-crash-before-confirm', 1, 'audit.complete', /"executed on the second attempt", which tells of a retry/);
for (const name of ['correct-cp-plain-texts', 'correct-cp-decision-cache', 'correct-cp-serial-dispatch', 'correct-gccp-per-request-hold', 'correct-gck-read-at-arrival', 'correct-kernel-wal-rollforward']) {
  passes(`red team 36's ${name} passes`, `red-team-36/${name}`, ['mixed', 'duplicate-requests', 'kernel-crash-after-fence'], 2);
}

// red team 37: 23 of 58 systems passed every run with words naming a cause, a count, a
// retry, a language's own "not executed", or a rejection that never happened in the audit
// log; four correct systems were refused for honest words (a denial of a retry, advice to
// re-issue only if the kernel says it did not execute, "not executed again"). The words are
// in test/answer-words.test.ts; here, the causes judged against the trace.
caught("red team 37's w-rej-as-validation is caught (audit.complete)", 'red-team-37/w-rej-as-validation', 'kernel-rejection', 1, 'audit.complete', /"invalid request: .*", which names validation as the cause, but the trace shows/);
caught("red team 37's w-rej-as-timeout is caught (audit.complete)", 'red-team-37/w-rej-as-timeout', 'kernel-rejection', 1, 'audit.complete', /which names a timeout, but the trace shows/);
caught("red team 37's w-val-blames-kernel is caught (audit.complete)", 'red-team-37/w-val-blames-kernel', 'invalid-request', 1, 'audit.complete', /which names the kernel as its source, but no dispatch or query of it ever reached the kernel/);
caught("red team 37's a-fence-typed-rejection is caught (audit.complete)", 'red-team-37/a-fence-typed-rejection', 'abandon', 2, 'audit.complete', /logged a kernel-rejection for r\d+, but the kernel never stated a REJECT about it/);
for (const name of ['correct-fence-denials', 'correct-long-timeout', 'correct-timeout-ask-first', 'correct-exec-once-words', 'correct-denial-no-retry', 'correct-denial-no-rollback', 'correct-hedged-timeout', 'correct-german-unknown', 'correct-validation-context', 'correct-quote-kernel-context', 'correct-emoji', 'correct-client-noresp-long']) {
  passes(`red team 37's ${name} passes`, `red-team-37/${name}`, ['abandon', 'duplicate-requests', 'kernel-rejection', 'invalid-request'], 1);
}

test.run();
