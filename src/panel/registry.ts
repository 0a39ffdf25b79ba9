/**
 * The panel registry, derived from the folders: every `panels/<id>/index.ts` exporting `panel`.
 * A folder's name must equal its panel's id (ids are stored in links).
 */
import type { PanelDefinition } from './contract';

const modules = import.meta.glob<{ panel: PanelDefinition }>('../../panels/*/index.ts', {
  eager: true,
});

function build(): Map<string, PanelDefinition> {
  const registry = new Map<string, PanelDefinition>();
  for (const [path, module] of Object.entries(modules)) {
    const folder = /panels\/([^/]+)\/index\.ts$/.exec(path)?.[1];
    if (folder !== module.panel.id)
      throw new Error(`panel id ${module.panel.id} does not match its folder ${folder}`);
    registry.set(module.panel.id, module.panel);
  }
  return registry;
}

export const PANELS: ReadonlyMap<string, PanelDefinition> = build();

export function getPanel(id: string): PanelDefinition | undefined {
  return PANELS.get(id);
}
