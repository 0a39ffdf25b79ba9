/**
 * Parts of charts the reader folded away (a mind map's branches), per panel: view state, like a
 * table's sort, not saved with the lab. An export takes the chart as it is shown.
 */
export const folds = $state<Record<string, string[]>>({});

export function toggleFold(panel: string, value: string): void {
  const folded = folds[panel] ?? [];
  folds[panel] = folded.includes(value) ? folded.filter((v) => v !== value) : [...folded, value];
}
