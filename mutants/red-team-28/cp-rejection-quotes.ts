// @ts-nocheck
// Control plane: "sanitises" kernel rejection texts for terminals, replacing double quotes
// with single quotes.
import { ControlPlane, probe, sut } from './_sut.ts';
const N = 'cp-rejection-quotes';
const s = (t) => t.replace(/"/g, "'");
class CP extends ControlPlane {
  report(requestId, first, source, failure) {
    if (first.kind === 'REJECT' && first.rejection.text.includes('"')) {
      probe(N, `sanitise ${requestId}`);
      first = { kind: 'REJECT', rejection: { code: first.rejection.code, text: s(first.rejection.text) } };
    }
    super.report(requestId, first, source, failure);
  }
}
export default sut(N, { cp: CP });
