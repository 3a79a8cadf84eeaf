// @ts-nocheck
// BROKEN. Spec 6.2 / 4.1 / 2 (explicit re-issuance): the client names requests
// "<prefix>-<n>", drawing the prefix once and keeping it in its durable log so ids "stay
// readable across restarts", but it keeps the counter n in memory: after a client crash the
// new incarnation reuses the ids its predecessor issued, so a new intent collides with an
// old request (the control plane or the kernel takes it for a duplicate).
import { Client } from '../../src/client.ts';
import { reference } from '../../src/index.ts';
import { probe } from './lib/common.ts';

function clientPort(port, state) {
  return {
    send: (a, b) => port.send(a, b), setTimer: (a, b) => port.setTimer(a, b), cancelTimer: (a) => port.cancelTimer(a), now: () => port.now(),
    append: (r) => port.append(r), sync: () => port.sync(), records: () => port.records(), display: (d) => port.display(d),
    drawId: () => {
      if (state.prefix === null) {
        const found = port.records().find((r) => r.kind === 'INTENT');
        if (found) { state.prefix = found.data; state.restarted = true; }
        else { state.prefix = port.drawId(); port.append({ kind: 'INTENT', data: state.prefix }); port.sync(); }
      }
      state.n += 1;
      if (state.restarted) probe('p-client-id-counter-reset', `reissuing id ${state.prefix}-${state.n}`);
      return `${state.prefix}-${state.n}`;
    },
  };
}
export default {
  ...reference,
  name: 'p-client-id-counter-reset',
  createClient: (port, config) => new Client(clientPort(port, { prefix: null, n: 0, restarted: false }), config),
};
