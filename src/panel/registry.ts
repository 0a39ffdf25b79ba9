/**
 * The panel and toolkit registries, derived from the folders: every `panels/<id>/index.ts` exporting
 * `panel` and every `toolkits/<id>/index.ts` exporting `toolkit`. A folder's name must equal its id
 * (ids are stored in links); a toolkit's panels are named `<toolkit>.<view>`.
 */
import type { PanelDefinition } from './contract';
import type { ToolkitDefinition } from './toolkit';

const panelModules = import.meta.glob<{ panel: PanelDefinition }>('../../panels/*/index.ts', {
  eager: true,
});
const toolkitModules = import.meta.glob<{ toolkit: ToolkitDefinition }>(
  '../../toolkits/*/index.ts',
  { eager: true },
);

function byFolder<T extends { id: string }>(
  modules: Record<string, Record<string, T>>,
  kind: 'panel' | 'toolkit',
): Map<string, T> {
  const registry = new Map<string, T>();
  for (const [path, module] of Object.entries(modules)) {
    const folder = /\/([^/]+)\/index\.ts$/.exec(path)?.[1];
    const item = module[kind] as T;
    if (folder !== item.id)
      throw new Error(`${kind} id ${item.id} does not match its folder ${folder}`);
    registry.set(item.id, item);
  }
  return registry;
}

/** The panel library (what "add panel" offers). */
export const PANELS: ReadonlyMap<string, PanelDefinition> = byFolder(panelModules, 'panel');
export const TOOLKITS: ReadonlyMap<string, ToolkitDefinition> = byFolder(toolkitModules, 'toolkit');

const TOOLKIT_PANELS = new Map<string, PanelDefinition>(
  [...TOOLKITS.values()].flatMap((t) =>
    t.panels.map((p) => [p.panel.id, p.panel as PanelDefinition]),
  ),
);

/** A panel by id: from the library or from a toolkit. */
export function getPanel(id: string): PanelDefinition | undefined {
  return PANELS.get(id) ?? TOOLKIT_PANELS.get(id);
}

export function getToolkit(id: string): ToolkitDefinition | undefined {
  return TOOLKITS.get(id);
}

/** The toolkit a panel belongs to, if any. */
export function toolkitOfPanel(panelId: string): ToolkitDefinition | undefined {
  const dot = panelId.indexOf('.');
  return dot > 0 ? TOOLKITS.get(panelId.slice(0, dot)) : undefined;
}

/**
 * The tables a lab's panels read, in the panels' order: a toolkit panel reads what its toolkit
 * requires, a library panel the tables its parameters name (or their defaults).
 */
export function tablesRead(
  panels: readonly { panel: string; params: Record<string, unknown> }[],
): string[] {
  const tables = new Set<string>();
  for (const { panel, params } of panels) {
    const toolkit = toolkitOfPanel(panel);
    if (toolkit) {
      for (const table of Object.keys(toolkit.requires)) tables.add(table);
      continue;
    }
    for (const [key, spec] of Object.entries(getPanel(panel)?.params ?? {})) {
      const value = spec.type === 'table' ? (params[key] ?? spec.default) : null;
      if (typeof value === 'string' && value) tables.add(value);
    }
  }
  return [...tables];
}
