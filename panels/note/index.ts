import { definePanel, type ParamsOf } from '../../src/panel/contract';

const params = {
  text: {
    type: 'text',
    default: '## 说明\n\n在这里写下分析结论、口径和待办。支持 **Markdown**。',
    maxLength: 50_000,
    language: 'markdown',
    label: { zh: '内容（Markdown）', en: 'Text (Markdown)' },
    affectsQuery: false,
  },
} as const satisfies Parameters<typeof definePanel>[0]['params'];

export type NoteParams = ParamsOf<typeof params>;

export const panel = definePanel({
  id: 'note',
  version: 1,
  title: { zh: '笔记', en: 'Note' },
  description: {
    zh: 'Markdown 文本（安全过滤后显示）。',
    en: 'Markdown text, sanitized before it is shown.',
  },
  params,
  buildQuery: () => null,
  buildPlot: () => null,
  expectedColumns: () => [],
  examples: [
    { name: { zh: '分析说明', en: 'Analysis notes' }, params: {} },
    {
      name: { zh: '口径说明（英文）', en: 'Definitions, in English' },
      params: {
        text: '# GMV\n\nSum of `pay_amount` of paid and refunded orders. *Net GMV* subtracts refunds.',
      },
    },
  ],
});
