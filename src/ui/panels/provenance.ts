/**
 * Gathers what a panel's provenance stamp names (src/lab/provenance.ts) from the lab as it is
 * now: brand and category names from the lab's options, row counts and fingerprints of the tables
 * the query read, the toolkit's cited sources, the current share link.
 */
import type { PanelView } from '../../lab/panel-view';
import { labelledParams, provenanceLines, type ProvenanceFacts } from '../../lab/provenance';
import { LAB_VERSION } from '../../lab/version';
import { toolkitOfPanel } from '../../panel/registry';
import { citationText } from '../../panel/sources';
import { i18n, t } from '../../i18n/i18n.svelte';
import { labOptions, type FilterOptions } from '../filter-options';
import { datasets } from '../lab.svelte';
import { labView } from '../panel-context.svelte';
import { encodeLabFragment } from '../../state/link';
import { currentState } from '../share.svelte';
import { workspace } from '../workspace.svelte';

function filterTexts(view: PanelView, options: FilterOptions | null): string[] {
  const f = workspace.filters;
  const brand = (id: number) => options?.brands.find((b) => b.id === id)?.name ?? String(id);
  const cn = i18n.locale === 'zh-CN';
  return view.filters.map((dimension) => {
    const name = t(`filter.${dimension}`);
    let value = '';
    if (dimension === 'brand')
      value = [...(f.brand !== null ? [f.brand] : []), ...f.competitors]
        .map(brand)
        .join(cn ? '、' : ', ');
    else if (dimension === 'date') value = `${f.dateFrom ?? '…'} – ${f.dateTo ?? '…'}`;
    else if (dimension === 'crowd') value = f.crowd ?? '';
    else if (dimension === 'category')
      value = options?.categories.find((c) => c.id === f.category)?.label ?? String(f.category);
    return `${name}${cn ? '：' : ': '}${value}`;
  });
}

/** SHA-256 of the link, first 8 hex digits: the short form an image footer shows. */
async function linkFingerprint(link: string): Promise<string> {
  const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(link));
  return [...new Uint8Array(digest)]
    .slice(0, 4)
    .map((b) => b.toString(16).padStart(2, '0'))
    .join('');
}

/** The lab's link as it is at this moment (the address bar is written a moment after a change). */
async function currentLink(): Promise<string | null> {
  try {
    return `${location.origin}${location.pathname}${location.search}#${await encodeLabFragment(currentState())}`;
  } catch {
    return null;
  }
}

export async function panelProvenance(
  view: PanelView | null,
  heading: { title: string; subtitle: string },
  forImage: boolean,
): Promise<{ lines: string[]; link: string | null }> {
  const options = await labOptions(datasets.version, labView.schema).catch(() => null);
  const toolkit = view ? toolkitOfPanel(view.definition.id) : undefined;
  const cited = [...new Set(toolkit?.definitions.flatMap((d) => (d.source ? [d.source] : [])))];
  const facts: ProvenanceFacts = {
    locale: i18n.locale,
    lab: workspace.title,
    panel: heading.title,
    params: view
      ? labelledParams(
          view.definition.params,
          view.params,
          i18n.locale,
          (id) => options?.brands.find((b) => b.id === id)?.name,
          (id) => options?.providers.find((b) => b.id === id)?.label,
        )
      : [],
    filters: view ? filterTexts(view, options) : [],
    datasets: (view?.tables ?? []).map((table) => {
      const d = datasets.find(table);
      return { table, rows: d?.rows ?? 0, hash: d?.hash ?? null };
    }),
    definition: heading.subtitle,
    sources: cited.length ? citationText(cited.join(', '), i18n.locale) : '',
    illustrative: Boolean(toolkit?.definitions.some((d) => d.source === null)),
    link: await currentLink(),
    version: LAB_VERSION,
    date: new Date().toISOString().slice(0, 10),
  };
  const fingerprint = forImage && facts.link ? await linkFingerprint(facts.link) : undefined;
  return {
    lines: provenanceLines(facts, fingerprint ? { linkFingerprint: fingerprint } : {}),
    link: facts.link,
  };
}
