// The second red team's mutants: written after the oracles were fixed against the first
// red team, by two new engineers who had read only the spec, src/ and the --sut seam —
// neither sim/ nor any other mutant (mutants/red-team-2/README-cp.md, README-mixed.md).
// A held-out set: all 48 were caught before any oracle was changed for them.

import type { Mutant } from './kit.ts';
import { redTeam } from './red-team.ts';

import r2ClientAutoConfirmsAdditiveOps, { info as r2ClientAutoConfirmsAdditiveOpsInfo } from './red-team-2/client-auto-confirms-additive-ops.ts';
import r2ClientChallengeEchoAsExecuted, { info as r2ClientChallengeEchoAsExecutedInfo } from './red-team-2/client-challenge-echo-as-executed.ts';
import r2ClientConfirmTimeoutNotExecuted, { info as r2ClientConfirmTimeoutNotExecutedInfo } from './red-team-2/client-confirm-timeout-not-executed.ts';
import r2ClientExistsMeansSuccess, { info as r2ClientExistsMeansSuccessInfo } from './red-team-2/client-exists-means-success.ts';
import r2ClientKernelTimeoutAsNotExecuted, { info as r2ClientKernelTimeoutAsNotExecutedInfo } from './red-team-2/client-kernel-timeout-as-not-executed.ts';
import r2ClientLateAnswerToNewest, { info as r2ClientLateAnswerToNewestInfo } from './red-team-2/client-late-answer-to-newest.ts';
import r2ClientOutcomeCacheByOperation, { info as r2ClientOutcomeCacheByOperationInfo } from './red-team-2/client-outcome-cache-by-operation.ts';
import r2ClientPersistsChallengeToken, { info as r2ClientPersistsChallengeTokenInfo } from './red-team-2/client-persists-challenge-token.ts';
import r2ClientQueryAnswerDropsRejection, { info as r2ClientQueryAnswerDropsRejectionInfo } from './red-team-2/client-query-answer-drops-rejection.ts';
import r2ClientResubmitsDraftsAfterRestart, { info as r2ClientResubmitsDraftsAfterRestartInfo } from './red-team-2/client-resubmits-drafts-after-restart.ts';
import r2ClientRetriesConfirmOnTimeout, { info as r2ClientRetriesConfirmOnTimeoutInfo } from './red-team-2/client-retries-confirm-on-timeout.ts';
import r2ClientReusesRequestIdOnReissue, { info as r2ClientReusesRequestIdOnReissueInfo } from './red-team-2/client-reuses-request-id-on-reissue.ts';
import r2ClientStaleObserveOnTimeout, { info as r2ClientStaleObserveOnTimeoutInfo } from './red-team-2/client-stale-observe-on-timeout.ts';
import r2ClientTrimsNames, { info as r2ClientTrimsNamesInfo } from './red-team-2/client-trims-names.ts';
import r2CpExpiredChallengeNotExecuted, { info as r2CpExpiredChallengeNotExecutedInfo } from './red-team-2/cp-expired-challenge-not-executed.ts';
import r2CpFencesAbandoned, { info as r2CpFencesAbandonedInfo } from './red-team-2/cp-fences-abandoned.ts';
import r2CpGenericValidationMessage, { info as r2CpGenericValidationMessageInfo } from './red-team-2/cp-generic-validation-message.ts';
import r2CpMissingReturnAfterRejection, { info as r2CpMissingReturnAfterRejectionInfo } from './red-team-2/cp-missing-return-after-rejection.ts';
import r2CpNormalizesConfigValues, { info as r2CpNormalizesConfigValuesInfo } from './red-team-2/cp-normalizes-config-values.ts';
import r2CpOutcomeQueryLocalShortcut, { info as r2CpOutcomeQueryLocalShortcutInfo } from './red-team-2/cp-outcome-query-local-shortcut.ts';
import r2CpSessionPendingOperation, { info as r2CpSessionPendingOperationInfo } from './red-team-2/cp-session-pending-operation.ts';
import r2CpSkipsChallengeForAdditiveOps, { info as r2CpSkipsChallengeForAdditiveOpsInfo } from './red-team-2/cp-skips-challenge-for-additive-ops.ts';
import r2CpValidateOnConfirm, { info as r2CpValidateOnConfirmInfo } from './red-team-2/cp-validate-on-confirm.ts';
import r2CpValidatesFirstIndexOnly, { info as r2CpValidatesFirstIndexOnlyInfo } from './red-team-2/cp-validates-first-index-only.ts';
import r2CpAnswerBeforeAudit, { info as r2CpAnswerBeforeAuditInfo } from './red-team-2/cp-answer-before-audit.ts';
import r2CpChallengeRetiredLate, { info as r2CpChallengeRetiredLateInfo } from './red-team-2/cp-challenge-retired-late.ts';
import r2CpChallengesSurviveRestart, { info as r2CpChallengesSurviveRestartInfo } from './red-team-2/cp-challenges-survive-restart.ts';
import r2CpCoalesceIdenticalDispatch, { info as r2CpCoalesceIdenticalDispatchInfo } from './red-team-2/cp-coalesce-identical-dispatch.ts';
import r2CpDispatchRetransmit, { info as r2CpDispatchRetransmitInfo } from './red-team-2/cp-dispatch-retransmit.ts';
import r2CpIdempotentCreate, { info as r2CpIdempotentCreateInfo } from './red-team-2/cp-idempotent-create.ts';
import r2CpIntentRollForward, { info as r2CpIntentRollForwardInfo } from './red-team-2/cp-intent-roll-forward.ts';
import r2CpOutcomeFromAuditLog, { info as r2CpOutcomeFromAuditLogInfo } from './red-team-2/cp-outcome-from-audit-log.ts';
import r2CpRecoveryClosesUnknowns, { info as r2CpRecoveryClosesUnknownsInfo } from './red-team-2/cp-recovery-closes-unknowns.ts';
import r2CpResolutionDropsRejection, { info as r2CpResolutionDropsRejectionInfo } from './red-team-2/cp-resolution-drops-rejection.ts';
import r2CpSeenClearedOnConfirm, { info as r2CpSeenClearedOnConfirmInfo } from './red-team-2/cp-seen-cleared-on-confirm.ts';
import r2CpStaleAuditClock, { info as r2CpStaleAuditClockInfo } from './red-team-2/cp-stale-audit-clock.ts';
import r2CpStartupReconcile, { info as r2CpStartupReconcileInfo } from './red-team-2/cp-startup-reconcile.ts';
import r2CpTimeoutAuditTimerName, { info as r2CpTimeoutAuditTimerNameInfo } from './red-team-2/cp-timeout-audit-timer-name.ts';
import r2CpTimeoutCompensates, { info as r2CpTimeoutCompensatesInfo } from './red-team-2/cp-timeout-compensates.ts';
import r2CpTimeoutInfersFromState, { info as r2CpTimeoutInfersFromStateInfo } from './red-team-2/cp-timeout-infers-from-state.ts';
import r2CpUnresolvedOnlyFromLog, { info as r2CpUnresolvedOnlyFromLogInfo } from './red-team-2/cp-unresolved-only-from-log.ts';
import r2KernelAckBeforeSync, { info as r2KernelAckBeforeSyncInfo } from './red-team-2/kernel-ack-before-sync.ts';
import r2KernelBoundedDedup, { info as r2KernelBoundedDedupInfo } from './red-team-2/kernel-bounded-dedup.ts';
import r2KernelFenceUnsynced, { info as r2KernelFenceUnsyncedInfo } from './red-team-2/kernel-fence-unsynced.ts';
import r2KernelQueryReadOnly, { info as r2KernelQueryReadOnlyInfo } from './red-team-2/kernel-query-read-only.ts';
import r2KernelReplaySkipsRejects, { info as r2KernelReplaySkipsRejectsInfo } from './red-team-2/kernel-replay-skips-rejects.ts';
import r2KernelReplaySnapshotsLast, { info as r2KernelReplaySnapshotsLastInfo } from './red-team-2/kernel-replay-snapshots-last.ts';
import r2KernelSplitEffects, { info as r2KernelSplitEffectsInfo } from './red-team-2/kernel-split-effects.ts';

export const RED_TEAM_2: readonly Mutant[] = [
  redTeam('client-auto-confirms-additive-ops', 'confirm.required', r2ClientAutoConfirmsAdditiveOps, r2ClientAutoConfirmsAdditiveOpsInfo, 'red2-'),
  redTeam('client-challenge-echo-as-executed', 'outcome.from-kernel', r2ClientChallengeEchoAsExecuted, r2ClientChallengeEchoAsExecutedInfo, 'red2-'),
  redTeam('client-confirm-timeout-not-executed', 'outcome.from-kernel', r2ClientConfirmTimeoutNotExecuted, r2ClientConfirmTimeoutNotExecutedInfo, 'red2-'),
  redTeam('client-exists-means-success', 'outcome.from-kernel', r2ClientExistsMeansSuccess, r2ClientExistsMeansSuccessInfo, 'red2-'),
  redTeam('client-kernel-timeout-as-not-executed', 'outcome.from-kernel', r2ClientKernelTimeoutAsNotExecuted, r2ClientKernelTimeoutAsNotExecutedInfo, 'red2-'),
  redTeam('client-late-answer-to-newest', 'outcome.from-kernel', r2ClientLateAnswerToNewest, r2ClientLateAnswerToNewestInfo, 'red2-'),
  redTeam('client-outcome-cache-by-operation', 'outcome.from-kernel', r2ClientOutcomeCacheByOperation, r2ClientOutcomeCacheByOperationInfo, 'red2-'),
  redTeam('client-persists-challenge-token', 'confirm.required', r2ClientPersistsChallengeToken, r2ClientPersistsChallengeTokenInfo, 'red2-'),
  redTeam('client-query-answer-drops-rejection', 'reject.verbatim', r2ClientQueryAnswerDropsRejection, r2ClientQueryAnswerDropsRejectionInfo, 'red2-'),
  redTeam('client-resubmits-drafts-after-restart', 'client.crash-before-submit', r2ClientResubmitsDraftsAfterRestart, r2ClientResubmitsDraftsAfterRestartInfo, 'red2-'),
  redTeam('client-retries-confirm-on-timeout', 'no-retry', r2ClientRetriesConfirmOnTimeout, r2ClientRetriesConfirmOnTimeoutInfo, 'red2-'),
  redTeam('client-reuses-request-id-on-reissue', 'no-retry', r2ClientReusesRequestIdOnReissue, r2ClientReusesRequestIdOnReissueInfo, 'red2-'),
  redTeam('client-stale-observe-on-timeout', 'observe.consistent', r2ClientStaleObserveOnTimeout, r2ClientStaleObserveOnTimeoutInfo, 'red2-'),
  redTeam('client-trims-names', 'invalid.rejected', r2ClientTrimsNames, r2ClientTrimsNamesInfo, 'red2-'),
  redTeam('cp-expired-challenge-not-executed', 'outcome.from-kernel', r2CpExpiredChallengeNotExecuted, r2CpExpiredChallengeNotExecutedInfo, 'red2-'),
  redTeam('cp-fences-abandoned', 'abandon.inert', r2CpFencesAbandoned, r2CpFencesAbandonedInfo, 'red2-'),
  redTeam('cp-generic-validation-message', 'invalid.rejected', r2CpGenericValidationMessage, r2CpGenericValidationMessageInfo, 'red2-'),
  redTeam('cp-missing-return-after-rejection', 'invalid.rejected', r2CpMissingReturnAfterRejection, r2CpMissingReturnAfterRejectionInfo, 'red2-'),
  redTeam('cp-normalizes-config-values', 'invalid.rejected', r2CpNormalizesConfigValues, r2CpNormalizesConfigValuesInfo, 'red2-'),
  redTeam('cp-outcome-query-local-shortcut', 'outcome.from-kernel', r2CpOutcomeQueryLocalShortcut, r2CpOutcomeQueryLocalShortcutInfo, 'red2-'),
  redTeam('cp-session-pending-operation', 'cp.no-compensation', r2CpSessionPendingOperation, r2CpSessionPendingOperationInfo, 'red2-'),
  redTeam('cp-skips-challenge-for-additive-ops', 'confirm.required', r2CpSkipsChallengeForAdditiveOps, r2CpSkipsChallengeForAdditiveOpsInfo, 'red2-'),
  redTeam('cp-validate-on-confirm', 'invalid.rejected', r2CpValidateOnConfirm, r2CpValidateOnConfirmInfo, 'red2-'),
  redTeam('cp-validates-first-index-only', 'invalid.rejected', r2CpValidatesFirstIndexOnly, r2CpValidatesFirstIndexOnlyInfo, 'red2-'),
  redTeam('cp-answer-before-audit', 'audit.complete', r2CpAnswerBeforeAudit, r2CpAnswerBeforeAuditInfo, 'red2-'),
  redTeam('cp-challenge-retired-late', 'no-retry', r2CpChallengeRetiredLate, r2CpChallengeRetiredLateInfo, 'red2-'),
  redTeam('cp-challenges-survive-restart', 'cp.no-replay', r2CpChallengesSurviveRestart, r2CpChallengesSurviveRestartInfo, 'red2-'),
  redTeam('cp-coalesce-identical-dispatch', 'outcome.from-kernel', r2CpCoalesceIdenticalDispatch, r2CpCoalesceIdenticalDispatchInfo, 'red2-'),
  redTeam('cp-dispatch-retransmit', 'no-retry', r2CpDispatchRetransmit, r2CpDispatchRetransmitInfo, 'red2-'),
  redTeam('cp-idempotent-create', 'reject.verbatim', r2CpIdempotentCreate, r2CpIdempotentCreateInfo, 'red2-'),
  redTeam('cp-intent-roll-forward', 'cp.no-replay', r2CpIntentRollForward, r2CpIntentRollForwardInfo, 'red2-'),
  redTeam('cp-outcome-from-audit-log', 'outcome.from-kernel', r2CpOutcomeFromAuditLog, r2CpOutcomeFromAuditLogInfo, 'red2-'),
  redTeam('cp-recovery-closes-unknowns', 'audit.complete', r2CpRecoveryClosesUnknowns, r2CpRecoveryClosesUnknownsInfo, 'red2-'),
  redTeam('cp-resolution-drops-rejection', 'reject.verbatim', r2CpResolutionDropsRejection, r2CpResolutionDropsRejectionInfo, 'red2-'),
  redTeam('cp-seen-cleared-on-confirm', 'exec.at-most-once', r2CpSeenClearedOnConfirm, r2CpSeenClearedOnConfirmInfo, 'red2-'),
  redTeam('cp-stale-audit-clock', 'audit.complete', r2CpStaleAuditClock, r2CpStaleAuditClockInfo, 'red2-'),
  redTeam('cp-startup-reconcile', 'cp.no-compensation', r2CpStartupReconcile, r2CpStartupReconcileInfo, 'red2-'),
  redTeam('cp-timeout-audit-timer-name', 'audit.complete', r2CpTimeoutAuditTimerName, r2CpTimeoutAuditTimerNameInfo, 'red2-'),
  redTeam('cp-timeout-compensates', 'cp.no-compensation', r2CpTimeoutCompensates, r2CpTimeoutCompensatesInfo, 'red2-'),
  redTeam('cp-timeout-infers-from-state', 'outcome.from-kernel', r2CpTimeoutInfersFromState, r2CpTimeoutInfersFromStateInfo, 'red2-'),
  redTeam('cp-unresolved-only-from-log', 'audit.complete', r2CpUnresolvedOnlyFromLog, r2CpUnresolvedOnlyFromLogInfo, 'red2-'),
  redTeam('kernel-ack-before-sync', 'outcome.from-kernel', r2KernelAckBeforeSync, r2KernelAckBeforeSyncInfo, 'red2-'),
  redTeam('kernel-bounded-dedup', 'exec.at-most-once', r2KernelBoundedDedup, r2KernelBoundedDedupInfo, 'red2-'),
  redTeam('kernel-fence-unsynced', 'outcome.from-kernel', r2KernelFenceUnsynced, r2KernelFenceUnsyncedInfo, 'red2-'),
  redTeam('kernel-query-read-only', 'outcome.from-kernel', r2KernelQueryReadOnly, r2KernelQueryReadOnlyInfo, 'red2-'),
  redTeam('kernel-replay-skips-rejects', 'outcome.from-kernel', r2KernelReplaySkipsRejects, r2KernelReplaySkipsRejectsInfo, 'red2-'),
  redTeam('kernel-replay-snapshots-last', 'kernel.atomic', r2KernelReplaySnapshotsLast, r2KernelReplaySnapshotsLastInfo, 'red2-'),
  redTeam('kernel-split-effects', 'invalid.rejected', r2KernelSplitEffects, r2KernelSplitEffectsInfo, 'red2-'),
];
