// @ts-nocheck
// Client: the terminal UI shortens long rejection texts to 40 characters with an ellipsis.
import { Client, probe, sut } from './_sut.ts';
const N = 'client-truncate-rejection';
const cut = (s) => (s.length > 40 ? s.slice(0, 39) + '…' : s);
class C extends Client {
  onMessage(from, m) {
    if (m.kind === 'answer' && m.rejection && m.rejection.text.length > 40) {
      probe(N, `truncate ${m.requestId}`);
      m = { ...m, rejection: { code: m.rejection.code, text: cut(m.rejection.text) }, text: cut(m.text) };
    }
    super.onMessage(from, m);
  }
}
export default sut(N, { client: C });
