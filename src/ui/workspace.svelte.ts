import { NO_FILTERS, type LabFilters } from '../panel/filters';
import { getPanel, getToolkit } from '../panel/registry';
import type { PanelWidth, SectionState } from '../state/lab-state';

/** A panel placed in the lab: which panel, with which (unparsed) parameters, where and how wide. */
export interface PanelInstance {
  key: string;
  panel: string;
  params: Record<string, unknown>;
  width: PanelWidth;
  section: string | null;
}

/** The lab's panels, sections (a toolkit opens as one, with its inputs) and lab-wide filters. */
export const workspace = $state<{
  panels: PanelInstance[];
  sections: SectionState[];
  filters: LabFilters;
}>({
  panels: [],
  sections: [],
  filters: { ...NO_FILTERS },
});

let counter = 0;
const newKey = (prefix: string) => `${prefix}${Date.now().toString(36)}${counter++}`;

export function addPanel(id: string, params: Record<string, unknown> = {}): PanelInstance | null {
  if (!getPanel(id)) return null;
  const instance: PanelInstance = { key: newKey('p'), panel: id, params, width: 1, section: null };
  workspace.panels.push(instance);
  return instance;
}

/** Open a toolkit: a new section holding its inputs, with every panel of the toolkit bound to them. */
export function addToolkit(id: string, inputs: Record<string, unknown> = {}): SectionState | null {
  const toolkit = getToolkit(id);
  if (!toolkit) return null;
  const section: SectionState = { id: newKey('s'), title: '', toolkit: { id, inputs } };
  workspace.sections.push(section);
  for (const { panel, width } of toolkit.panels)
    workspace.panels.push({
      key: newKey('p'),
      panel: panel.id,
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

/** The raw parameters a panel runs with: its section's toolkit inputs, then its own. */
export function effectiveParams(instance: PanelInstance): Record<string, unknown> {
  const section = instance.section
    ? workspace.sections.find((s) => s.id === instance.section)
    : undefined;
  return section?.toolkit ? { ...section.toolkit.inputs, ...instance.params } : instance.params;
}

export function removePanel(key: string): void {
  workspace.panels = workspace.panels.filter((p) => p.key !== key);
}

export function setParam(key: string, name: string, value: unknown): void {
  const instance = workspace.panels.find((p) => p.key === key);
  if (instance) instance.params = { ...instance.params, [name]: value };
}

export function setWidth(key: string, width: PanelWidth): void {
  const instance = workspace.panels.find((p) => p.key === key);
  if (instance) instance.width = width;
}

export function setFilters(filters: LabFilters): void {
  workspace.filters = filters;
}
