// The ninth and tenth red teams' survivors. Both teams read only the spec, src/, the README's
// --sut seam and the scenario files — never sim/ (their READMEs in mutants/red-team-9/ and
// mutants/red-team-10/ have the tables). Red team 9 (15 mutants, aimed away from clause 9):
// two survived, both a client that keeps in-flight state across its crash and shows its
// successor's operator the answer to a question the successor never asked (spec 10, 4.3).
// Red team 10 (25 client and kernel mutants): three survived, each a challenge display
// showing something other than the operation submitted — a rename reversed, long names cut
// with an ellipsis, another request's operation — while every message stayed right (4.2, 1).
// Red team 11 (26 mutants, aimed at less-trodden paths): eight survived. Four were client
// timers that showed "no response" after an answer, a challenge or an abandon, or before
// the latest question had waited its timeout: outcome.from-kernel now counts questions and
// answers shown. Four edited a message or record in place after it crossed a port, which
// rewrote the harness's evidence too: the world now seals what crosses a port (sim/seal.ts),
// and such an edit ends the run as a sut-error — not an invariant, so those four stay as
// --sut modules in mutants/red-team-11/.
// Red team 12 (16 mutants and 9 correct alternatives): four mutants survived, each lying
// only in the words shown (an unknown saying "nothing was changed", a FENCE "still
// pending", a rejection claiming a reset): audit.complete now judges what a text claims,
// not which words it uses. Four correct systems were refused; two of those refusals were
// the oracles' fault and were fixed (test/alternative-systems.test.ts runs them).
// Red team 13 (12 mutants and 3 correct alternatives, aimed at control-plane restarts,
// combined faults and determinism): one survived, a control plane that journalled submits
// and, restarted, challenged each unconfirmed one from its start handler, so a request
// whose control plane crashed before forwarding it executed (5.1, 10): cp.no-replay now
// holds every challenge to a submit delivered to the incarnation that sends it. All three
// correct systems were refused; two refusals were the oracles' fault and were fixed.
// Red team 14 (14 mutants and 10 correct alternatives, aimed at the kernel, abandon and
// observe): one survived, a client that kept an operator's abandon to itself, so that no
// abandonment was ever logged (8.2, 9): confirm.required now holds a client to pass on the
// confirm or abandon its operator typed for a challenge it showed. Two correct group-commit
// kernels were refused by kernel.atomic, which now accepts a state reply of any prefix of
// the log from what was synced when the read arrived.
// Red team 15 (19 mutants, 12 correct systems): no mutant survived, but new valid submits
// that a control plane silently dropped (taken for re-issues of the same operation, or
// shed under load) were caught only when another operator happened to ask about them:
// invalid.rejected now holds every new submit to be challenged or rejected in its handler.
// Four correct systems were refused; two refusals were the oracles' (a rule description
// read as "too long"; reads under the control plane's own ids) and were fixed; two ignore
// their configured timeouts and stay refused. Red team 16 (21 mutants, 4 correct systems,
// aimed at mix-ups under concurrency): three survived, each a text taken from another
// request's rejection (a control plane's and a client's stale text field, a kernel keeping
// one text per rejection code): audit.complete now refuses a text carrying another
// request's rejection, and a kernel rejection that names nothing of its request.
// outcome.from-kernel, observe.consistent, confirm.required, audit.complete,
// invalid.rejected and cp.no-replay now hold the nineteen catalogued here (red team 15's
// cp-sheds-valid-submits-under-load stays a --sut module: its first repro shrinks to 4 faults,
// one more than the catalogue allows; test/folder-mutants.test.ts keeps it caught) (sim/invariants/README.md); the others were caught by the
// oracles of the time.

import type { SystemUnderTest } from '../src/ports.ts';
import type { Mutant } from './kit.ts';
import { redTeam } from './red-team.ts';

import clientAnswersSurviveRestart from './red-team-9/client-answers-survive-restart.ts';
import clientObservedSurvivesRestart from './red-team-9/client-observed-survives-restart.ts';
import clientChallengeRenameReversed from './red-team-10/client-challenge-rename-reversed.ts';
import clientChallengeEllipsizesLongNames from './red-team-10/client-challenge-ellipsizes-long-names.ts';
import clientChallengeShowsLatestOperation from './red-team-10/client-challenge-shows-latest-operation.ts';
import clientTimerOutlivesAnswer from './red-team-11/client-timer-outlives-answer.ts';
import clientChallengeTimerNotStopped from './red-team-11/client-challenge-timer-not-stopped.ts';
import clientAbandonLeavesTimer from './red-team-11/client-abandon-leaves-timer.ts';
import clientAskKeepsOldTimer from './red-team-11/client-ask-keeps-old-timer.ts';
import clientSilenceSaysNothingChanged from './red-team-12/client-silence-says-nothing-changed.ts';
import cpTimeoutTextSaysNotApplied from './red-team-12/cp-timeout-text-says-not-applied.ts';
import cpInvalidConfigSaysReset from './red-team-12/cp-invalid-config-says-reset.ts';
import cpFenceTextSaysPending from './red-team-12/cp-fence-text-says-pending.ts';
import cpRestartRechallengesFromIntentLog from './red-team-13/cp-restart-rechallenges-from-intent-log.ts';
import clientAbandonLocalOnly from './red-team-14/client-abandon-local-only.ts';
import cpDedupsValidByOperation from './red-team-15/cp-dedups-valid-by-operation.ts';
import cpAnswerTextFromLastRejection from './red-team-16/cp-answer-text-from-last-rejection.ts';
import clientTextFromPreviousAnswer from './red-team-16/client-text-from-previous-answer.ts';
import kernelRejectionTextReusedPerCode from './red-team-16/kernel-rejection-text-reused-per-code.ts';

const red = (prefix: string, name: string, targets: string, sut: SystemUnderTest, clause: string, failurePathOnly: boolean, description: string) =>
  redTeam(name, targets, sut, { clause, description, failurePathOnly }, prefix);

export const RED_TEAMS_9_TO_16: readonly Mutant[] = [
  red('red9-', 'client-answers-survive-restart', 'outcome.from-kernel', clientAnswersSurviveRestart, '10, 4.3', true, 'The client keeps the requests awaiting an answer in a registry that outlives its incarnation, so after a crash and restart it shows the answer meant for its previous incarnation, which the operator never asked for again. Shows when: a client crashes after confirming and the answer arrives after its restart.'),
  red('red9-', 'client-observed-survives-restart', 'observe.consistent', clientObservedSurvivesRestart, '10', true, 'The client keeps the ids of the observes it sent in a registry that outlives its incarnation, so after a restart it shows the state answering an observe its previous incarnation sent. Shows when: a client crashes with an observe in flight.'),
  red('red10-', 'client-challenge-rename-reversed', 'confirm.required', clientChallengeRenameReversed, '4.2, 1', false, 'The challenge shown for a rename has its names the wrong way round: the operator confirms a rename from B to A and the kernel renames A to B. Shows when: a rename is challenged.'),
  red('red10-', 'client-challenge-ellipsizes-long-names', 'confirm.required', clientChallengeEllipsizesLongNames, '4.2, 8.1', false, 'The challenge shown cuts every name longer than 24 characters to 23 and an ellipsis: the operator confirms a name it never saw whole. Shows when: a valid name of 25–32 characters is submitted.'),
  red('red10-', 'client-challenge-shows-latest-operation', 'confirm.required', clientChallengeShowsLatestOperation, '4.2, 1', false, 'The client keeps one pending operation, set at each submit, and shows it in every challenge: with two mutations in flight, the older request is shown as the newer one. Shows when: an operator submits again before the first challenge arrives.'),
  red('red11-', 'client-timer-outlives-answer', 'outcome.from-kernel', clientTimerOutlivesAnswer, '1, 2', false, 'An answer deletes the request without stopping its response timer, which later shows "no response — outcome unknown" for a request whose outcome was already shown. Shows when: any answer arrives before the response timeout.'),
  red('red11-', 'client-challenge-timer-not-stopped', 'outcome.from-kernel', clientChallengeTimerNotStopped, '2, 1', false, 'The submit\'s timer is not stopped by the challenge: it shows "unknown" while the challenge stays open, and the operator may still confirm a request it was told had ended. Shows when: an operator takes longer than the response timeout to confirm.'),
  red('red11-', 'client-abandon-leaves-timer', 'outcome.from-kernel', clientAbandonLeavesTimer, '8.2, 1', false, 'An abandon arms a response timer that later shows "no response — outcome unknown" for a request the operator abandoned. Shows when: an operator abandons.'),
  red('red11-', 'client-ask-keeps-old-timer', 'outcome.from-kernel', clientAskKeepsOldTimer, '4.3, 2', false, 'Asking for an outcome does not cancel the request\'s earlier timer, which shows "no response" before the new question has waited its timeout; the kernel\'s answer then goes unshown. Shows when: an operator asks about a request whose earlier question is still timing.'),
  red('red12-', 'client-silence-says-nothing-changed', 'audit.complete', clientSilenceSaysNothingChanged, '1, 4.3', true, 'On a response timeout the client shows "unknown" with the text "no response — nothing was changed, submit it again": a claim about the outcome it does not know. Shows when: the control plane does not answer in time.'),
  red('red12-', 'cp-timeout-text-says-not-applied', 'audit.complete', cpTimeoutTextSaysNotApplied, '7.2, 5.2', true, 'The kernel-timeout answer stays "unknown" but says "the change has not been applied — please re-issue it". Shows when: the kernel does not answer in time.'),
  red('red12-', 'cp-invalid-config-says-reset', 'audit.complete', cpInvalidConfigSaysReset, '8.1, 1', false, 'A set-config with a bad value is rejected, but the explanation adds that the key "was reset to its default": a change that did not happen. Shows when: a set-config value is invalid.'),
  red('red12-', 'cp-fence-text-says-pending', 'audit.complete', cpFenceTextSaysPending, '1, 4.3', true, 'A FENCE is told "not executed yet — still pending at the kernel, check again later", though a fence makes non-execution final. Shows when: an outcome query fences a request.'),
  red('red13-', 'cp-restart-rechallenges-from-intent-log', 'cp.no-replay', cpRestartRechallengesFromIntentLog, '5.1, 10', true, 'The control plane journals each submit, synced, before challenging it; restarted, it challenges every journalled submit not yet confirmed or abandoned from its start handler, so a request whose control plane crashed before forwarding it is confirmed and executes. Shows when: the control plane crashes between a submit and its challenge, or before the confirm.'),
  red('red14-', 'client-abandon-local-only', 'confirm.required', clientAbandonLocalOnly, '8.2, 9', false, 'The client handles an operator\'s abandon locally: it forgets the challenge and sends the control plane nothing. Nothing executes, but the abandonment, an operator-induced failure, is never logged. Shows when: an operator abandons a challenge.'),
  red('red15-', 'cp-dedups-valid-by-operation', 'invalid.rejected', cpDedupsValidByOperation, '6.2, 2, 9', false, 'The control plane takes a new valid submit whose operation equals an earlier one of the same client for a duplicate: it audits it as one and neither challenges nor answers it. Shows when: an operator re-issues the same operation under a new request id.'),
  red('red16-', 'cp-answer-text-from-last-rejection', 'audit.complete', cpAnswerTextFromLastRejection, '1, 7.1, 9', false, 'The control plane keeps one text field, refilled only by rejections: an executed answer carries another request\'s rejection text ("collection "events" does not exist" for a create that executed). Shows when: a rejection is followed by any other answer.'),
  red('red16-', 'client-text-from-previous-answer', 'audit.complete', clientTextFromPreviousAnswer, '1, 7.1, 9', false, 'The client refills the text it shows only on rejections: an executed outcome is shown with the previous request\'s rejection text. Shows when: a client shows a rejection and then another outcome.'),
  red('red16-', 'kernel-rejection-text-reused-per-code', 'audit.complete', kernelRejectionTextReusedPerCode, '7.1, 9', false, 'The kernel keeps one rejection text per code: a rename of "sessions" is rejected as "collection "events" does not exist", logged and passed on verbatim, explaining another request. Shows when: two requests are rejected with the same code.'),
];
