// @ts-nocheck
// A Port whose methods call the real port, some of them intercepted.
import type { Port } from '../../../src/ports.ts';

export function wrapPort(port: Port, over: Partial<Port> = {}): Port {
  const base: Port = {
    send: (to, m) => port.send(to, m),
    setTimer: (d, n) => port.setTimer(d, n),
    cancelTimer: (id) => port.cancelTimer(id),
    now: () => port.now(),
    append: (r) => port.append(r),
    sync: () => port.sync(),
    records: () => port.records(),
    drawId: () => port.drawId(),
    display: (o) => port.display(o),
  };
  return { ...base, ...over };
}
