// The ninth and tenth red teams' survivors. Both teams read only the spec, src/, the README's
// --sut seam and the scenario files — never sim/ (their READMEs in mutants/red-team-9/ and
// mutants/red-team-10/ have the tables). Red team 9 (15 mutants, aimed away from clause 9):
// two survived, both a client that keeps in-flight state across its crash and shows its
// successor's operator the answer to a question the successor never asked (spec 10, 4.3).
// Red team 10 (25 client and kernel mutants): three survived, each a challenge display
// showing something other than the operation submitted — a rename reversed, long names cut
// with an ellipsis, another request's operation — while every message stayed right (4.2, 1).
// outcome.from-kernel, observe.consistent and confirm.required now hold all five
// (sim/invariants/README.md); the others were caught by the oracles of the time.

import type { SystemUnderTest } from '../src/ports.ts';
import type { Mutant } from './kit.ts';
import { redTeam } from './red-team.ts';

import clientAnswersSurviveRestart from './red-team-9/client-answers-survive-restart.ts';
import clientObservedSurvivesRestart from './red-team-9/client-observed-survives-restart.ts';
import clientChallengeRenameReversed from './red-team-10/client-challenge-rename-reversed.ts';
import clientChallengeEllipsizesLongNames from './red-team-10/client-challenge-ellipsizes-long-names.ts';
import clientChallengeShowsLatestOperation from './red-team-10/client-challenge-shows-latest-operation.ts';

const red = (prefix: string, name: string, targets: string, sut: SystemUnderTest, clause: string, failurePathOnly: boolean, description: string) =>
  redTeam(name, targets, sut, { clause, description, failurePathOnly }, prefix);

export const RED_TEAMS_9_10: readonly Mutant[] = [
  red('red9-', 'client-answers-survive-restart', 'outcome.from-kernel', clientAnswersSurviveRestart, '10, 4.3', true, 'The client keeps the requests awaiting an answer in a registry that outlives its incarnation, so after a crash and restart it shows the answer meant for its previous incarnation, which the operator never asked for again. Shows when: a client crashes after confirming and the answer arrives after its restart.'),
  red('red9-', 'client-observed-survives-restart', 'observe.consistent', clientObservedSurvivesRestart, '10', true, 'The client keeps the ids of the observes it sent in a registry that outlives its incarnation, so after a restart it shows the state answering an observe its previous incarnation sent. Shows when: a client crashes with an observe in flight.'),
  red('red10-', 'client-challenge-rename-reversed', 'confirm.required', clientChallengeRenameReversed, '4.2, 1', false, 'The challenge shown for a rename has its names the wrong way round: the operator confirms a rename from B to A and the kernel renames A to B. Shows when: a rename is challenged.'),
  red('red10-', 'client-challenge-ellipsizes-long-names', 'confirm.required', clientChallengeEllipsizesLongNames, '4.2, 8.1', false, 'The challenge shown cuts every name longer than 24 characters to 23 and an ellipsis: the operator confirms a name it never saw whole. Shows when: a valid name of 25–32 characters is submitted.'),
  red('red10-', 'client-challenge-shows-latest-operation', 'confirm.required', clientChallengeShowsLatestOperation, '4.2, 1', false, 'The client keeps one pending operation, set at each submit, and shows it in every challenge: with two mutations in flight, the older request is shown as the newer one. Shows when: an operator submits again before the first challenge arrives.'),
];
