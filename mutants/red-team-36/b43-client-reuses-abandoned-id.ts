// @ts-nocheck
// Breaks 8.2 ("No partial execution"; the abandoned operation stays unexecuted, and its audit
// record "not executed" stays true) and 9: the client recycles the request id of a request its
// operator abandoned ("it never reached the kernel") for the operator's next submit — so the
// id the log records as abandoned / not executed may later execute.
import { Client, probe, sut } from './lib/common.ts';

class C extends Client {
  onOperator(command) {
    if (command.kind === 'abandon') {
      const r = this.requests.get(command.requestId);
      if (r !== undefined && r.phase === 'challenged') (this.spare ??= []).push(command.requestId);
    }
    if (command.kind === 'submit' && this.spare?.length > 0) {
      const id = this.spare.shift();
      const port = this.port;
      this.port = { ...port, drawId: () => { probe('b43-client-reuses-abandoned-id', id); return id; },
        display: (o) => port.display(o), send: (t, m) => port.send(t, m), setTimer: (d, n) => port.setTimer(d, n), cancelTimer: (i) => port.cancelTimer(i) };
      try { super.onOperator(command); } finally { this.port = port; }
      return;
    }
    super.onOperator(command);
  }
}
export default sut('b43-client-reuses-abandoned-id', { createClient: (p, c) => new C(p, c) });
