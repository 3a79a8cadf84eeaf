// The catalogue of mutants: deliberately broken systems, each built to break one invariant.
// `aerosim mutants` runs them all and fails if any survives; `--mutant NAME` runs one.

import type { Mutant } from './kit.ts';
import { clientNeverAsks, clientPersistsIntents, clientResendsOnTimeout } from './client.ts';
import {
  cpAcceptsStaleConfirm,
  cpAutoCorrectsInvalid,
  cpCleansUpAbandoned,
  cpDispatchWithoutConfirm,
  cpDuplicateAsRejection,
  cpGuessesOnTimeout,
  cpModuleTokenCounter,
  cpNotExecutedOnStaleConfirm,
  cpReplaysAfterRestart,
  cpRetriesDispatch,
  cpRewordsRejection,
  cpRollsBackOnTimeout,
  cpSkipsAudit,
} from './control-plane.ts';
import {
  clientConfirmsAfterRestart,
  cpEmptyObserve,
  cpHidesRejection,
  cpPiggybacksOrphans,
  cpQueriesOnTimeout,
  cpReconcilesAtRestart,
  cpRejectsEverything,
  cpStaleObserve,
  cpUnauditedTimeouts,
  cpUnexplainedInvalid,
} from './oracle-gaps.ts';
import { RED_TEAM } from './red-team.ts';
import { RED_TEAM_2 } from './red-team-2.ts';
import { RED_TEAM_3 } from './red-team-3.ts';
import { RED_TEAM_4 } from './red-team-4.ts';
import { RED_TEAM_5 } from './red-team-5.ts';
import { RED_TEAM_6 } from './red-team-6.ts';
import { RED_TEAM_7 } from './red-team-7.ts';
import { RED_TEAM_8 } from './red-team-8.ts';
import { RED_TEAMS_9_TO_16 } from './red-team-9.ts';
import { kernelAckBeforeSync, kernelNoDuplicateCheck, kernelNonAtomic, kernelObserveUnsynced, kernelUnfencedQuery } from './kernel.ts';

export type { Mutant } from './kit.ts';

export const MUTANTS: readonly Mutant[] = [
  clientPersistsIntents,
  cpDispatchWithoutConfirm,
  cpGuessesOnTimeout,
  cpNotExecutedOnStaleConfirm,
  kernelAckBeforeSync,
  kernelUnfencedQuery,
  cpReplaysAfterRestart,
  cpAcceptsStaleConfirm,
  clientResendsOnTimeout,
  cpRetriesDispatch,
  kernelNoDuplicateCheck,
  cpDuplicateAsRejection,
  cpRewordsRejection,
  kernelNonAtomic,
  kernelObserveUnsynced,
  cpAutoCorrectsInvalid,
  cpCleansUpAbandoned,
  cpSkipsAudit,
  cpRollsBackOnTimeout,
  cpModuleTokenCounter,
  clientNeverAsks,
  // the gaps of issue 8: each passed every run before the oracles read causality
  clientConfirmsAfterRestart,
  cpPiggybacksOrphans,
  cpQueriesOnTimeout,
  cpReconcilesAtRestart,
  cpHidesRejection,
  cpUnauditedTimeouts,
  cpUnexplainedInvalid,
  cpStaleObserve,
  cpEmptyObserve,
  cpRejectsEverything,
  // written from the spec and src/ alone, by engineers who never read sim/
  ...RED_TEAM,
  // a second, held-out red team, written after the oracles were fixed against the first
  ...RED_TEAM_2,
  ...RED_TEAM_3,
  ...RED_TEAM_4,
  ...RED_TEAM_5,
  ...RED_TEAM_6,
  ...RED_TEAM_7,
  ...RED_TEAM_8,
  ...RED_TEAMS_9_TO_16,
];

export function mutantNamed(name: string): Mutant | undefined {
  return MUTANTS.find((mutant) => mutant.name === name);
}
