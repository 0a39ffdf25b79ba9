/**
 * Planted launch signals (ground_truth.json) found by the compass and the mind map, on the sandbox,
 * or on another preset with `PLANTED_DATA=<folder> npx vitest run test/unit/toolkits/planted.test.ts`
 * (`npm run planted` generates the standard preset and runs this file on it).
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { getPanel, TOOLKITS } from '../../../src/panel/registry';
import { computeCompass } from '../../../toolkits/compass/model';
import type { NodeEngine } from '../../support/node-engine';
import { plotData } from '../../support/panels';
import { loadSandbox, readJson, SANDBOX_DIR } from '../../support/sandbox';
import { runAlert, runToolkitPanel, toolkitSql } from '../../support/toolkits';

const DIR = process.env.PLANTED_DATA ?? SANDBOX_DIR;

interface Truth {
  preset: string;
  cross_category_pairs: { a: string; b: string }[];
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
});
