// The fourth red team's mutants: written by a helper session that read only the spec, src/,
// the README's --sut seam and the scenario files — never sim/ — aimed at what was new in
// the fault model (drifting and skewed clocks, one-way partitions, several copies, crashes
// as an event arrives) and in the operators (asking about others' requests, abandoning
// after confirming), and at the core clauses (mutants/red-team-4/README.md). Of the 26, two
// survived the oracles of the time; the oracles were fixed for them (invalid.rejected now
// requires the explanation to point at the input; copies can arrive seconds late).

import type { Mutant } from './kit.ts';
import { described, redTeam } from './red-team.ts';

import clientResendsConfirmAfterRestart, { info as clientResendsConfirmAfterRestartInfo } from './red-team-4/client-resends-confirm-after-restart.ts';
import clientSentenceCaseDisplay, { info as clientSentenceCaseDisplayInfo } from './red-team-4/client-sentence-case-display.ts';
import cpAbandonAfterConfirmAuditedNotExecuted, { info as cpAbandonAfterConfirmAuditedNotExecutedInfo } from './red-team-4/cp-abandon-after-confirm-audited-not-executed.ts';
import cpAddsDefaultIdIndex, { info as cpAddsDefaultIdIndexInfo } from './red-team-4/cp-adds-default-id-index.ts';
import cpAnswersPendingChallengeFromMemory, { info as cpAnswersPendingChallengeFromMemoryInfo } from './red-team-4/cp-answers-pending-challenge-from-memory.ts';
import cpAuditUptimeTimestamps, { info as cpAuditUptimeTimestampsInfo } from './red-team-4/cp-audit-uptime-timestamps.ts';
import cpAuditsDuplicateAsRejection, { info as cpAuditsDuplicateAsRejectionInfo } from './red-team-4/cp-audits-duplicate-as-rejection.ts';
import cpDropsLateDecisions, { info as cpDropsLateDecisionsInfo } from './red-team-4/cp-drops-late-decisions.ts';
import cpFencesOnAbandon, { info as cpFencesOnAbandonInfo } from './red-team-4/cp-fences-on-abandon.ts';
import cpKeepsChallengeAfterConfirm, { info as cpKeepsChallengeAfterConfirmInfo } from './red-team-4/cp-keeps-challenge-after-confirm.ts';
import cpLogsEachDuplicateOnce, { info as cpLogsEachDuplicateOnceInfo } from './red-team-4/cp-logs-each-duplicate-once.ts';
import cpNoAuditForOperatorErrors, { info as cpNoAuditForOperatorErrorsInfo } from './red-team-4/cp-no-audit-for-operator-errors.ts';
import cpObserveCacheInvalidatedOnWrite, { info as cpObserveCacheInvalidatedOnWriteInfo } from './red-team-4/cp-observe-cache-invalidated-on-write.ts';
import cpObserveFirstPageOnly, { info as cpObserveFirstPageOnlyInfo } from './red-team-4/cp-observe-first-page-only.ts';
import cpProbeInfersDispatchLost, { info as cpProbeInfersDispatchLostInfo } from './red-team-4/cp-probe-infers-dispatch-lost.ts';
import cpQueryAnswerDropsRejection, { info as cpQueryAnswerDropsRejectionInfo } from './red-team-4/cp-query-answer-drops-rejection.ts';
import cpResendsChallengeOnDuplicateSubmit, { info as cpResendsChallengeOnDuplicateSubmitInfo } from './red-team-4/cp-resends-challenge-on-duplicate-submit.ts';
import cpRestartMarksInflightNotExecuted, { info as cpRestartMarksInflightNotExecutedInfo } from './red-team-4/cp-restart-marks-inflight-not-executed.ts';
import cpStatelessChallengeToken, { info as cpStatelessChallengeTokenInfo } from './red-team-4/cp-stateless-challenge-token.ts';
import cpValidationDedupsIndexFields, { info as cpValidationDedupsIndexFieldsInfo } from './red-team-4/cp-validation-dedups-index-fields.ts';
import cpValidationTextFromCode, { info as cpValidationTextFromCodeInfo } from './red-team-4/cp-validation-text-from-code.ts';
import kernelDedupCacheTtl, { info as kernelDedupCacheTtlInfo } from './red-team-4/kernel-dedup-cache-ttl.ts';
import kernelDedupFastPathTrustsCpClock, { info as kernelDedupFastPathTrustsCpClockInfo } from './red-team-4/kernel-dedup-fast-path-trusts-cp-clock.ts';
import kernelDedupWindow10s, { info as kernelDedupWindow10sInfo } from './red-team-4/kernel-dedup-window-10s.ts';
import kernelFenceYieldsToLaterTimestamp, { info as kernelFenceYieldsToLaterTimestampInfo } from './red-team-4/kernel-fence-yields-to-later-timestamp.ts';
import kernelIndexBuildsLoggedSeparately, { info as kernelIndexBuildsLoggedSeparatelyInfo } from './red-team-4/kernel-index-builds-logged-separately.ts';

export const RED_TEAM_4: readonly Mutant[] = [
  redTeam('kernel-fence-yields-to-later-timestamp', 'outcome.from-kernel', kernelFenceYieldsToLaterTimestamp, described(kernelFenceYieldsToLaterTimestampInfo, true), 'red4-'),
  redTeam('kernel-dedup-fast-path-trusts-cp-clock', 'exec.at-most-once', kernelDedupFastPathTrustsCpClock, described(kernelDedupFastPathTrustsCpClockInfo, true), 'red4-'),
  redTeam('cp-audit-uptime-timestamps', 'audit.complete', cpAuditUptimeTimestamps, described(cpAuditUptimeTimestampsInfo, true), 'red4-'),
  redTeam('kernel-dedup-window-10s', 'exec.at-most-once', kernelDedupWindow10s, described(kernelDedupWindow10sInfo, true), 'red4-'),
  redTeam('cp-answers-pending-challenge-from-memory', 'outcome.from-kernel', cpAnswersPendingChallengeFromMemory, described(cpAnswersPendingChallengeFromMemoryInfo, true), 'red4-'),
  redTeam('cp-abandon-after-confirm-audited-not-executed', 'audit.complete', cpAbandonAfterConfirmAuditedNotExecuted, described(cpAbandonAfterConfirmAuditedNotExecutedInfo, true), 'red4-'),
  redTeam('cp-stateless-challenge-token', 'cp.no-replay', cpStatelessChallengeToken, described(cpStatelessChallengeTokenInfo, true), 'red4-'),
  redTeam('cp-validation-text-from-code', 'invalid.rejected', cpValidationTextFromCode, described(cpValidationTextFromCodeInfo, false), 'red4-'),
  redTeam('cp-probe-infers-dispatch-lost', 'outcome.from-kernel', cpProbeInfersDispatchLost, described(cpProbeInfersDispatchLostInfo, true), 'red4-'),
  redTeam('client-resends-confirm-after-restart', 'no-retry', clientResendsConfirmAfterRestart, described(clientResendsConfirmAfterRestartInfo, true), 'red4-'),
  redTeam('cp-restart-marks-inflight-not-executed', 'audit.complete', cpRestartMarksInflightNotExecuted, described(cpRestartMarksInflightNotExecutedInfo, true), 'red4-'),
  redTeam('cp-validation-dedups-index-fields', 'invalid.rejected', cpValidationDedupsIndexFields, described(cpValidationDedupsIndexFieldsInfo, false), 'red4-'),
  redTeam('kernel-dedup-cache-ttl', 'exec.at-most-once', kernelDedupCacheTtl, described(kernelDedupCacheTtlInfo, true), 'red4-'),
  redTeam('cp-query-answer-drops-rejection', 'reject.verbatim', cpQueryAnswerDropsRejection, described(cpQueryAnswerDropsRejectionInfo, true), 'red4-'),
  redTeam('client-sentence-case-display', 'reject.verbatim', clientSentenceCaseDisplay, described(clientSentenceCaseDisplayInfo, false), 'red4-'),
  redTeam('cp-keeps-challenge-after-confirm', 'no-retry', cpKeepsChallengeAfterConfirm, described(cpKeepsChallengeAfterConfirmInfo, true), 'red4-'),
  redTeam('cp-audits-duplicate-as-rejection', 'audit.complete', cpAuditsDuplicateAsRejection, described(cpAuditsDuplicateAsRejectionInfo, true), 'red4-'),
  redTeam('cp-logs-each-duplicate-once', 'audit.complete', cpLogsEachDuplicateOnce, described(cpLogsEachDuplicateOnceInfo, true), 'red4-'),
  redTeam('cp-drops-late-decisions', 'audit.complete', cpDropsLateDecisions, described(cpDropsLateDecisionsInfo, true), 'red4-'),
  redTeam('cp-resends-challenge-on-duplicate-submit', 'exec.at-most-once', cpResendsChallengeOnDuplicateSubmit, described(cpResendsChallengeOnDuplicateSubmitInfo, true), 'red4-'),
  redTeam('cp-fences-on-abandon', 'abandon.inert', cpFencesOnAbandon, described(cpFencesOnAbandonInfo, false), 'red4-'),
  redTeam('cp-observe-cache-invalidated-on-write', 'observe.consistent', cpObserveCacheInvalidatedOnWrite, described(cpObserveCacheInvalidatedOnWriteInfo, false), 'red4-'),
  redTeam('cp-observe-first-page-only', 'observe.consistent', cpObserveFirstPageOnly, described(cpObserveFirstPageOnlyInfo, false), 'red4-'),
  redTeam('cp-adds-default-id-index', 'cp.no-compensation', cpAddsDefaultIdIndex, described(cpAddsDefaultIdIndexInfo, false), 'red4-'),
  redTeam('cp-no-audit-for-operator-errors', 'audit.complete', cpNoAuditForOperatorErrors, described(cpNoAuditForOperatorErrorsInfo, false), 'red4-'),
  redTeam('kernel-index-builds-logged-separately', 'kernel.atomic', kernelIndexBuildsLoggedSeparately, described(kernelIndexBuildsLoggedSeparatelyInfo, true), 'red4-'),
];
