// @ts-nocheck
// Breaks 4.3 ("The control plane MUST NOT guess"; "Client-side uncertainty does not alter
// system truth"): on its own response timeout the client still shows outcome "unknown", but
// its words tell the operator the request was not executed and should be re-issued.
import { Client, probe, sut } from './lib/common.ts';

class C extends Client {
  onTimer(name) {
    const request = this.requests.get(name);
    if (request !== undefined && request.phase === 'confirmed') probe('b03-client-noresponse-says-not-executed', name);
    const port = this.port;
    const real = port.display;
    this.port = { ...port, display: (o) => port.display(o.kind === 'outcome' && o.source === 'no-response'
      ? { ...o, text: 'no response — the request was not executed; please re-issue it' } : o) };
    try { super.onTimer(name); } finally { this.port = port; }
  }
}
export default sut('b03-client-noresponse-says-not-executed', { createClient: (p, c) => new C(p, c) });
