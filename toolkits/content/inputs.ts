/** Content-preference inputs. */
import type { ParamSpec, ParamsOf } from '../../src/panel/contract';
import { asOfInput, brandInput, daysInput } from '../common/inputs';

export const inputs = {
  brand: brandInput,
  asOf: asOfInput,
  scope: {
    type: 'enum',
    default: 'industry',
    options: [
      { value: 'brand', label: { zh: '本品牌内容', en: 'The brand’s content' } },
      { value: 'industry', label: { zh: '同行业全部内容', en: 'All content of the industry' } },
    ],
    label: { zh: '内容范围', en: 'Content scope' },
    affectsQuery: true,
  },
  days: daysInput('窗口（天）', 'Window (days)', 90, 180),
  videoSeconds: daysInput('短视频观看 ≥ 秒算互动', 'Short video: watched ≥ s counts', 10, 600),
  liveSeconds: daysInput('直播观看 ≥ 秒算互动', 'Livestream: watched ≥ s counts', 30, 3600),
  touchDays: daysInput('末次触点归因窗口（天）', 'Last-touch window (days)', 7, 30),
  minReach: daysInput('最小触达人数', 'Minimum reach', 30, 100000),
  dropPct: daysInput('预警：互动率下降 % ≥', 'Alert: engagement-rate drop % ≥', 20, 100),
} as const satisfies Record<string, ParamSpec>;

export type ContentInputs = ParamsOf<typeof inputs>;
