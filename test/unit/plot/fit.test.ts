import { describe, expect, it } from 'vitest';
import {
  bandTicks,
  linear,
  linesWidth,
  paddedExtent,
  placeLabels,
  textWidth,
  wrapText,
} from '../../../src/plot/fit';

describe('fitting text into a chart', () => {
  it('estimates a CJK glyph at one em and Latin text at 0.62 em', () => {
    expect(textWidth('小镇青年', 10)).toBe(40);
    expect(textWidth('ab', 10)).toBeCloseTo(12.4, 10);
    expect(textWidth('Z世代', 10)).toBeCloseTo(26.2, 10);
  });

  it('keeps band labels level when they fit, slants them when not, stands them when bands are thin', () => {
    // 4 bands of 100 px: "小镇中老年" (50 px) fits.
    expect(bandTicks(['小镇中老年', 'a', 'b', 'c'], 400)).toEqual({
      tickRotate: 0,
      marginBottom: 30,
    });
    // 8 bands of 40 px: slanted 30°: 50 × sin 30° + 10 + 14 = 49 px under the axis.
    expect(bandTicks(Array(8).fill('小镇中老年'), 320)).toEqual({
      tickRotate: -30,
      marginBottom: 49,
    });
    // 20 bands of 16 px (under a 15 px line ÷ sin 30°): upright, 50 + 10 + 14 = 74 px.
    expect(bandTicks(Array(20).fill('小镇中老年'), 320)).toEqual({
      tickRotate: -90,
      marginBottom: 74,
    });
  });

  it('places a label above its mark, else below, right or left, else hides it', () => {
    const frame = { width: 200, height: 100 };
    // Two points 10 px apart: the larger one's label goes above; the other's cannot go above or
    // below (it would cover the first's), so it goes right.
    expect(
      placeLabels(
        [
          { x: 100, y: 50, r: 5, text: 'ab' },
          { x: 104, y: 52, r: 10, text: 'cd' },
        ],
        frame,
      ),
    ).toEqual(['below', 'above']);
    // At the top edge there is no room above: below.
    expect(placeLabels([{ x: 100, y: 5, r: 3, text: 'ab' }], frame)).toEqual(['below']);
    // A label wider than the frame: hidden.
    expect(placeLabels([{ x: 100, y: 50, r: 3, text: 'x'.repeat(40) }], frame)).toEqual(['hidden']);
  });

  it('maps linearly both ways and pads extents', () => {
    const scale = linear([0, 10], [100, 0]);
    expect(scale.toPixel(2.5)).toBe(75);
    expect(scale.fromPixel(75)).toBe(2.5);
    expect(paddedExtent([0, 10], 0.1)).toEqual([-1, 11]);
    expect(paddedExtent([5], 0.1, [100])).toEqual([-4.5, 109.5]);
    expect(paddedExtent([])).toEqual([0, 1]);
  });

  it('wraps a long label at spaces, or between Chinese characters, into lines that fit', () => {
    // 11 px: "Has a child" is 11 × 0.62 × 11 = 75 px; adding " aged" would make 105 > 100.
    expect(wrapText('Has a child aged 12 or under', 100, 11)).toBe(
      'Has a child\naged 12 or\nunder',
    );
    expect(wrapText('有十二岁以下子女', 40, 10)).toBe('有十二岁\n以下子女');
    expect(wrapText('Short', 100, 11)).toBe('Short');
    expect(linesWidth('ab\n小镇', 10)).toBe(20);
  });
});
