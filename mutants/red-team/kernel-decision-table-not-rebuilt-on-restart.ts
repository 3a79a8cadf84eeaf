// MUTANT (red-team b) — spec 6.2 "Silent duplicate execution is forbidden."
//
// The bug (kernel): on start the kernel rebuilds its data state from the EXEC records and its
// fences from the FENCE records, but not the table of dispatch decisions ("that table is only a
// cache of replies to in-flight dispatches; the state is what matters"). Duplicate detection is
// therefore blind to everything decided before the last kernel restart.
//
// Reachable when: the kernel restarts and then receives a copy of a dispatch it decided before the
// crash (a network duplicate or a delayed copy, a replaying control plane). The copy is decided
// afresh and, if its operation still applies (set-config, create-snapshot, an index or collection
// dropped in between), it is executed a second time and answered with a plain EXEC decision — no
// DUPLICATE. A fenced query about such a request after the restart is wrong too (it fences it and
// answers "not executed"). With nothing failing, the kernel never restarts: behaviour is the
// reference's.

import type { SystemUnderTest } from '../../src/ports.ts';
import type { KernelRecord } from '../../src/protocol.ts';
import { reference } from '../../src/index.ts';
import { FENCED, Kernel } from './b-lib/kernel.ts';

export const info = {
  clause: '6.2',
  sentence: 'Silent duplicate execution is forbidden.',
  failurePathOnly: true,
  description:
    'the kernel rebuilds its data state and fences from the log on start but not its EXEC/REJECT decision table, so a duplicate dispatch after a kernel restart is executed again as if new',
};

class ForgetfulKernel extends Kernel {
  override onStart(): void {
    for (const record of this.port.records()) {
      const r = record as KernelRecord;
      if (r.kind === 'EXEC') this.state.apply(r.operation);
      else if (r.kind === 'FENCE' && !this.decisions.has(r.requestId)) this.decisions.set(r.requestId, FENCED);
    }
  }
}

const sut: SystemUnderTest = {
  name: 'red-b/kernel-decision-table-not-rebuilt-on-restart',
  createClient: reference.createClient,
  createControlPlane: reference.createControlPlane,
  createKernel: (port, config) => new ForgetfulKernel(port, config),
};
export default sut;
