// MUTANT (spec 7.2 "The control plane MUST treat the request as not executed unless kernel
// durability proves otherwise. Operator must investigate kernel state explicitly"; 1 "MUST
// NOT create ambiguity about what has or has not executed"; 5.2 "No assumptions are
// allowed"). When the kernel does not reply in time, the control plane's answer keeps
// outcome 'unknown' and source 'timeout', but its words assume the worst-case-is-nothing:
// "the kernel did not reply in time; the change has not been applied — please re-issue it".
// The kernel may have executed the request (only its reply was lost or late): the operator is
// told, in words, that nothing happened and invited to do it again, instead of being told to
// find out. (Synonyms of "not executed" — the reference's own word — are used.)
// Shows: every kernel timeout whose dispatch did in fact execute.
import { reference } from '../../src/index.ts';
import { ControlPlane, KERNEL_TIMEOUT } from '../../src/control-plane.ts';
import type { ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';

const TEXT = 'the kernel did not reply in time; the change has not been applied — please re-issue it';

class NotAppliedTimeout extends ControlPlane {
  constructor(port: Port, config: ControlPlaneConfig) {
    const p = Object.create(port) as Port;
    p.send = (to, m) => port.send(to, m.kind === 'answer' && m.source === 'timeout' && m.text === KERNEL_TIMEOUT ? { ...m, text: TEXT } : m);
    super(p, config);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-cp-timeout-text-says-not-applied',
  createControlPlane: (port, config) => new NotAppliedTimeout(port, config),
};
export default sut;
