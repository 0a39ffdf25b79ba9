import { describe, expect, it } from 'vitest';
import { loadedTable, openLab, sharedLink, waitForDemo } from './support';

const csv = (name: string, text: string) => ({
  name,
  mimeType: 'text/csv',
  buffer: Buffer.from(text),
});

describe('local files in shared labs', () => {
  it('keeps a fingerprint in the link, asks the recipient for the file, and maps differing columns', async () => {
    const author = await openLab();
    const { page } = author;
    await waitForDemo(page);
    await page
      .getByLabel('添加文件')
      .setInputFiles([
        csv('sales.csv', 'region,amount\n华东,10\n华南,20\n'),
        csv('notes.csv', 'memo\nx\n'),
      ]);
    await loadedTable(page, 'sales', 2).waitFor();
    await loadedTable(page, 'notes', 1).waitFor();
    await page.getByRole('combobox', { name: '添加面板' }).selectOption('table');
    const panel = page.getByRole('article', { name: '数据表格' });
    await panel.getByRole('button', { name: '设置' }).click();
    await panel.getByRole('combobox', { name: '数据表' }).selectOption('sales');
    await panel.getByRole('cell', { name: '华东' }).waitFor();
    // The link carries the file's fingerprint, not its rows.
    const link = await sharedLink(page, (state) =>
      state.panels.some((p) => p.params.table === 'sales'),
    );

    // Another browser: the lab asks first (it reads a local file), then asks for the file.
    const recipient = await openLab({ url: link });
    const dialog = recipient.page.getByRole('dialog');
    await dialog.getByText('sales.csv').waitFor();
    await dialog.getByRole('button', { name: '运行此实验室' }).click();
    await waitForDemo(recipient.page);
    const files = recipient.page.getByRole('region', { name: '此实验室使用了本地文件' });
    // The recipient loads the demo data first: on a loaded 2-core machine that took over 30 s.
    await files.getByText('sales.csv（表 sales：2 行，2 列）').waitFor({ timeout: 90_000 });
    // Only the file a panel reads is asked for, and the panel says what it waits for.
    expect(await files.getByText('notes.csv').count()).toBe(0);
    await recipient.page
      .getByRole('article', { name: '数据表格' })
      .getByText('等待文件：sales.csv')
      .waitFor();

    // A damaged file: said where the file was asked for; still waiting, nothing listed.
    await files.getByLabel('选择 sales.csv').setInputFiles([
      {
        name: 'broken.parquet',
        mimeType: 'application/octet-stream',
        buffer: Buffer.from('PAR1 not really'),
      },
    ]);
    await files
      .getByRole('alert')
      .getByText(/无法读取 broken\.parquet：/)
      .waitFor();
    expect(await loadedTable(recipient.page, 'sales', 1).count()).toBe(0);

    // Another brand's export: same data, the region column named differently.
    await files
      .getByLabel('选择 sales.csv')
      .setInputFiles([csv('other.csv', '地区,amount\n华北,5\n')]);
    const mapping = files.getByRole('group', { name: 'sales.csv 的字段映射' });
    // Until the mapping is confirmed the file is not in the lab: not listed, not read.
    await mapping.getByRole('combobox', { name: 'region' }).waitFor();
    expect(await loadedTable(recipient.page, 'sales', 1).count()).toBe(0);
    await recipient.page
      .getByRole('article', { name: '数据表格' })
      .getByText('等待文件：sales.csv')
      .waitFor();
    await mapping.getByRole('combobox', { name: 'region' }).selectOption('地区');
    await mapping.getByRole('button', { name: '使用此映射' }).click();
    await expect.poll(() => files.count()).toBe(0);
    await loadedTable(recipient.page, 'sales', 1).waitFor();
    await recipient.page
      .getByRole('article', { name: '数据表格' })
      .getByRole('cell', { name: '华北' })
      .waitFor();
    expect([...author.errors, ...recipient.errors]).toEqual([]);
  });
});
