/**
 * Review before run (security.md): what a lab from a link or file would run, fetch or read. A lab
 * with any of these opens in review mode; nothing runs until the user approves.
 */
import { getPanel } from '../panel/registry';
import type { LabState } from './lab-state';

export interface ReviewItems {
  /** SQL written by someone else (SQL cells). */
  sql: { key: string; text: string }[];
  /** Remote datasets the lab would download. */
  urls: string[];
  /** Local files the lab asks the user for. */
  files: string[];
}

export function reviewItems(state: LabState): ReviewItems {
  return {
    // What would run: the cell's SQL, or the panel's default SQL when the link gives none.
    sql: state.panels
      .filter((p) => p.panel === 'sql')
      .map((p) => ({
        key: p.key,
        text: String(p.params.sql ?? getPanel('sql')?.params.sql?.default ?? ''),
      })),
    urls: state.datasets.flatMap((d) => (d.kind === 'url' ? [d.url] : [])),
    files: state.datasets.flatMap((d) => (d.kind === 'local' ? [d.name] : [])),
  };
}

export function needsReview(items: ReviewItems): boolean {
  return items.sql.length > 0 || items.urls.length > 0 || items.files.length > 0;
}

/** The lab without what the user declined: no SQL cells, no remote or local datasets. */
export function withoutReviewed(state: LabState): LabState {
  return {
    ...state,
    panels: state.panels.filter((p) => p.panel !== 'sql'),
    datasets: state.datasets.filter((d) => d.kind === 'bundled'),
  };
}
