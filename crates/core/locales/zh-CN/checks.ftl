# 检查结果（finding）的说明和建议，简体中文。每条都与 en/checks.ftl 一一对应（有测试检查）。
# 术语见 ui.ftl 文件头：达人、活动、交付内容、合作简报、广告标注、报价、预算上限。
# 以 term- 开头的是固定选项（状态、类别等）的名称，英文名称写在代码里。

empty = { "" }
quoted = “{ $text }”
list-semicolon = ；

## 句首的内容类型。
noun-story = 快拍
noun-feed-post = 图文帖子
noun-short-video = 短视频
noun-long-video = 长视频
noun-blog = 博客文章
noun-podcast = 播客
noun-live-event = 直播或线下活动
noun-other = 这项内容

## 多项检查共用的建议。
fix-move-publish = 把发布日期改到 { $publish } 或更晚。
fix-move-publish-or-brief = 把发布日期改到 { $publish }，或在 { $brief } 前发出合作简报。
fix-ask-draft-by = 请达人在 { $draft } 前交初稿，或推迟发布。

## tight-lead-time
tight-lead-time = { $noun }从发出合作简报到发布需要 { $needs } 天；{ $title }只有 { $has } 天。
tight-lead-time-shipping = { $noun }从发出合作简报到发布需要 { $needs } 天（{ $base } 天，另加寄送产品 { $extra } 天）；{ $title }只有 { $has } 天。

## tight-review-window
tight-review-window = { $title }从初稿截止（{ $draft }）到发布（{ $publish }）只有 { $has } 个工作日；审稿加一轮修改需要 { $needs } 个工作日。
tight-review-window-reversed = { $title }的发布日期（{ $publish }）早于初稿截止日期（{ $draft }），完全没有审稿时间；审稿加一轮修改需要 { $needs } 个工作日。

## dates-out-of-order
dates-out-of-order = { $title }中，{ $problems }。
dates-out-of-order-fix = 按顺序排好日期：先发合作简报，再交初稿，最后发布。
order-publish-before-draft = 发布日期（{ $publish }）早于初稿截止日期（{ $draft }）
order-draft-before-brief = 初稿截止日期（{ $draft }）早于合作简报发出日期（{ $brief }）
order-publish-before-brief = 发布日期（{ $publish }）早于合作简报发出日期（{ $brief }）

## overdue
overdue-publish = { $title }应于 { $date } 发布，已逾期 { $late } 天（状态：{ $status }）。
overdue-draft = { $title }的初稿应于 { $date } 提交，已逾期 { $late } 天（状态：{ $status }）。
overdue-brief = { $title }的合作简报应于 { $date } 发出，已逾期 { $late } 天（状态：{ $status }）。
overdue-fix = 先和达人沟通，然后标记为“{ $done }”，或商定新的日期。

## 固定选项的名称。
term-DeliverableStatus-Planned = 已计划
term-DeliverableStatus-BriefSent = 已发合作简报
term-DeliverableStatus-Agreed = 已约定
term-DeliverableStatus-InProgress = 制作中
term-DeliverableStatus-DraftSubmitted = 已交初稿
term-DeliverableStatus-Approved = 已通过
term-DeliverableStatus-Published = 已发布
term-DeliverableStatus-Cancelled = 已取消
term-CostCategory-CreatorFee = 达人费用
term-CostCategory-UsageRights = 内容使用权
term-CostCategory-PaidAmplification = 付费推广
term-CostCategory-Product = 产品
term-CostCategory-Shipping = 运费
term-CostCategory-Production = 制作
term-CostCategory-Travel = 差旅
term-CostCategory-AgencyFee = 服务费
term-CostCategory-Tax = 税费
term-CostCategory-Bonus = 奖金
term-CostCategory-Contingency = 备用金
term-CostCategory-Other = 其他
term-CostStatus-Estimated = 预估
term-CostStatus-Committed = 已确认
term-CostStatus-Invoiced = 已开票
term-CostStatus-Paid = 已付款
term-CostStatus-Cancelled = 已取消
term-Stage-Prospect = 潜在
term-Stage-Contacted = 已联系
term-Stage-Negotiating = 洽谈中
term-Stage-Active = 合作中
term-Stage-Ambassador = 品牌大使
term-Stage-Paused = 暂停
term-Stage-DoNotContact = 请勿联系
term-ContactKind-Email = 邮件
term-ContactKind-Call = 电话
term-ContactKind-Dm = 私信
term-ContactKind-Meeting = 会面
term-ContactKind-Gift = 礼物
term-ContactKind-ThankYou = 感谢
term-ContactKind-Other = 其他
term-Compensation-Paid = 付费
term-Compensation-Gifted = 赠品
term-Compensation-Unpaid = 无偿
term-ContentType-Story = 快拍
term-ContentType-FeedPost = 图文帖子
term-ContentType-ShortVideo = 短视频
term-ContentType-LongVideo = 长视频
term-ContentType-Blog = 博客文章
term-ContentType-Podcast = 播客
term-ContentType-LiveEvent = 直播 / 线下活动
term-ContentType-Other = 其他
term-Platform-Blog = 博客
term-Platform-Podcast = 播客
term-Platform-Other = 其他平台
term-Kpi-Reach = 触达
term-Kpi-Impressions = 曝光
term-Kpi-Views = 播放
term-Kpi-Engagements = 互动
term-Kpi-Clicks = 点击
term-Kpi-Redemptions = 优惠码核销
term-Kpi-Sales = 销量
term-Kpi-Revenue = 销售额
term-Goal-Awareness = 品牌认知
term-Goal-Engagement = 互动
term-Goal-Traffic = 引流
term-Goal-Conversion = 转化
term-Jurisdiction-Us = 美国（FTC）
term-Jurisdiction-Uk = 英国（CAP/CMA）
term-Tier-Nano = 素人（< 1万）
term-Tier-Micro = 小达人（1万–10万）
term-Tier-Mid = 腰部达人（10万–50万）
term-Tier-Macro = 头部达人（50万–100万）
term-Tier-Mega = 超头部达人（> 100万）

## 预算：费用明细及其变更。
list-sentences = { "" }
the-creator = 达人
line-label = { $category }{ $description }
line-in-campaign = { $campaign }中的{ $line }
cost-change-from-to = { $date }：{ $from } → { $to } { $currency }

## unreconciled
unreconciled = { $intro }基准 { $baseline } + 变更 { $changes } = { $expected } { $currency }，但{ $says }。
unreconciled-with-breaks = { $intro }基准 { $baseline } + 变更 { $changes } = { $expected } { $currency }，但{ $says }。{ $breaks }
unreconciled-line = { $what }：
unreconciled-added-after-baseline = { $what }是在确定基准之后添加的：
unreconciled-added-after-approval = { $what }是在基准于 { $date } 批准之后添加的，且没有记录变更：
unreconciled-says = 明细上的金额是 { $amount } { $currency }
unreconciled-says-cancelled = 该明细已取消，按 0.00 { $currency } 计
unreconciled-break = { $date } 的变更以 { $from } 为起点，但此前的金额是 { $before }。
unreconciled-fix = 查明是谁改了金额、为什么改（手动修改或在另一份副本中修改），然后把差额记录为一条费用变更并写明原因。
unreconciled-fix-added = 把这条明细的新增记录为一条从 0 开始的费用变更，并写明原因。
unreconciled-fix-cancelled = 把取消记录为一条变为 0 的费用变更，并写明原因。

## cost-change-not-told
cost-change-not-told = { $campaign }中{ $name }的报酬有 { $count } 处变更尚未告知本人：{ $line } { $changes }。
cost-change-not-told-fix = 在{ $name }开票之前，告诉对方新的金额和原因，然后把变更标记为已告知。

## cost-change-unexplained
cost-change-unexplained = { $campaign }中{ $line }有 { $count } 处变更没有写明原因：{ $changes }。
cost-change-unexplained-fix = 写下变更的原因（去问谈定这笔费用的人），这样才能向客户和达人解释预算。

## over-cap
over-cap-committed = { $campaign }已确认、已开票或已付款的金额为 { $committed } { $currency }，比预算上限 { $cap } { $currency } 超出 { $over } { $currency }。
over-cap-committed-fix = 不要再追加任何费用：重新谈判或取消尚未付款的明细，或申请提高预算上限。
over-cap-planned = { $campaign }的计划合计 { $planned } { $currency }，比预算上限 { $cap } { $currency } 超出 { $over } { $currency }（其中已确认 { $committed } { $currency }）。
over-cap-planned-fix = 在确认之前，把预估明细（或备用金）削减 { $over } { $currency }，或申请提高预算上限。

## payment-overdue
payment-due = 应于 { $due } 付款
payment-due-by-terms = 于 { $invoiced } 开票，账期 { $terms } 天，应于 { $due } 付款
payment-overdue = { $campaign }中的{ $line }（{ $amount } { $currency }）{ $when }，已逾期 { $late } 天。
payment-overdue-fix = 立即付款，或告诉{ $name }何时付款：拖欠款项是达人最常抱怨的问题。
payment-overdue-fix-supplier = 立即付款，或告诉供应商何时付款。

## missing-cost
missing-fee = { $name }在{ $campaign }中有 { $count } 项付费交付内容（{ $titles }），但没有达人费用明细。
missing-fee-fix = 在{ $campaign }中为{ $name }添加一条达人费用明细；如果不支付费用，就把这些交付内容标记为赠品合作。
missing-shipping = { $campaign }中没有{ $name }的产品或运费明细，但其{ $titles }需要先寄送产品。
missing-shipping-fix = 为{ $name }添加一条运费明细（如果产品不在寄样预算中，再加一条产品明细），确保包裹的费用有着落并能按时寄出。

## rush-campaign
rush-campaign = { $campaign }从{ $what }（{ $from }）到首次发布（{ $publish }，{ $title }）只有 { $has } 天；少于 { $needs } 天就是赶工。
rush-campaign-from-brief = 第一份合作简报
rush-campaign-from-start = 开始日期
rush-campaign-fix = 给达人至少 { $needs } 天：把首次发布改到 { $publish } 或更晚。
rush-campaign-fix-or-brief = 给达人至少 { $needs } 天：把首次发布改到 { $publish } 或更晚，或在 { $brief } 前启动活动并发出第一份合作简报。

## too-many-revisions
too-many-revisions = { $title }已经修改了 { $used } 轮，约定的是 { $agreed } 轮。
too-many-revisions-fix = 按约定的轮数停下：再改就是过度干预，而受众信任的正是达人自己的风格。把意见汇总成一轮反馈，或与达人商定（并付费）增加一轮。

## plan-change-not-told
plan-change-item = { $what } { $from } → { $to }
plan-value-quoted = “{ $text }”
plan-change-not-told = { $title }在{ $name }同意之后有 { $count } 处计划变更，尚未告知对方：{ $changes }。
plan-change-not-told-fix = 告诉{ $name }改了什么、为什么改（“起草更新消息”会替你写好消息），然后把这些计划变更标记为已告知。

## creator-overload
list-more = { $shown }等，另有 { $more } 项
overload-item = { $date } { $title }
overload-move = 把{ $title }（{ $date }）改到 { $to } 或更晚
overload-move-another-week = 把{ $title }（{ $date }）改到另一周
creator-overload = { $name }在 7 天内有 { $count } 个发布日期{ $across ->
        [1] { "" }
       *[other] （分属 { $across } 个活动）
    }：{ $list }。任意 7 天内超过 { $max } 个，就没有时间把每一个都做好。
creator-overload-between = { $name }在 { $first } 到 { $last } 之间有 { $count } 个发布日期，7 天内最多 { $most } 个{ $across ->
        [1] { "" }
       *[other] （分属 { $across } 个活动）
    }：{ $list }。任意 7 天内超过 { $max } 个，就没有时间把每一个都做好。
creator-overload-fix = { $moves }，使任意 7 天内不超过 { $max } 个；或先和{ $name }商定节奏。
creator-overload-fix-none = 这里已经没有可以调整的了；以后给{ $name }安排发布时拉开间隔，使任意 7 天内不超过 { $max } 个。

## 达人关系。
list-and-each = 和
no-recent-contact = 已有 { $silent } 天没有联系{ $name }（上次：{ $date } { $kind }）；处于“{ $stage }”阶段的达人，至少每 { $limit } 天应联系一次。
no-recent-contact-never = 没有与{ $name }联系的记录，而对方是{ $stage }。
stage-an-active-partner = 合作中的达人
stage-an-ambassador = 品牌大使
no-recent-contact-their-posts = 对方最近发布的内容
no-recent-contact-fix = 亲自联系对方，聊聊活动以外的话题（比如{ $topic }），并记录下来。
no-owner = 我方没有人负责对接{ $name }。
no-owner-fix = 选一位团队成员，在达人资料中填为“我方对接人”。
vetting-incomplete = { $name }参与了{ $campaigns }，但审核尚未完成：{ $missing }未检查。
vetting-incomplete-fix = 在任何内容发布之前，完成达人资料中的审核清单。
vetting-engagement = 互动率
vetting-audience-fit = 受众匹配度
vetting-content-quality = 内容质量
vetting-past-partnerships = 过往合作
vetting-brand-safety = 品牌安全
contract-not-signed = { $name }在{ $campaign }中的合同尚未签署。
contract-does-not-cover = { $name }在{ $campaign }中的合同未涵盖{ $missing }。
contract-not-signed-nor-covers = { $name }在{ $campaign }中的合同尚未签署，且未涵盖{ $missing }。
contract-incomplete-fix = 在合同中补上{ $missing }，并在发出合作简报前签署。
contract-incomplete-fix-sign = 在发出合作简报前签好合同。
contract-deliverables = 交付内容
contract-compensation = 报酬
contract-disclosure = 广告标注
contract-usage-rights = 内容使用权
contract-exclusivity = 排他条款
contract-payment-terms = 付款条件
tracking-missing = { $name }在{ $campaign }中没有优惠码、链接或话题标签，无法衡量效果。
tracking-missing-fix = 给对方一个专属优惠码或带追踪的链接。
thanks-missing = { $name }在{ $campaign }中的合作已于 { $since } 天前（{ $date }）结束，但没有感谢的记录。
thanks-missing-fix = 亲自致谢（说说你喜欢对方内容的哪些地方），并记录为“感谢”。
fee-below-rate = { $name }在{ $campaign }中的费用为 { $fee } { $currency }，低于按其报价计算的 { $count } 项已约定交付内容的价格（{ $card } { $currency }）。
fee-below-rate-fix = 按报价付费，或与对方坦诚商定较低的费用并注明原因。

## 广告标注。
regulator-us = 美国联邦贸易委员会（FTC）
regulator-uk = 英国广告守则（CAP Code）和竞争与市场管理局（CMA）
disclosure-missing = { $title }属于{ $kind }合作，但没有广告标注。
disclosure-missing-fix = 与达人商定一个清楚的标注，例如 { $examples }，放在文案开头。
disclosure-ambiguous = { $title }的标注是{ $label }，{ $regulator }不认可这是清楚的广告标注。
disclosure-ambiguous-fix = 改用 { $examples }。
disclosure-examples-us = “#ad”、“Sponsored”、“Paid partnership”、“#BrandPartner”或“Thanks to Brand for the free product”
disclosure-examples-uk = “Ad”、“#ad”、“Advert”、“Advertisement feature”或“Ad – gifted”

## 效果。
kpi-missing = { $campaign }没有为任何 KPI 设定目标，而它的第一份合作简报{ $when }。
kpi-missing-today = 今天（{ $date }）发出
kpi-missing-in = 将在 { $days } 天后（{ $date }）发出
kpi-missing-ago = 已于 { $days } 天前（{ $date }）发出
kpi-missing-fix = 在开始之前决定如何衡量成功：在“效果”面板中，根据达人受众的实际情况，为{ $kpis }设定目标。
kpi-missing-fix-goal = 在开始之前决定如何衡量成功：在“效果”面板中选择活动目的，并根据达人受众的实际情况设定 KPI 目标。
target-reach = { $campaign }的目标是触达 { $target } 人，但达人在将要发布的平台上共有 { $audience } 名粉丝；按其中 { $percent } % 计算，最多只能期望触达 { $most } 人。
target-impressions = { $campaign }的目标是 { $target } 次曝光，但达人在将要发布的平台上共有 { $audience } 名粉丝；按其中 { $percent } % 计算，最多只能期望 { $most } 次曝光。
target-reach-fix = 把触达目标定在 { $most } 以内，或加入受众更匹配的达人；不要向达人索要其受众给不了的效果。
target-impressions-fix = 把曝光目标定在 { $most } 以内，或加入受众更匹配的达人；不要向达人索要其受众给不了的效果。
results-missing = { $title }已于 { $days } 天前（{ $date }）发布，但没有记录效果数据。
results-missing-fix = 向{ $name }要这条内容的后台数据（或从追踪工具读取），填入“效果”面板。
tracking-code = 优惠码 { $value }
tracking-link = 链接 { $value }
tracking-unused = { $name }在{ $campaign }中的{ $what }没有任何使用记录：其已发布内容的效果数据中没有点击，也没有核销。
tracking-unused-fix = 检查优惠码和链接是否有效、内容中是否展示了它们；向追踪工具或店铺索取数据并填入。

## 文件本身。
record-campaign = 活动
record-influencer = 达人
record-deliverable = 交付内容
broken-effect-campaign = 这些记录不计入任何活动的预算或时间线
broken-effect-influencer = 这些记录显示不出对应的达人，其费用也不归属任何人
broken-effect-deliverable = 这些变更无法显示，也无法告知
broken-reference = { $count } 条记录指向{ $what } { $target }，但项目中没有它：{ $effect }。
broken-reference-fix = 恢复这个{ $what }（从文件旁的备份或原来的副本中恢复），或把这些记录指向项目中已有的{ $what }。
records-influencer = 个达人
records-campaign = 个活动
records-deliverable = 项交付内容
records-cost-line = 条费用明细
records-plan-change = 条计划变更
duplicate-id = { $count } { $what }共用同一个 ID { $id }（{ $names }）：修改其中一个会改到第一个。
duplicate-id-fix = 在文件中给每一个设一个独立的 ID（或删除重复的那一份），这样每个都能单独编辑。
