/**
 * The provenance stamp every export carries, so a chart pasted into a client's deck can be traced
 * back: the lab and the panel, its parameters by their labels (brands by name), the lab-wide
 * filters, each dataset with its row count and content fingerprint, the definition and its
 * resolved source (or "illustrative"), the lab link and the lab version. Pure.
 */
import { formatCompact, type Locale } from '../i18n/format';
import type { Aggregate, ParamSpec } from '../panel/contract';
import { AGGREGATE_LABELS, pick } from '../panel/sql';

export interface ProvenanceFacts {
  locale: Locale;
  /** The lab's title ('' when untitled). */
  lab: string;
  /** The panel's title as shown. */
  panel: string;
  /** Parameters as their labels and displayed values. */
  params: { label: string; value: string }[];
  /** Active lab-wide filters that apply to the panel, as text ("品牌：花西子"). */
  filters: string[];
  datasets: { table: string; rows: number; hash: string | null }[];
  /** What the chart measures (the subtitle). */
  definition: string;
  /** Resolved citations ('' when the definition is the lab's own or a library panel's SQL). */
  sources: string;
  illustrative: boolean;
  /** The lab's share link, in full, or null when it could not be made. */
  link: string | null;
  version: string;
  /** ISO date of the export. */
  date: string;
}

const zh = (locale: Locale) => locale === 'zh-CN';

/** A content hash as its first 12 hex digits (enough to tell files apart in a footer). */
export function shortHash(hash: string): string {
  const hex = hash.replace(/^[a-z0-9]+:/, '');
  return hex.slice(0, 12);
}

/**
 * The stamp as lines. `compactLink` gives images a short form of the link (its fingerprint), as a
 * full link is hundreds of characters; CSV and the SVG's metadata carry it whole.
 */
export function provenanceLines(
  facts: ProvenanceFacts,
  options: { linkFingerprint?: string } = {},
): string[] {
  const cn = zh(facts.locale);
  const sep = cn ? '；' : '; ';
  const colon = cn ? '：' : ': ';
  const lines = [
    [
      cn ? '生态实验室' : 'Ecology Lab',
      facts.lab || (cn ? '未命名实验室' : 'Untitled lab'),
      facts.panel,
      `${cn ? '导出于' : 'exported'} ${facts.date}`,
      `${cn ? '版本' : 'version'} ${facts.version}`,
    ].join(' · '),
  ];
  const settings = [
    ...facts.params.map((p) => `${p.label}=${p.value}`),
    ...facts.filters.map((f) => (cn ? `筛选 ${f}` : `filter ${f}`)),
  ];
  if (settings.length) lines.push(`${cn ? '参数' : 'Parameters'}${colon}${settings.join(sep)}`);
  if (facts.datasets.length)
    lines.push(
      `${cn ? '数据' : 'Data'}${colon}${facts.datasets
        .map((d) => {
          const rows = `${formatCompact(facts.locale, d.rows)}${cn ? ' 行' : ' rows'}`;
          const hash = d.hash ? `, sha256 ${shortHash(d.hash)}` : '';
          return `${d.table} (${rows}${hash})`;
        })
        .join(sep)}`,
    );
  const illustrative = !facts.illustrative
    ? ''
    : facts.sources
      ? cn
        ? '部分为示意口径（本实验室定义）'
        : 'partly illustrative (the lab’s own definitions)'
      : cn
        ? '示意口径（本实验室定义）'
        : 'illustrative (the lab’s own definition)';
  const definition = [
    facts.definition,
    facts.sources ? `${cn ? '来源' : 'Source'}${colon}${facts.sources}` : '',
    illustrative,
  ].filter(Boolean);
  if (definition.length)
    lines.push(`${cn ? '定义' : 'Definition'}${colon}${definition.join(' · ')}`);
  if (facts.link)
    lines.push(
      `${cn ? '实验室链接' : 'Lab link'}${colon}${
        options.linkFingerprint
          ? `${facts.link.split('#')[0]} #${options.linkFingerprint}${cn ? '（完整链接见 SVG/CSV 导出）' : ' (full link in the SVG/CSV export)'}`
          : facts.link
      }`,
    );
  return lines;
}

/**
 * Parameters as the user sees them: each by its label, enum values by their option label, brands
 * by name, booleans as yes/no, long text (SQL, a note) shortened.
 */
export function labelledParams(
  specs: Record<string, ParamSpec>,
  params: Record<string, unknown>,
  locale: Locale,
  brandName: (id: number) => string | undefined,
  providerName: (id: number) => string | undefined = () => undefined,
): { label: string; value: string }[] {
  const cn = zh(locale);
  const brand = (id: unknown) =>
    typeof id === 'number' ? (brandName(id) ?? String(id)) : String(id);
  const out: { label: string; value: string }[] = [];
  for (const [name, spec] of Object.entries(specs)) {
    const value = params[name];
    if (value === undefined || value === null || value === '') continue;
    if (Array.isArray(value) && value.length === 0) continue;
    let text: string;
    if (spec.type === 'enum')
      text =
        pick(spec.options.find((o) => o.value === value)?.label ?? { zh: '', en: '' }, locale) ||
        String(value);
    else if (spec.type === 'aggregate')
      text = pick(
        AGGREGATE_LABELS[value as Aggregate] ?? { zh: String(value), en: String(value) },
        locale,
      );
    else if (spec.type === 'brand') text = brand(value);
    else if (spec.type === 'provider')
      text = typeof value === 'number' ? (providerName(value) ?? String(value)) : String(value);
    else if (spec.type === 'brands') text = (value as unknown[]).map(brand).join(cn ? '、' : ', ');
    else if (spec.type === 'boolean') text = value ? (cn ? '是' : 'yes') : cn ? '否' : 'no';
    else if (Array.isArray(value)) text = value.join(cn ? '、' : ', ');
    else text = String(value).replace(/\s+/g, ' ');
    out.push({
      label: pick(spec.label, locale),
      value: text.length > 80 ? `${text.slice(0, 79)}…` : text,
    });
  }
  return out;
}
