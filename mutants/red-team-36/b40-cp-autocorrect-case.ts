// @ts-nocheck
// Breaks 8.1 ("No attempt is made to auto-correct input"): a name that is invalid only because
// of upper-case letters or surrounding spaces is quietly lower-cased and trimmed, and the
// corrected operation is challenged (and, confirmed, executed) instead of being rejected.
import { ControlPlane, probe, sut, validate } from './lib/common.ts';

const fix = (s) => (typeof s === 'string' ? s.trim().toLowerCase() : s);
function corrected(op) {
  const o = { ...op };
  for (const k of ['name', 'from', 'to', 'collection', 'field', 'key']) if (k in o) o[k] = fix(o[k]);
  if (o.indexes) o.indexes = o.indexes.map(fix);
  return o;
}
class CP extends ControlPlane {
  onClient(client, message) {
    if (message.kind === 'submit' && validate(message.operation) !== null) {
      const c = corrected(message.operation);
      if (validate(c) === null) {
        probe('b40-cp-autocorrect-case', message.requestId);
        message = { ...message, operation: c };
      }
    }
    super.onClient(client, message);
  }
}
export default sut('b40-cp-autocorrect-case', { createControlPlane: (p, c) => new CP(p, c) });
