/**
 * The printed report (the browser's "Save as PDF"): the whole lab or one section, each panel with
 * its title, subtitle, chart and provenance stamp, without the lab's controls. While a report is
 * prepared, every panel computes its stamp (async: names, fingerprints, link); printing waits for
 * all of them, so no page goes out without its provenance.
 */
import { tick } from 'svelte';

/** What is being printed: the whole lab, one section (its id), or nothing. */
export const report = $state<{ scope: null | { section: string | null } }>({ scope: null });

// Bookkeeping, not state: nothing renders from it, so a plain Set.
// eslint-disable-next-line svelte/prefer-svelte-reactivity
const pending = new Set<Promise<unknown>>();

/** A panel's stamp being prepared for the report. */
export function preparing(work: Promise<unknown>): void {
  pending.add(work);
  void work.finally(() => pending.delete(work));
}

/** Whether an element of this section prints (loose panels have section null). */
export function printsSection(section: string | null): boolean {
  const scope = report.scope;
  return !scope || scope.section === null || scope.section === section;
}

export async function printReport(section: string | null = null): Promise<void> {
  report.scope = { section };
  await tick();
  while (pending.size) await Promise.allSettled([...pending]);
  window.print();
}

/** The browser's print dialog closed (or the user printed with Ctrl+P): back to the lab. */
export function endReport(): void {
  report.scope = null;
}
