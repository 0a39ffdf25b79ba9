/** The crowd toolkit's definitions sheet, worded from metrics.md (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const CROWD_DEFINITIONS = [
  def(
    '八大策略人群',
    'Eight strategic crowds',
    '按规则表（精致妈妈、Z世代、小镇青年、小镇中老年、都市银发、资深中产、新锐白领、都市蓝领，其余为其他）推导，取 consumers.crowd。',
    'Derived by the rule table (精致妈妈, Z世代, 小镇青年, 小镇中老年, 都市银发, 资深中产, 新锐白领, 都市蓝领, else 其他), read from consumers.crowd.',
    [],
    null,
  ),
  def(
    'TGI',
    'TGI',
    'TGI = 100 × 目标人群中该特征占比 ÷ 基准人群中该特征占比；目标人数 < 最小样本时不显示。',
    'TGI = 100 × share of the feature in the target ÷ share in the base; hidden when the target count is below the minimum.',
    ['minCount', 'base'],
    'S15',
  ),
  def(
    '渗透率',
    'Penetration',
    '人群内品牌买家 ÷ 人群内活跃消费者（窗口内有订单）。',
    'Brand buyers in the crowd ÷ active consumers in the crowd (any order in the window).',
    ['windowDays'],
    null,
  ),
  def(
    'GMV 占比、ARPPU',
    'GMV share, ARPPU',
    '人群 GMV ÷ 品牌 GMV；ARPPU = 人群 GMV ÷ 人群买家。',
    'Crowd GMV ÷ brand GMV; ARPPU = crowd GMV ÷ crowd buyers.',
    ['windowDays'],
    'S17',
  ),
];
