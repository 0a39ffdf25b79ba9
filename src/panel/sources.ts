/**
 * The public sources definitions cite (metrics.md §7), so a definition shows a readable citation
 * instead of a bare code such as "S17". One entry per code: a short title in both languages and
 * the first address metrics.md gives.
 */
import type { Localized } from './contract';

export interface Source {
  code: string;
  title: Localized;
  url: string;
}

const entry = (code: string, zh: string, en: string, url: string): Source => ({
  code,
  title: { zh, en },
  url,
});

export const SOURCES: readonly Source[] = [
  entry(
    'S1',
    '阿里云 Quick Audience：AIPL 模型',
    'Alibaba Cloud Quick Audience: AIPL model',
    'https://www.alibabacloud.com/help/en/quick-audience/latest/aipl-model',
  ),
  entry(
    'S2',
    '阿里云 Quick Audience：AIPL 如何计算',
    'Alibaba Cloud Quick Audience: how AIPL is computed',
    'https://help.aliyun.com/zh/document_detail/277064.html',
  ),
  entry(
    'S3',
    '阿里云 Quick Audience：AIPL 流转分析',
    'Alibaba Cloud Quick Audience: AIPL flow analysis',
    'https://help.aliyun.com/en/document_detail/420482.html',
  ),
  entry(
    'S4',
    '阿里云 Quick Audience：AIPL 用户分析',
    'Alibaba Cloud Quick Audience: AIPL user analysis',
    'https://help.aliyun.com/en/document_detail/420449.html',
  ),
  entry(
    'S5',
    '阿里云 Quick Audience：按流转筛选（含流失）',
    'Alibaba Cloud Quick Audience: filter by flow, churn included',
    'https://help.aliyun.com/document_detail/157869.html',
  ),
  entry(
    'S6',
    '阿里云 Quick Audience：用户行为表要求',
    'Alibaba Cloud Quick Audience: behaviour table requirements',
    'https://help.aliyun.com/document_detail/450577.html',
  ),
  entry(
    'S7',
    'AIPL 行为清单（数据银行）',
    'AIPL behaviour lists (data bank)',
    'https://web.mad-men.com/bk/theory/300',
  ),
  entry(
    'S8',
    '全栈运营：FAST + 用户运营',
    'Quanzhan Yunying: FAST and consumer operations',
    'https://www.quanzhanyunying.com/6102/',
  ),
  entry(
    'S9',
    'FAST 解读（人群总量、加深率、超级用户）',
    'FAST explained (pool size, deepening rate, super users)',
    'https://geekdaxue.co/read/rdh0s6@bxaf3b/czpg5r',
  ),
  entry(
    'S10',
    'MBA 智库：FAST 模型',
    'MBA Lib: the FAST model',
    'https://wiki.mbalib.com/zh-tw/FAST%E6%A8%A1%E5%9E%8B',
  ),
  entry('S11', 'FAST 报告摘要', 'FAST report summary', 'https://fhyanbao.com/rpview/774348'),
  entry(
    'S12',
    'BCG × 天猫大快消：GROW 增长模型（2019）',
    'BCG × Tmall FMCG: the GROW model (2019)',
    'http://m.handmsg.com/page/2019/1012/5766318.shtml',
  ),
  entry(
    'S13',
    '天猫 × BCG：DeEP 增长方法论（2020）',
    'Tmall × BCG: DeEP (2020)',
    'https://www.sgpjbg.com/bgdown/19155.html',
  ),
  entry(
    'S14',
    '董本洪：消费者资产（2017）',
    'Dong Benhong: consumer assets (2017)',
    'http://sootoo.com/content/672524.shtml',
  ),
  entry('S15', 'TGI 计算公式', 'The TGI formula', 'https://yq.aliyun.com/articles/268799'),
  entry(
    'S16',
    '天猫 × 贝恩：八大策略人群（2019）',
    'Tmall × Bain: eight strategic crowds (2019)',
    'http://xyyyz.cn/a/yuanchuang/111.htm',
  ),
  entry(
    'S17',
    '阿里巴巴年报口径：年度活跃消费者与 GMV',
    "Alibaba's reporting: annual active consumers and GMV",
    'https://www.opportimes.com/alibaba-shoots-up-its-active-consumers/',
  ),
  entry(
    'S18',
    'JMP：关联规则的度量',
    'JMP: association rule measures',
    'https://origin-www.jmp.com/support/help/en/18.1/jmp/statistical-details-for-performance-measures.shtml',
  ),
  entry(
    'S19',
    '同期群留存 SQL',
    'Cohort retention SQL',
    'https://gist.github.com/gstpereira/8b399f06efe67513bcc286da1178f468',
  ),
  entry(
    'S20',
    '阿里云 Quick Audience：RFM 模型',
    'Alibaba Cloud Quick Audience: RFM model',
    'https://help.aliyun.com/en/document_detail/134842.html',
  ),
  entry(
    'S21',
    '生意参谋：店铺层级',
    'Business Advisor (生意参谋): store tiers',
    'http://www.mqs.net/tags-25319.html',
  ),
  entry(
    'S22',
    '天猫新品标识（首发后 30 天）',
    'Tmall new-product label (30 days after launch)',
    'http://www.gstsqh.com.cn/wztb/show_71968.html',
  ),
  entry(
    'S23',
    '货品分析：转化率与流量/转化象限',
    'Goods analysis: conversion and traffic/conversion quadrants',
    'https://geekdaxue.co/read/jinglan-wymlh@tgp7f9/fv8o7r',
  ),
  entry(
    'S24',
    '天猫新品创新中心（TMIC）：爆款公式',
    'Tmall Innovation Center (TMIC): the hit formula',
    'https://www.fanswong.com/article/018f325c-7774-7f5b-d5ee-c2ff81e5956a',
  ),
  entry(
    'S25',
    '天猫快消 GAIN（2025）',
    'Tmall FMCG GAIN (2025)',
    'https://staging.reportify.cn/tags/concept?tagValue=GAIN%E7%94%A8%E6%88%B7%E4%BB%B7%E5%80%BC%E7%BB%8F%E8%90%A5%E6%96%B9%E6%B3%95%E8%AE%BA',
  ),
  entry(
    'S26',
    'CBI 中国线上消费品牌指数',
    'CBI China online consumer brand index',
    'http://m.digipub.cc/dy/article/KI3LKGNF05118FFD.html',
  ),
  entry(
    'S27',
    '用户生命周期中的马尔可夫转移',
    'Markov transitions in the user lifecycle',
    'https://www.cms365.cn/question/tgbfroh3y0424tglijv41scf',
  ),
  entry(
    'S29',
    '阿里巴巴 88VIP 会员计划',
    'Alibaba 88VIP membership',
    'http://thewisemarketer.com/loyalty-strategy/alibaba-launches-umbrella-loyalty-program',
  ),
];

const BY_CODE = new Map(SOURCES.map((s) => [s.code, s]));

/**
 * A definition's source field ("S1, S2, S8", "S16a") → the sources it names, in order; a code
 * metrics.md does not list is kept as written so nothing is silently dropped.
 */
export function resolveSources(field: string): (Source | { code: string; title: null })[] {
  return field
    .split(/[,;，]\s*/)
    .map((code) => code.trim())
    .filter(Boolean)
    .map((code) => BY_CODE.get(code.replace(/[a-z]$/, '')) ?? { code, title: null });
}

/** The citation as one line of text (exports, provenance): titles, not codes. */
export function citationText(field: string, locale: 'zh-CN' | 'en'): string {
  return resolveSources(field)
    .map((s) => (s.title ? (locale === 'zh-CN' ? s.title.zh : s.title.en) : s.code))
    .join(locale === 'zh-CN' ? '；' : '; ');
}
