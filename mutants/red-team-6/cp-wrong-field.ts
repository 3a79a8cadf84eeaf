// MUTANT red6-cp-wrong-field
// Clause: 8.1 Invalid Requests. Sentence: "The rejection must include explanation".
// Bug: the field labels of a two-name operation are swapped (copy-paste between the
// rename and index branches): a bad new name in a rename is reported as the "collection
// name", a bad index field as the "collection name" and vice versa; a snapshot name is
// called a collection name. The quoted value is right; the field it blames is wrong.
// Shows only when: the invalid name is in rename.to, an index field, a create-index /
// drop-index collection, or a snapshot name.
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
  needs: "an invalid name in a field other than a plain collection name",
};

const SWAP: Record<string, string> = {
  "new collection name": "collection name",
  "index field": "collection name",
  "snapshot name": "collection name",
};

const sut: SystemUnderTest = {
  ...reference,
  name: "red6-cp-wrong-field",
  createControlPlane: rewritingControlPlane((operation, rejection) => {
    const text = rejection.text;
    for (const [from, to] of Object.entries(SWAP)) {
      if (text.startsWith(`${from} "`)) return to + text.slice(from.length);
    }
    if ((operation.kind === "create-index" || operation.kind === "drop-index") && text.startsWith("collection name \""))
      return "index field" + text.slice("collection name".length);
    if (operation.kind === "rename-collection" && text.startsWith("collection name \""))
      return "new collection name" + text.slice("collection name".length);
    return text;
  }),
};
export default sut;
