// @ts-nocheck
// Shared base for red team 27's observe-holding control planes: a reference control plane
// that holds operators' observes while `mustHold()` says so and takes them up in `release()`.
import { ControlPlane } from '../../src/control-plane.ts';
import { probe } from './_sut.ts';

export class HoldingControlPlane extends ControlPlane {
  held = []; // { client, requestId }
  /** hold while a dispatch or fenced query of this incarnation is outstanding (timer running) */
  mustHold() {
    return this.timers.size > 0;
  }
  onClient(client, message) {
    if (message.kind === 'observe' && this.mustHold()) {
      probe('hold', message.requestId, this.constructor.name);
      this.held.push({ client, requestId: message.requestId });
      return;
    }
    super.onClient(client, message);
    this.maybeRelease();
  }
  onKernel(reply) {
    super.onKernel(reply);
    this.maybeRelease();
  }
  onTimer(name, id) {
    super.onTimer(name, id);
    this.maybeRelease();
  }
  maybeRelease() {
    if (this.held.length === 0 || this.mustHold()) return;
    const held = this.held;
    this.held = [];
    probe('release', held.length, this.constructor.name);
    this.release(held);
  }
  /** the reference's way: one read per observe */
  release(held) {
    for (const { client, requestId } of held) {
      this.wait(requestId, client);
      this.port.send(this.config.kernel, { kind: 'read', requestId });
    }
  }
}
