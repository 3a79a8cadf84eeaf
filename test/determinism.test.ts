// The trace hash covers what happened, not only which kinds of thing happened: a system
// whose rejection texts, observe answers or audit records depend on state left over from
// an earlier run gives another hash for the same seed, while the reference gives the same.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { ControlPlane } from '../src/control-plane.ts';
import { Kernel } from '../src/kernel.ts';
import type { Address, Port, SystemUnderTest } from '../src/ports.ts';
import type { DurableRecord, Message } from '../src/protocol.ts';
import { reference } from '../src/index.ts';
import { interceptPort } from '../mutants/kit.ts';
import { PROMISE_API } from '../sim/guard.ts';
import { resolveSut } from '../sim/sut.ts';
import { run, scenarioFrom, sutWith } from './kit.ts';

/** A counter that outlives a run: the leak under test. */
function leak(): { next(): number } {
  let count = 0;
  return { next: () => ++count };
}

/** The reference, but the kernel appends `suffix()` to the text of every rejection. */
function kernelSuffixingRejections(name: string, suffix: () => string): SystemUnderTest {
  return sutWith({
    name,
    kernel: (port) =>
      new Kernel(
        interceptPort(port, {
          send: (to: Address, message: Message) =>
            port.send(to, message.kind === 'decision' && message.decision.kind === 'REJECT' ? { ...message, decision: { kind: 'REJECT', rejection: { ...message.decision.rejection, text: `${message.decision.rejection.text}${suffix()}` } } } : message),
        }),
        { controlPlane: 1 },
      ),
  });
}

const rejectionTexts = leak();
const kernelRewordsByRun = kernelSuffixingRejections('rejection text from module state', () => ` (#${rejectionTexts.next()})`);

const observeStates = leak();
const cpObservesByRun: SystemUnderTest = sutWith({
  name: 'observe answer from module state',
  controlPlane: (port: Port) =>
    new ControlPlane(
      interceptPort(port, {
        send: (to, message) =>
          port.send(to, message.kind === 'observed' ? { ...message, state: { ...message.state, config: [...message.state.config, { key: 'seen', value: String(observeStates.next()) }] } } : message),
      }),
      { kernel: 0, kernelTimeoutMs: 60 },
    ),
});

const auditNotes = leak();
const cpAuditsByRun: SystemUnderTest = sutWith({
  name: 'audit record from module state',
  controlPlane: (port: Port) =>
    new ControlPlane(
      interceptPort(port, {
        append: (record: DurableRecord) => port.append(record.kind === 'AUDIT' ? ({ ...record, note: auditNotes.next() } as DurableRecord) : record),
      }),
      { kernel: 0, kernelTimeoutMs: 60 },
    ),
});

const cases: readonly [string, SystemUnderTest, string][] = [
  ['a rejection text', kernelRewordsByRun, 'kernel-rejection'],
  ['an observe answer', cpObservesByRun, 'mixed'],
  ['an audit record', cpAuditsByRun, 'invalid-request'],
];

for (const [what, sut, scenarioName] of cases) {
  test(`${what} that depends on module state gives another hash for the same seed; the reference does not`, () => {
    const scenario = scenarioFrom(scenarioName);
    const first = run({ scenario, seed: 5n, sut, check: false });
    const second = run({ scenario, seed: 5n, sut, check: false });
    assert.is.not(first.hash, second.hash, `${sut.name}: the hash must see the difference`);
    const referenceFirst = run({ scenario, seed: 5n, sut: reference, check: false });
    const referenceSecond = run({ scenario, seed: 5n, sut: reference, check: false });
    assert.is(referenceFirst.hash, referenceSecond.hash);
  });
}

test('the hash folds payloads: the same kinds and ids with another text differ', () => {
  // a kernel whose rejection texts differ by one character, nothing else
  const scenario = scenarioFrom('kernel-rejection');
  const variant = (suffix: string): SystemUnderTest => kernelSuffixingRejections(`suffix ${suffix}`, () => suffix);
  const a = run({ scenario, seed: 3n, sut: variant('.'), check: false });
  const b = run({ scenario, seed: 3n, sut: variant('!'), check: false });
  assert.is(a.events, b.events, 'the same steps');
  assert.is.not(a.hash, b.hash);
});

test('work left behind a handler (an async continuation) is a determinism violation, and harmless after the run', async () => {
  const sut = sutWith({
    name: 'async control plane',
    controlPlane: (port: Port) =>
      new (class extends ControlPlane {
        override onMessage(from: Address, message: Message): void {
          void (async () => {
            await null;
            super.onMessage(from, message); // runs after the handler returned
          })();
        }
      })(port, { kernel: 0, kernelTimeoutMs: 60 }),
  });
  const result = run({ scenario: scenarioFrom('calm'), seed: 1n, sut, check: false });
  assert.is(result.verdict.kind, 'determinism-violation');
  if (result.verdict.kind === 'determinism-violation') {
    assert.is(result.verdict.api, PROMISE_API);
    assert.match(result.verdict.actor, /^control-plane@1$/);
  }
  // the continuation runs now, after the world ended: its port call is refused quietly
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
});

test('a function captured at import time (const random = Math.random) is still trapped inside the world', async () => {
  const sut = await resolveSut({ kind: 'module', path: 'test/fixtures/import-time-capture.ts' });
  const result = run({ scenario: scenarioFrom('calm'), seed: 1n, sut, check: false });
  assert.is(result.verdict.kind, 'determinism-violation');
  if (result.verdict.kind === 'determinism-violation') {
    assert.is(result.verdict.api, 'Math.random');
    assert.is(result.verdict.actor, 'control-plane@1');
  }
  // and outside a world the captured function is the real one
  assert.type(Math.random(), 'number');
});

test.run();
