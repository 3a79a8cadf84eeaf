#!/usr/bin/env node
// The `aerosim` command. tsx does not type-check and, on Node 20, cannot be loaded by a
// static import or a shebang flag outside this folder: register it here, then import the
// TypeScript entry (see TOOLCHAIN.md, "The aerosim bin under tsx").
import { register } from 'tsx/esm/api';

// A reader that stops early (`aerosim run … | head`) is not an error.
process.stdout.on('error', (error) => {
  if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
  throw error;
});

register();
const { main } = await import('../sim/cli.ts');
process.exitCode = await main(process.argv.slice(2));
