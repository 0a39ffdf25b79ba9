/**
 * PNG and SVG of a drawn Plot figure: the whole figure (title, legends, charts, caption and the
 * provenance footer) as one SVG, and that SVG rasterized at 2× for decks. Runs in the browser only
 * (it needs the DOM and a canvas).
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

export interface FigureHeading {
  title: string;
  subtitle: string;
}

const PAD = 12;
const FONT =
  'system-ui, -apple-system, "PingFang SC", "Microsoft YaHei", "Noto Sans CJK SC", sans-serif';

let measurer: CanvasRenderingContext2D | null = null;
/** Width of `text` at `size` px in the export's font (a canvas measures as the browser draws). */
function textWidth(text: string, size: number, weight = 'normal'): number {
  measurer ??= document.createElement('canvas').getContext('2d');
  if (!measurer) return text.length * size;
  measurer.font = `${weight} ${size}px ${FONT}`;
  return measurer.measureText(text).width;
}

/** `text` broken into lines no wider than `width` (at spaces, or anywhere for CJK runs). */
function wrap(text: string, size: number, width: number): string[] {
  const lines: string[] = [];
  let line = '';
  for (const ch of text) {
    if (line && textWidth(line + ch, size) > width) {
      const space = line.lastIndexOf(' ');
      if (space > line.length / 2) {
        lines.push(line.slice(0, space));
        line = line.slice(space + 1) + ch;
      } else {
        lines.push(line);
        line = ch;
      }
    } else line += ch;
  }
  if (line) lines.push(line);
  return lines;
}

function svgText(
  text: string,
  x: number,
  y: number,
  size: number,
  fill: string,
  weight = 'normal',
) {
  const node = document.createElementNS(SVG_NS, 'text');
  node.setAttribute('x', String(x));
  node.setAttribute('y', String(y));
  node.setAttribute('font-size', String(size));
  node.setAttribute('font-family', FONT);
  node.setAttribute('font-weight', weight);
  node.setAttribute('fill', fill);
  node.textContent = text;
  return node;
}

function sizeOf(svg: SVGSVGElement): { width: number; height: number } {
  const box = svg.getBoundingClientRect();
  return {
    width: Number(svg.getAttribute('width')) || box.width,
    height: Number(svg.getAttribute('height')) || box.height,
  };
}

/** `svg` cloned as a nested SVG placed at (x, y). */
function placed(svg: SVGSVGElement, x: number, y: number): SVGSVGElement {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const { width, height } = sizeOf(svg);
  clone.setAttribute('x', String(x));
  clone.setAttribute('y', String(y));
  clone.setAttribute('width', String(width));
  clone.setAttribute('height', String(height));
  if (!clone.getAttribute('viewBox')) clone.setAttribute('viewBox', `0 0 ${width} ${height}`);
  return clone;
}

/**
 * The whole figure a panel shows, as one standalone SVG for a deck: title and subtitle, every
 * legend (Plot draws colour swatches as HTML, so each swatch and its label are redrawn in SVG;
 * ramps are SVG already), every chart SVG (facets included), the figure's caption, and the
 * provenance footer, wrapped to the figure's width. Before, the export took the figure's first
 * `<svg>`, which for a chart with a legend was a 15×15 swatch.
 */
export function composeFigure(
  host: HTMLElement,
  heading: FigureHeading,
  provenance: readonly string[],
  link: string | null = null,
): string {
  const all = [...host.querySelectorAll('svg')] as SVGSVGElement[];
  const inSwatch = (svg: Element) =>
    Boolean(svg.parentElement?.className.toString().match(/-swatch\b/));
  const ramps = all.filter((svg) => svg.getAttribute('class')?.includes('-ramp'));
  const charts = all.filter(
    (svg) => !inSwatch(svg) && !ramps.includes(svg) && !svg.closest('svg svg'),
  );
  const swatches = [...host.querySelectorAll('[class*="-swatch"]')].filter(
    (el) => /-swatch$/.test(el.className.toString().split(' ')[0] ?? '') && el.querySelector('svg'),
  );
  const width = Math.max(
    320,
    ...charts.map((svg) => sizeOf(svg).width),
    ...ramps.map((r) => sizeOf(r).width),
  );
  const inner = width - 2 * PAD;
  const root = document.createElementNS(SVG_NS, 'svg');
  root.setAttribute('xmlns', SVG_NS);
  const background = document.createElementNS(SVG_NS, 'rect');
  background.setAttribute('width', '100%');
  background.setAttribute('height', '100%');
  background.setAttribute('fill', 'white');
  root.append(background);
  let y = PAD;
  for (const line of wrap(heading.title, 16, inner)) {
    y += 18;
    root.append(svgText(line, PAD, y, 16, '#101828', 'bold'));
  }
  for (const line of heading.subtitle ? wrap(heading.subtitle, 12, inner) : []) {
    y += 16;
    root.append(svgText(line, PAD, y, 12, '#475467'));
  }
  y += 8;
  // Colour swatches flow left to right and wrap, as on screen.
  let x = PAD;
  if (swatches.length) y += 4;
  for (const swatch of swatches) {
    const svg = swatch.querySelector('svg') as SVGSVGElement;
    const label = (swatch.textContent ?? '').trim();
    const itemWidth = 15 + 5 + textWidth(label, 11) + 14;
    if (x > PAD && x + itemWidth > width - PAD) {
      x = PAD;
      y += 18;
    }
    const mark = placed(svg, x, y);
    mark.setAttribute('width', '15');
    mark.setAttribute('height', '15');
    root.append(mark, svgText(label, x + 20, y + 12, 11, '#344054'));
    x += itemWidth;
  }
  if (swatches.length) y += 24;
  for (const ramp of ramps) {
    root.append(placed(ramp, 0, y));
    y += sizeOf(ramp).height + 4;
  }
  for (const chart of charts) {
    root.append(placed(chart, 0, y));
    y += sizeOf(chart).height;
  }
  const caption = host.querySelector('figcaption')?.textContent?.trim();
  for (const line of caption ? wrap(caption, 11, inner) : []) {
    y += 15;
    root.append(svgText(line, PAD, y, 11, '#475467'));
  }
  y += 6;
  for (const line of provenance.flatMap((p) => wrap(p.replace(/\s+/g, ' '), 10, inner))) {
    y += 13;
    root.append(svgText(line, PAD, y, 10, '#667085'));
  }
  // The whole lab link travels in the SVG's metadata (a deck tool keeps it; the footer is short).
  if (link) {
    const description = document.createElementNS(SVG_NS, 'desc');
    description.textContent = [...provenance, link].join('\n');
    root.prepend(description);
  }
  y += PAD;
  root.setAttribute('width', String(width));
  root.setAttribute('height', String(Math.ceil(y)));
  root.setAttribute('viewBox', `0 0 ${width} ${Math.ceil(y)}`);
  return new XMLSerializer().serializeToString(root);
}

/** Rasterize the SVG text at 2× onto a white canvas. */
export async function svgToPng(svgText: string): Promise<Blob> {
  const url = URL.createObjectURL(new Blob([svgText], { type: 'image/svg+xml' }));
  try {
    const image = new Image();
    image.src = url;
    await image.decode();
    const canvas = document.createElement('canvas');
    canvas.width = image.naturalWidth * 2;
    canvas.height = image.naturalHeight * 2;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('no 2d canvas');
    context.fillStyle = 'white';
    context.fillRect(0, 0, canvas.width, canvas.height);
    context.scale(2, 2);
    context.drawImage(image, 0, 0);
    return await new Promise<Blob>((resolve, reject) =>
      canvas.toBlob((b) => (b ? resolve(b) : reject(new Error('toBlob failed'))), 'image/png'),
    );
  } finally {
    URL.revokeObjectURL(url);
  }
}

export function download(content: Blob | string, fileName: string, type = 'text/plain'): void {
  const blob = typeof content === 'string' ? new Blob([content], { type }) : content;
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
