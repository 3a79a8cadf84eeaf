// @ts-nocheck
// Client: when the control plane is silent after a confirm, shows "not executed" (the
// UI assumes that no answer means nothing happened) instead of "outcome unknown".
import { Client, probe, sut } from './_sut.ts';
const N = 'client-guess-not-executed';
class C extends Client {
  onTimer(name) {
    const r = this.requests.get(name);
    if (r && r.phase === 'confirmed') {
      probe(N, `guess not-executed ${name}`);
      r.timer = 0; r.phase = 'done';
      this.port.display({ kind: 'outcome', requestId: name, outcome: 'not-executed', source: 'no-response', rejection: null, text: 'no response — not executed' });
      return;
    }
    super.onTimer(name);
  }
}
export default sut(N, { client: C });
