#!/usr/bin/env node
// The `aerosim` command. Loads the harness as built to JavaScript by `npm ci` when that
// build is up to date, else through tsx (which cannot be loaded by a static import or a
// shebang flag outside this folder on Node 20; see TOOLCHAIN.md): sim/entry.mjs decides.
import { load } from '../sim/entry.mjs';

// A reader that stops early (`aerosim run … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

const { main } = await load('sim/cli.ts');
process.exitCode = await main(process.argv.slice(2));
