// The sixth red team's mutants: written by a helper session that read only the spec, src/,
// the README's --sut seam and the scenario files — never sim/ — aimed at the rules that red
// team 5 made the oracles adopt (a validation explanation must quote the bad value as given)
// and at partial execution in the kernel (scenario index-limits). Of its 11, two survived:
// an explanation that quotes the right value but gives a false reason ("at most 32
// characters" for a short name) or blames the wrong part of the request (an index field
// called a collection name). invalid.rejected now also requires the text to say which part
// of the request the quoted value is (or which rule it breaks), and refuses "too long" for
// a name that is not. The six validation mutants are caught at invalid-request seeds 1–8;
// the five kernel mutants (caught at index-limits seed 1) are in mutants/red-team-6/ as
// --sut modules.

import type { Mutant } from './kit.ts';
import { described, redTeam } from './red-team.ts';

import cpWrongRule, { info as cpWrongRuleInfo } from './red-team-6/cp-wrong-rule.ts';
import cpWrongField, { info as cpWrongFieldInfo } from './red-team-6/cp-wrong-field.ts';
import cpCaseFolded, { info as cpCaseFoldedInfo } from './red-team-6/cp-case-folded.ts';
import cpUrlEscaped, { info as cpUrlEscapedInfo } from './red-team-6/cp-url-escaped.ts';
import cpCachedExplanation, { info as cpCachedExplanationInfo } from './red-team-6/cp-cached-explanation.ts';
import cpDupWrongField, { info as cpDupWrongFieldInfo } from './red-team-6/cp-dup-wrong-field.ts';

export const RED_TEAM_6: readonly Mutant[] = [
  redTeam('cp-wrong-rule', 'invalid.rejected', cpWrongRule, described(cpWrongRuleInfo, false), 'red6-'),
  redTeam('cp-wrong-field', 'invalid.rejected', cpWrongField, described(cpWrongFieldInfo, false), 'red6-'),
  redTeam('cp-case-folded', 'invalid.rejected', cpCaseFolded, described(cpCaseFoldedInfo, false), 'red6-'),
  redTeam('cp-url-escaped', 'invalid.rejected', cpUrlEscaped, described(cpUrlEscapedInfo, false), 'red6-'),
  redTeam('cp-cached-explanation', 'invalid.rejected', cpCachedExplanation, described(cpCachedExplanationInfo, false), 'red6-'),
  redTeam('cp-dup-wrong-field', 'invalid.rejected', cpDupWrongField, described(cpDupWrongFieldInfo, false), 'red6-'),
];
