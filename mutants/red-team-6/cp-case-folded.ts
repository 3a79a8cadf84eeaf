// MUTANT red6-cp-case-folded
// Clause: 8.1 Invalid Requests. Sentence: "The rejection must include explanation".
// Bug: the explanation passes every quoted value through a "normaliser" (trim, lowercase)
// meant to make log lines greppable, so "Orders " is shown as "orders" -- a valid name,
// now declared invalid. The explanation no longer explains what is wrong with THIS input.
// Shows only when: the offending value has uppercase letters or surrounding whitespace.
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
  needs: "an invalid value with uppercase letters or surrounding whitespace",
};

const sut: SystemUnderTest = {
  ...reference,
  name: "red6-cp-case-folded",
  createControlPlane: rewritingControlPlane((_operation, rejection) =>
    rejection.text.replace(/"([^"]*)"/g, (_m, value: string) => `"${value.trim().toLowerCase()}"`),
  ),
};
export default sut;
