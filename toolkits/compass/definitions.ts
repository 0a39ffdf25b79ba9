/** The compass's definitions sheet, worded from metrics.md §2.2 and §1.10 (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const COMPASS_DEFINITIONS = [
  def(
    '爆品（批次相对口径）与爆品成功率',
    'Hit (cohort-relative) and hit success rate',
    '数据期内上市且已满 90 天的新品：首 90 天 GMV ÷ 同批次（行业 × 上市季度）中位数，位于本行业前 N%（参数「爆品比例」，默认 7%）者为爆品；成功率 = 爆品数 ÷ 新品数，按上市季度、价格带、人群侧重（首 90 天买家最多的人群）与品牌切分，并与行业同切片对比。',
    'Launches in the data period with 90 days observed: a hit’s first-90-day GMV ÷ its cohort median (industry × launch quarter) is in its industry’s top N% (input “hit share”, 7% by default); success rate = hits ÷ launches, by launch quarter, price band, crowd focus (the crowd most first-90-day buyers belong to) and brand, against the industry’s same slice.',
    ['hitShare', 'asOf'],
    null,
  ),
  def(
    '机会地图：需求、供给、缺口、人群 TGI',
    'Opportunity map: demand, supply, gap, crowd TGI',
    '行业内每个叶子类目 × 价格带：需求 = 近 90 天 I 阶段人数（有曝光以外浏览行为的去重消费者）；需求增长 = 近 90 天品类搜索人数 ÷ 前 90 天 − 1；供给 = 近 90 天有成交的 SKU 数（全部品牌）；缺口 = 需求 ÷ 供给；人群 TGI = 该人群在格内 I 阶段人数中的占比 ÷ 在全行业中的占比 × 100，取占比 ≥ 5% 的人群中 TGI 最高者。气泡大小 = 近 90 天 GMV。',
    'For each leaf category × price band of the industry: demand = I-stage UV in the last 90 days (consumers with browsing beyond exposure); demand growth = category-search UV in the last 90 days ÷ the 90 before − 1; supply = SKUs with a sale in the last 90 days (every brand); gap = demand ÷ supply; crowd TGI = a crowd’s share of the cell’s I-stage UV ÷ its share of the industry’s × 100, the highest among crowds with ≥ 5% of the cell. Bubble size = GMV in the last 90 days.',
    ['asOf'],
    null,
  ),
  def(
    '爆品概率模型（逻辑回归 + 保序校准）',
    'Hit-probability model (logistic regression + isotonic calibration)',
    '特征取上新后前 7 天或前 14 天：点击率 = 访客 ÷ 曝光人数；收加率 = 收藏加购人数 ÷ 访客；转化率 = 买家 ÷ 访客；目标人群买家占比；价格相对类目 = ln(标价 ÷ 类目标价中位数)；内容互动率 = 互动人数 ÷ 内容浏览人数；品牌新客买家占比。特征标准化后以牛顿法（IRLS）拟合无正则逻辑回归，系数按每个标准差给出并附标准误；AUC 为五折分层交叉验证的留出预测（1000 次自助抽样 95% 区间）；概率经保序回归校准（亦示 Platt 校准）。少于 150 个新品或 10 个爆品时提示不可尽信。',
    'Features over the first 7 or 14 days after launch: CTR = visitors ÷ exposed UV; favourite + cart rate = favourite/cart UV ÷ visitors; conversion = buyers ÷ visitors; target-crowd buyer share; price vs category = ln(list price ÷ the category’s median list price); content engagement = engaged ÷ viewers; new-to-brand buyer share. Standardised, fitted by Newton’s method (IRLS), unregularised; coefficients per standard deviation with standard errors; AUC of five-fold stratified cross-validated held-out predictions (95% interval from 1000 bootstrap resamples); probabilities calibrated by isotonic regression (Platt scaling shown beside it). Under 150 launches or 10 hits the fit is flagged as not to be trusted.',
    ['hitShare', 'asOf'],
    null,
  ),
  def(
    '新品追踪：往期爆品轨迹、红绿灯与预警',
    'Launch tracker: past hits’ trajectory, traffic light and alerts',
    '本品牌近 90 天上市（已满 7 天）的新品，上新后第 7、14、30 天的累计买家数，对比往期爆品同日的 P25 / P50 / P80：≥ P50 绿灯，≥ P25 黄灯，否则红灯；预测爆品概率取已到达的最晚模型（第 14 天，否则第 7 天）。预警：第 14 天累计买家低于往期爆品 P25；或第 14 天概率较第 7 天下降 ≥ 20 个百分点（参数）。',
    'The brand’s launches of the last 90 days (at least 7 days old): cumulative buyers on days 7, 14 and 30 after launch against past hits’ P25 / P50 / P80 on the same day: ≥ P50 green, ≥ P25 amber, else red; predicted P(hit) from the latest model reached (day 14, else day 7). Alerts: buyers by day 14 below past hits’ P25; or P(hit) at day 14 down ≥ 20 points from day 7 (input).',
    ['asOf', 'dropPoints'],
    null,
  ),
];
