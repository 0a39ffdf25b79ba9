import { describe, expect, it } from 'vitest';
import { selectionOpacity } from '../../../src/plot/palette';

describe('a clicked panel shows its selection', () => {
  it('fades the marks outside the selection and keeps the base opacity of the rest', () => {
    const opacity = selectionOpacity(['3'], 'key', 0.6) as (d: Record<string, unknown>) => number;
    expect(opacity({ key: 3 })).toBe(0.6);
    expect(opacity({ key: 10 })).toBeCloseTo(0.15, 10);
  });

  it('draws every mark at its base opacity when nothing is selected', () => {
    expect(selectionOpacity(undefined, 'key')).toBe(1);
    expect(selectionOpacity([], 'key', 0.5)).toBe(0.5);
  });
});
