// MUTANT cp-observe-cache
// Violates spec 4.3 (and 10): "The execution outcome MUST be determined from kernel state"
// / "The control plane MUST NOT guess" — here for observe answers: when a kernel read is slow,
// the control plane answers the observe from the last state it saw, not from kernel state.
// Shows only when: a kernel read stays unanswered for more than half the kernel timeout
// (slow kernel, delayed/dropped read or state reply), a previous observe populated the cache,
// and some mutation executed at the kernel after that cached read. Otherwise the cached state
// happens to equal the kernel's and every answer is right.

import { reference } from '../../src/index.ts';
import { ControlPlane } from '../../src/control-plane.ts';
import type { Actor, Address, ControlPlaneConfig, Port, SystemUnderTest } from '../../src/ports.ts';
import type { Message, StateView } from '../../src/protocol.ts';

export const info = {
  clause: '4.3 / 10',
  sentence: 'The execution outcome MUST be determined from kernel state; the control plane MUST NOT guess.',
  needs: 'a slow kernel read (> kernelTimeoutMs/2) after an earlier observe, with a mutation executed in between',
};

const PREFIX = 'slow-read:';

class CachingControlPlane implements Actor {
  private readonly inner: ControlPlane;
  private cached: StateView | null = null;
  /** observe request id → the clients that asked */
  private readonly reads = new Map<string, Address[]>();
  private readonly answeredFromCache = new Set<string>();

  constructor(
    private readonly port: Port,
    private readonly config: ControlPlaneConfig,
  ) {
    const self = this;
    const proxy: Port = {
      send(to, message) {
        // the real answer to a read already answered from the cache is dropped
        if (message.kind === 'observed' && self.answeredFromCache.has(message.requestId)) return;
        port.send(to, message);
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
    if (from === this.config.kernel && message.kind === 'state') {
      this.cached = message.state;
      this.reads.delete(message.requestId);
    } else if (from !== this.config.kernel && message.kind === 'observe') {
      const clients = this.reads.get(message.requestId) ?? [];
      if (!clients.includes(from)) clients.push(from);
      this.reads.set(message.requestId, clients);
      this.inner.onMessage(from, message);
      this.port.setTimer(Math.max(1, Math.floor(this.config.kernelTimeoutMs / 2)), PREFIX + message.requestId);
      return;
    }
    this.inner.onMessage(from, message);
  }

  onTimer(name: string, id: number): void {
    if (name.startsWith(PREFIX)) {
      const requestId = name.slice(PREFIX.length);
      const clients = this.reads.get(requestId);
      if (clients === undefined || this.cached === null) return;
      this.reads.delete(requestId);
      this.answeredFromCache.add(requestId);
      for (const client of clients) this.port.send(client, { kind: 'observed', requestId, state: this.cached });
      return;
    }
    this.inner.onTimer(name);
    void id;
  }
}

const sut: SystemUnderTest = {
  name: 'cp-observe-cache',
  createClient: reference.createClient,
  createControlPlane: (port, config) => new CachingControlPlane(port, config),
  createKernel: reference.createKernel,
};
export default sut;
