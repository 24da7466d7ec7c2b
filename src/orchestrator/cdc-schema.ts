/**
 * What a changed relation message means for a CDC table: columns added, dropped, renamed, types widened
 * safely, or changed in a way silver cannot follow. Pure, so every rule is unit-tested.
 *
 * Postgres' relation message carries no column numbers, so a rename is recognised as one column whose
 * name changed at the same position with the same type, while every other column stayed.
 */
export interface ColumnDef {
  name: string;
  typeOid: number;
  typeMod: number;
}

export type SchemaChange =
  | { kind: 'add'; column: string }
  | { kind: 'drop'; column: string }
  | { kind: 'rename'; from: string; to: string }
  | { kind: 'widen'; column: string }
  | { kind: 'incompatible'; column: string; reason: string };

const INT2 = 21;
const INT4 = 23;
const INT8 = 20;
const FLOAT4 = 700;
const FLOAT8 = 701;
const NUMERIC = 1700;
const TEXT = 25;
const VARCHAR = 1043;
const BPCHAR = 1042;

const INTEGER_RANK: Record<number, number> = { [INT2]: 1, [INT4]: 2, [INT8]: 3 };

function numericShape(typeMod: number): { precision: number; scale: number } | undefined {
  if (typeMod < 4) return undefined;
  return { precision: ((typeMod - 4) >> 16) & 0xffff, scale: (typeMod - 4) & 0xffff };
}

/** True when every value of `before` is exactly representable in `after`. */
export function widensSafely(before: ColumnDef, after: ColumnDef): boolean {
  if (before.typeOid === after.typeOid) {
    if (before.typeOid === NUMERIC) {
      const a = numericShape(before.typeMod);
      const b = numericShape(after.typeMod);
      if (!b) return true; // unconstrained numeric holds anything
      if (!a) return false;
      return b.scale >= a.scale && b.precision - b.scale >= a.precision - a.scale;
    }
    if (before.typeOid === VARCHAR || before.typeOid === BPCHAR) return after.typeMod < 0 || (before.typeMod >= 0 && after.typeMod >= before.typeMod);
    return true;
  }
  if (INTEGER_RANK[before.typeOid] && INTEGER_RANK[after.typeOid]) return INTEGER_RANK[after.typeOid] > INTEGER_RANK[before.typeOid];
  if (INTEGER_RANK[before.typeOid] && after.typeOid === NUMERIC) {
    const b = numericShape(after.typeMod);
    return !b || b.precision - b.scale >= [0, 5, 10, 19][INTEGER_RANK[before.typeOid]];
  }
  if (before.typeOid === FLOAT4 && after.typeOid === FLOAT8) return true;
  if ((before.typeOid === VARCHAR || before.typeOid === BPCHAR) && after.typeOid === TEXT) return true;
  if (before.typeOid === BPCHAR && after.typeOid === VARCHAR) return after.typeMod < 0 || after.typeMod >= before.typeMod;
  return false;
}

export function diffColumns(before: ColumnDef[], after: ColumnDef[]): SchemaChange[] {
  const beforeNames = new Set(before.map((c) => c.name));
  const afterNames = new Set(after.map((c) => c.name));
  const changes: SchemaChange[] = [];
  /** new name → old name */
  const renamedTo = new Map<string, string>();
  if (before.length === after.length) {
    const moved = before.map((c, i) => ({ from: c, to: after[i] })).filter(({ from, to }) => from.name !== to.name);
    const [only] = moved;
    if (moved.length === 1 && !afterNames.has(only.from.name) && !beforeNames.has(only.to.name) && only.from.typeOid === only.to.typeOid) {
      changes.push({ kind: 'rename', from: only.from.name, to: only.to.name });
      renamedTo.set(only.to.name, only.from.name);
    }
  }
  for (const column of after) {
    const old = before.find((c) => c.name === (renamedTo.get(column.name) ?? column.name));
    if (!old) changes.push({ kind: 'add', column: column.name });
    else if (old.typeOid !== column.typeOid || old.typeMod !== column.typeMod) {
      changes.push(
        widensSafely(old, column)
          ? { kind: 'widen', column: column.name }
          : { kind: 'incompatible', column: column.name, reason: `type changed from oid ${old.typeOid}(${old.typeMod}) to oid ${column.typeOid}(${column.typeMod}), which can lose or change values` },
      );
    }
  }
  const renamedFrom = new Set(renamedTo.values());
  for (const column of before) {
    if (!afterNames.has(column.name) && !renamedFrom.has(column.name)) changes.push({ kind: 'drop', column: column.name });
  }
  return changes;
}
