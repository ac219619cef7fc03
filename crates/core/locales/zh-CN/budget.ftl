# “预算”面板（费用明细、编辑器、付款、对账、清单、活动）的文字（简体中文）。
# 与 en/budget.ftl 一一对应。术语见 ui.ftl 文件头。

## 面板：标签页、与预算上限的对比、添加明细和活动
bud-view-lines-tip = 所有费用明细，可直接编辑
bud-view-checklist-tip = 按参与达人逐项核对：达人费用、内容使用权、付费推广、产品、运费、制作、差旅、服务费、税费
bud-view-payments-tip = 已逾期、30 天内到期、延迟付款
bud-view-reconciliation-tip = 基准 → 已记录的变更 → 计划，并与预算上限对比
bud-add-line = ➕ 添加费用明细
bud-add-line-tip = 为“{ $campaign }”添加一笔预估费用
bud-undo-add-line = 添加费用明细
bud-checklist-client-copy = “逐项核对”需要我方的全部费用明细，而客户副本省略了其中一部分：请在完整的项目文件中使用。
bud-reconcile-client-copy = 这份客户副本只有各活动的合计，没有带基准和已记录变更的费用明细：请在完整的项目文件中查看对账。
bud-approved = 已于 { $date } 批准 · 重新批准
bud-approve = 批准预算
bud-approve-tip = 将今天每条明细的金额记录为基准；之后的变更会连同原因一起记录
bud-undo-approve = 批准“{ $campaign }”的预算
bud-add-campaign = ➕ 添加活动
bud-add-campaign-tip = 添加一个从今天开始、为期八周的活动
bud-undo-add-campaign = 添加活动
bud-campaign-name-tip = 编辑活动：名称、日期、预算上限、合作简报
bud-over-cap = 超出 { $amount }（{ $percent }%）
bud-share-of-cap = 占预算上限 { $percent }%
bud-cap-bar-tip = 计划费用与活动预算上限的对比
bud-totals = 预算上限 { $cap } · 计划 { $planned } · 已确认 { $committed } · 已付款 { $paid } · 剩余 { $remaining } { $currency }
bud-no-campaign = 还没有活动。
bud-record-id = 记录 ID：{ $id }
bud-cancel = 取消

## 费用明细表
bud-search-hint = 说明、达人、类别
bud-filter-category = 类别
bud-filter-all-categories = 全部类别
bud-filter-status = 状态
bud-filter-all-statuses = 全部状态
bud-filter-influencer = 达人
bud-filter-everyone = 全部达人
bud-table-summary = { $count } 条明细 · 计划 { $planned } { $currency }
bud-due-from-terms = 开票日期 + 账期 { $days } 天
bud-due-set = 明细上设定的到期日
bud-days-overdue = 已逾期 { $days } 天

## 费用明细编辑器
bud-editor-heading = 费用明细
bud-editor-owner = 活动：{ $campaign } · 达人：{ $influencer }
bud-editor-category = 类别
bud-editor-description = 说明
bud-editor-amount = 金额（{ $currency }）
bud-editor-status = 状态
bud-editor-invoice-date = 开票日期
bud-editor-due-date = 到期日期
bud-editor-paid-on = 付款日期
bud-editor-due-derived = { $date } 到期（开票日期 + 账期 { $days } 天）
bud-editor-baseline = 基准：{ $amount }
bud-editor-changes = 已记录的变更
bud-cancel-line = 取消这条费用明细
bud-cancel-line-tip = 将状态设为“已取消”：记录为一次变更为 0 的调整，并注明原因
bud-delete-line = 🗑 删除费用明细
bud-undo-delete-line = 删除费用明细
bud-undo-change-amount = 修改金额
bud-undo-edit-line = 编辑费用明细
bud-why-hint = 变更原因
bud-undo-explain-change = 说明费用变更
bud-creator-told = 已告知达人
bud-creator-told-tip = 达人已知晓 { $date } 的这次变更
bud-undo-told = 将费用变更标记为已告知
bud-undo-not-told = 将费用变更标记为未告知

## “金额为什么变了？”
bud-why-heading = 金额为什么变了？
bud-why-body = 这个活动的预算已经批准，因此从 { $from } 到 { $to } { $currency } 的变更会连同原因一起记录。
bud-reason = 原因
bud-why-example = 例如：增加了一条快拍
bud-told = 已告知达人
bud-record-change = 记录这次变更

## 付款
bud-pay-tab = { $name }（{ $count }）· { $total } { $currency }
bud-pay-none-overdue = 没有逾期的付款。
bud-pay-none-due = 未来 30 天内没有到期的付款。
bud-pay-none-late = 没有延迟付款。
bud-pay-about-overdue = 已开票但过了到期日仍未付款（未设定到期日时，按开票日期加达人的付款账期计算）。延迟付款是达人最常抱怨的问题。
bud-pay-about-due = 到期日在今天到 30 天后之间的已确认或已开票明细，最早到期的在前。
bud-pay-about-late = 在到期日之后才付款的明细，最近付款的在前。
bud-pay-col-cost = 费用
bud-pay-col-standing = 付款情况
bud-pay-due-today = 今天到期
bud-pay-due-in = { $days } 天后到期
bud-pay-paid-late = 延迟 { $days } 天付款
bud-paid-today = 今天已付款
bud-paid-today-tip = 将{ $who }的这条明细标记为于 { $date } 付款
bud-paid-today-name = 今天已付款：{ $who }，{ $amount }
bud-undo-mark-paid = 标记为已付款

## 对账
bud-rec-summary = 基准 { $baseline } + 变更 { $changes } = { $expected } · 计划 { $plan } { $currency }
bud-rec-not-recorded = { $amount } 未记录
bud-group-by = 分组方式
bud-rec-all-reconcile = 每条明细都已对上：基准 + 已记录的变更 = 计划。
bud-rec-unreconciled = 对不上的明细（手动修改过，或在其他副本中修改过）
bud-rec-line = { $category } { $description }：基准 + 变更 = { $expected }，明细上是 { $planned }
bud-rec-record = 将差额记录为一次变更
bud-undo-record-difference = 记录差额
bud-col-baseline = 基准
bud-col-changes = 变更
bud-col-plan = 计划
bud-col-committed = 已确认
bud-col-invoiced = 已开票
bud-col-paid = 已付款
bud-total = 合计

## 对账图表
bud-chart-plan-now = 当前计划
bud-chart-base = 基准
bud-chart-heading = 基准 → 变更 → 计划
bud-chart-waterfall = 瀑布图
bud-chart-floor = 坐标轴从 { $amount } 开始，而不是 0。
bud-chart-steps = 各步变更
bud-chart-not-recorded = 未记录
bud-chart-estimated = 预估
bud-chart-against-cap = 对比预算上限 { $cap } { $currency }：剩余 { $remaining }
bud-chart-cap = 预算上限

## 逐项核对
bud-chk-col-fee = 达人费用
bud-chk-col-usage = 内容使用权
bud-chk-col-ads = 付费推广
bud-chk-col-product = 产品
bud-chk-col-shipping = 运费
bud-chk-col-production = 制作
bud-chk-col-travel = 差旅
bud-chk-col-agency = 服务费
bud-chk-col-tax = 税费
bud-chk-heading = 逐项核对 — { $campaign }
bud-chk-all-done = { $count } 位参与达人的每项费用都已考虑周全
bud-chk-open = { $count } 位参与达人中有 { $waiting } 位尚有待定项，共 { $open } 项
bud-chk-only-open = 只看有待定项的达人
bud-chk-legend = 一次合作可能带来的每项费用，按参与达人列出：✔ 已有明细覆盖，◆ 由活动级明细（不指定达人）覆盖，– 不需要，➕ 添加缺少的明细，✖ 标记为不需要。
bud-chk-participant = 参与达人
bud-chk-confirm-heading = 为{ $who }添加一条“{ $what }”明细？
bud-chk-confirm-yes = 添加明细
bud-chk-confirm-body = { $who }在“{ $campaign }”中没有交付内容：这条“{ $what }”明细将为尚未计划的工作付费。
bud-chk-undo-add = 添加“{ $what }”明细
bud-chk-covered-tip = { $who }的{ $what }：{ $amount } { $currency }。点击打开这条明细。
bud-chk-covered-name = { $who }的{ $what }：已覆盖
bud-chk-zero-tip = { $who }的{ $what }明细金额为 0.00：请填写金额，或标记为不需要。点击打开这条明细。
bud-chk-zero-name = { $who }的{ $what }：金额为 0.00
bud-chk-campaign-wide = ◆ 活动级
bud-chk-wide-tip = { $who }没有{ $what }明细，但活动有不指定达人的{ $what }明细，共 { $amount } { $currency }。如需{ $who }自己的明细，请使用“添加费用明细”。
bud-chk-not-needed = – 不需要
bud-chk-not-needed-tip = 已决定：{ $who }不需要{ $what }。点击重新打开。
bud-chk-not-needed-name = { $who }的{ $what }：不需要
bud-chk-undo-needed = { $who }需要{ $what }
bud-chk-no-tip = { $who }不需要{ $what }：标记为不需要
bud-chk-no = { $who }不需要{ $what }
bud-chk-add-tip = 为{ $who }添加一条{ $what }明细
bud-chk-add-name = 为{ $who }添加{ $what }

## 全部活动（未选定活动时的“逐项核对”和“对账”）
bud-all-checklist-intro = “逐项核对”一次只处理一个活动：下面是全部 { $count } 个活动各自的情况。点击其中一个开始处理。
bud-all-reconcile-intro = 对账一次只处理一个活动：下面是全部 { $count } 个活动各自的情况。点击其中一个开始处理。
bud-all-participants = 参与达人
bud-all-open-items = 待定项
bud-all-not-reconciled = 未对上
bud-all-work-on = 处理“{ $campaign }”
bud-all-open = 打开“{ $campaign }”

## 活动编辑器
bud-camp-heading = 活动
bud-camp-close-tip = 关闭活动编辑器
bud-camp-name = 名称
bud-camp-objective = 目标
bud-camp-starts = 开始日期
bud-camp-ends = 结束日期
bud-camp-cap = 预算上限（{ $currency }）
bud-camp-participants = { $count } 位参与达人
bud-camp-delete = 🗑 删除活动
bud-camp-delete-in-use = 请先移走或删除它的交付内容和费用明细
bud-camp-delete-tip = 删除这个活动（可撤销）
bud-undo-delete-campaign = 删除活动
bud-undo-edit-campaign = 编辑活动

## 本面板自有列表的名称
term-BudgetView-Lines = 费用明细
term-BudgetView-Checklist = 逐项核对
term-BudgetView-Payments = 付款
term-BudgetView-Reconciliation = 对账
term-CostColumn-Campaign = 活动
term-CostColumn-Influencer = 达人
term-CostColumn-Category = 类别
term-CostColumn-Description = 说明
term-CostColumn-Amount = 金额
term-CostColumn-Status = 状态
term-CostColumn-Invoiced = 开票日期
term-CostColumn-Due = 到期日期
term-CostColumn-PaidOn = 付款日期
term-CostColumn-Findings = 检查结果
term-PaymentList-Overdue = 已逾期
term-PaymentList-DueSoon = 30 天内到期
term-PaymentList-PaidLate = 延迟付款
term-GroupBy-Category = 类别
term-GroupBy-Influencer = 达人
