/**
 * What a reader of a chart would object to, measured from the rendered text boxes: two labels on top
 * of each other, a label cut off by the edge of its SVG, and (in Chinese) English left in the chart.
 */
export interface TextProblem {
  panel: string;
  kind: 'overlap' | 'clipped' | 'untranslated';
  text: string;
}

/**
 * Runs in the page (self-contained: Playwright sends its source). Tooltips are ignored (drawn only
 * on hover); boxes may touch by `slack` pixels (glyph boxes include the font's line gap).
 */
export function findTextProblems(args: { locale: string; slack: number }): TextProblem[] {
  const { locale, slack } = args;
  const problems: TextProblem[] = [];
  const months = /\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)\b/;
  const codes =
    /\b(stay|upgrade|downgrade|churn|entry|previous|current|new|old|brand|median|W_extension|W_new_product|vip|non-vip|tier1-3|tier4\+)\b/;
  const siTick = /^\s*[−-]?\d+(\.\d+)?[kMGT]\s*$/;
  type Point = { x: number; y: number };
  /** A text's glyph box on screen, rotated as drawn (4 corners), shrunk by `slack` each side. */
  const quad = (t: SVGTextElement): Point[] => {
    const b = t.getBBox();
    const m = t.getScreenCTM();
    if (!m) return [];
    const s = Math.min(slack, b.width / 2, b.height / 2);
    return [
      [b.x + s, b.y + s],
      [b.x + b.width - s, b.y + s],
      [b.x + b.width - s, b.y + b.height - s],
      [b.x + s, b.y + b.height - s],
    ].map(([x, y]) => ({ x: m.a * x! + m.c * y! + m.e, y: m.b * x! + m.d * y! + m.f }));
  };
  /** Two convex quads overlap unless an edge's normal separates them (separating axis theorem). */
  const overlaps = (p: Point[], q: Point[]): boolean => {
    for (const shape of [p, q])
      for (let i = 0; i < shape.length; i++) {
        const a = shape[i]!;
        const b = shape[(i + 1) % shape.length]!;
        const nx = b.y - a.y;
        const ny = a.x - b.x;
        const project = (pts: Point[]) => pts.map((pt) => pt.x * nx + pt.y * ny);
        const pp = project(p);
        const qq = project(q);
        if (Math.max(...pp) <= Math.min(...qq) || Math.max(...qq) <= Math.min(...pp)) return false;
      }
    return true;
  };
  for (const article of document.querySelectorAll('article')) {
    const panel = article.getAttribute('aria-label') ?? '';
    for (const svg of article.querySelectorAll('.chart svg')) {
      const frame = svg.getBoundingClientRect();
      if (frame.width < 40) continue; // a legend swatch
      const texts = [...svg.querySelectorAll('text')]
        .filter((t) => (t.textContent ?? '').trim() && !t.closest('[aria-label="tip"]'))
        .map((t) => ({ text: (t.textContent ?? '').trim(), corners: quad(t) }))
        .filter((t) => t.corners.length);
      for (const { text, corners } of texts) {
        if (
          corners.some(
            (c) =>
              c.x < frame.left - 1 ||
              c.x > frame.right + 1 ||
              c.y < frame.top - 1 ||
              c.y > frame.bottom + 1,
          )
        )
          problems.push({ panel, kind: 'clipped', text });
        if (locale === 'zh-CN' && (months.test(text) || codes.test(text) || siTick.test(text)))
          problems.push({ panel, kind: 'untranslated', text });
      }
      for (let i = 0; i < texts.length; i++)
        for (let j = i + 1; j < texts.length; j++)
          if (overlaps(texts[i]!.corners, texts[j]!.corners))
            problems.push({
              panel,
              kind: 'overlap',
              text: `${texts[i]!.text} ⟷ ${texts[j]!.text}`,
            });
    }
  }
  return problems;
}
