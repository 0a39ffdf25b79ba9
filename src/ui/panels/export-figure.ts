/**
 * PNG and SVG of a drawn Plot figure, with the provenance line added under the chart. Runs in the
 * browser only (it needs the DOM and a canvas).
 */
const SVG_NS = 'http://www.w3.org/2000/svg';

/** The chart's SVG as standalone text, with a provenance line appended. */
export function svgWithProvenance(svg: SVGSVGElement, provenance: string): string {
  const clone = svg.cloneNode(true) as SVGSVGElement;
  const width = Number(svg.getAttribute('width')) || svg.getBoundingClientRect().width;
  const height = Number(svg.getAttribute('height')) || svg.getBoundingClientRect().height;
  const extra = 22;
  clone.setAttribute('xmlns', SVG_NS);
  clone.setAttribute('height', String(height + extra));
  clone.setAttribute('viewBox', `0 0 ${width} ${height + extra}`);
  clone.style.background = 'white';
  const text = document.createElementNS(SVG_NS, 'text');
  text.setAttribute('x', '4');
  text.setAttribute('y', String(height + 15));
  text.setAttribute('font-size', '10');
  text.setAttribute('fill', '#667085');
  text.setAttribute('text-anchor', 'start');
  text.textContent = provenance;
  clone.append(text);
  return new XMLSerializer().serializeToString(clone);
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
