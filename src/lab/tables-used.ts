/**
 * The tables a lab's panels read, known before anything runs (a recipient is asked only for the
 * local files some panel uses): each library panel's table parameters, each toolkit panel's
 * declared tables. A panel running the user's own SQL may read any table: then every table.
 */
import { getPanel, toolkitOfPanel } from '../panel/registry';

export function tablesUsed(
  panels: readonly { panel: string; params: Record<string, unknown> }[],
): Set<string> | 'all' {
  const used = new Set<string>();
  for (const instance of panels) {
    const definition = getPanel(instance.panel);
    if (!definition) continue;
    const toolkit = toolkitOfPanel(instance.panel);
    if (toolkit) {
      for (const table of Object.keys(toolkit.requires)) used.add(table);
      continue;
    }
    for (const [name, spec] of Object.entries(definition.params)) {
      if (spec.type === 'text' && spec.language === 'sql') return 'all';
      if (spec.type !== 'table') continue;
      const value = instance.params[name] ?? spec.default;
      if (typeof value === 'string') used.add(value);
    }
  }
  return used;
}
