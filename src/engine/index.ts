/**
 * The engine floor: DuckDB behind one connection type that speaks LakeErrors (duckdb.ts), and the
 * partition-build skeleton every layer's builds share (build.ts). The lake's views for `lake query` live
 * in views.ts, loaded by that command alone.
 */
export * from './duckdb.ts';
export { runBuild, type BuildContext, type BuildSpec, type PartitionBuild, type Publication } from './build.ts';
