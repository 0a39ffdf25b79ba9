/**
 * What a query will cost, before it runs: DuckDB's plan (the engine's `explain` option: EXPLAIN of
 * the one gated SELECT, which runs nothing) gives an
 * estimated row count per operator; a cross product, which DuckDB leaves unestimated, is the
 * product of its inputs. The largest count is what the query must push through (or hold, for a
 * join): above the threshold the lab asks before running. Pure.
 */

export interface CostEstimate {
  /** The largest estimated row count of any operator. */
  rows: number;
  /** The operator it is at (e.g. CROSS_PRODUCT). */
  operator: string;
  /** Bytes, were those rows held in memory (8 bytes a value, one value at least a row). */
  bytes: number;
}

/** Above this many rows at one operator, a query in the browser runs minutes or runs out of memory. */
export const COSTLY_ROWS = 5e8;

interface PlanNode {
  name?: string;
  children?: PlanNode[];
  extra_info?: Record<string, unknown>;
}

/** The estimate of a plan as EXPLAIN (FORMAT JSON) returns it (its `explain_value`). */
export function estimateFromPlan(planJson: string): CostEstimate | null {
  let roots: PlanNode[];
  try {
    const parsed = JSON.parse(planJson) as unknown;
    roots = Array.isArray(parsed) ? (parsed as PlanNode[]) : [parsed as PlanNode];
  } catch {
    return null;
  }
  let worst = { rows: 0, operator: '', width: 1 };
  const visit = (node: PlanNode): number => {
    const children = (node.children ?? []).map(visit);
    const name = (node.name ?? '').trim();
    const stated = Number(node.extra_info?.['Estimated Cardinality']);
    const rows = Number.isFinite(stated)
      ? stated
      : name === 'CROSS_PRODUCT' || name === 'NESTED_LOOP_JOIN' || name === 'BLOCKWISE_NL_JOIN'
        ? children.reduce((a, b) => a * Math.max(1, b), 1)
        : Math.max(0, ...children);
    if (rows > worst.rows) {
      const projections = node.extra_info?.Projections;
      const width = Array.isArray(projections) ? Math.max(1, projections.length) : 1;
      worst = { rows, operator: name, width };
    }
    return rows;
  };
  roots.forEach(visit);
  if (!worst.operator) return null;
  return { rows: worst.rows, operator: worst.operator, bytes: worst.rows * worst.width * 8 };
}

export const isCostly = (estimate: CostEstimate | null): estimate is CostEstimate =>
  estimate !== null &&
  estimate.rows > (estimate.operator === SCAN ? COSTLY_SCAN_ROWS : COSTLY_ROWS);

/** A toolkit panel's estimate: the rows of the tables it reads (its SQL is the lab's own). */
export const SCAN = 'SCAN';

/** A toolkit reading more rows than this (a provider's years of events) asks first. */
export const COSTLY_SCAN_ROWS = 2e8;

export function scanEstimate(tables: readonly { rows: number; columns: number }[]): CostEstimate {
  return {
    rows: tables.reduce((sum, t) => sum + t.rows, 0),
    operator: SCAN,
    bytes: tables.reduce((sum, t) => sum + t.rows * Math.max(1, t.columns) * 8, 0),
  };
}
