import * as Plot from '@observablehq/plot';
import { MARKS, markAfterPaint } from '../engine/marks';

/**
 * A Svelte attachment that renders Plot options into its element and removes the figure when the
 * options change or the element goes away. Plot builds its own DOM, so it is mounted here rather
 * than through Svelte's template.
 */
export function plotAttachment(
  options: Plot.PlotOptions,
  label: string,
  onPick?: (datum: unknown) => void,
) {
  return (node: HTMLElement) => {
    const figure = Plot.plot(options);
    figure.setAttribute('role', 'img');
    figure.setAttribute('aria-label', label);
    // With a pointer (tip) mark, Plot keeps the datum under the pointer in `figure.value`.
    if (onPick)
      figure.addEventListener('click', () => figure.value != null && onPick(figure.value));
    node.append(figure);
    markAfterPaint(MARKS.chartDrawn);
    return () => figure.remove();
  };
}
