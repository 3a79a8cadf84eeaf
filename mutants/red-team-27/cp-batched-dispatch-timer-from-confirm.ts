// @ts-nocheck
// Dispatches are sent in batches on a 7 ms tick, but each request's kernel timer is armed when
// its confirm is accepted, not when its dispatch leaves: the timeout comes up to 7 ms early.
import { ControlPlane } from '../../src/control-plane.ts';
import { sutWith, probe, wrapPort } from './_sut.ts';

const BATCH_MS = 7;
class CP extends ControlPlane {
  constructor(port, config) {
    const box = { cp: null };
    super(wrapPort(port, {
      send: (to, message) => {
        if (message.kind === 'dispatch' && box.cp !== null) box.cp.enqueue(message);
        else port.send(to, message);
      },
    }), config);
    box.cp = this;
    this.realPort = port;
    this.queue = [];
    this.tick = 0;
  }
  enqueue(message) {
    this.queue.push(message);
    if (this.tick === 0) this.tick = this.port.setTimer(BATCH_MS, '__batch');
  }
  onTimer(name, id) {
    if (name === '__batch') {
      this.tick = 0;
      const q = this.queue;
      this.queue = [];
      probe('batch-dispatch', q.length);
      for (const m of q) this.realPort.send(this.config.kernel, m);
      return;
    }
    super.onTimer(name, id);
  }
}
export default sutWith('red27-cp-batched-dispatch-timer-from-confirm', CP);
