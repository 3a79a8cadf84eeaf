// MUTANT cp-abandon-unknown-fence
// Violates spec 8.2: "No cleanup action is triggered automatically" / "The system remains
// unchanged" (and 4.2: "No kernel action occurs" for a request never confirmed).
// When an abandon arrives whose challenge token this incarnation does not hold (the control
// plane restarted since it issued the challenge, or the network delivered a second copy of
// the abandon), the control plane "makes sure" the abandoned request can never run by sending
// a fenced query to the kernel — a kernel action (a FENCE decision in the kernel's log)
// triggered by an abandon of a request that was never confirmed.
// Shows only when: an abandon reaches a control plane that does not know its token — a
// control-plane crash/restart between the challenge and the abandon, or a duplicated abandon.
// A plain abandon to the incarnation that issued the challenge behaves like the reference.

import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { Actor, Address, ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message } from '../../src/protocol.ts';

export const info = {
  clause: '8.2 (4.2)',
  sentence: 'No cleanup action is triggered automatically. The system remains unchanged.',
  needs: 'an abandon whose token the control plane does not hold: a control-plane restart between challenge and abandon, or a duplicated abandon',
};

class FencingOnAbandonControlPlane implements Actor {
  private readonly inner: ControlPlane;
  /** tokens this incarnation issued and that are still open */
  private readonly open = new Map<string, string>();
  private readonly dispatched = new Set<string>();

  constructor(
    private readonly port: Port,
    private readonly config: ControlPlaneConfig,
  ) {
    const self = this;
    const proxy: Port = {
      send(to, message) {
        port.send(to, message);
        if (message.kind === 'challenge') self.open.set(message.token, message.requestId);
        if (message.kind === 'dispatch') self.dispatched.add(message.requestId);
      },
      setTimer: (d, n) => port.setTimer(d, n),
      cancelTimer: (id) => port.cancelTimer(id),
      now: () => port.now(),
      append: (r) => port.append(r),
      sync: () => port.sync(),
      records: () => port.records(),
      drawId: () => port.drawId(),
      display: (o) => port.display(o),
    };
    this.inner = new ControlPlane(proxy, config);
  }

  onStart(): void {
    this.inner.onStart();
  }

  onMessage(from: Address, message: Message): void {
    if (from !== this.config.kernel && message.kind === 'abandon') {
      const known = this.open.get(message.token) === message.requestId;
      this.open.delete(message.token);
      this.inner.onMessage(from, message);
      if (!known && !this.dispatched.has(message.requestId)) {
        // "cleanup": fence the abandoned request so that it can never execute
        this.port.send(this.config.kernel, { kind: 'fenced-query', requestId: message.requestId });
      }
      return;
    }
    if (from !== this.config.kernel && message.kind === 'confirm') this.open.delete(message.token);
    this.inner.onMessage(from, message);
  }

  onTimer(name: string): void {
    this.inner.onTimer(name);
  }
}

const sut: SystemUnderTest = {
  name: 'cp-abandon-unknown-fence',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new FencingOnAbandonControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
