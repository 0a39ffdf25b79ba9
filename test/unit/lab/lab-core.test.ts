/**
 * The lab's core without a screen: a toolkit section's inputs are parsed once per change and every
 * panel and alert reads that value; a toolkit panel follows its own toolkit; alerts are evaluated
 * in Node; a model is computed once per result.
 */
import fs from 'node:fs';
import path from 'node:path';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { buildAlertChecks, checkLabAlerts, formatAlert } from '../../../src/lab/alerts';
import { buildPanelView } from '../../../src/lab/panel-view';
import { parseAllToolkitInputs } from '../../../src/lab/toolkit-inputs';
import * as params from '../../../src/panel/params';
import { computeModel } from '../../../src/query/compute';
import { createQueryService } from '../../../src/query/service';
import { parseLabState } from '../../../src/state/lab-state';
import { decodeLabFragment } from '../../../src/state/link';
import { createNodeEngine, queryEngineOf, type NodeEngine } from '../../support/node-engine';
import { readSchema } from '../../support/panels';
import { toolkitFixtureSql } from '../../support/toolkit-fixture';

vi.mock('../../../src/panel/params', async (original) => {
  const actual = await original<typeof import('../../../src/panel/params')>();
  return { ...actual, parseParams: vi.fn(actual.parseParams) };
});

let engine: NodeEngine;
let schema: params.Schema;
beforeAll(async () => {
  engine = await createNodeEngine();
  await engine.core.exec(toolkitFixtureSql());
  schema = {
    ...(await readSchema(engine)),
    brands: [
      { id: 1, name: '甲' },
      { id: 2, name: '乙' },
      { id: 3, name: '丙' },
      { id: 4, name: '丁' },
    ],
  };
});

const sixToolkits = async () => {
  const file = path.resolve(import.meta.dirname, '../../golden/links/v1-six-toolkits.txt');
  const [fragment] = fs.readFileSync(file, 'utf8').split('\n');
  return (await decodeLabFragment(fragment as string)).state;
};

describe('toolkit sections', () => {
  it('parse their inputs once per change: every panel and alert reads that one value', async () => {
    const lab = await sixToolkits();
    const parse = vi.mocked(params.parseParams);
    parse.mockClear();
    const inputs = parseAllToolkitInputs(lab.sections, schema);
    const views = lab.panels.map((p) =>
      buildPanelView(p, p.section ? inputs.get(p.section) : undefined, schema, lab.filters),
    );
    buildAlertChecks(inputs, schema, lab.filters);
    // Six sections, plus the one panel of the link that sets an input of its own (growth.trend).
    expect(lab.panels.filter((p) => Object.keys(p.params).length)).toHaveLength(1);
    expect(parse).toHaveBeenCalledTimes(6 + 1);
    expect(views.every((v) => v !== null)).toBe(true);
    const trend = views[lab.panels.findIndex((p) => p.panel === 'growth.trend')];
    expect(trend?.overrides).toEqual(['trendDays']);
    expect(trend?.params.trendDays).toBe(90);
  });

  it('a toolkit panel moved into another toolkit’s section still shows its own toolkit’s brand', () => {
    const { state } = parseLabState({
      version: 1,
      sections: [
        { id: 'g', toolkit: { id: 'growth', inputs: { brand: 4 } } },
        { id: 'a', toolkit: { id: 'aipl', inputs: { brand: 2 } } },
      ],
      panels: [{ key: 'k', panel: 'growth.kpis', section: 'a' }],
    });
    const inputs = parseAllToolkitInputs(state.sections, schema);
    const [panel] = state.panels;
    const view = buildPanelView(panel!, inputs.get(panel!.section!), schema, state.filters);
    expect(view?.params.brand).toBe(4);
    expect(view?.sql).toContain('brand_id = 4');
    // Read through another toolkit's inputs, it has no view at all (never a silent other brand).
    expect(buildPanelView(panel!, inputs.get('a'), schema, state.filters)).toBeNull();
  });

  it('a library panel placed in a toolkit section keeps its own parameters', () => {
    const { state } = parseLabState({
      version: 1,
      sections: [{ id: 'g', toolkit: { id: 'growth', inputs: { brand: 4, windowDays: 7 } } }],
      panels: [{ key: 'k', panel: 'kpi', section: 'g', params: {} }],
    });
    const inputs = parseAllToolkitInputs(state.sections, schema);
    const view = buildPanelView(state.panels[0]!, inputs.get('g'), schema, state.filters);
    expect(view?.overrides).toEqual([]);
    expect(view?.params).not.toHaveProperty('windowDays');
    expect(view?.params).not.toHaveProperty('brand');
  });

  it('an unknown brand is an error of the section, and no panel runs on a silent default', () => {
    const { state } = parseLabState({
      version: 1,
      sections: [{ id: 'g', toolkit: { id: 'growth', inputs: { brand: 99 } } }],
      panels: [{ key: 'k', panel: 'growth.kpis', section: 'g' }],
    });
    const inputs = parseAllToolkitInputs(state.sections, schema);
    expect(inputs.get('g')?.parsed).toMatchObject({
      ok: false,
      errors: [{ param: 'brand', code: 'unknown-brand', value: '99' }],
    });
    const view = buildPanelView(state.panels[0]!, inputs.get('g'), schema, state.filters);
    expect(view?.sql).toBeNull();
    expect(view?.inputErrors.map((e) => e.code)).toEqual(['unknown-brand']);
    expect(buildAlertChecks(inputs, schema, state.filters)).toEqual([]);
  });
});

describe('alerts without a screen', () => {
  it('are evaluated in Node over the query service, naming brand, value, threshold and panel', async () => {
    const { state } = parseLabState({
      version: 1,
      sections: [{ id: 'f', toolkit: { id: 'fast', inputs: { brand: 1 } } }],
    });
    const outcomes = await checkLabAlerts(
      state,
      schema,
      createQueryService(queryEngineOf(engine), () => 1),
    );
    expect(outcomes.map((o) => o.check.id)).toEqual(['f:f-below-p25', 'f:deepening-below-p25']);
    const [outcome] = outcomes;
    if (!outcome || !('fired' in outcome)) throw new Error(JSON.stringify(outcome));
    expect(outcome.check).toMatchObject({ toolkit: 'fast', brand: { id: 1, name: '甲' } });
    expect(outcome.check.panel).toBe('fast.cards');
    expect(typeof outcome.fired).toBe('boolean');
    expect(typeof outcome.threshold).toBe('number');
    expect(formatAlert(outcome, 'zh-CN')).toMatch(/^甲：/);
  });
});

describe('compute stage', () => {
  it('computes a model once per result and parameters, however often the panel redraws', async () => {
    let runs = 0;
    const definition = {
      id: 'demo',
      compute: (_p: unknown, data: { rows: unknown[] }) => ({ n: data.rows.length, run: ++runs }),
    };
    const result = {};
    const data = () => ({ rows: [1, 2, 3].map((v) => ({ v })), columns: [] });
    // Three resizes: the frame asks again with the same result and parameters.
    const models = await Promise.all(
      [320, 640, 960].map(() => computeModel(definition, { k: 1 }, result, data)),
    );
    expect(models).toEqual([
      { n: 3, run: 1 },
      { n: 3, run: 1 },
      { n: 3, run: 1 },
    ]);
    await computeModel(definition, { k: 2 }, result, data);
    await computeModel(definition, { k: 1 }, {}, data);
    expect(runs).toBe(3);
  });

  it('runs a heavy model through the off-thread runner when the lab gives one', async () => {
    const sent: string[] = [];
    const definition = { id: 'heavy', heavy: true, compute: () => 'here' };
    const model = await computeModel(
      definition,
      {},
      {},
      () => ({ rows: [], columns: [] }),
      async (id) => {
        sent.push(id);
        return 'there';
      },
    );
    expect([model, sent]).toEqual(['there', ['heavy']]);
  });
});
