/**
 * The tables a lab's panels read, known before anything runs (a recipient is asked only for the
 * local files some panel uses): each library panel's table parameters, each toolkit panel's
 * declared tables. A panel running the user's own SQL may read any table: then every table.
 */
import type { DataMapping } from '../contract/mapping';
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

/**
 * Whether panels that use `used` read the lab table `table`: directly, or as the source of a
 * contract table the data mapping defines over it (a toolkit reads `orders`, the view over 订单明细).
 */
export function readsTable(
  used: Set<string> | 'all',
  mapping: DataMapping | null | undefined,
  table: string,
): boolean {
  if (used === 'all' || used.has(table)) return true;
  return Object.entries(mapping?.tables ?? {}).some(([t, m]) => m.source === table && used.has(t));
}
