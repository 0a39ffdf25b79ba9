/**
 * The showcase: one lab holding every panel example of the library and every toolkit with all its
 * panels, opened by link in a given language. The layout test measures it at several widths; `npm
 * run gallery` photographs it. New panels, examples and toolkits join without touching this file.
 */
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { PANELS, TOOLKITS } from '../../src/panel/registry';
import { emptyLabState, type LabState, type PanelState } from '../../src/state/lab-state';
import { encodeLabFragment } from '../../src/state/link';
import { openLab, type Lab } from './support';

export type ShowcaseLocale = 'zh-CN' | 'en';

const pick = (text: { zh: string; en: string }, locale: ShowcaseLocale) =>
  locale === 'en' ? text.en : text.zh;

/** The showcase lab in `locale`: each library example titled by its name, then each toolkit. */
export function showcaseState(locale: ShowcaseLocale): LabState {
  const state = emptyLabState();
  state.title = locale === 'en' ? 'Showcase' : '全部面板与工具';
  const panels: PanelState[] = [];
  for (const panel of PANELS.values())
    panel.examples.forEach((example, i) =>
      panels.push({
        key: `${panel.id.replace(/[^\w]/g, '')}${i + 1}`,
        panel: panel.id,
        version: panel.version,
        params: { ...example.params },
        width: 1,
        section: null,
        title: `${pick(panel.title, locale)} · ${pick(example.name, locale)}`,
      }),
    );
  for (const toolkit of TOOLKITS.values()) {
    const section = `s${toolkit.id.replace(/[^\w]/g, '')}`;
    state.sections.push({
      id: section,
      title: '',
      toolkit: { id: toolkit.id, version: toolkit.version, inputs: {} },
    });
    toolkit.panels.forEach(({ panel, width }, i) =>
      panels.push({
        key: `${section}p${i}`,
        panel: panel.id,
        version: panel.version,
        params: {},
        width,
        section,
      }),
    );
  }
  state.panels = panels;
  return state;
}

/** Every panel shows what it shows: its chart, its table or its note (not loading, not an error). */
export async function waitForShowcase(page: Page): Promise<void> {
  await expect
    .poll(
      () =>
        page.evaluate(
          () =>
            [...document.querySelectorAll('article')].filter(
              (a) =>
                !a.querySelector('.chart svg, table, .note, [role="alert"]') ||
                a.querySelector('.busy'),
            ).length,
        ),
      { timeout: 180_000, interval: 500 },
    )
    .toBe(0);
}

/** Open the showcase in `locale` at `width` CSS pixels, approve its SQL, and wait until all is drawn. */
export async function openShowcase(locale: ShowcaseLocale, width: number): Promise<Lab> {
  const hash = `#${await encodeLabFragment(showcaseState(locale))}`;
  const lab = await openLab({ locale, hash });
  await lab.page.setViewportSize({ width, height: 1000 });
  // Panels off screen are laid out only when scrolled to (content-visibility): here all are
  // measured at once, so all are laid out.
  await lab.page.addStyleTag({ content: '.frame { content-visibility: visible !important; }' });
  // The SQL cell's query is the lab's to run only once approved.
  await lab.page
    .getByRole('button', { name: locale === 'en' ? 'Run this lab' : '运行此实验室' })
    .click();
  await waitForShowcase(lab.page);
  return lab;
}

/** Resize the page and wait until every chart was drawn again for its new width. */
export async function resizeShowcase(page: Page, width: number): Promise<void> {
  await page.evaluate(() =>
    document.querySelectorAll('.chart svg').forEach((svg) => svg.setAttribute('data-stale', '')),
  );
  await page.setViewportSize({ width, height: 1000 });
  await expect
    .poll(() => page.evaluate(() => document.querySelectorAll('.chart svg[data-stale]').length), {
      timeout: 60_000,
      interval: 250,
    })
    .toBe(0);
  await waitForShowcase(page);
}
