/**
 * Planted launch signals (ground_truth.json) found by the compass, the mind map and the goods grades, on the sandbox,
 * or on another preset with `PLANTED_DATA=<folder> npx vitest run test/unit/toolkits/planted.test.ts`
 * (`npm run planted` generates the standard preset and runs this file on it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getPanel, TOOLKITS } from '../../../src/panel/registry';
import { computeCompass } from '../../../toolkits/compass/model';
import { computeBacktestCard } from '../../../toolkits/ratecard/card';
import { fitMarkov, readHistories } from '../../../toolkits/ratecard/model';
import type { NodeEngine } from '../../support/node-engine';
import { plotData } from '../../support/panels';
import { loadSandbox, readJson, SANDBOX_DIR } from '../../support/sandbox';
import { runAlert, runToolkitPanel, toolkitSql } from '../../support/toolkits';
import { toRecords } from '../../../src/engine/records';

const DIR = process.env.PLANTED_DATA ?? SANDBOX_DIR;

interface Truth {
  preset: string;
  calendar: { day0: string };
  content_affinity: { factors: Record<string, Record<string, number>> };
  aipl_markov: {
    tolerance: number;
    brands: { brand_id: number; Q: Record<'A' | 'I', Record<'none' | 'A' | 'I', number>> }[];
  };
  cross_category_pairs: { a: string; b: string }[];
  service_provider_uplift: { sp_id: number; uplift: number }[];
  brands: { rising: { brand_id: number }; eroding: { brand_id: number } };
  hits: {
    eligible_launches: number;
    product_ids: number[];
    early_signals: { auc_ceiling_day7: number; auc_ceiling_day14: number };
  };
}

const truth = readJson<Truth>('ground_truth.json', DIR);
let engine: NodeEngine;
beforeAll(async () => {
  engine = await loadSandbox(undefined, DIR);
}, 600_000);

describe(`planted signals of launches and categories (${truth.preset})`, () => {
  it('the compass model ranks held-out hits above chance, and not above what the KPIs reveal', async () => {
    const panel = getPanel('compass.model')!;
    const data = await plotData(
      engine,
      await toolkitSql(engine, panel, { brand: truth.brands.rising.brand_id }),
    );
    const model = computeCompass(data);
    // It learns from every labelled launch, enough of them to trust.
    expect(model.tooFew).toBe(false);
    for (const m of model.models) {
      const ceiling = truth.hits.early_signals[`auc_ceiling_day${m.day}`];
      console.info(
        `${truth.preset} day ${m.day}: AUC ${m.auc.toFixed(3)} [${m.interval.low.toFixed(3)}, ${m.interval.high.toFixed(3)}] from ${m.launches} launches, ${m.hits} hits; planted ceiling ${ceiling}`,
      );
      expect(m.launches).toBeGreaterThanOrEqual(150);
      expect(m.hits).toBeGreaterThanOrEqual(10);
      expect(m.converged).toBe(true);
      expect(m.interval.low).toBeGreaterThan(0.5);
      // The ceiling scores noiseless signals: with many hits a fit of noisy counts may touch it,
      // not clear it (with the sandbox's 14 it scatters ±0.1 around it: not asserted there).
      if (m.hits >= 50) expect(m.auc).toBeLessThan(ceiling + 0.03);
    }
  }, 300_000);

  it('the rising brand launches more and its innovation pillar is above the category median', async () => {
    const rows = await runToolkitPanel(engine, getPanel('mindmap.trend')!, {
      brand: truth.brands.rising.brand_id,
    });
    const innovation = rows.filter((r) => r.pillar === 'innovation');
    expect(innovation.length).toBeGreaterThan(0);
    for (const r of innovation) expect(Number(r.score)).toBeGreaterThan(Number(r.median));
  }, 300_000);

  it('for every brand selling a planted pair’s category, that pair tops its rules, in its direction', async () => {
    const sells = await engine.rows(
      `SELECT DISTINCT o.brand_id, c.name FROM orders o JOIN order_items oi USING (order_id)
       JOIN categories c ON c.category_id = oi.category_id ORDER BY 1, 2`,
    );
    const brands = [...new Set(sells.map((r) => Number(r.brand_id)))];
    const reported = new Set<string>();
    let concerned = 0;
    for (const brand of brands) {
      const own = new Set(
        sells.filter((r) => Number(r.brand_id) === brand).map((r) => String(r.name)),
      );
      const pairs = truth.cross_category_pairs.filter((p) => own.has(p.a) || own.has(p.b));
      if (!pairs.length) continue;
      concerned++;
      const rules = await runToolkitPanel(engine, getPanel('crosscat.rules')!, { brand });
      const name = (r: (typeof rules)[number]) => `${String(r.name_a)}→${String(r.name_b)}`;
      // The brand's strongest rule is a planted pair, A → B, well above its reverse.
      expect(
        pairs.map((p) => `${p.a}→${p.b}`),
        `brand ${brand}`,
      ).toContain(name(rules[0]!));
      for (const p of pairs) {
        const forward = rules.findIndex((r) => name(r) === `${p.a}→${p.b}`);
        const back = rules.findIndex((r) => name(r) === `${p.b}→${p.a}`);
        expect(forward, `brand ${brand} ${p.a}→${p.b}`).toBeGreaterThanOrEqual(0);
        expect(back === -1 || forward < back, `brand ${brand}: ${p.a}→${p.b} first`).toBe(true);
        const r = rules[forward]!;
        expect(Number(r.seq_lift)).toBeGreaterThan(1.5 * Number(r.seq_lift_back));
        if (!reported.has(p.a)) {
          reported.add(p.a);
          console.info(
            `${truth.preset} ${p.a}→${p.b}: lift ${Number(r.lift).toFixed(2)}, sequential ${Number(r.seq_lift).toFixed(2)} vs ${Number(r.seq_lift_back).toFixed(2)} back`,
          );
        }
      }
    }
    expect(concerned).toBeGreaterThanOrEqual(3);
  }, 600_000);

  it('the eroding brand raises its mind-map alert', async () => {
    const mindmap = TOOLKITS.get('mindmap')!;
    const low = mindmap.alerts.find((a) => a.id === 'below-p25')!;
    const fired = await runAlert(engine, mindmap.panels[0]!.panel, low as never, {
      brand: truth.brands.eroding.brand_id,
    });
    expect(fired.fired).toBe(true);
  }, 300_000);

  it('the Markov matrix of every brand, estimated from the month-end packs, is the planted one', async () => {
    const panel = getPanel('ratecard.forecast')!;
    let worst = 0;
    for (const planted of truth.aipl_markov.brands) {
      const rows = await runToolkitPanel(engine, panel, { brand: planted.brand_id });
      const h = readHistories(rows).histories.get(planted.brand_id)!;
      const fit = fitMarkov(
        h,
        h.months.filter((m) => h.flows.has(m)),
      );
      // A and I rows over {none, A, I}: the moves of those who do not buy next month.
      (['A', 'I'] as const).forEach((stage, i) => {
        const row = fit.P[i + 1]!.slice(0, 3);
        const total = row.reduce((a, b) => a + b, 0);
        (['none', 'A', 'I'] as const).forEach((to, j) => {
          const gap = Math.abs(row[j]! / total - planted.Q[stage][to]);
          worst = Math.max(worst, gap);
          expect(gap, `brand ${planted.brand_id} ${stage}→${to}`).toBeLessThan(
            truth.aipl_markov.tolerance,
          );
        });
      });
      // The pull of next month's buyers: one I consumer is worth more than one A consumer.
      const headsI = h.heads.get(Math.max(...h.months))![2]!;
      if (headsI >= 30) expect(fit.gmvPerHead[2]!).toBeGreaterThan(fit.gmvPerHead[1]!);
    }
    console.info(
      `${truth.preset}: largest |estimated − planted| over ${truth.aipl_markov.brands.length} brands' A and I rows: ${worst.toFixed(4)} (tolerance ${truth.aipl_markov.tolerance})`,
    );
  }, 600_000);

  it('the eroding brand’s A pool shrinks past the warning line; the rising brand’s does not', async () => {
    const ratecard = TOOLKITS.get('ratecard')!;
    const pool = ratecard.alerts.find((a) => a.id === 'pool-drop')!;
    const run = (brand: number) =>
      runAlert(engine, ratecard.panels[0]!.panel, pool as never, { brand });
    expect(await run(truth.brands.eroding.brand_id)).toMatchObject({ fired: true, detail: 'A' });
    expect((await run(truth.brands.rising.brand_id)).fired).toBe(false);
  }, 300_000);

  it('backtests every brand of every industry at 1, 3, 6 and 12 months beside the naive baselines', async () => {
    const panel = getPanel('ratecard.backtest')!;
    const brands = new Set(truth.aipl_markov.brands.map((b) => b.brand_id));
    const errors = new Map<string, number[]>();
    const seen = new Set<number>();
    for (const brand of brands) {
      if (seen.has(brand)) continue;
      const data = await plotData(engine, await toolkitSql(engine, panel, { brand }));
      for (const r of computeBacktestCard({ brand, seasonal: true }, data).rows) {
        seen.add(r.brand);
        if (r.mape === null) continue;
        const key = `${r.horizon}|${r.method}`;
        (errors.get(key) ?? errors.set(key, []).get(key)!).push(r.mape);
      }
    }
    expect(seen.size).toBe(brands.size);
    const median = (v: number[]) => [...v].sort((a, b) => a - b)[Math.floor(v.length / 2)]!;
    const lines = [...errors.entries()].map(([key, v]) => {
      const [h, method] = key.split('|');
      const sorted = [...v].sort((a, b) => a - b);
      return `${h} mo ${method}: median MAPE ${median(v).toFixed(1)}% (P10 ${sorted[Math.floor(v.length * 0.1)]!.toFixed(1)}, P90 ${sorted[Math.floor(v.length * 0.9)]!.toFixed(1)}, ${v.length} brands)`;
    });
    console.info(`${truth.preset} backtest:\n${lines.join('\n')}`);
    for (const h of [1, 3, 6]) expect(errors.get(`${h}|markov`)?.length).toBe(brands.size);
    // Twelve months ahead needs six months of flows and twelve more observed: brands launched
    // in the data period have fewer.
    const late = toRecords(
      await engine.table('SELECT count(*) AS n FROM brands WHERE first_sale_day > 0'),
    )[0]!.n as number;
    expect(errors.get('12|markov')?.length).toBeGreaterThanOrEqual(brands.size - late);
  }, 900_000);

  it('each crowd interacts more with the content types it was planted to prefer, in every industry', async () => {
    const panel = getPanel('content.matrix')!;
    const brands = toRecords(
      await engine.table('SELECT industry, min(brand_id) AS brand_id FROM brands GROUP BY ALL'),
    );
    let checked = 0;
    const ratios: string[] = [];
    for (const { brand_id } of brands) {
      const rows = await runToolkitPanel(engine, panel, {
        brand: brand_id,
        scope: 'industry',
        days: 180,
      });
      // Per reached consumer, a crowd interacts with its planted type more than the crowds with no
      // tilt on that type do. (TGI, the share among all crowds, also moves with how many other
      // crowds favour the type: 小镇青年's livestream tilt sits below the average on standard.)
      const factor = (crowd: unknown, type: string) =>
        truth.content_affinity.factors[String(crowd)]?.[type] ?? 1;
      for (const [crowd, types] of Object.entries(truth.content_affinity.factors))
        for (const [type, planted] of Object.entries(types)) {
          const cell = rows.find((r) => r.crowd === crowd && r.content_type === type);
          if (!cell || planted < 1.4 || Number(cell.interactions) < 30) continue;
          const plain = rows.filter((r) => r.content_type === type && factor(r.crowd, type) === 1);
          const sum = (list: typeof rows, k: string) => list.reduce((s, r) => s + Number(r[k]), 0);
          const baseline = sum(plain, 'interactions') / sum(plain, 'reach');
          const ratio = Number(cell.interactions) / Number(cell.reach) / baseline;
          ratios.push(`${crowd}×${type} ${ratio.toFixed(2)} (planted ${planted})`);
          expect(ratio, `${crowd} × ${type} (industry of brand ${brand_id})`).toBeGreaterThan(1.15);
          checked++;
        }
    }
    console.info(
      `${truth.preset}: ${checked} planted crowd × content-type tilts checked: ${ratios.join(', ')}`,
    );
    expect(checked).toBeGreaterThanOrEqual(3);
  }, 600_000);

  it('every planted hit grades A or B in its launch window (its first 90 days)', async () => {
    const panel = getPanel('goods.quadrant')!;
    const launches = toRecords(
      await engine.table(
        `SELECT product_id, brand_id, launch_day FROM products WHERE product_id IN (${truth.hits.product_ids.join(', ')})`,
      ),
    );
    expect(launches).toHaveLength(truth.hits.product_ids.length);
    const day0 = Date.parse(`${truth.calendar.day0}T00:00:00Z`);
    const grades: string[] = [];
    // Contrast: the brand's other launches of the same window, graded alongside.
    const others: string[] = [];
    const hits = new Set(truth.hits.product_ids);
    for (const { product_id, brand_id, launch_day } of launches) {
      const end = new Date(day0 + (Number(launch_day) + 89) * 86_400_000)
        .toISOString()
        .slice(0, 10);
      const rows = await runToolkitPanel(engine, panel, { brand: brand_id, asOf: end, days: 90 });
      const grade = rows.find((r) => r.product_id === product_id)?.grade;
      grades.push(`#${String(product_id)} ${String(grade)}`);
      for (const r of rows)
        if (
          !hits.has(Number(r.product_id)) &&
          Math.abs(Number(r.launch_day) - Number(launch_day)) < 30
        )
          others.push(String(r.grade));
      expect(['A', 'B'], `hit #${String(product_id)} of brand ${String(brand_id)}`).toContain(
        grade,
      );
    }
    const share = (g: string) => others.filter((x) => x === g).length / others.length;
    console.info(
      `${truth.preset}: planted hits graded ${grades.join(', ')}; ${others.length} other launches of the same windows: A ${share('A').toFixed(2)}, B ${share('B').toFixed(2)}`,
    );
    // The grades tell hits apart: most launches of the same weeks are not core SKUs.
    expect(share('A')).toBeLessThan(0.5);
  }, 600_000);

  it('each provider’s planted engagement uplift orders its content interaction and lifts its score', async () => {
    const panel = getPanel('provider.leaderboard')!;
    const rows = await runToolkitPanel(engine, panel, { provider: 1, days: 60 });
    const uplift = new Map(truth.service_provider_uplift.map((s) => [s.sp_id, s.uplift]));
    const sps = rows
      .filter((r) => Number(r.reach) >= 200)
      .map((r) => ({
        sp: Number(r.sp_id),
        uplift: uplift.get(Number(r.sp_id))!,
        rate: Number(r.interaction_rate),
        score: Number(r.score),
        mgi: Number(r.mgi),
      }));
    console.info(
      `${truth.preset}: providers ${sps.map((s) => `#${s.sp} uplift ${s.uplift} interaction ${(100 * s.rate).toFixed(1)}% MGI ${s.mgi.toFixed(0)} score ${s.score.toFixed(0)}`).join('; ')}`,
    );
    expect(sps.length).toBe(truth.service_provider_uplift.length);
    // Interaction follows the uplift wherever two providers' uplifts differ by 0.1 or more.
    for (const a of sps)
      for (const b of sps)
        if (a.uplift >= b.uplift + 0.1)
          expect(a.rate, `#${a.sp} over #${b.sp}`).toBeGreaterThan(b.rate);
    // The score carries it: the most-lifted provider outscores the least-lifted one.
    const byUplift = [...sps].sort((a, b) => b.uplift - a.uplift);
    expect(byUplift[0]!.score).toBeGreaterThan(byUplift.at(-1)!.score);
  }, 600_000);
});
