// What an answer's or a display's own words may claim (audit.complete's `contradicts`): the
// texts red team 34's control planes and client used, each refused, beside texts that say
// the same things honestly, each accepted. An oracle cannot judge prose; these pin down
// where the line is drawn.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { contradicts } from '../sim/invariants/audit.ts';
import { NO_RESPONSE } from '../src/client.ts';
import { CHALLENGE_EXPIRED, KERNEL_TIMEOUT } from '../src/control-plane.ts';

const EXISTS = 'collection "orders" already exists';

test('an unknown outcome told as "did not go through", "never got it", "nothing happened" or "reissue it" is a guess', () => {
  for (const text of [
    'no response — the request probably did not go through; reissue it',
    'the kernel never got it — nothing happened; reissue it',
    'no reply from the kernel — outcome unknown. Please resubmit.',
    'outcome unknown; you can retry',
    'it never reached the kernel',
  ]) {
    assert.ok(contradicts('unknown', text, 'timeout') !== null, text);
  }
  assert.match(contradicts('unknown', 'timed out - retry', 'timeout') ?? '', /issue it again/);
});

test('an unknown outcome may say why, and may warn against reissuing', () => {
  for (const text of [
    NO_RESPONSE,
    KERNEL_TIMEOUT,
    CHALLENGE_EXPIRED,
    'no reply from the kernel — outcome unknown; check the kernel state before reissuing',
    'outcome unknown: do not retry, ask for the outcome',
    'outcome unknown: retry is not safe until the kernel state is known',
    'we never got a reply from the kernel — outcome unknown',
    'the control plane sent it, but it never got a reply — outcome unknown',
    'the kernel never sent an answer: outcome unknown',
    'the reply did not arrive; whether it executed is unknown',
  ]) {
    assert.is(contradicts('unknown', text, 'timeout'), null, text);
  }
});

test('an executed outcome is not told to be issued again', () => {
  assert.ok(contradicts('executed', 'executed; submit it again to be sure', 'kernel-decision') !== null);
  assert.is(contradicts('executed', 'executed', 'kernel-decision'), null);
});

test('a kernel rejection passed on with words that say the goal is met is reinterpreted (7.1); with its code, it is not', () => {
  assert.match(contradicts('not-executed', `nothing to do — already in place (kernel: ${EXISTS})`, 'kernel-decision', EXISTS) ?? '', /reinterpreted/);
  assert.ok(contradicts('not-executed', `${EXISTS} — no action needed`, 'kernel-decision', EXISTS) !== null);
  assert.ok(contradicts('not-executed', `OK — already exists (${EXISTS})`, 'kernel-decision', EXISTS) !== null);
  assert.is(contradicts('not-executed', `rejected (COLLECTION_EXISTS): ${EXISTS}`, 'kernel-decision', EXISTS), null);
  assert.is(contradicts('not-executed', EXISTS, 'kernel-decision', EXISTS), null);
  assert.is(contradicts('not-executed', `the kernel rejected it: ${EXISTS}`, 'kernel-decision', EXISTS), null);
});

// red team 36: eight texts that passed every run, each claiming what did not happen or is not
// known, beside honest texts on the same themes
test('words of an undo, a partial change, a retry, another operator or a state at the kernel are refused', () => {
  const refused: [string, string][] = [
    ['not-executed', 'rolled back — the partial change was undone'],
    ['not-executed', 'failed midway; partial changes were cleaned up'],
    ['executed', 'executed, then reverted by the kernel'],
    ['executed', 'executed on the second attempt'],
    ['not-executed', `${EXISTS} (retried twice)`],
    ['executed', 'already done earlier by another operator'],
    ['unknown', 'request cancelled by the control plane'],
    ['unknown', 'challenge expired — the request was withdrawn'],
    ['unknown', 'still executing at the kernel — please wait'],
    ['unknown', 'no reply yet: the kernel is executing it'],
    ['unknown', 'someone else is handling it'],
  ];
  for (const [outcome, text] of refused) assert.ok(contradicts(outcome, text, 'kernel-decision') !== null, `${outcome}: ${text}`);
  assert.match(contradicts('not-executed', `the kernel said: ${EXISTS}; re-sent once, same answer`, 'kernel-decision', EXISTS) ?? '', /retry/);
});

test('the same themes said honestly are accepted: a denial, a hedge, a cancellation of what did not run', () => {
  const accepted: [string, string][] = [
    ['not-executed', 'not executed; nothing to roll back'],
    ['not-executed', 'not executed (no partial change)'],
    ['executed', 'executed (not retried)'],
    ['not-executed', 'the request was cancelled: fenced before it ran'],
    ['unknown', 'no reply from the kernel; the request may still be executing — ask its outcome'],
    ['unknown', 'whether the request executed is unknown; it might still be in progress'],
    ['unknown', 'no reply from the kernel — outcome unknown; do not retry, ask its outcome'],
    ['unknown', 'outcome unknown: it may have been done by another operator'],
    ['unknown', 'no reply from the kernel — it might have been executed, or not'],
    ['executed', 'executed'],
  ];
  for (const [outcome, text] of accepted) assert.is(contradicts(outcome, text, 'kernel-decision'), null, `${outcome}: ${text}`);
});

// what a red team tries next, written before it does: status words, guesses, a request said
// lost, a failure of what executed, a change told of what did not execute
test('status words, guesses and claims of loss, failure or change are refused where the outcome says otherwise', () => {
  const refused: [string, string, string?][] = [
    ['unknown', 'the kernel rejected the request'],
    ['unknown', 'request rejected'],
    ['unknown', '✅ success'],
    ['unknown', 'the collection now exists'],
    ['unknown', 'never sent to the kernel'],
    ['unknown', 'skipped'],
    ['unknown', 'request timed out and was dropped'],
    ['unknown', 'outcome unknown (the kernel probably applied it)'],
    ['unknown', 'outcome unknown, but most likely executed'],
    ['unknown', 'unknown — it was replayed after the restart'],
    ['executed', 'rejected by the kernel'],
    ['executed', 'failed'],
    ['executed', 'error: collection missing'],
    ['executed', 'executed twice'],
    ['not-executed', 'the collection was created'],
    ['not-executed', 'backed out'],
  ];
  for (const [outcome, text] of refused) assert.ok(contradicts(outcome, text, 'kernel-decision') !== null, `${outcome}: ${text}`);
});

test("the reference's own texts, and honest ones near those words, are accepted", () => {
  for (const text of ['index field "status" is listed twice', 'a collection takes at most 4 indexes, got 6', 'rename from "users" to itself', 'value "x" is not valid for "cache_mb"', 'invalid name "x y": spaces are not allowed; nothing was changed', 'invalid name; nothing was created']) {
    assert.is(contradicts('not-executed', text, 'validation'), null, text);
  }
  for (const text of ['your confirm was rejected: the challenge expired — outcome unknown', 'the kernel never sent an answer: outcome unknown', 'no reply from the kernel — the request may have succeeded or not']) {
    assert.is(contradicts('unknown', text, 'timeout'), null, text);
  }
  assert.is(contradicts('not-executed', 'not executed: the collection was not created', 'kernel-query'), null);
});

// red team 37: words that passed every run, and honest words that were refused
test('a count, a recovery, an automatic re-issue, another language, a health or network claim, a future resend are refused', () => {
  const refused: [string, string][] = [
    ['unknown', 'request failed (no response from control plane)'],
    ['unknown', 'sin respuesta — no se ejecutó'],
    ['unknown', 'Keine Antwort vom Kernel — der Vorgang wurde verworfen'],
    ['executed', 'exécuté partiellement'],
    ['executed', 'executed — recovery completed the interrupted action'],
    ['executed', 'executed (applied 2×)'],
    ['not-executed', 'not executed; re-issued automatically under a new request id'],
    ['not-executed', `${EXISTS} (2 other requests were rejected too)`],
    ['unknown', 'kernel t/o; req not appld (0/1)'],
    ['unknown', 'no reply from the kernel — outcome unknown (kernel healthy; network congestion)'],
    ['unknown', 'no reply from the kernel — outcome unknown. Submit the same request again now.'],
    ['unknown', 'no reply from the kernel — outcome unknown; the control plane will resend it shortly'],
    ['unknown', 'no reply from the kernel — outcome unknown; 0 changes applied'],
  ];
  for (const [outcome, text] of refused) assert.ok(contradicts(outcome, text, 'kernel-decision', outcome === 'not-executed' && text.startsWith(EXISTS) ? EXISTS : null) !== null, `${outcome}: ${text}`);
});

test('denials of a retry, advice to re-issue only if the kernel says so, and "not executed again" are accepted', () => {
  assert.is(contradicts('not-executed', 'not executed: the kernel fenced this request, so it can never run now. Nothing was rolled back and nothing will be retried; re-issue it if you still want it.', 'kernel-query'), null);
  assert.is(contradicts('unknown', "no reply from the kernel — outcome unknown. The control plane did not retry and will not. Ask for the outcome to get the kernel's answer, and re-issue only if it did not execute.", 'timeout'), null);
  assert.is(contradicts('unknown', 'no reply from the kernel — outcome unknown; ask for its outcome first, and re-issue only if the kernel says it did not execute', 'timeout'), null);
  assert.is(contradicts('executed', 'executed — the kernel had already executed this request once; this copy was not executed again', 'kernel-duplicate'), null);
});

test.run();
