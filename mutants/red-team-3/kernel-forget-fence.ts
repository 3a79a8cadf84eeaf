// MUTANT kernel-forget-fence
// Violates spec 7.2 / 6.2 together with 4.3: "The control plane MUST treat the request as not
// executed unless kernel durability proves otherwise" / "the kernel MUST reject duplicates
// deterministically" — a fenced outcome query answered "not executed" must stay true. This
// kernel replays its log wrongly after a crash: it rebuilds EXEC and REJECT decisions but skips
// FENCE records ("a fence changes no data, nothing to restore"). The fence is durable on disk
// but forgotten in memory, so a dispatch of the fenced request still in the network executes.
// Shows only when: an outcome query fences a request whose dispatch is delayed (or whose
// confirm/dispatch is still in flight), then the kernel crashes and restarts, and then the
// delayed dispatch arrives: the request executes after the operator was told "not executed".

import { reference } from '../../src/index.ts';
import { Kernel } from '../../src/kernel.ts';
import type { Port, SystemUnderTest } from '../../src/ports.ts';

export const info = {
  clause: '7.2 / 4.3 (6.2)',
  sentence: 'The request is treated as not executed unless kernel durability proves otherwise; kernel state is authoritative (a durable FENCE must hold after recovery).',
  needs: 'fenced query for a request whose dispatch is still in the network, a kernel crash + restart, then the late dispatch',
};

function forgetFences(port: Port): Port {
  return {
    send: (to, message) => port.send(to, message),
    setTimer: (d, n) => port.setTimer(d, n),
    cancelTimer: (id) => port.cancelTimer(id),
    now: () => port.now(),
    append: (r) => port.append(r),
    sync: () => port.sync(),
    // BUG: the recovery replay skips FENCE records
    records: () => port.records().filter((record) => record.kind !== 'FENCE'),
    drawId: () => port.drawId(),
    display: (o) => port.display(o),
  };
}

const sut: SystemUnderTest = {
  name: 'kernel-forget-fence',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new Kernel(forgetFences(port), config),
};
export default sut;
