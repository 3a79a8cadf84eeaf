// CORRECT ALTERNATIVE: the client remembers, in memory and for its current incarnation only,
// the final answers it showed — an outcome the kernel decided (source kernel-decision,
// kernel-duplicate or kernel-query with outcome executed or not-executed) — and when the
// operator asks again about such a request it shows that answer again (a new display for
// a new question) without a round trip. A kernel decision is final (7.1 "Kernel rejection
// is final"; an EXEC is never undone: 11) so the answer is still determined from kernel
// state (4.3): it is the kernel's own decision. "unknown", "no response", validation and
// challenge-expired answers are never remembered: those questions go to the control plane.
// Nothing survives a crash (10: no in-flight state is recovered).
import { reference } from '../../src/index.ts';
import { Client } from '../../src/client.ts';
import type { ClientConfig, Port, SystemUnderTest } from '../../src/ports.ts';

class RememberingClient extends Client {
  private readonly finals = new Map<string, any>();
  private readonly real: Port;
  constructor(port: Port, config: ClientConfig) {
    const p = Object.create(port) as Port;
    super(p, config);
    this.real = port;
    p.display = (d) => {
      port.display(d);
      if (
        d.kind === 'outcome' &&
        d.outcome !== 'unknown' &&
        (d.source === 'kernel-decision' || d.source === 'kernel-duplicate' || d.source === 'kernel-query')
      ) {
        this.finals.set(d.requestId, d);
      }
    };
  }
  onOperator(command: any): void {
    if (command.kind === 'ask-outcome') {
      const known = this.finals.get(command.requestId);
      if (known !== undefined) {
        const self = this as any;
        const request = self.requests.get(command.requestId);
        if (request !== undefined && request.timer !== 0) {
          self.port.cancelTimer(request.timer);
          request.timer = 0;
        }
        self.requests.set(command.requestId, { phase: 'done', token: '', timer: 0 });
        this.real.display(known);
        return;
      }
    }
    super.onOperator(command);
  }
}

const sut: SystemUnderTest = {
  ...reference,
  name: 'red12-correct-client-remembers-final-answers',
  createClient: (port, config) => new RememberingClient(port, config),
};
export default sut;
