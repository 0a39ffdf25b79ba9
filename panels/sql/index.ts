import {
  definePanel,
  type ParamsOf,
  type PlotData,
  type QueryContext,
} from '../../src/panel/contract';
import { chooseAutoChart } from '../../src/plot/auto-chart';
import { buildAutoPlot } from '../../src/plot/render';

const params = {
  sql: {
    type: 'text',
    default:
      'SELECT crowd, count(*) AS consumers FROM consumers GROUP BY crowd ORDER BY consumers DESC',
    maxLength: 100_000,
    language: 'sql',
    label: { zh: 'SQL', en: 'SQL' },
    affectsQuery: true,
  },
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type SqlParams = ParamsOf<typeof params>;

/** The cell's SQL without trailing semicolons, as one subquery (one statement, a SELECT). */
export function buildSqlCellQuery(p: SqlParams, ctx: Pick<QueryContext, 'userSql'>): string {
  return `SELECT * FROM (\n${ctx.userSql(p.sql.replace(/[\s;]+$/, ''))}\n) AS cell`;
}

/** The automatic chart for whatever the SQL returns. */
export function buildSqlCellPlot(data: PlotData) {
  const chart = chooseAutoChart({ rows: data.rows.length, columns: data.columns });
  return chart ? buildAutoPlot(chart, data.rows, data.width, data.locale) : null;
}

export const panel = definePanel({
  id: 'sql',
  version: 1,
  title: { zh: 'SQL 单元', en: 'SQL cell' },
  description: {
    zh: '自己写 SQL（一条 SELECT），结果自动出图。全局筛选不作用于此面板。',
    en: 'Your own SQL (one SELECT); the result is charted automatically. Lab-wide filters do not apply here.',
  },
  params,
  buildQuery: (p, ctx) => buildSqlCellQuery(p, ctx),
  buildPlot: (_p, data) => buildSqlCellPlot(data),
  expectedColumns: () => [],
  examples: [
    { name: { zh: '各人群消费者数', en: 'Consumers per crowd' }, params: {} },
    {
      name: { zh: '月度 GMV', en: 'Monthly GMV' },
      params: {
        sql: "SELECT date_trunc('month', dt)::DATE AS month, sum(pay_amount) AS gmv FROM orders WHERE status <> 'unpaid' GROUP BY 1 ORDER BY 1;",
      },
    },
  ],
});
