/**
 * Markdown → sanitized HTML for note panels. Notes travel in shared links, so their HTML is never
 * trusted: DOMPurify (a well-kept sanitizer, not a regex) strips scripts, event handlers and
 * javascript: URLs; links open in a new tab without a referrer. Loaded lazily (notes are optional).
 */
export async function renderMarkdown(text: string): Promise<string> {
  const [{ marked }, { default: DOMPurify }] = await Promise.all([
    import('marked'),
    import('dompurify'),
  ]);
  const html = await marked.parse(text, { gfm: true, breaks: false });
  const clean = DOMPurify.sanitize(html, {
    USE_PROFILES: { html: true },
    FORBID_TAGS: ['style', 'img', 'iframe', 'form'],
    FORBID_ATTR: ['style'],
  });
  // Links: no referrer, new tab (the lab's URL fragment holds the lab; it must not leak).
  return clean.replace(/<a /g, '<a target="_blank" rel="noopener noreferrer" ');
}
