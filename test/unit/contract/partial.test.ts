/**
 * A toolkit on partial data (an export without the behaviour events): each panel runs when what
 * its own query reads is there, and the others list what they still need; nothing is a raw SQL
 * error. Growth and GROW read no events and open whole.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { buildPanelView } from '../../../src/lab/panel-view';
import { parseToolkitInputs } from '../../../src/lab/toolkit-inputs';
import { NO_FILTERS } from '../../../src/panel/filters';
import type { Schema } from '../../../src/panel/params';
import { TOOLKITS } from '../../../src/panel/registry';
import type { NodeEngine } from '../../support/node-engine';
import { readSchema } from '../../support/panels';
import { loadSandbox } from '../../support/sandbox';
import { runToolkitPanel } from '../../support/toolkits';

let engine: NodeEngine;
let schema: Schema;

beforeAll(async () => {
  engine = await loadSandbox();
  await engine.core.exec('DROP TABLE events');
  schema = await readSchema(engine);
}, 60_000);

/** Per panel of a toolkit's first example: what it still needs (empty: it runs). */
function needsOf(id: string): Record<string, string[]> {
  const toolkit = TOOLKITS.get(id)!;
  const section = {
    id: 's',
    title: '',
    toolkit: { id, version: toolkit.version, inputs: toolkit.examples[0]!.inputs },
  };
  const inputs = parseToolkitInputs(section, schema)!;
  return Object.fromEntries(
    toolkit.panels.map(({ panel }) => {
      const view = buildPanelView({ panel: panel.id, params: {} }, inputs, schema, NO_FILTERS)!;
      return [panel.id, view.missing];
    }),
  );
}

describe('toolkits on an export without events', () => {
  it('growth and GROW open whole', () => {
    for (const id of ['growth', 'grow']) expect(Object.values(needsOf(id)).flat(), id).toEqual([]);
  });

  it('every other toolkit runs the panels that read no events and lists events on the rest', async () => {
    const runs: string[] = [];
    const waits: string[] = [];
    for (const toolkit of TOOLKITS.values()) {
      if (toolkit.id === 'growth' || toolkit.id === 'grow') continue;
      for (const [panel, needs] of Object.entries(needsOf(toolkit.id))) {
        if (needs.length) {
          expect(needs, panel).toEqual(['events']);
          waits.push(panel);
          continue;
        }
        // A panel shown on partial data computes (no raw SQL error).
        const definition = toolkit.panels.find((p) => p.panel.id === panel)!.panel;
        await runToolkitPanel(engine, definition, toolkit.examples[0]!.inputs);
        runs.push(panel);
      }
    }
    expect(runs.length).toBeGreaterThan(0);
    expect(waits).toContain('aipl.stages');
    expect(runs).toContain('crosscat.rules');
  }, 120_000);
});
