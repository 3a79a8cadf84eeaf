// MUTANT red6-cp-cached-explanation
// Clause: 8.1 Invalid Requests. Sentence: "The rejection must include explanation".
// Bug: explanations are memoised per rule (e.g. "bad collection name", "bad config value")
// to save formatting work; the first text produced for a rule is reused for every later
// rejection under that rule, so it quotes an earlier request's value.
// Shows only when: two invalid requests in one control-plane incarnation break the same
// rule with different values.
import { reference } from '../../src/index.ts';
import type { Actor, Address, ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, Operation, Rejection } from '../../src/protocol.ts';

/** The reference control plane, with the text of its validation rejections rewritten. */
function rewritingControlPlane(rewrite: (operation: Operation, rejection: Rejection) => string) {
  return (port: Port, config: ControlPlaneConfig): Actor => {
    const submitted = new Map<string, Operation>();
    const wrapped: Port = {
      send: (to: Address, message: Message) => {
        if (message.kind === 'answer' && message.source === 'validation' && message.rejection !== null) {
          const operation = submitted.get(message.requestId);
          if (operation !== undefined) {
            const text = rewrite(operation, message.rejection);
            port.send(to, { ...message, rejection: { code: message.rejection.code, text }, text });
            return;
          }
        }
        port.send(to, message);
      },
      setTimer: (delayMs, name) => port.setTimer(delayMs, name),
      cancelTimer: (id) => port.cancelTimer(id),
      now: () => port.now(),
      append: (record) => port.append(record),
      sync: () => port.sync(),
      records: () => port.records(),
      drawId: () => port.drawId(),
      display: (output) => port.display(output),
    };
    const inner = reference.createControlPlane(wrapped, config);
    return {
      onStart: () => inner.onStart(),
      onMessage: (from, message) => {
        if (message.kind === 'submit' && from !== config.kernel) submitted.set(message.requestId, message.operation);
        inner.onMessage(from, message);
      },
      onTimer: (name, id) => inner.onTimer(name, id),
    };
  };
}

export const info = {
  clause: "8.1",
  sentence: "The rejection must include explanation",
  needs: "two invalid requests breaking the same rule with different values",
};

function ruleOf(text: string): string {
  // the text with every quoted value and number blanked out
  return text.replace(/"[^"]*"/g, "\"\"").replace(/[0-9]+/g, "#");
}

function cachedControlPlane(port: Port, config: ControlPlaneConfig): Actor {
  const cache = new Map<string, string>();
  return rewritingControlPlane((_operation, rejection) => {
    const rule = ruleOf(rejection.text);
    const hit = cache.get(rule);
    if (hit !== undefined) return hit;
    cache.set(rule, rejection.text);
    return rejection.text;
  })(port, config);
}

const sut: SystemUnderTest = {
  ...reference,
  name: "red6-cp-cached-explanation",
  createControlPlane: cachedControlPlane,
};
export default sut;
