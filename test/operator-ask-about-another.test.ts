// The operator quirk ask-about-another: before acting on an intent, an operator asks about
// a request of another operator (one that operator was shown a challenge or an outcome
// for), or about an id nobody issued if there is none yet. The control plane must answer
// from kernel state and execute nothing; the oracles judge what the asker is told by the
// same rules as any answer, and are neither fooled nor set off by it.

import { test } from 'uvu';
import * as assert from 'uvu/assert';
import { Operator, type OperatorHost } from '../sim/operator.ts';
import type { WorldObserver } from '../sim/observer.ts';
import { loadScenario } from '../sim/scenario-file.ts';
import type { AskAbout, Intent } from '../sim/workload.ts';
import { ControlPlane } from '../src/control-plane.ts';
import { reference } from '../src/index.ts';
import type { Actor, Address, ControlPlaneConfig, Port, SystemUnderTest } from '../src/ports.ts';
import type { Message, Operation, OperatorCommand } from '../src/protocol.ts';
import { run, testSeeds } from './kit.ts';

const DROP_USERS: Operation = { kind: 'drop-collection', name: 'users' };

function quirky(askAbout: AskAbout): Intent {
  return { kind: 'mutate', operation: DROP_USERS, thinkMs: 1, reissue: false, ask: false, quirk: 'ask-about-another', askAbout };
}

/** An operator whose host records its commands and shows it what others were shown. */
function operatorWith(index: number, plan: readonly Intent[], seen: readonly (readonly string[])[]) {
  const commands: OperatorCommand[] = [];
  let tag = 0;
  const host: OperatorHost = {
    command: (_operator, command) => commands.push(command),
    wake: (_operator, _delayMs, wakeTag) => {
      tag = wakeTag;
    },
    planDone: () => {},
    requestsSeen: () => seen,
  };
  const operator = new Operator(index, plan, 1_000, host);
  operator.start();
  return { operator, commands, wake: () => operator.onWake(tag) };
}

test('it asks about the chosen operator\'s request, counted back from the latest, passing over operators with none', () => {
  const { commands, wake } = operatorWith(0, [quirky({ operatorOffset: 1, back: 1 })], [['r1'], [], ['r3', 'r5', 'r9']]);
  wake();
  assert.equal(commands, [{ kind: 'ask-outcome', requestId: 'r5' }]);
  const older = operatorWith(2, [quirky({ operatorOffset: 2, back: 7 })], [['r1'], ['r2', 'r4'], ['r3']]);
  older.wake();
  assert.equal(older.commands, [{ kind: 'ask-outcome', requestId: 'r2' }], 'offset 2 from operator 2 of 3 is operator 1; back past its oldest is its oldest');
});

test('with nothing shown to any other operator, it asks about an id shaped like the others that nobody issued', () => {
  const { commands, wake } = operatorWith(1, [quirky({ operatorOffset: 1, back: 0 })], [[], ['r8']]);
  wake();
  assert.equal(commands, [{ kind: 'ask-outcome', requestId: 'r010' }], 'ids are drawn as r1, r2, … with no leading zero');
  const alone = operatorWith(0, [quirky({ operatorOffset: 1, back: 0 })], [['r8']]);
  alone.wake();
  assert.equal(alone.commands, [{ kind: 'ask-outcome', requestId: 'r000' }], 'a single operator has no other to ask about');
});

test('after the answer it acts on its intent; the foreign id is not its own, so it is never re-asked or offered to others', () => {
  const { operator, commands, wake } = operatorWith(0, [quirky({ operatorOffset: 1, back: 0 })], [[], ['r4']]);
  wake();
  operator.onDisplay({ kind: 'outcome', requestId: 'r4', outcome: 'executed', source: 'kernel-query', rejection: null, text: 'executed' });
  wake();
  assert.equal(commands, [
    { kind: 'ask-outcome', requestId: 'r4' },
    { kind: 'submit', intent: 0, operation: DROP_USERS },
  ]);
  assert.not.ok(operator.requests.has('r4'));
  assert.equal(operator.requestsSeen, []);
  operator.onDisplay({ kind: 'request-id', intent: 0, requestId: 'r6' });
  operator.onDisplay({ kind: 'challenge', requestId: 'r6', operation: DROP_USERS });
  operator.onDisplay({ kind: 'outcome', requestId: 'r6', outcome: 'unknown', source: 'no-response', rejection: null, text: 'no response' });
  assert.equal(operator.requestsSeen, ['r6'], 'its own request, once, from the first challenge or outcome shown');
});

/** Counts the quirk's questions in a run, and checks each names a request another operator
 * was shown, or an id no client ever displayed. */
function quirkProbe() {
  const counts = { asked: 0, aboutNobody: 0, reachedCp: 0, fencedAnothersRequest: 0, problems: [] as string[] };
  const foreign = new Set<string>();
  const displayed = new Set<string>();
  const probe: WorldObserver = {
    onDisplay(_world, _client, display) {
      if (display.kind === 'request-id') displayed.add(display.requestId);
    },
    onCommand(world, client, command) {
      const asker = client.address - 2;
      if (command.kind !== 'ask-outcome' || world.operators[asker]?.requests.has(command.requestId) === true) return;
      counts.asked++;
      foreign.add(command.requestId);
      const owner = world.operators.findIndex((operator) => operator.requestsSeen.includes(command.requestId));
      if (owner >= 0 && owner !== asker) return;
      if (/^r0[0-9]+$/.test(command.requestId) && !displayed.has(command.requestId)) counts.aboutNobody++;
      else counts.problems.push(`operator-${asker} asked about ${command.requestId}, neither another's seen request nor an unissued id`);
    },
    onDeliver(_world, _id, _source, _incarnation, target, message, duplicate) {
      if (target.address === 1 && message.kind === 'outcome-query' && !duplicate && foreign.has(message.requestId)) counts.reachedCp++;
    },
    onAppend(_world, process, record) {
      if (process.address === 0 && record.kind === 'FENCE' && foreign.has(record.requestId) && displayed.has(record.requestId)) counts.fencedAnothersRequest++;
    },
  };
  return { counts, probe };
}

test('over timing-swarm seeds the quirk asks about real and unissued ids, its questions reach the control plane, and the reference holds', () => {
  const scenario = loadScenario('timing-swarm');
  const total = { asked: 0, aboutNobody: 0, reachedCp: 0, fencedAnothersRequest: 0 };
  for (let seed = 1n; seed <= BigInt(testSeeds(120)); seed++) {
    const { counts, probe } = quirkProbe();
    const result = run({ scenario, seed, observers: [probe] });
    assert.is(result.verdict.kind, 'pass', `seed ${seed}: ${JSON.stringify(result.violations[0] ?? result.verdict)}`);
    assert.equal(counts.problems, [], `seed ${seed}`);
    total.asked += counts.asked;
    total.aboutNobody += counts.aboutNobody;
    total.reachedCp += counts.reachedCp;
    total.fencedAnothersRequest += counts.fencedAnothersRequest;
  }
  assert.ok(total.aboutNobody > 0 && total.asked > total.aboutNobody, JSON.stringify(total));
  assert.ok(total.reachedCp > total.asked / 2, JSON.stringify(total));
  // the race the quirk adds: a question fences another operator's request before it is decided
  assert.ok(total.fencedAnothersRequest > 0, JSON.stringify(total));
});

type Intercept = (from: Address, message: Message, submitter: Address | undefined) => boolean;

/** The reference system with its control plane wrapped: each incarnation builds its own
 * `intercept`, which sees each message first, with the client that submitted the request
 * (as this incarnation heard), and returns true to swallow it. */
function controlPlaneWith(name: string, intercepting: (port: Port, config: ControlPlaneConfig) => Intercept): SystemUnderTest {
  return {
    ...reference,
    name,
    createControlPlane: (port, config): Actor => {
      const inner = new ControlPlane(port, config);
      const intercept = intercepting(port, config);
      const submitters = new Map<string, Address>();
      return {
        onStart: () => inner.onStart(),
        onTimer: (timer) => inner.onTimer(timer),
        onMessage: (from, message) => {
          if (message.kind === 'submit' && !submitters.has(message.requestId)) submitters.set(message.requestId, from);
          if (!intercept(from, message, submitters.get(message.requestId))) inner.onMessage(from, message);
        },
      };
    },
  };
}

/** Runs timing-swarm seeds until the invariant fires; the seed, or null. */
function caughtBy(sut: SystemUnderTest, invariant: string, seeds: number): bigint | null {
  const scenario = loadScenario('timing-swarm');
  for (let seed = 1n; seed <= BigInt(seeds); seed++) {
    if (run({ scenario, seed, sut }).violations.some((violation) => violation.invariant === invariant)) return seed;
  }
  return null;
}

test('not fooled: a control plane that tells a stranger "not executed" without asking the kernel is caught', () => {
  const sut = controlPlaneWith('cp-answers-strangers-itself', (port) => (from, message, submitter) => {
    if (message.kind !== 'outcome-query' || submitter === undefined || submitter === from) return false;
    port.send(from, { kind: 'answer', requestId: message.requestId, outcome: 'not-executed', source: 'kernel-query', rejection: null, text: 'not executed' });
    return true;
  });
  assert.ok(caughtBy(sut, 'outcome.from-kernel', 60) !== null);
});

test('not fooled: a control plane that completes a challenged request so that it can answer a stranger is caught', () => {
  const sut = controlPlaneWith('cp-completes-for-strangers', (port, config) => {
    const pending = new Map<string, Operation>(); // submitted, not yet confirmed or abandoned
    return (from, message, submitter) => {
      if (message.kind === 'submit') pending.set(message.requestId, message.operation);
      if (message.kind === 'confirm' || message.kind === 'abandon') pending.delete(message.requestId);
      const operation = pending.get(message.requestId);
      if (message.kind !== 'outcome-query' || submitter === from || operation === undefined) return false;
      pending.delete(message.requestId);
      port.send(config.kernel, { kind: 'dispatch', requestId: message.requestId, operation });
      return false; // and then asks the kernel, as the reference does
    };
  });
  assert.ok(caughtBy(sut, 'cp.no-replay', 60) !== null);
});

test.run();
