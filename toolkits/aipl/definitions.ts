/** The aipl toolkit's definitions sheet, worded from metrics.md (null source = illustrative). */
import { defineMetric as def } from '../common/definitions';

export const AIPL_FLOW_DEFINITION = def(
  'AIPL 流转',
  'AIPL flow',
  '起点日 d0 与终点日 d1 的阶段转移矩阵 M[s0,s1]（含“不在 AIPL”∅）。起点人数 = 留存 + 转出 + 流失；升级 = 进入更高阶段；降级 = 更低；流失 = 离开 AIPL；新进 = 从 ∅ 进入。转化率 p(s0→s1) = M[s0,s1] / Σ M[s0,·]。',
  'Transition matrix M[s0,s1] between the start day d0 and the end day d1, including ∅ (not in AIPL). Start count = stayed + converted out + churned; upgrade = to a higher stage, downgrade = lower, churn = left AIPL, entry = from ∅. Rate p(s0→s1) = M[s0,s1] / Σ M[s0,·].',
  ['flowWeeks'],
  'S3, S5',
);
