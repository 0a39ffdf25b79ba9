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
    // The datum is read as the press starts (capture, before Plot sees it): a click on a tip
    // Plot made sticky first unsticks it and clears `value`, so a second click on the same mark
    // (to clear a selection) would otherwise pick nothing.
    if (onPick) {
      let pressed: unknown = null;
      figure.addEventListener('pointerdown', () => (pressed = figure.value), { capture: true });
      figure.addEventListener('click', () => {
        const datum = pressed ?? figure.value;
        pressed = null;
        if (datum != null) onPick(datum);
      });
    }
    node.append(figure);
    markAfterPaint(MARKS.chartDrawn);
    return () => figure.remove();
  };
}
