// The red team's mutants, in the catalogue: written by engineers who had read only the
// spec, src/ and the --sut seam — never sim/ — each breaking one sentence of the spec as
// a real engineer might (mutants/red-team/README-a.md, README-b.md). Each is its own
// --sut module; here each gets the invariant whose rule judges that sentence
// (sim/invariants/README.md). They judge the oracles: a survivor means an oracle is wrong.

import type { SystemUnderTest } from '../src/ports.ts';
import type { Mutant } from './kit.ts';

import clientAutoResubmitExpired, { info as clientAutoResubmitExpiredInfo } from './red-team/client-auto-resubmit-expired.ts';
import clientDurableChallenge, { info as clientDurableChallengeInfo } from './red-team/client-durable-challenge.ts';
import clientKeepsListeningAfterTimeout, { info as clientKeepsListeningAfterTimeoutInfo } from './red-team/client-keeps-listening-after-timeout.ts';
import clientNormalizeNames, { info as clientNormalizeNamesInfo } from './red-team/client-normalize-names.ts';
import clientOutboxReplay, { info as clientOutboxReplayInfo } from './red-team/client-outbox-replay.ts';
import clientResendsConfirmOnTimeout, { info as clientResendsConfirmOnTimeoutInfo } from './red-team/client-resends-confirm-on-timeout.ts';
import clientResubmitsOnSilence, { info as clientResubmitsOnSilenceInfo } from './red-team/client-resubmits-on-silence.ts';
import clientResumesConfirmsAfterRestart, { info as clientResumesConfirmsAfterRestartInfo } from './red-team/client-resumes-confirms-after-restart.ts';
import clientRewordsKernelRejection, { info as clientRewordsKernelRejectionInfo } from './red-team/client-rewords-kernel-rejection.ts';
import clientSilentSubmitTimeout, { info as clientSilentSubmitTimeoutInfo } from './red-team/client-silent-submit-timeout.ts';
import clientTimeoutAssumesNotExecuted, { info as clientTimeoutAssumesNotExecutedInfo } from './red-team/client-timeout-assumes-not-executed.ts';
import cpAbandonAuditToken, { info as cpAbandonAuditTokenInfo } from './red-team/cp-abandon-audit-token.ts';
import cpAlreadyExistsReportedExecuted, { info as cpAlreadyExistsReportedExecutedInfo } from './red-team/cp-already-exists-reported-executed.ts';
import cpAssumesHandedOverDispatchExecuted, { info as cpAssumesHandedOverDispatchExecutedInfo } from './red-team/cp-assumes-handed-over-dispatch-executed.ts';
import cpAuditAfterReply, { info as cpAuditAfterReplyInfo } from './red-team/cp-audit-after-reply.ts';
import cpAuditBatchedSync, { info as cpAuditBatchedSyncInfo } from './red-team/cp-audit-batched-sync.ts';
import cpAuditDuplicateOutcome, { info as cpAuditDuplicateOutcomeInfo } from './red-team/cp-audit-duplicate-outcome.ts';
import cpAuditTimeSeconds, { info as cpAuditTimeSecondsInfo } from './red-team/cp-audit-time-seconds.ts';
import cpChallengeTtlFence, { info as cpChallengeTtlFenceInfo } from './red-team/cp-challenge-ttl-fence.ts';
import cpChallengesSurviveRestart, { info as cpChallengesSurviveRestartInfo } from './red-team/cp-challenges-survive-restart.ts';
import cpCompensateOnAbandon, { info as cpCompensateOnAbandonInfo } from './red-team/cp-compensate-on-abandon.ts';
import cpCompensatesTimedOutDispatch, { info as cpCompensatesTimedOutDispatchInfo } from './red-team/cp-compensates-timed-out-dispatch.ts';
import cpConfirmTokenNotConsumed, { info as cpConfirmTokenNotConsumedInfo } from './red-team/cp-confirm-token-not-consumed.ts';
import cpDedupeIndexes, { info as cpDedupeIndexesInfo } from './red-team/cp-dedupe-indexes.ts';
import cpDuplicateOfRejectionRemapped, { info as cpDuplicateOfRejectionRemappedInfo } from './red-team/cp-duplicate-of-rejection-remapped.ts';
import cpDuplicateReportedAsExecuted, { info as cpDuplicateReportedAsExecutedInfo } from './red-team/cp-duplicate-reported-as-executed.ts';
import cpExpiredAuditedAsAbandoned, { info as cpExpiredAuditedAsAbandonedInfo } from './red-team/cp-expired-audited-as-abandoned.ts';
import cpExpiredChallengeReportedNotExecuted, { info as cpExpiredChallengeReportedNotExecutedInfo } from './red-team/cp-expired-challenge-reported-not-executed.ts';
import cpExpiredExplainedAsTimeout, { info as cpExpiredExplainedAsTimeoutInfo } from './red-team/cp-expired-explained-as-timeout.ts';
import cpFenceOnAbandon, { info as cpFenceOnAbandonInfo } from './red-team/cp-fence-on-abandon.ts';
import cpFlushesBacklogWithNextConfirm, { info as cpFlushesBacklogWithNextConfirmInfo } from './red-team/cp-flushes-backlog-with-next-confirm.ts';
import cpFreezesKernelOnTimeout, { info as cpFreezesKernelOnTimeoutInfo } from './red-team/cp-freezes-kernel-on-timeout.ts';
import cpObserveServedFromCachedState, { info as cpObserveServedFromCachedStateInfo } from './red-team/cp-observe-served-from-cached-state.ts';
import cpOutboxRedispatchOnRestart, { info as cpOutboxRedispatchOnRestartInfo } from './red-team/cp-outbox-redispatch-on-restart.ts';
import cpOutcomeFromStateView, { info as cpOutcomeFromStateViewInfo } from './red-team/cp-outcome-from-state-view.ts';
import cpOutcomeGuessUndispatched, { info as cpOutcomeGuessUndispatchedInfo } from './red-team/cp-outcome-guess-undispatched.ts';
import cpQueryTimeoutNotExecuted, { info as cpQueryTimeoutNotExecutedInfo } from './red-team/cp-query-timeout-not-executed.ts';
import cpQueryTimeoutUnlogged, { info as cpQueryTimeoutUnloggedInfo } from './red-team/cp-query-timeout-unlogged.ts';
import cpReconcilesUnknownsOnRestart, { info as cpReconcilesUnknownsOnRestartInfo } from './red-team/cp-reconciles-unknowns-on-restart.ts';
import cpRecoversOutcomesFromOwnJournal, { info as cpRecoversOutcomesFromOwnJournalInfo } from './red-team/cp-recovers-outcomes-from-own-journal.ts';
import cpRejectionCodeAsText, { info as cpRejectionCodeAsTextInfo } from './red-team/cp-rejection-code-as-text.ts';
import cpRejectionUnlogged, { info as cpRejectionUnloggedInfo } from './red-team/cp-rejection-unlogged.ts';
import cpReplaysUnansweredDispatchesOnRestart, { info as cpReplaysUnansweredDispatchesOnRestartInfo } from './red-team/cp-replays-unanswered-dispatches-on-restart.ts';
import cpResolvedOutcomeDropsRejection, { info as cpResolvedOutcomeDropsRejectionInfo } from './red-team/cp-resolved-outcome-drops-rejection.ts';
import cpResolvesTimeoutsItself, { info as cpResolvesTimeoutsItselfInfo } from './red-team/cp-resolves-timeouts-itself.ts';
import cpRetriesDispatchOnTimeout, { info as cpRetriesDispatchOnTimeoutInfo } from './red-team/cp-retries-dispatch-on-timeout.ts';
import cpRetriesMissingCollectionRejection, { info as cpRetriesMissingCollectionRejectionInfo } from './red-team/cp-retries-missing-collection-rejection.ts';
import cpRollsForwardFencedDispatch, { info as cpRollsForwardFencedDispatchInfo } from './red-team/cp-rolls-forward-fenced-dispatch.ts';
import cpSnapshotsKernelOnRestart, { info as cpSnapshotsKernelOnRestartInfo } from './red-team/cp-snapshots-kernel-on-restart.ts';
import cpSpeculativeSnapshot, { info as cpSpeculativeSnapshotInfo } from './red-team/cp-speculative-snapshot.ts';
import cpTimeoutReportedNotExecuted, { info as cpTimeoutReportedNotExecutedInfo } from './red-team/cp-timeout-reported-not-executed.ts';
import cpUnanchoredNameRegex, { info as cpUnanchoredNameRegexInfo } from './red-team/cp-unanchored-name-regex.ts';
import cpVoidsAckOfCrashedIncarnation, { info as cpVoidsAckOfCrashedIncarnationInfo } from './red-team/cp-voids-ack-of-crashed-incarnation.ts';
import kernelAcksBeforeDurable, { info as kernelAcksBeforeDurableInfo } from './red-team/kernel-acks-before-durable.ts';
import kernelDecisionTableNotRebuiltOnRestart, { info as kernelDecisionTableNotRebuiltOnRestartInfo } from './red-team/kernel-decision-table-not-rebuilt-on-restart.ts';
import kernelDedupKeysExpire, { info as kernelDedupKeysExpireInfo } from './red-team/kernel-dedup-keys-expire.ts';
import kernelFenceNotReplayed, { info as kernelFenceNotReplayedInfo } from './red-team/kernel-fence-not-replayed.ts';
import kernelFenceNotSynced, { info as kernelFenceNotSyncedInfo } from './red-team/kernel-fence-not-synced.ts';
import kernelForgetsRejections, { info as kernelForgetsRejectionsInfo } from './red-team/kernel-forgets-rejections.ts';
import kernelOutcomeQueryDoesNotFence, { info as kernelOutcomeQueryDoesNotFenceInfo } from './red-team/kernel-outcome-query-does-not-fence.ts';
import kernelOutcomeQueryUsesStartupIndex, { info as kernelOutcomeQueryUsesStartupIndexInfo } from './red-team/kernel-outcome-query-uses-startup-index.ts';

interface RedTeamInfo {
  readonly failurePathOnly: boolean;
  readonly description: string;
  readonly clause?: string;
}

/** The red team wrote the clause, the sentence broken and what must happen; the catalogue
 * adds whether it misbehaves only on a failure path (measured: each flagged one passes
 * 1,000 seeds of calm). */
export function described(info: { clause: string; sentence: string; needs: string }, failurePathOnly: boolean) {
  return { clause: info.clause, description: `${info.sentence} Shows when: ${info.needs}`, failurePathOnly };
}

export function redTeam(name: string, targets: string, sut: SystemUnderTest, info: RedTeamInfo, prefix = 'red-'): Mutant {
  return {
    name: `${prefix}${name}`,
    targets,
    description: `${info.description}${info.clause !== undefined ? ` (spec ${info.clause})` : ''}`,
    failurePathOnly: info.failurePathOnly,
    createClient: sut.createClient,
    createControlPlane: sut.createControlPlane,
    createKernel: sut.createKernel,
  };
}

export const RED_TEAM: readonly Mutant[] = [
  redTeam('client-auto-resubmit-expired', 'client.crash-before-submit', clientAutoResubmitExpired, clientAutoResubmitExpiredInfo),
  redTeam('client-durable-challenge', 'confirm.required', clientDurableChallenge, clientDurableChallengeInfo),
  redTeam('client-keeps-listening-after-timeout', 'confirm.required', clientKeepsListeningAfterTimeout, clientKeepsListeningAfterTimeoutInfo),
  redTeam('client-normalize-names', 'invalid.rejected', clientNormalizeNames, clientNormalizeNamesInfo),
  redTeam('client-outbox-replay', 'client.crash-before-submit', clientOutboxReplay, clientOutboxReplayInfo),
  redTeam('client-resends-confirm-on-timeout', 'no-retry', clientResendsConfirmOnTimeout, clientResendsConfirmOnTimeoutInfo),
  redTeam('client-resubmits-on-silence', 'no-retry', clientResubmitsOnSilence, clientResubmitsOnSilenceInfo),
  redTeam('client-resumes-confirms-after-restart', 'confirm.required', clientResumesConfirmsAfterRestart, clientResumesConfirmsAfterRestartInfo),
  redTeam('client-rewords-kernel-rejection', 'reject.verbatim', clientRewordsKernelRejection, clientRewordsKernelRejectionInfo),
  redTeam('client-silent-submit-timeout', 'liveness', clientSilentSubmitTimeout, clientSilentSubmitTimeoutInfo),
  redTeam('client-timeout-assumes-not-executed', 'outcome.from-kernel', clientTimeoutAssumesNotExecuted, clientTimeoutAssumesNotExecutedInfo),
  redTeam('cp-abandon-audit-token', 'audit.complete', cpAbandonAuditToken, cpAbandonAuditTokenInfo),
  redTeam('cp-already-exists-reported-executed', 'reject.verbatim', cpAlreadyExistsReportedExecuted, cpAlreadyExistsReportedExecutedInfo),
  redTeam('cp-assumes-handed-over-dispatch-executed', 'outcome.from-kernel', cpAssumesHandedOverDispatchExecuted, cpAssumesHandedOverDispatchExecutedInfo),
  redTeam('cp-audit-after-reply', 'audit.complete', cpAuditAfterReply, cpAuditAfterReplyInfo),
  redTeam('cp-audit-batched-sync', 'audit.complete', cpAuditBatchedSync, cpAuditBatchedSyncInfo),
  redTeam('cp-audit-duplicate-outcome', 'audit.complete', cpAuditDuplicateOutcome, cpAuditDuplicateOutcomeInfo),
  redTeam('cp-audit-time-seconds', 'audit.complete', cpAuditTimeSeconds, cpAuditTimeSecondsInfo),
  redTeam('cp-challenge-ttl-fence', 'cp.no-compensation', cpChallengeTtlFence, cpChallengeTtlFenceInfo),
  redTeam('cp-challenges-survive-restart', 'cp.no-replay', cpChallengesSurviveRestart, cpChallengesSurviveRestartInfo),
  redTeam('cp-compensate-on-abandon', 'abandon.inert', cpCompensateOnAbandon, cpCompensateOnAbandonInfo),
  redTeam('cp-compensates-timed-out-dispatch', 'cp.no-compensation', cpCompensatesTimedOutDispatch, cpCompensatesTimedOutDispatchInfo),
  redTeam('cp-confirm-token-not-consumed', 'no-retry', cpConfirmTokenNotConsumed, cpConfirmTokenNotConsumedInfo),
  redTeam('cp-dedupe-indexes', 'invalid.rejected', cpDedupeIndexes, cpDedupeIndexesInfo),
  redTeam('cp-duplicate-of-rejection-remapped', 'reject.verbatim', cpDuplicateOfRejectionRemapped, cpDuplicateOfRejectionRemappedInfo),
  redTeam('cp-duplicate-reported-as-executed', 'exec.at-most-once', cpDuplicateReportedAsExecuted, cpDuplicateReportedAsExecutedInfo),
  redTeam('cp-expired-audited-as-abandoned', 'audit.complete', cpExpiredAuditedAsAbandoned, cpExpiredAuditedAsAbandonedInfo),
  redTeam('cp-expired-challenge-reported-not-executed', 'outcome.from-kernel', cpExpiredChallengeReportedNotExecuted, cpExpiredChallengeReportedNotExecutedInfo),
  redTeam('cp-expired-explained-as-timeout', 'audit.complete', cpExpiredExplainedAsTimeout, cpExpiredExplainedAsTimeoutInfo),
  redTeam('cp-fence-on-abandon', 'abandon.inert', cpFenceOnAbandon, cpFenceOnAbandonInfo),
  redTeam('cp-flushes-backlog-with-next-confirm', 'cp.no-replay', cpFlushesBacklogWithNextConfirm, cpFlushesBacklogWithNextConfirmInfo),
  redTeam('cp-freezes-kernel-on-timeout', 'cp.no-compensation', cpFreezesKernelOnTimeout, cpFreezesKernelOnTimeoutInfo),
  redTeam('cp-observe-served-from-cached-state', 'observe.consistent', cpObserveServedFromCachedState, cpObserveServedFromCachedStateInfo),
  redTeam('cp-outbox-redispatch-on-restart', 'cp.no-replay', cpOutboxRedispatchOnRestart, cpOutboxRedispatchOnRestartInfo),
  redTeam('cp-outcome-from-state-view', 'outcome.from-kernel', cpOutcomeFromStateView, cpOutcomeFromStateViewInfo),
  redTeam('cp-outcome-guess-undispatched', 'outcome.from-kernel', cpOutcomeGuessUndispatched, cpOutcomeGuessUndispatchedInfo),
  redTeam('cp-query-timeout-not-executed', 'outcome.from-kernel', cpQueryTimeoutNotExecuted, cpQueryTimeoutNotExecutedInfo),
  redTeam('cp-query-timeout-unlogged', 'audit.complete', cpQueryTimeoutUnlogged, cpQueryTimeoutUnloggedInfo),
  redTeam('cp-reconciles-unknowns-on-restart', 'cp.no-compensation', cpReconcilesUnknownsOnRestart, cpReconcilesUnknownsOnRestartInfo),
  redTeam('cp-recovers-outcomes-from-own-journal', 'outcome.from-kernel', cpRecoversOutcomesFromOwnJournal, cpRecoversOutcomesFromOwnJournalInfo),
  redTeam('cp-rejection-code-as-text', 'invalid.rejected', cpRejectionCodeAsText, cpRejectionCodeAsTextInfo),
  redTeam('cp-rejection-unlogged', 'audit.complete', cpRejectionUnlogged, cpRejectionUnloggedInfo),
  redTeam('cp-replays-unanswered-dispatches-on-restart', 'cp.no-replay', cpReplaysUnansweredDispatchesOnRestart, cpReplaysUnansweredDispatchesOnRestartInfo),
  redTeam('cp-resolved-outcome-drops-rejection', 'reject.verbatim', cpResolvedOutcomeDropsRejection, cpResolvedOutcomeDropsRejectionInfo),
  redTeam('cp-resolves-timeouts-itself', 'cp.no-compensation', cpResolvesTimeoutsItself, cpResolvesTimeoutsItselfInfo),
  redTeam('cp-retries-dispatch-on-timeout', 'no-retry', cpRetriesDispatchOnTimeout, cpRetriesDispatchOnTimeoutInfo),
  redTeam('cp-retries-missing-collection-rejection', 'reject.verbatim', cpRetriesMissingCollectionRejection, cpRetriesMissingCollectionRejectionInfo),
  redTeam('cp-rolls-forward-fenced-dispatch', 'cp.no-replay', cpRollsForwardFencedDispatch, cpRollsForwardFencedDispatchInfo),
  redTeam('cp-snapshots-kernel-on-restart', 'cp.no-compensation', cpSnapshotsKernelOnRestart, cpSnapshotsKernelOnRestartInfo),
  redTeam('cp-speculative-snapshot', 'abandon.inert', cpSpeculativeSnapshot, cpSpeculativeSnapshotInfo),
  redTeam('cp-timeout-reported-not-executed', 'outcome.from-kernel', cpTimeoutReportedNotExecuted, cpTimeoutReportedNotExecutedInfo),
  redTeam('cp-unanchored-name-regex', 'invalid.rejected', cpUnanchoredNameRegex, cpUnanchoredNameRegexInfo),
  redTeam('cp-voids-ack-of-crashed-incarnation', 'outcome.from-kernel', cpVoidsAckOfCrashedIncarnation, cpVoidsAckOfCrashedIncarnationInfo),
  redTeam('kernel-acks-before-durable', 'outcome.from-kernel', kernelAcksBeforeDurable, kernelAcksBeforeDurableInfo),
  redTeam('kernel-decision-table-not-rebuilt-on-restart', 'exec.at-most-once', kernelDecisionTableNotRebuiltOnRestart, kernelDecisionTableNotRebuiltOnRestartInfo),
  redTeam('kernel-dedup-keys-expire', 'exec.at-most-once', kernelDedupKeysExpire, kernelDedupKeysExpireInfo),
  redTeam('kernel-fence-not-replayed', 'outcome.from-kernel', kernelFenceNotReplayed, kernelFenceNotReplayedInfo),
  redTeam('kernel-fence-not-synced', 'outcome.from-kernel', kernelFenceNotSynced, kernelFenceNotSyncedInfo),
  redTeam('kernel-forgets-rejections', 'exec.at-most-once', kernelForgetsRejections, kernelForgetsRejectionsInfo),
  redTeam('kernel-outcome-query-does-not-fence', 'outcome.from-kernel', kernelOutcomeQueryDoesNotFence, kernelOutcomeQueryDoesNotFenceInfo),
  redTeam('kernel-outcome-query-uses-startup-index', 'outcome.from-kernel', kernelOutcomeQueryUsesStartupIndex, kernelOutcomeQueryUsesStartupIndexInfo),
];
