// @ts-nocheck
// Control plane: matches kernel decisions to dispatches in send order (it assumes the kernel
// link is FIFO), so a decision is reported for the oldest outstanding dispatch.
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-fifo-replies';
class CP extends ControlPlane {
  queue = [];
  onClient(client, m) {
    if (m.kind === 'confirm') { const c = this.challenges.get(m.token); if (c && c.requestId === m.requestId) this.queue.push(m.requestId); }
    super.onClient(client, m);
  }
  onTimer(name) { this.queue = this.queue.filter((x) => x !== name || !this.timers.has(name)); super.onTimer(name); }
  onKernel(reply) {
    if (reply.kind === 'decision' && this.queue.length > 0) {
      const id = this.queue.shift();
      if (id !== reply.requestId) { probe(N, `decision for ${reply.requestId} reported for ${id}`); reply = { ...reply, requestId: id }; this.queue = this.queue.filter((x) => x !== reply.requestId); }
    }
    super.onKernel(reply);
  }
}
export default sut(N, { cp: CP });
