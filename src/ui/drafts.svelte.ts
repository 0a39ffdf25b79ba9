/**
 * Text typed and not applied yet (a SQL cell's edited SQL), by panel key: kept with the autosave
 * so a reload does not lose it. The query box's text is `editor.sql`.
 */
export const drafts = $state<{ cells: Record<string, string> }>({ cells: {} });
