// The eighth red team's mutants: written by a helper session that read only the spec, src/,
// the README's --sut seam and the scenario files — never sim/ — after red team 7's rules
// had landed, to attack clause 9 and 6.2 again. Of its 19, six survived 200 seeds of 15
// scenarios and 600 more of the most relevant one: answers whose words state another
// outcome than their own ("request not executed" on an unknown, "ignored" on an executed
// request), duplicates answered under another cause's label (a confirm copy told
// "challenge expired", a submit copy given the kernel-timeout answer), and a second answer
// to one ask (the kernel's DUPLICATE of a network copy passed on). audit.complete and
// exec.at-most-once now hold all six (sim/invariants/README.md, clauses 9 and 6.2); the
// other thirteen, caught by the oracles of the time, are in mutants/red-team-8/ as --sut
// modules (README.md there has the table).

import type { SystemUnderTest } from '../src/ports.ts';
import type { Mutant } from './kit.ts';
import { redTeam } from './red-team.ts';

import cpTimeoutTextSaysNotExecuted from './red-team-8/cp-timeout-text-says-not-executed.ts';
import cpExpiredTextSaysDiscarded from './red-team-8/cp-expired-text-says-discarded.ts';
import cpDuplicateAnswerSaysIgnored from './red-team-8/cp-duplicate-answer-says-ignored.ts';
import cpDuplicateConfirmAnsweredExpired from './red-team-8/cp-duplicate-confirm-answered-expired.ts';
import cpDuplicateSubmitAnswersUnknown from './red-team-8/cp-duplicate-submit-answers-unknown.ts';
import cpAnswersEveryReply from './red-team-8/cp-answers-every-reply.ts';

/** The team's own words, from each file's header. All misbehave only on a failure path. */
const red8 = (name: string, targets: string, sut: SystemUnderTest, clause: string, description: string) =>
  redTeam(name, targets, sut, { clause, description, failurePathOnly: true }, 'red8-');

export const RED_TEAM_8: readonly Mutant[] = [
  red8('cp-timeout-text-says-not-executed', 'audit.complete', cpTimeoutTextSaysNotExecuted, '9', 'The kernel-timeout answer keeps outcome unknown but its text reads "the kernel did not respond — request not executed", a guess stated as fact. Shows when: the kernel does not answer a dispatch or a query within the kernel timeout.'),
  red8('cp-expired-text-says-discarded', 'audit.complete', cpExpiredTextSaysDiscarded, '9', 'The stale-confirm answer reads "challenge expired — request discarded, not executed; reissue it" while its outcome stays unknown: the text asserts an outcome the control plane cannot know. Shows when: a confirm arrives for a token this incarnation did not issue.'),
  red8('cp-duplicate-answer-says-ignored', 'audit.complete', cpDuplicateAnswerSaysIgnored, '9', 'The answer built from a kernel DUPLICATE carries the text "duplicate request — ignored", false when the first decision executed it. Shows when: the kernel answers a dispatch with DUPLICATE.'),
  red8('cp-duplicate-confirm-answered-expired', 'audit.complete', cpDuplicateConfirmAnsweredExpired, '6.2', 'A duplicate confirm of a dispatched request is audited as a duplicate but answered with the challenge-expired answer, so a client still waiting shows "challenge expired — outcome unknown" while the dispatch is in flight. Shows when: a confirm is duplicated and its copy arrives while the client waits.'),
  red8('cp-duplicate-submit-answers-unknown', 'audit.complete', cpDuplicateSubmitAnswersUnknown, '6.2', 'A duplicate submit is answered with outcome unknown and the kernel-timeout explanation, though no timeout happened. Shows when: a submit is duplicated and its copy arrives while the client waits for the decision.'),
  red8('cp-answers-every-reply', 'exec.at-most-once', cpAnswersEveryReply, '6.2', 'answer() reads the waiting clients without removing them, so every kernel reply (the decision, then a DUPLICATE for a network copy) sends the same client another answer. Shows when: the kernel replies more than once about a request.'),
];
