# “达人”面板（名单、筛选、达人资料）的文字（简体中文）。
# 与 en/influencers.ftl 一一对应。术语见 ui.ftl 文件头。

## 达人名单上方的搜索框和筛选。
inf-filter-search-hint = 姓名、账号、领域、备注
inf-filter-stage = 阶段
inf-filter-all-stages = 全部阶段
inf-filter-platform = 平台
inf-filter-all-platforms = 全部平台
inf-filter-country = 国家/地区
inf-filter-all-countries = 全部国家/地区
inf-filter-niche = 领域
inf-filter-all-niches = 全部领域
inf-filter-tier = 量级
inf-filter-all-sizes = 全部量级
inf-filter-has-findings = 有检查结果
inf-filter-clear = 清除筛选
inf-filter-clear-tip = 显示全部达人：清空搜索和所有筛选条件

## 达人名单上方的按钮，及其更改（显示在“编辑 ▸ 撤销”中）。
inf-add = ➕ 添加达人
inf-add-tip = 在达人名单中添加一位新的潜在达人
inf-add-edit = 添加达人
inf-new-name = 新达人
inf-duplicate = ⎘ 复制
inf-duplicate-tip = 复制这份达人资料，不含联系记录
inf-duplicate-edit = 复制达人
inf-copy-name = { $name }（副本）
inf-delete = 🗑 删除
inf-delete-tip = 从达人名单中删除（可撤销）
inf-delete-edit = 删除 { $name }
inf-close-what = 达人资料

## 删除参与了活动的达人。
inf-delete-heading = 删除 { $name }？
inf-delete-yes = 删除
inf-delete-body = { $name }参与了{ $campaigns }。删除后，其 { $deliverables } 项交付内容、{ $lines } 条费用明细以及在所参与活动中的位置都会一并删除。
inf-delete-undo = 可以按 Ctrl+Z 撤销。

## 达人名单表格。
inf-roster-count = 显示 { $shown } 位，共 { $total } 位达人
inf-roster-computed-note = · * 互动率由平均点赞 + 评论 ÷ 粉丝数算出（未填写互动率时）
inf-roster-computed-tip = * 由平均点赞 + 评论 ÷ 粉丝数算出（未填写互动率时）
inf-roster-none = 没有符合条件的达人。
inf-roster-short-counts = 简写（1.8M）
inf-roster-exact-counts = 完整（1,800,000）
inf-roster-not-in-copy = 此副本不含
inf-roster-table = 达人名单
inf-contact-never = 从未联系
inf-contact-today = 今天
inf-contact-yesterday = 昨天
inf-contact-days-ago = { $days } 天前
inf-contact-on = 于 { $date }

## 达人资料：标题、检查结果和各部分。
inf-no-name = （无名称）
inf-record-id = 记录 ID：{ $id }
inf-draft-update = 起草更新消息
inf-draft-update-tip = 一条简短友好的消息，列出有哪些变更
inf-go-to-field = 前往字段
inf-go-to-field-tip = 显示需要修改的字段
inf-section-identity = 基本信息与账号
inf-section-audience = 受众
inf-section-fit = 契合度与审核
inf-section-money = 费用
inf-section-person = 个人情况
inf-section-history = 合作记录
inf-client-copy-note = 给客户的副本不含报价、联系方式、个人情况、私人备注和联系记录。
inf-book-again = 在“{ $campaign }”中按每单位费用带来的{ $kpi }，再次合作排名第 { $rank }（共 { $total } 位）。
inf-book-again-tip = 来自实测效果，见“效果”面板（Ctrl+4）
inf-rename-edit = 重命名达人
inf-log-contact-edit = 记录联系
inf-edit-edit = 编辑达人

## 基本信息与账号。
inf-name = 姓名
inf-email = 邮箱
inf-country = 国家/地区
inf-owner = 我方对接人
inf-stage = 阶段
inf-engagement = 互动率 %
inf-handles = 账号
inf-platform = 平台
inf-followers-noun = 粉丝
inf-followers-tip = 该平台的粉丝数：可输入 1800000、1,800,000 或 1.8M
inf-remove-handle = 删除这个账号
inf-link = 链接
inf-open-link = 打开 ↗
inf-add-handle = ➕ 添加账号

## 互动。
inf-not-entered = 未填写
inf-engagement-tip = 你所了解的互动率（百分比）；未填写时按点赞和评论算出
inf-avg-likes = 平均点赞
inf-avg-likes-tip = 每条帖子的平均点赞数
inf-avg-comments = 平均评论
inf-avg-comments-tip = 每条帖子的平均评论数
inf-engagement-computed = = { $rate }%，由点赞 + 评论 ÷ 粉丝数算出
inf-engagement-entered = 已填写
inf-engagement-unknown = 未知

## 契合度与审核。
inf-niches = 领域（用逗号分隔）
inf-brand-fit = 品牌契合度
inf-vetting = 审核
inf-vet-engagement = 已核查互动（无虚假粉丝或互赞群）
inf-vet-audience = 受众符合我们的市场
inf-vet-content = 已审阅内容质量
inf-vet-partnerships = 已核查过往合作
inf-vet-safety = 已审阅品牌安全

## 报价。
inf-rate-card = 报价（{ $currency }）
inf-content = 内容类型
inf-price-of = { $content }的价格
inf-remove-rate = 删除这项报价
inf-add-rate = ➕ 添加报价

## 个人情况。
inf-background = 背景
inf-shared-interests = 共同兴趣
inf-posts-loved = 我们喜欢的帖子（每行一条）
inf-preferred-contact = 偏好的联系方式
inf-language = 语言
inf-private-notes = 私人备注（不会分享）

## 受众。
inf-top-countries = 主要国家/地区
inf-add-top-country = ➕ 添加国家/地区
inf-age-bands = 年龄段
inf-add-age-band = ➕ 添加年龄段
inf-remove-share = 删除
inf-gender-split = 性别比例
inf-women = 女性
inf-men = 男性
inf-other = 其他
inf-gender-unknown = 未知：尚未填写
inf-women-noun = 女性
inf-men-noun = 男性
inf-other-noun = 其他

## 合作记录：联系记录。
inf-contact-log = 联系记录
inf-log-contact = 📝 记录联系
inf-log-contact-tip = 记录一次电话、邮件、私信、会面、礼物或感谢
inf-no-contacts = 还没有联系记录。
inf-contact-count = { $contacts } 次联系，{ $thanks } 次感谢
inf-remove-entry = 删除这条记录
inf-kind = 类型
inf-contact-kind = 联系类型
inf-on = 日期
inf-contact-date = 联系日期
inf-said = 聊了什么或送了什么
inf-said-hint = 例如：问了马拉松训练进展如何
inf-add-to-log = 加入记录
inf-cancel = 取消

## 合作记录：参与的活动。
inf-campaigns = 活动
inf-no-campaigns = 尚未参与任何活动。
inf-unnamed-campaign = （未命名的活动）
inf-contract = 合同
inf-signed = 已签署
inf-signed-on = 签署于 { $date }
inf-covers = 涵盖：
inf-covers-deliverables = 交付内容
inf-covers-compensation = 报酬
inf-covers-disclosure = 广告标注
inf-covers-usage-rights = 内容使用权
inf-covers-exclusivity = 排他条款
inf-covers-payment-terms = 付款条件
inf-tracking = 追踪
inf-tracking-code = 优惠码
inf-tracking-link = 追踪链接
inf-tracking-hashtag = 话题标签
inf-tracking-field = { $field }（{ $campaign }）
inf-participation-edit = 编辑活动参与信息
inf-deliverables = 交付内容
inf-show-in-timeline = 在时间线中显示
inf-deliverable-line = { $content } · 发布日期 { $date }
inf-not-set = 未设置
inf-costs = 费用：计划 { $planned } { $currency }，已付款 { $paid }，共 { $lines } 条

## 达人名单的列名（固定选项，英文名称写在代码里）。
term-RosterColumn-Name = 姓名
term-RosterColumn-Handle = 账号
term-RosterColumn-Platforms = 平台
term-RosterColumn-Followers = 粉丝
term-RosterColumn-Engagement = 互动率
term-RosterColumn-Country = 国家/地区
term-RosterColumn-Niches = 领域
term-RosterColumn-Stage = 阶段
term-RosterColumn-Owner = 我方对接人
term-RosterColumn-LastContact = 最近联系
term-RosterColumn-Findings = 检查结果
