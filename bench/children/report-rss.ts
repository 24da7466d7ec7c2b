/**
 * Imported by every child script: prints the process's peak RSS on exit, for machines without GNU time
 * (bench/lib/measure.ts reads it from stderr). ru_maxrss is in KiB on Linux.
 */
process.on('exit', () => {
  process.stderr.write(`bench:maxrss_kb=${process.resourceUsage().maxRSS}\n`);
});
