/**
 * The lab state: one versioned, serializable description of a lab (what a link or a `.lab.json`
 * carries and what is saved). Decoding is migrate → validate and never throws: anything invalid is
 * dropped with a notice saying what, so a damaged link opens as an empty or partial lab.
 */
import {
  MAX_COLUMN_FILTERS,
  NO_FILTERS,
  type ColumnFilter,
  type LabFilters,
} from '../panel/filters';
import { getToolkit } from '../panel/registry';
import { getPanel as panelById, toolkitOfPanel } from '../panel/registry';
import { LAB_STATE_VERSION, migrateLabState } from './migrate';
import { parseMapping, type DataMapping } from '../contract/mapping';

export { LAB_STATE_VERSION };
export const MAX_PANELS = 200;

export type PanelWidth = 1 | 2 | 3 | 'full';

export interface PanelState {
  key: string;
  panel: string;
  /** The panel definition's version its parameters were saved by (migrated on decode). */
  version: number;
  params: Record<string, unknown>;
  width: PanelWidth;
  section: string | null;
  /** The user's own title and subtitle (empty: the panel's name and what it measures). */
  title?: string;
  subtitle?: string;
}

export const MAX_PANEL_TITLE = 120;
export const MAX_PANEL_SUBTITLE = 300;

/** Where a table comes from: bundled by name, a URL, or a local file known by its fingerprint. */
export type DatasetRef =
  | { table: string; kind: 'bundled'; file: string }
  | { table: string; kind: 'url'; url: string }
  | {
      table: string;
      kind: 'local';
      name: string;
      /** The workbook's sheet the table was loaded from (an Excel file). */
      sheet?: string;
      fingerprint: { columns: string[]; rows: number; hash: string };
    };

/** A group of panels; a toolkit opened in the lab is a section carrying the toolkit's inputs. */
export interface SectionState {
  id: string;
  title: string;
  /** `version`: the toolkit's version its inputs were saved by (migrated on decode). */
  toolkit: { id: string; version: number; inputs: Record<string, unknown> } | null;
}

export interface LabState {
  version: typeof LAB_STATE_VERSION;
  title: string;
  description: string;
  datasets: DatasetRef[];
  filters: LabFilters;
  sections: SectionState[];
  panels: PanelState[];
  /** How the user's own tables map onto the data contract (absent: the lab reads its tables as named). */
  mapping?: DataMapping;
}

export interface Notice {
  code: string;
  detail?: Record<string, string | number>;
}

export function emptyLabState(): LabState {
  return {
    version: LAB_STATE_VERSION,
    title: '',
    description: '',
    datasets: [],
    filters: { ...NO_FILTERS },
    sections: [],
    panels: [],
  };
}

type Raw = Record<string, unknown>;
const isObject = (v: unknown): v is Raw => typeof v === 'object' && v !== null && !Array.isArray(v);
const text = (v: unknown, max: number) => (typeof v === 'string' ? v.slice(0, max) : '');
const finiteOrNull = (v: unknown) => (typeof v === 'number' && Number.isFinite(v) ? v : null);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** A plain copy with only own, JSON-ish values (drops `__proto__` tricks, functions, cycles). */
function plain(value: unknown, depth = 0): unknown {
  if (depth > 8) return undefined;
  if (value === null || typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : undefined;
  // Bounded anyway by the 1 MB inflated-size cap of links; the panel cap below reports real counts.
  if (Array.isArray(value)) return value.slice(0, 10_000).map((v) => plain(v, depth + 1));
  if (!isObject(value)) return undefined;
  const out: Raw = {};
  for (const key of Object.keys(value)) {
    if (key === '__proto__' || key === 'constructor' || key === 'prototype') continue;
    const v = plain(value[key], depth + 1);
    if (v !== undefined) out[key] = v;
  }
  return out;
}

function parseFilters(raw: unknown, notices: Notice[]): LabFilters {
  if (raw === undefined) return { ...NO_FILTERS };
  if (!isObject(raw)) {
    notices.push({ code: 'state.filters-dropped' });
    return { ...NO_FILTERS };
  }
  const date = (v: unknown) => (typeof v === 'string' && ISO_DATE.test(v) ? v : null);
  return {
    brand: finiteOrNull(raw.brand),
    competitors: Array.isArray(raw.competitors)
      ? raw.competitors
          .filter((c): c is number => typeof c === 'number' && Number.isFinite(c))
          .slice(0, 50)
      : [],
    dateFrom: date(raw.dateFrom),
    dateTo: date(raw.dateTo),
    crowd: typeof raw.crowd === 'string' ? raw.crowd.slice(0, 50) : null,
    category: finiteOrNull(raw.category),
    columns: (Array.isArray(raw.columns) ? raw.columns : [])
      .slice(0, MAX_COLUMN_FILTERS)
      .flatMap((c): ColumnFilter[] => {
        if (!isObject(c) || typeof c.column !== 'string' || c.column === '') return [];
        const bound = (v: unknown) => (typeof v === 'string' && v !== '' ? v.slice(0, 40) : null);
        const values = Array.isArray(c.values)
          ? c.values.filter((v): v is string => typeof v === 'string').slice(0, 500)
          : [];
        const filter: ColumnFilter = { column: c.column.slice(0, 200) };
        if (values.length) filter.values = values.map((v) => v.slice(0, 200));
        if (bound(c.from)) filter.from = bound(c.from);
        if (bound(c.to)) filter.to = bound(c.to);
        if (typeof c.source === 'string' && /^[\w-]{1,40}$/.test(c.source))
          filter.source = c.source;
        return filter.values || filter.from || filter.to ? [filter] : [];
      }),
  };
}

function parseDataset(raw: unknown): DatasetRef | null {
  if (!isObject(raw) || typeof raw.table !== 'string' || raw.table === '') return null;
  const table = raw.table.slice(0, 63);
  if (raw.kind === 'bundled' && typeof raw.file === 'string')
    return { table, kind: 'bundled', file: raw.file.slice(0, 200) };
  if (raw.kind === 'url' && typeof raw.url === 'string' && /^https?:\/\//.test(raw.url))
    return { table, kind: 'url', url: raw.url.slice(0, 2000) };
  if (raw.kind === 'local' && typeof raw.name === 'string' && isObject(raw.fingerprint)) {
    const f = raw.fingerprint;
    if (!Array.isArray(f.columns) || typeof f.rows !== 'number' || typeof f.hash !== 'string')
      return null;
    return {
      table,
      kind: 'local',
      name: raw.name.slice(0, 200),
      ...(typeof raw.sheet === 'string' ? { sheet: raw.sheet.slice(0, 200) } : {}),
      fingerprint: {
        columns: f.columns.filter((c): c is string => typeof c === 'string').slice(0, 500),
        rows: f.rows,
        hash: f.hash.slice(0, 128),
      },
    };
  }
  return null;
}

/**
 * A panel's parameters or a toolkit's inputs as saved by `saved` version (1 when a state predates
 * stored versions), brought to the unit's current version by its `migrate`. A newer version than
 * this lab knows is kept as it is, with a notice.
 */
export function upgradeUnit(
  unit: {
    id: string;
    version: number;
    migrate?(values: Raw, fromVersion: number): Raw;
  },
  saved: unknown,
  values: Raw,
  kind: 'panel' | 'toolkit',
  notices: Notice[],
): Raw {
  const from = typeof saved === 'number' && Number.isInteger(saved) && saved >= 1 ? saved : 1;
  if (from > unit.version) {
    notices.push({ code: `state.${kind}-newer`, detail: { [kind]: unit.id, version: from } });
    return values;
  }
  if (from === unit.version || !unit.migrate) return values;
  try {
    return unit.migrate(values, from);
  } catch {
    notices.push({ code: `state.${kind}-not-migrated`, detail: { [kind]: unit.id } });
    return {};
  }
}

function parsePanel(raw: unknown, index: number, notices: Notice[]): PanelState | null {
  if (!isObject(raw) || typeof raw.panel !== 'string') {
    notices.push({ code: 'state.panel-dropped', detail: { index: index + 1 } });
    return null;
  }
  const definition = panelById(raw.panel);
  if (!definition) {
    notices.push({ code: 'state.panel-unknown', detail: { panel: raw.panel.slice(0, 40) } });
    return null;
  }
  // Parameters are kept raw (the panel checks them against the data when it runs), migrated from
  // the version they were saved by; only the panel's own parameter names survive.
  const saved = isObject(raw.params) ? (plain(raw.params) as Raw) : {};
  const given = upgradeUnit(definition, raw.version, saved, 'panel', notices);
  const params: Raw = {};
  for (const key of Object.keys(definition.params)) if (key in given) params[key] = given[key];
  const width: PanelWidth =
    raw.width === 1 || raw.width === 2 || raw.width === 3 || raw.width === 'full' ? raw.width : 1;
  return {
    key: typeof raw.key === 'string' && /^[\w-]{1,40}$/.test(raw.key) ? raw.key : `p${index}`,
    panel: definition.id,
    version: definition.version,
    params,
    width,
    section: typeof raw.section === 'string' ? raw.section.slice(0, 40) : null,
    ...(text(raw.title, MAX_PANEL_TITLE).trim() ? { title: text(raw.title, MAX_PANEL_TITLE) } : {}),
    ...(text(raw.subtitle, MAX_PANEL_SUBTITLE).trim()
      ? { subtitle: text(raw.subtitle, MAX_PANEL_SUBTITLE) }
      : {}),
  };
}

function parseSectionToolkit(raw: unknown, notices: Notice[]): SectionState['toolkit'] {
  if (!isObject(raw) || typeof raw.id !== 'string') return null;
  const toolkit = getToolkit(raw.id);
  if (!toolkit) {
    notices.push({ code: 'state.toolkit-unknown', detail: { toolkit: raw.id.slice(0, 40) } });
    return null;
  }
  // Inputs stay raw (parsed when the section runs), migrated from the version they were saved by;
  // only the toolkit's own input names survive.
  const saved = isObject(raw.inputs) ? (raw.inputs as Raw) : {};
  const given = upgradeUnit(toolkit, raw.version, saved, 'toolkit', notices);
  const inputs: Raw = {};
  for (const key of Object.keys(toolkit.inputs)) if (key in given) inputs[key] = given[key];
  return { id: toolkit.id, version: toolkit.version, inputs };
}

/** Untrusted value (a link, a file, storage) → a valid lab state plus notices. Never throws. */
export function parseLabState(input: unknown): { state: LabState; notices: Notice[] } {
  const notices: Notice[] = [];
  const state = emptyLabState();
  if (!isObject(input)) {
    notices.push({ code: 'state.unreadable' });
    return { state, notices };
  }
  const migrated = migrateLabState(plain(input) as Raw);
  if ('error' in migrated) {
    notices.push({ code: migrated.error, detail: migrated.detail });
    return { state, notices };
  }
  const raw = migrated.state;
  state.title = text(raw.title, 200);
  state.description = text(raw.description, 5000);
  state.filters = parseFilters(raw.filters, notices);
  if (raw.mapping !== undefined) {
    const mapping = parseMapping(raw.mapping);
    if (mapping) state.mapping = mapping;
    else notices.push({ code: 'state.mapping-dropped' });
  }
  const datasets = Array.isArray(raw.datasets) ? raw.datasets : [];
  for (const d of datasets.slice(0, 100)) {
    const parsed = parseDataset(d);
    if (parsed) state.datasets.push(parsed);
    else notices.push({ code: 'state.dataset-dropped' });
  }
  state.sections = (Array.isArray(raw.sections) ? raw.sections : [])
    .filter((s): s is Raw => isObject(s) && typeof s.id === 'string')
    .slice(0, 50)
    .map((s) => ({
      id: String(s.id).slice(0, 40),
      title: text(s.title, 200),
      toolkit: parseSectionToolkit(s.toolkit, notices),
    }));
  const panels = Array.isArray(raw.panels) ? raw.panels : [];
  if (panels.length > MAX_PANELS)
    notices.push({
      code: 'state.too-many-panels',
      detail: { kept: MAX_PANELS, given: panels.length },
    });
  const keys = new Set<string>();
  panels.slice(0, MAX_PANELS).forEach((p, i) => {
    const parsed = parsePanel(p, i, notices);
    if (!parsed) return;
    while (keys.has(parsed.key)) parsed.key = `${parsed.key}-${i}`;
    keys.add(parsed.key);
    state.panels.push(parsed);
  });
  // A panel of a section that is not there any more stays, outside any section.
  const sectionIds = new Set(state.sections.map((s) => s.id));
  for (const panel of state.panels)
    if (panel.section !== null && !sectionIds.has(panel.section)) panel.section = null;
  state.panels = state.panels.filter((panel) => placeToolkitPanel(panel, state.sections, notices));
  return { state, notices };
}

/**
 * A toolkit panel runs on its own toolkit section's inputs, so it lives in one: a panel found
 * elsewhere (a link made before this rule) goes back to the first section of its toolkit, and is
 * dropped with a notice when the lab has none.
 */
function placeToolkitPanel(panel: PanelState, sections: SectionState[], notices: Notice[]) {
  const toolkit = toolkitOfPanel(panel.panel);
  if (!toolkit) return true;
  const own = (id: string | null) =>
    sections.find((s) => s.id === id && s.toolkit?.id === toolkit.id);
  if (own(panel.section)) return true;
  const home = sections.find((s) => s.toolkit?.id === toolkit.id);
  if (home) {
    panel.section = home.id;
    return true;
  }
  notices.push({ code: 'state.toolkit-panel-dropped', detail: { panel: panel.panel } });
  return false;
}
