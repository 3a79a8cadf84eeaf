// The kernel: decisions synced before replies, state rebuilt from the log, duplicates
// answered with the first decision, fences that outlive a crash.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Kernel } from '../src/kernel.ts';
import type { Operation } from '../src/protocol.ts';
import { FakePort } from './fake-port.ts';

const CP = 1;
const users: Operation = { kind: 'create-collection', name: 'users', indexes: ['id', 'email'] };

function kernelOn(port: FakePort): Kernel {
  const kernel = new Kernel(port, { controlPlane: CP });
  kernel.onStart();
  return kernel;
}

test('an EXEC is appended and synced before the reply that reports it', () => {
  const port = new FakePort();
  const kernel = kernelOn(port);
  kernel.onMessage(CP, { kind: 'dispatch', requestId: 'r1', operation: users });
  assert.equal(port.log, [{ kind: 'EXEC', requestId: 'r1', operation: users }]);
  assert.is(port.synced, 1);
  assert.equal(port.last(), { kind: 'decision', requestId: 'r1', decision: { kind: 'EXEC' } });
});

test('the kernel rebuilds its state from its log after a restart', () => {
  const port = new FakePort();
  const kernel = kernelOn(port);
  kernel.onMessage(CP, { kind: 'dispatch', requestId: 'r1', operation: users });
  kernel.onMessage(CP, { kind: 'dispatch', requestId: 'r2', operation: { kind: 'create-index', collection: 'users', field: 'status' } });
  kernel.onMessage(CP, { kind: 'dispatch', requestId: 'r3', operation: { kind: 'set-config', key: 'log_level', value: 'warn' } });
  const before = kernel.inspect();
  assert.is(before.collections[0]?.indexes.length, 3);
  const restarted = kernelOn(port.afterCrash());
  assert.equal(restarted.inspect(), before);
});

test('a duplicate request id gets the same DUPLICATE, naming the first decision, every time', () => {
  const port = new FakePort();
  const kernel = kernelOn(port);
  kernel.onMessage(CP, { kind: 'dispatch', requestId: 'r1', operation: { kind: 'drop-collection', name: 'nope' } });
  const first = port.last();
  assert.is(first.kind, 'decision');
  const rejection = first.kind === 'decision' && first.decision.kind === 'REJECT' ? first.decision.rejection : null;
  assert.ok(rejection !== null, 'dropping a missing collection is rejected');
  const copies = [];
  for (let i = 0; i < 3; i++) {
    kernel.onMessage(CP, { kind: 'dispatch', requestId: 'r1', operation: users });
    copies.push(port.last());
  }
  for (const copy of copies) {
    assert.equal(copy, { kind: 'duplicate', requestId: 'r1', first: { kind: 'REJECT', rejection } });
  }
  assert.is(port.log.length, 1, 'a duplicate writes nothing');
  assert.is(kernel.inspect().collections.length, 0, 'a duplicate of a rejected request never executes');
});

test('a fenced query fences the request: a later arrival is a DUPLICATE naming FENCE, also across a crash', () => {
  const port = new FakePort();
  const kernel = kernelOn(port);
  kernel.onMessage(CP, { kind: 'fenced-query', requestId: 'r7' });
  assert.equal(port.last(), { kind: 'query-answer', requestId: 'r7', executed: false, first: { kind: 'FENCE' } });
  assert.equal(port.log, [{ kind: 'FENCE', requestId: 'r7' }]);
  assert.is(port.synced, 1, 'the fence is synced before the answer');

  const after = port.afterCrash();
  const restarted = kernelOn(after);
  restarted.onMessage(CP, { kind: 'dispatch', requestId: 'r7', operation: users });
  assert.equal(after.last(), { kind: 'duplicate', requestId: 'r7', first: { kind: 'FENCE' } });
  assert.is(restarted.inspect().collections.length, 0);
});

test('a fenced query about an executed request answers executed and writes nothing', () => {
  const port = new FakePort();
  const kernel = kernelOn(port);
  kernel.onMessage(CP, { kind: 'dispatch', requestId: 'r1', operation: users });
  kernel.onMessage(CP, { kind: 'fenced-query', requestId: 'r1' });
  assert.equal(port.last(), { kind: 'query-answer', requestId: 'r1', executed: true, first: { kind: 'EXEC' } });
  assert.is(port.log.length, 1);
});

test('a rejected multi-effect operation changes nothing', () => {
  const port = new FakePort();
  const kernel = kernelOn(port);
  kernel.onMessage(CP, { kind: 'dispatch', requestId: 'r1', operation: users });
  const before = kernel.inspect();
  kernel.onMessage(CP, { kind: 'dispatch', requestId: 'r2', operation: { kind: 'rename-collection', from: 'orders', to: 'users' } });
  kernel.onMessage(CP, { kind: 'dispatch', requestId: 'r3', operation: { kind: 'create-collection', name: 'users', indexes: ['a'] } });
  assert.equal(kernel.inspect(), before);
  assert.equal(port.log.map((r) => r.kind), ['EXEC', 'REJECT', 'REJECT']);
});

test.run();
