// @ts-nocheck
// CORRECT: the client forwards an abandon the operator types right after confirming (same
// token) instead of dropping it; the reference control plane ignores an abandon whose
// challenge was already confirmed, so nothing changes.
import { ForwardingClient } from './lib/forwarding-client.ts';
import { sut } from './lib/sut.ts';

export default sut('correct-client-forward-late-abandon', { createClient: (p, c) => new ForwardingClient(p, c) });
