import { expect, describe, it } from 'vitest';
import { openLab, waitForDemo } from './support';

describe('the AIPL exchange-rate card in Chromium', () => {
  it('forecasts with a band against the target, backtests the industry, switches brand', async () => {
    const lab = await openLab();
    const { page } = lab;
    await waitForDemo(page);
    await page.getByRole('combobox', { name: '打开工具' }).selectOption({ label: 'AIPL 汇率卡' });
    const section = page.getByRole('region', { name: 'AIPL 汇率卡' });
    const brand = section
      .getByRole('group', { name: '工具参数' })
      .getByRole('combobox', { name: /^品牌/ });
    await brand.selectOption({ label: '暖集 (9)' });

    // The forecast: computed in the worker, drawn with its bootstrap band and the forecast origin.
    const forecast = section.getByRole('article', { name: 'GMV 预测与目标' });
    const chart = forecast.getByRole('img', { name: 'GMV 预测与目标', exact: true });
    await chart.getByText('预测起点 2026-10').waitFor({ timeout: 120_000 });
    expect(await chart.locator('[aria-label="area"] path').count()).toBe(1);
    await forecast.getByRole('button', { name: '表格', exact: true }).click();
    const next = forecast.getByRole('row', { name: /^2026-11/ });
    await next.waitFor();
    // Actual is not known yet; the Markov forecast, its band, the simple forecast and the target are.
    const cells = await next.getByRole('cell').allTextContents();
    expect(cells[1]).toBe('—');
    expect(cells[3]).toMatch(/万$/);
    expect(cells[4]).toMatch(/万–.*万$/);

    // The backtest: every brand of the industry, each horizon, beside the naive baselines.
    const backtest = section.getByRole('article', { name: '回测：预测能信几分' });
    await backtest.getByText('朴素：上月').first().waitFor({ timeout: 120_000 });
    await backtest.getByRole('button', { name: '表格', exact: true }).click();
    await backtest.getByRole('row', { name: /^暖集 1 马尔可夫/ }).waitFor();
    expect(await backtest.getByRole('row', { name: /^暖集 12 朴素：去年同月/ }).count()).toBe(1);

    // The plan names crowds; the alerts of the eroding brand include its shrinking A pool.
    const plan = section.getByRole('article', { name: '盘人计划' });
    await plan
      .getByRole('img', { name: '盘人计划', exact: true })
      .getByText(/汇率/)
      .first()
      .waitFor();
    await page.getByText(/暖集：A 蓄水池较上月减少/).waitFor({ timeout: 120_000 });

    // Another industry's brand: the backtest now lists that industry's brands.
    await brand.selectOption({ label: '暖颜 (5)' });
    await backtest.getByRole('row', { name: /^暖颜 1 马尔可夫/ }).waitFor({ timeout: 120_000 });
    expect(await backtest.getByRole('row', { name: /^暖集 / }).count()).toBe(0);
    expect(lab.errors).toEqual([]);
  });
});
