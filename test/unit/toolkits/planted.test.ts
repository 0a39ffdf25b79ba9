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

  it('the planted cross-category pairs top the rules, in their direction', async () => {
    const rules = await runToolkitPanel(engine, getPanel('crosscat.rules')!, {
      brand: truth.brands.rising.brand_id,
    });
    const planted = truth.cross_category_pairs.map((p) => `${p.a}→${p.b}`);
    // Sorted by sequential lift: the planted directions come first, each well above its reverse.
    expect(
      rules
        .slice(0, planted.length)
        .map((r) => `${String(r.name_a)}→${String(r.name_b)}`)
        .sort(),
    ).toEqual([...planted].sort());
    for (const r of rules.slice(0, planted.length)) {
      console.info(
        `${truth.preset} ${String(r.name_a)}→${String(r.name_b)}: lift ${Number(r.lift).toFixed(2)}, sequential ${Number(r.seq_lift).toFixed(2)} vs ${Number(r.seq_lift_back).toFixed(2)} back`,
      );
      expect(Number(r.seq_lift)).toBeGreaterThan(1.5 * Number(r.seq_lift_back));
    }
  }, 300_000);

  it('the eroding brand raises its mind-map alert', async () => {
    const mindmap = TOOLKITS.get('mindmap')!;
    const low = mindmap.alerts.find((a) => a.id === 'below-p25')!;
    const fired = await runAlert(engine, mindmap.panels[0]!.panel, low as never, {
      brand: truth.brands.eroding.brand_id,
    });
    expect(fired.fired).toBe(true);
  }, 300_000);
});
