/**
 * Markdown → sanitized HTML for note panels. Notes travel in shared links, so their HTML is never
 * trusted, and opening a note must cause no request at all (security.md: nothing is fetched before
 * review). DOMPurify (a well-kept sanitizer, not a regex) keeps only an allow-list of inert markup:
 * no image, media, embed, form or input element (they fetch on render: `<video poster>`,
 * `<input type=image>`…), no `style` or `background` attribute, and links only to http(s) and
 * mailto, opened in a new tab without a referrer. Loaded lazily (notes are optional).
 */
const INERT_TAGS = [
  'a',
  'p',
  'br',
  'hr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'ul',
  'ol',
  'li',
  'strong',
  'em',
  'b',
  'i',
  'del',
  's',
  'code',
  'pre',
  'blockquote',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
  'sup',
  'sub',
  'span',
];
const INERT_ATTRIBUTES = ['href', 'title', 'align', 'start'];
/** Only these link targets survive: anything else (javascript:, data:, relative paths) is dropped. */
const SAFE_LINK = /^(?:https?:|mailto:)/i;

export async function renderMarkdown(text: string): Promise<string> {
  const [{ marked }, { default: DOMPurify }] = await Promise.all([
    import('marked'),
    import('dompurify'),
  ]);
  const html = await marked.parse(text, { gfm: true, breaks: false });
  const clean = DOMPurify.sanitize(html, {
    ALLOWED_TAGS: INERT_TAGS,
    ALLOWED_ATTR: INERT_ATTRIBUTES,
    ALLOWED_URI_REGEXP: SAFE_LINK,
    ALLOW_DATA_ATTR: false,
  });
  // Links: no referrer, new tab (the lab's URL fragment holds the lab; it must not leak).
  return clean.replace(/<a /g, '<a target="_blank" rel="noopener noreferrer" ');
}
