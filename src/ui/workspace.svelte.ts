import { NO_FILTERS, type LabFilters } from '../panel/filters';
import { getPanel } from '../panel/registry';

/** A panel placed in the lab: which panel, with which (unparsed) parameters. */
export interface PanelInstance {
  key: string;
  panel: string;
  params: Record<string, unknown>;
}

/** The lab's panels and lab-wide filters (issue 5 turns this into the versioned lab state). */
export const workspace = $state<{ panels: PanelInstance[]; filters: LabFilters }>({
  panels: [],
  filters: { ...NO_FILTERS },
});

let counter = 0;

export function addPanel(id: string, params: Record<string, unknown> = {}): PanelInstance | null {
  if (!getPanel(id)) return null;
  const instance = { key: `p${Date.now().toString(36)}${counter++}`, panel: id, params };
  workspace.panels.push(instance);
  return instance;
}

export function removePanel(key: string): void {
  workspace.panels = workspace.panels.filter((p) => p.key !== key);
}

export function setParam(key: string, name: string, value: unknown): void {
  const instance = workspace.panels.find((p) => p.key === key);
  if (instance) instance.params = { ...instance.params, [name]: value };
}

export function setFilters(filters: LabFilters): void {
  workspace.filters = filters;
}
