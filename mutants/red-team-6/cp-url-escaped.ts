// MUTANT red6-cp-url-escaped
// Clause: 8.1 Invalid Requests. Sentence: "The rejection must include explanation".
// Bug: to guard against log injection the explanation percent-encodes each quoted value
// ("my coll" -> "my%20coll", "Ünits" -> "%C3%9Cnits"): the operator is told a value is
// wrong that they never typed, and the actual offending character is hidden.
// Shows only when: the offending value holds a character encodeURIComponent escapes
// (space, punctuation other than - _ . ! ~ * ( ) apostrophe, non-ASCII).
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
  needs: "an invalid value containing a space or other escaped character",
};

const sut: SystemUnderTest = {
  ...reference,
  name: "red6-cp-url-escaped",
  createControlPlane: rewritingControlPlane((_operation, rejection) =>
    rejection.text.replace(/"([^"]*)"/g, (_m, value: string) => `"${encodeURIComponent(value)}"`),
  ),
};
export default sut;
