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

test.run();
