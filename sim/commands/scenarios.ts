// `aerosim scenarios list | validate FILE…`

import { builtinScenarioNames, InputError, loadScenario, loadScenarioFile } from '../scenario-file.ts';
import { EXIT, type Io } from './common.ts';

export function commandScenariosList(io: Io): number {
  for (const name of builtinScenarioNames()) {
    const scenario = loadScenario(name);
    io.out(`${name.padEnd(28)} ${scenario.clauses.join(',').padEnd(16)} ${scenario.description}`);
  }
  io.out('');
  io.out('Any of them made smaller: <name>@N, at most ⌈N/4⌉ operators with at most N intents each (e.g. mixed@4); a hunt (sweep --max-failures) runs sizes 4 and 8 first.');
  return EXIT.pass;
}

export function commandScenariosValidate(io: Io, files: readonly string[]): number {
  let bad = 0;
  for (const file of files) {
    try {
      loadScenarioFile(file);
      io.out(`${file}: ok`);
    } catch (error) {
      if (!(error instanceof InputError)) throw error;
      bad++;
      io.err(error.message);
    }
  }
  return bad > 0 ? EXIT.usage : EXIT.pass;
}
