// MUTANT (spec 8.1 "The rejection must include explanation. No attempt is made to
// auto-correct input"; 1 "MUST NOT create ambiguity about what has or has not executed").
// For a set-config request whose VALUE is invalid (known key, bad value), the control plane
// rejects it (outcome not-executed, code INVALID_REQUEST, nothing dispatched) but its
// explanation adds what a "friendly" config tool says: "…; <key> was reset to its default".
// Nothing was reset — the kernel was never asked — yet the explanation claims a change
// happened: the operator now believes the key holds its default. Other invalid requests
// (names, unknown keys, index lists) are explained as in the reference.
// Shows: every set-config with a bad value for a known key.
import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';

class ResetClaim extends ControlPlane {
  constructor(port: Port, config: ControlPlaneConfig) {
    const p = Object.create(port) as Port;
    p.send = (to, m) => {
      if (m.kind === 'answer' && m.source === 'validation' && m.rejection !== null) {
        const bad = /^value "(.*)" is not valid for "(.*)"$/s.exec(m.rejection.text);
        if (bad !== null) {
          const text = `${m.rejection.text}; ${bad[2]} was reset to its default`;
          m = { ...m, rejection: { ...m.rejection, text }, text };
        }
      }
      port.send(to, m);
    };
    super(p, config);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-cp-invalid-config-says-reset',
  createControlPlane: (port, config) => new ResetClaim(port, config),
};
export default sut;
