/**
 * Writes the bundled synthetic TLC samples (samples/README.md): CSV into samples/tlc-heads/ beside the
 * real file heads, Parquet into samples/tlc-parquet/. Deterministic: running it again writes the same rows.
 *
 *   node --import tsx samples/generate.ts
 */
import path from 'node:path';
import { writeSamples } from '../src/testing/tlc-eras.ts';

const here = import.meta.dirname;
const written = await writeSamples(path.join(here, 'tlc-heads'), path.join(here, 'tlc-parquet'));
for (const file of written) console.log(path.relative(process.cwd(), file));
