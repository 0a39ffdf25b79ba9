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
  /**
   * Remote addresses written in notes. A note renders them only as links (nothing is requested
   * until the user clicks one), but the sender chose them, so the user sees them first.
   */
  links: string[];
}

/**
 * Remote addresses in Markdown: full URLs in any syntax (inline, reference, autolink, raw HTML)
 * and GFM's `www.` autolinks. Generous on purpose: listing a harmless string costs nothing.
 */
const REMOTE_REFERENCE = /(?:\b[a-z][a-z\d+.-]*:\/\/|\bwww\.|\bmailto:)[^\s<>()"'`\]]+/gi;

function noteText(panel: LabState['panels'][number]): string | null {
  return panel.panel === 'note' && typeof panel.params.text === 'string' ? panel.params.text : null;
}

/** The remote addresses a note's text refers to, in order, without repeats. */
export function noteLinks(text: string): string[] {
  return [...new Set(text.match(REMOTE_REFERENCE) ?? [])];
}

/** The note with every remote address turned into inert code text (no link is rendered for it). */
function unlinked(text: string): string {
  return text.replace(REMOTE_REFERENCE, (url) => `\`${url.replaceAll('`', '')}\``);
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
    // A workbook's sheets are asked for one by one: each named with its sheet.
    files: state.datasets.flatMap((d) =>
      d.kind === 'local' ? [d.sheet ? `${d.name} · ${d.sheet}` : d.name] : [],
    ),
    links: [...new Set(state.panels.flatMap((p) => noteLinks(noteText(p) ?? '')))],
  };
}

export function needsReview(items: ReviewItems): boolean {
  return (
    items.sql.length > 0 ||
    items.urls.length > 0 ||
    items.files.length > 0 ||
    items.links.length > 0
  );
}

/**
 * The lab without what the user declined: no SQL cells, no remote or local datasets, and notes
 * whose remote addresses are plain text instead of links.
 */
export function withoutReviewed(state: LabState): LabState {
  return {
    ...state,
    panels: state.panels
      .filter((p) => p.panel !== 'sql')
      .map((p) => {
        const text = noteText(p);
        return text === null ? p : { ...p, params: { ...p.params, text: unlinked(text) } };
      }),
    datasets: state.datasets.filter((d) => d.kind === 'bundled'),
  };
}
