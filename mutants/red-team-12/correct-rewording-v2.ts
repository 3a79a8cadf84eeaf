// @ts-nocheck — written against the reference's private members, run through tsx (red team 12, not type-checked)
// CORRECT ALTERNATIVE: other words, other token format, same meaning. (v2 of
// correct-rewording.ts: identical but for the client's silence text, which here avoids the
// word "executed" — v1's "whether the request executed is unknown" is rejected by the oracle.)
// - The client tells a silence as "the control plane did not answer in time; outcome
//   unknown; ask about its id to find out" (same outcome 'unknown', same source
//   'no-response'): spec 9 wants failures observable and explainable, not a given wording.
// - The control plane words its own answers differently: an expired challenge is "this
//   challenge is no longer valid (control plane restarted?) — outcome unknown", a kernel
//   timeout "the kernel did not reply in time — outcome unknown", a kernel EXEC "done (the
//   kernel executed it)", a FENCE/non-execution "did not execute". Kernel rejections are
//   still passed verbatim (7.1): rejection object and text unchanged.
// - Challenge tokens are "chal-<unique id>-<n>" instead of a bare id: the spec says nothing
//   about tokens; they are still unique and single-use.
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { ClientConfig, ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';

const CLIENT_SILENCE = 'the control plane did not answer in time; outcome unknown; ask about its id to find out';
const TEXTS: Record<string, string> = {
  'challenge expired — outcome unknown': 'this challenge is no longer valid (control plane restarted?) — outcome unknown',
  'no reply from the kernel — outcome unknown': 'the kernel did not reply in time — outcome unknown',
  executed: 'done (the kernel executed it)',
  'not executed': 'did not execute',
};

class WordyClient extends Client {
  constructor(port: Port, config: ClientConfig) {
    const p = Object.create(port) as Port;
    p.display = (d) => port.display(d.kind === 'outcome' && d.source === 'no-response' ? { ...d, text: CLIENT_SILENCE } : d);
    super(p, config);
  }
}

class WordyControlPlane extends ControlPlane {
  constructor(port: Port, config: ControlPlaneConfig) {
    const p = Object.create(port) as Port;
    let n = 0;
    p.drawId = () => `chal-${port.drawId()}-${++n}`;
    p.send = (to, m) => {
      if (m.kind === 'answer' && m.rejection === null && Object.hasOwn(TEXTS, m.text)) m = { ...m, text: TEXTS[m.text] };
      port.send(to, m);
    };
    super(p, config);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-correct-rewording-v2',
  createClient: (port, config) => new WordyClient(port, config),
  createControlPlane: (port, config) => new WordyControlPlane(port, config),
};
export default sut;
