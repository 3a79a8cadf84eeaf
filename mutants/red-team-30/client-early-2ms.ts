// @ts-nocheck
// The client arms its response timer 2 ms short of responseTimeoutMs.
import { Client } from '../../src/client.ts';
import { reference } from '../../src/index.ts';

class C extends Client {
  startTimer(requestId) {
    return this.port.setTimer(Math.max(1, this.config.responseTimeoutMs - 2), requestId);
  }
}
const sut = { ...reference, name: 'client-early-2ms', createClient: (port, config) => new C(port, config) };
export default sut;
