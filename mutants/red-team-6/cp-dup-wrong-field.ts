// MUTANT red6-cp-dup-wrong-field
// Clause: 8.1 Invalid Requests. Sentence: "The rejection must include explanation".
// Bug: the duplicate-index check reports the first field of the list instead of the one
// that repeats (an off-by-one in which element it names); and the "too many indexes" text
// counts distinct fields, not fields. Both quote real values of the request but say
// something false about it.
// Shows only when: a create-collection lists a field twice that is not its first field,
// or lists too many indexes including repeats.
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
  needs: "a create-collection whose repeated index field is not the first one",
};

const sut: SystemUnderTest = {
  ...reference,
  name: "red6-cp-dup-wrong-field",
  createControlPlane: rewritingControlPlane((operation, rejection) => {
    if (operation.kind !== "create-collection") return rejection.text;
    const first = operation.indexes[0];
    if (/^index field ".*" is listed twice$/.test(rejection.text) && first !== undefined)
      return `index field "${first}" is listed twice`;
    if (rejection.text.startsWith("a collection takes at most"))
      return rejection.text.replace(/got [0-9]+$/, `got ${new Set(operation.indexes).size}`);
    return rejection.text;
  }),
};
export default sut;
