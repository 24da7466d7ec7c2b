/** The command line's face: bin/lake.js (and the benches' child process) run `main`. */
export { main } from './main.ts';
