/** Content-preference words in both languages (charts, tables). */
import type { Labels } from '../common/labels';

export const CREATORS: Labels = {
  brand: { zh: '品牌自播/自产', en: 'Brand' },
  KOL: { zh: '达人 KOL', en: 'KOL' },
  KOC: { zh: '素人 KOC', en: 'KOC' },
};

export const WORDS = {
  crowd: { zh: '人群', en: 'Crowd' },
  type: { zh: '内容类型', en: 'Content type' },
  reach: { zh: '触达人数', en: 'Reach (UV)' },
  engaged: { zh: '互动人数', en: 'Engaged (UV)' },
  rate: { zh: '互动率', en: 'Engagement rate' },
  watch: { zh: '平均观看（秒）', en: 'Average watch (s)' },
  tgi: { zh: '互动 TGI', en: 'Interaction TGI' },
  direct: { zh: '直接归因 GMV', en: 'Direct GMV' },
  touch: { zh: '末次触点 GMV', en: 'Last-touch GMV' },
  buyers: { zh: '归因买家', en: 'Attributed buyers' },
  conversion: { zh: '内容转化率', en: 'Content conversion' },
  dau: { zh: '内容日触达人数（DAU）', en: 'Daily reached consumers (DAU)' },
  content: { zh: '内容', en: 'Content' },
  creator: { zh: '创作者', en: 'Creator' },
  gmv: { zh: '归因 GMV', en: 'Attributed GMV' },
} as const;
