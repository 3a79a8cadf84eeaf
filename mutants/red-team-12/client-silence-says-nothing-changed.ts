// MUTANT (spec 1 "They MUST NOT create ambiguity about what has or has not executed"; 4.3
// "The control plane MUST NOT guess" / "Client-side uncertainty does not alter system
// truth"; 13 "Rejection over uncertainty"). When the control plane is silent, the client's
// display keeps outcome 'unknown' and source 'no-response' but its words tell the operator
// the opposite: "no response — nothing was changed, submit it again". The request may well
// have executed (the answer was lost, or is late): the operator is told, in words, that it
// did not, and invited to re-issue.
// Shows: every "no response" display (a lost or late answer, a crashed control plane).
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import type { ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';

const TEXT = 'no response — nothing was changed, submit it again';

class MisleadingSilence extends Client {
  constructor(port: Port, config: ClientConfig) {
    const p = Object.create(port) as Port;
    p.display = (d) => port.display(d.kind === 'outcome' && d.source === 'no-response' ? { ...d, text: TEXT } : d);
    super(p, config);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-client-silence-says-nothing-changed',
  createClient: (port, config) => new MisleadingSilence(port, config),
};
export default sut;
