// @ts-nocheck
// CORRECT alternative. The client words its own "no response" message differently ("the
// control plane did not answer in time; whether it executed is unknown — ask again"). It is
// still outcome unknown, source no-response; control-plane and kernel texts are shown
// verbatim as before.
import { Client } from '../../src/client.ts';
import { reference } from '../../src/index.ts';

const WORDING = 'the control plane did not answer in time; whether it executed is unknown — ask again';

class RewordingClient extends Client {
  constructor(port, config) {
    const wrapped = Object.create(port);
    wrapped.display = (output) =>
      port.display(output.kind === 'outcome' && output.source === 'no-response' ? { ...output, text: WORDING } : output);
    super(wrapped, config);
  }
}
export default { ...reference, name: 'red14-correct-client-words-differently', createClient: (p, c) => new RewordingClient(p, c) };
