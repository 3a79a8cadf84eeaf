// @ts-nocheck
// Shared helpers for red team 36's --sut modules.
export { reference } from '../../../src/index.ts';
export { ControlPlane, CHALLENGE_EXPIRED, KERNEL_TIMEOUT } from '../../../src/control-plane.ts';
export { Client, NO_RESPONSE } from '../../../src/client.ts';
export { Kernel } from '../../../src/kernel.ts';
export { KernelState } from '../../../src/kernel-state.ts';
export { validate } from '../../../src/validation.ts';

const ON = typeof process !== 'undefined' && process.env && process.env.RT36_PROBE === '1';
/** Writes `RT36_PROBE <name> <detail>` to stderr when RT36_PROBE=1 (no effect on behaviour). */
export function probe(name: string, detail: string): void {
  if (ON) process.stderr.write(`RT36_PROBE ${name} ${detail}\n`);
}

/** A Port that forwards everything to `port` except what `over` replaces. */
export function wrapPort(port, over) {
  return {
    send: (to, m) => port.send(to, m),
    setTimer: (d, n) => port.setTimer(d, n),
    cancelTimer: (id) => port.cancelTimer(id),
    now: () => port.now(),
    append: (r) => port.append(r),
    sync: () => port.sync(),
    records: () => port.records(),
    drawId: () => port.drawId(),
    display: (o) => port.display(o),
    ...over,
  };
}

export function sut(name, parts) {
  const { reference } = REF;
  return { ...reference, name, ...parts };
}
import { reference as _ref } from '../../../src/index.ts';
const REF = { reference: _ref };
