// MUTANT red6-cp-wrong-rule
// Clause: 8.1 Invalid Requests. Sentence: "The rejection must include explanation".
// Bug: every bad-name rejection quotes the right field and value but cites a length rule
// ("longer than 32 characters") instead of the character rule it actually breaks. An
// engineer who only ever saw overlong names in bug reports hard-coded that reason.
// Shows only when: an invalid name that is not overlong (uppercase, a space, a leading
// digit) is submitted -- the explanation then states a false reason.
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
  needs: "an invalid name that is short enough",
};

const sut: SystemUnderTest = {
  ...reference,
  name: "red6-cp-wrong-rule",
  createControlPlane: rewritingControlPlane((_operation, rejection) =>
    rejection.text.replace(/is invalid: expected a lowercase letter, then up to 31 of a-z, 0-9, _$/, "is invalid: names may be at most 32 characters long"),
  ),
};
export default sut;
