/**
 * What the sink's reads of lake's own state share (toast.ts, copies.ts): a change's key as Postgres sent
 * it, and retries for reads that race with silver commits and bronze compaction.
 */
import type { CdcRow } from '../../changes/index.ts';

const ATTEMPTS = 3;

/** The row's primary-key values as Postgres text, or undefined when one is missing or not text (NULL, unchanged TOAST). */
export function keyTextsOf(row: CdcRow, primaryKey: string[]): string[] | undefined {
  if (!row.values || primaryKey.length === 0) return undefined;
  const texts = primaryKey.map((k) => {
    const i = row.shape.columns.findIndex((c) => c.name === k);
    return i >= 0 ? row.values![i] : undefined;
  });
  return texts.every((t): t is string => typeof t === 'string') ? texts : undefined;
}

/** Silver commits and compaction delete files a read may have listed: the read is tried again on a fresh listing, a few times. */
export async function withRetries<T>(work: () => Promise<T>): Promise<T> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await work();
    } catch (error) {
      if (attempt >= ATTEMPTS) throw error;
      await new Promise((r) => setTimeout(r, 50 * attempt));
    }
  }
}
