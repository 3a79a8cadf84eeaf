// The third red team's mutants: written by a helper session that read only the spec, src/
// and the README's --sut seam — never sim/ — and was aimed at the oracles changed in the
// session that wrote it: observe answers, abandonment, kernel acknowledgement durability,
// timeouts and unknown outcomes (mutants/red-team-3/README.md). A held-out set: all ten were
// caught before any oracle was changed for them.

import type { Mutant } from './kit.ts';
import { described, redTeam } from './red-team.ts';

import clientAbandonAfterConfirm, { info as clientAbandonAfterConfirmInfo } from './red-team-3/client-abandon-after-confirm.ts';
import clientObserveFifo, { info as clientObserveFifoInfo } from './red-team-3/client-observe-fifo.ts';
import clientResendConfirm, { info as clientResendConfirmInfo } from './red-team-3/client-resend-confirm.ts';
import cpAbandonUnknownFence, { info as cpAbandonUnknownFenceInfo } from './red-team-3/cp-abandon-unknown-fence.ts';
import cpLateDecisionNoAudit, { info as cpLateDecisionNoAuditInfo } from './red-team-3/cp-late-decision-no-audit.ts';
import cpObserveCache, { info as cpObserveCacheInfo } from './red-team-3/cp-observe-cache.ts';
import cpQueryGuessInflight, { info as cpQueryGuessInflightInfo } from './red-team-3/cp-query-guess-inflight.ts';
import kernelBatchAck, { info as kernelBatchAckInfo } from './red-team-3/kernel-batch-ack.ts';
import kernelForgetFence, { info as kernelForgetFenceInfo } from './red-team-3/kernel-forget-fence.ts';
import kernelReadUnsynced, { info as kernelReadUnsyncedInfo } from './red-team-3/kernel-read-unsynced.ts';

export const RED_TEAM_3: readonly Mutant[] = [
  redTeam('client-abandon-after-confirm', 'confirm.required', clientAbandonAfterConfirm, described(clientAbandonAfterConfirmInfo, true), 'red3-'),
  redTeam('client-observe-fifo', 'observe.consistent', clientObserveFifo, described(clientObserveFifoInfo, true), 'red3-'),
  redTeam('client-resend-confirm', 'no-retry', clientResendConfirm, described(clientResendConfirmInfo, true), 'red3-'),
  redTeam('cp-abandon-unknown-fence', 'abandon.inert', cpAbandonUnknownFence, described(cpAbandonUnknownFenceInfo, true), 'red3-'),
  redTeam('cp-late-decision-no-audit', 'audit.complete', cpLateDecisionNoAudit, described(cpLateDecisionNoAuditInfo, true), 'red3-'),
  redTeam('cp-observe-cache', 'observe.consistent', cpObserveCache, described(cpObserveCacheInfo, true), 'red3-'),
  redTeam('cp-query-guess-inflight', 'outcome.from-kernel', cpQueryGuessInflight, described(cpQueryGuessInflightInfo, true), 'red3-'),
  redTeam('kernel-batch-ack', 'outcome.from-kernel', kernelBatchAck, described(kernelBatchAckInfo, false), 'red3-'),
  redTeam('kernel-forget-fence', 'outcome.from-kernel', kernelForgetFence, described(kernelForgetFenceInfo, true), 'red3-'),
  redTeam('kernel-read-unsynced', 'observe.consistent', kernelReadUnsynced, described(kernelReadUnsyncedInfo, true), 'red3-'),
];
