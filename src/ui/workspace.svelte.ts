import type { DataMapping } from '../contract/mapping';
import { NO_FILTERS, type LabFilters } from '../panel/filters';
import { getPanel, getToolkit, toolkitOfPanel } from '../panel/registry';
import {
  MAX_PANEL_SUBTITLE,
  MAX_PANEL_TITLE,
  type PanelState,
  type PanelWidth,
  type SectionState,
} from '../state/lab-state';

/** A panel placed in the lab: which panel, with which (unparsed) parameters, where and how wide. */
export type PanelInstance = PanelState;

/** The lab's panels, sections (a toolkit opens as one, with its inputs) and lab-wide filters. */
export const workspace = $state<{
  title: string;
  description: string;
  panels: PanelInstance[];
  sections: SectionState[];
  filters: LabFilters;
  /** The user's tables mapped onto the data contract (see src/contract), or null. */
  mapping: DataMapping | null;
}>({
  title: '',
  description: '',
  panels: [],
  sections: [],
  filters: { ...NO_FILTERS },
  mapping: null,
});

let counter = 0;
const newKey = (prefix: string) => `${prefix}${Date.now().toString(36)}${counter++}`;

export function addPanel(id: string, params: Record<string, unknown> = {}): PanelInstance | null {
  const definition = getPanel(id);
  if (!definition) return null;
  const instance: PanelInstance = {
    key: newKey('p'),
    panel: id,
    version: definition.version,
    params,
    width: 1,
    section: null,
  };
  workspace.panels.push(instance);
  return instance;
}

/** Open a toolkit: a new section holding its inputs, with every panel of the toolkit bound to them. */
export function addToolkit(id: string, inputs: Record<string, unknown> = {}): SectionState | null {
  const toolkit = getToolkit(id);
  if (!toolkit) return null;
  const section: SectionState = {
    id: newKey('s'),
    title: '',
    toolkit: { id, version: toolkit.version, inputs },
  };
  workspace.sections.push(section);
  for (const { panel, width } of toolkit.panels)
    workspace.panels.push({
      key: newKey('p'),
      panel: panel.id,
      version: panel.version,
      params: {},
      width,
      section: section.id,
    });
  return section;
}

export function removeSection(id: string): void {
  workspace.sections = workspace.sections.filter((s) => s.id !== id);
  workspace.panels = workspace.panels.filter((p) => p.section !== id);
}

/** Change a toolkit's inputs: every panel of the section follows. */
export function setSectionInput(id: string, name: string, value: unknown): void {
  const section = workspace.sections.find((s) => s.id === id);
  if (section?.toolkit) section.toolkit.inputs = { ...section.toolkit.inputs, [name]: value };
}

/** Drop a toolkit panel's own settings: it follows its section's inputs again. */
export function clearOverrides(key: string): void {
  const instance = workspace.panels.find((p) => p.key === key);
  if (instance) instance.params = {};
}

export function removePanel(key: string): void {
  workspace.panels = workspace.panels.filter((p) => p.key !== key);
}

export function setParam(key: string, name: string, value: unknown): void {
  const instance = workspace.panels.find((p) => p.key === key);
  if (instance) instance.params = { ...instance.params, [name]: value };
}

/**
 * A table renamed in the catalog: every panel that reads it by a table parameter reads it under
 * its new name. (SQL the user wrote is theirs and stays as written.)
 */
export function renameTableInPanels(from: string, to: string): void {
  for (const instance of workspace.panels) {
    const definition = getPanel(instance.panel);
    if (!definition) continue;
    const follows = Object.entries(definition.params).filter(
      ([name, spec]) => spec.type === 'table' && instance.params[name] === from,
    );
    if (follows.length)
      instance.params = {
        ...instance.params,
        ...Object.fromEntries(follows.map(([n]) => [n, to])),
      };
  }
}

/** Several parameters at once (one undo step), e.g. a table and the columns that follow it. */
export function setParams(key: string, values: Record<string, unknown>): void {
  const instance = workspace.panels.find((p) => p.key === key);
  if (instance) instance.params = { ...instance.params, ...values };
}

export function setWidth(key: string, width: PanelWidth): void {
  const instance = workspace.panels.find((p) => p.key === key);
  if (instance) instance.width = width;
}

/** The panel's own title or subtitle; empty text gives back the default. */
export function setPanelText(key: string, field: 'title' | 'subtitle', text: string): void {
  const instance = workspace.panels.find((p) => p.key === key);
  if (!instance) return;
  const limit = field === 'title' ? MAX_PANEL_TITLE : MAX_PANEL_SUBTITLE;
  const value = text.slice(0, limit);
  if (value.trim()) instance[field] = value;
  else delete instance[field];
}

export function setFilters(filters: LabFilters): void {
  workspace.filters = filters;
}

/** A new, empty named section (panels are moved into it). */
export function addSection(title: string): SectionState {
  const section: SectionState = { id: newKey('s'), title, toolkit: null };
  workspace.sections.push(section);
  return section;
}

export function renameSection(id: string, title: string): void {
  const section = workspace.sections.find((s) => s.id === id);
  if (section) section.title = title;
}

/** Duplicate a panel right after itself (same parameters, width and section). */
export function duplicatePanel(key: string): void {
  const index = workspace.panels.findIndex((p) => p.key === key);
  const source = workspace.panels[index];
  if (!source) return;
  const copy = { ...$state.snapshot(source), key: newKey('p') };
  workspace.panels.splice(index + 1, 0, copy);
}

/**
 * Move a panel before another one (taking that one's section), or to the end of a section
 * (`before` null). Drag and drop and the move buttons both come here.
 */
export function movePanel(key: string, before: string | null, section: string | null): void {
  const from = workspace.panels.findIndex((p) => p.key === key);
  const panel = workspace.panels[from];
  if (!panel || key === before) return;
  const rest = workspace.panels.filter((p) => p.key !== key);
  const target = before === null ? -1 : rest.findIndex((p) => p.key === before);
  const to = target >= 0 ? (rest[target]?.section ?? null) : section;
  // A toolkit panel runs on its section's inputs: it moves within its section, never out of it.
  if (!canMoveTo(panel, to)) return;
  const moved = { ...panel, section: to };
  if (target >= 0) rest.splice(target, 0, moved);
  else rest.push(moved);
  workspace.panels = rest;
}

/** Move a panel one place up or down among the panels of its section. */
export function shiftPanel(key: string, step: -1 | 1): void {
  const panel = workspace.panels.find((p) => p.key === key);
  if (!panel) return;
  const siblings = workspace.panels.filter((p) => p.section === panel.section);
  const at = siblings.findIndex((p) => p.key === key);
  const other = siblings[at + step];
  if (!other) return;
  if (step < 0) movePanel(key, other.key, panel.section);
  else {
    const after = siblings[at + 2];
    movePanel(key, after ? after.key : null, panel.section);
  }
}

/** Whether a panel may sit in a section: a toolkit panel only in the section it belongs to. */
export function canMoveTo(panel: Pick<PanelInstance, 'panel' | 'section'>, to: string | null) {
  return !toolkitOfPanel(panel.panel) || to === panel.section;
}
