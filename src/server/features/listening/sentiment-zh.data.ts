/**
 * Chinese sentiment lexicon, in Simplified characters (Traditional text is folded to Simplified
 * before matching). Values on the AFINN scale. Written for reviews and social posts: service,
 * products, food, places, delivery, media, plus common internet words.
 */
export type ZhEntry =
  | { kind: 'word'; value: number; degree?: number }
  | { kind: 'negator'; strong?: boolean }
  | { kind: 'partial' }
  | { kind: 'degree'; factor: number }
  | { kind: 'contrast' }
  | { kind: 'boundary'; question: boolean; exclamation: boolean }
  | { kind: 'question' }
  | { kind: 'neutral' };

const WORDS: ReadonlyArray<readonly [number, string]> = [
  [3, '完美 极好 极佳 超赞 超棒 太棒 一流 顶级 绝佳 卓越 出色 杰出 优秀 精彩 惊艳 震撼 感动 最爱 超值 物超所值 五星 强烈推荐 爱死 赞不绝口'],
  [3, '无可挑剔 好评如潮 满分 神作 经典 完胜 力荐 非常满意 十分满意 相当满意 非常好 太好了 好极了 棒极了 一级棒 回头客 还会再来 下次还来 会再来'],
  [2, '棒 赞 不错 满意 喜欢 喜爱 爱 推荐 值得 实惠 划算 便宜 方便 便利 舒适 舒服 干净 整洁 漂亮 美丽 好看 好吃 好用 好听 好玩 美味 可口 新鲜'],
  [2, '热情 周到 友好 友善 耐心 贴心 细心 专业 迅速 及时 高效 流畅 稳定 清晰 安静 宽敞 明亮 精致 精美 高档 豪华 大气 时尚 可爱 开心 高兴 快乐 愉快'],
  [2, '幸福 感谢 谢谢 感激 支持 点赞 给力 厉害 靠谱 放心 省心 安心 信赖 好评 惊喜 享受 轻松 温馨 温暖 亲切 优惠 实用 耐用 结实 顺利 成功 优质 良好'],
  [2, '正品 合理 有趣 有意思 有用 受益 受益匪浅 启发 称赞 表扬 赞赏 欣赏 佩服 666 没问题 物美价廉 性价比高 值得一看 值得一读 值得购买 宝贵'],
  [2, '美 帅 酷 牛 强 快 香 甜 嫩 脆 爽 划得来 整齐 卫生 齐全 丰富 完善 细致 到位 认真 负责 诚信 贴切 生动 感人 动人 温柔 美好 优美 优雅 舒心 顺心'],
  [1, '还行 还可以 还好 尚可 过得去 好在 哈哈 嘻嘻 期待 适合 合适 够用 干脆 清楚 充足 准时'],
  [-1, '一般 普通 凑合 勉强 偏小 较小 有待提高 有待改进 有待加强 旧 小气 单调 平淡 平庸 油腻 简陋 问题'],
  [-2, '差 坏 烂 糟 糟糕 失望 不满 不满意 难吃 难看 难用 难听 难受 难过 伤心 生气 郁闷 烦 烦人 讨厌 后悔 遗憾 可惜 麻烦 毛病 故障 缺点 不足 投诉'],
  [-2, '退货 退款 差劲 劣质 粗糙 脏 乱 臭 吵 吵闹 噪音 拥挤 狭小 太小 昂贵 贵 慢 迟 延迟 晚点 卡顿 死机 掉线 发热 发烫 蓝屏 破 破旧 陈旧 潮湿 发霉 霉味 异味'],
  [-2, '冷漠 敷衍 傲慢 无礼 粗鲁 欺骗 骗 坑 忽悠 假货 山寨 次品 无聊 乏味 枯燥 浪费 不值 不行 不如 不爽 无语 倒霉 尴尬 担心 害怕 痛苦 累 吃亏 上当 缺陷'],
  [-2, '漏水 损坏 破损 划痕 瑕疵 缺货 断货 失败 错误 慢吞吞 磨蹭 怠慢 刁难 不耐烦 不负责 不专业 不方便 不合理 不舒服 太贵 偏贵 贵了 不值得 被骗 退钱'],
  [-3, '极差 很差 太差 最差 恶劣 垃圾 恶心 糟透 骗子 无耻 愤怒 坑人 坑爹 千万别 千万不要 再也不 绝不推荐 避雷 差评 太烂 烂透 气死 垃圾货 黑心 坑钱'],
];

// Words that contain a sentiment word but say nothing of the kind ("好像" is "seems", "出差" a trip).
const NEUTRAL = [
  '好像 好多 好几 好些 只好 爱好 好奇 正好 刚好 好久 差不多 差点 出差 差距 误差 相差 差价 时差 偏差 还是 不得不 不管 不仅 不但 不断 不久 不少 不用 不同',
  '不一定 无论 没想到 没什么 不知道 房卡 信用卡 银行卡 卡片 假期 假日 放假 请假 暑假 寒假 老板 老师 老公 老婆 老人 老家 大家 大概 大约 大多 新闻 小时 可以说',
  '美国 美元 美金 香港 强调 快递 爱情 不好意思 问题是 老是 一般来说 好不好 好吗 慢慢 累计 积累 突破 贵宾 差异 差别 重新 更新',
].join(' ');

const NEGATORS = '不 没 没有 无 未 别 非 勿 莫 毫无 毫不 并不 并没有 从不 从没 从未 绝不 决不 不是 不会 不能 不再 不要 难以 无法';
// Emphatic negation ("一点也不好", "根本不行") reverses at full strength.
const STRONG_NEGATORS = '一点也不 一点都不 根本不 根本没 完全不 完全没 一点也没 一点都没';
// "不太好" is "not so good": negated, but the degree adverb under the negation does not intensify.
const PARTIAL_NEGATORS = '不太 不很 不是很 不是太 不怎么 没那么 没有那么 不算 不算太 不够 不大';
const DEGREES: ReadonlyArray<readonly [number, string]> = [
  [2, '极 极其 极为 极度 超级 无比 巨'],
  [1.8, '最 超 太 非常 特别 十分 相当 格外 实在 简直'],
  [1.3, '真 真的 很 挺 蛮 更 更加 那么 这么 如此 越来越'],
  [0.8, '比较 较 还 还算 偏 算是'],
  [0.6, '有点 有点儿 有些 稍微 稍 略 略微 一点'],
];
const CONTRASTS = '但是 但 可是 不过 然而 只是 却';

export function zhEntries(): Array<readonly [string, ZhEntry]> {
  const entries: Array<readonly [string, ZhEntry]> = [];
  const words = (list: string) => list.split(' ').filter(Boolean);
  for (const [value, list] of WORDS) for (const word of words(list)) entries.push([word, { kind: 'word', value }]);
  // Before another sentiment word, 好 is "so" (好开心, 好贵), not "good".
  entries.push(['好', { kind: 'word', value: 2, degree: 1.3 }]);
  for (const word of words(NEUTRAL)) entries.push([word, { kind: 'neutral' }]);
  for (const word of words(NEGATORS)) entries.push([word, { kind: 'negator' }]);
  for (const word of words(STRONG_NEGATORS)) entries.push([word, { kind: 'negator', strong: true }]);
  for (const word of words(PARTIAL_NEGATORS)) entries.push([word, { kind: 'partial' }]);
  for (const [factor, list] of DEGREES) for (const word of words(list)) entries.push([word, { kind: 'degree', factor }]);
  for (const word of words(CONTRASTS)) entries.push([word, { kind: 'contrast' }]);
  for (const mark of '，。；、,.;~～\n…') entries.push([mark, { kind: 'boundary', question: false, exclamation: false }]);
  for (const mark of '？?') entries.push([mark, { kind: 'boundary', question: true, exclamation: false }]);
  for (const mark of '！!') entries.push([mark, { kind: 'boundary', question: false, exclamation: true }]);
  for (const particle of ['吗', '难道']) entries.push([particle, { kind: 'question' }]);
  return entries;
}
