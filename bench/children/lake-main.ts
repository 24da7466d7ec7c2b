/**
 * `lake` as bin/lake.js runs it, plus the peak-RSS report. Used only where GNU time is missing;
 * otherwise the bench runs `node bin/lake.js` itself.
 */
import './report-rss.ts';
import { main } from '../../src/cli/index.ts';

await main(['node', 'lake', ...process.argv.slice(2)]);
