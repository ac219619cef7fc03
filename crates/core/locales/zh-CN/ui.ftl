# Rapport 的简体中文界面文字。每条消息都与 en/ui.ftl 一一对应（有测试检查）。
# 术语：influencer/creator 达人；campaign 活动；deliverable 交付内容；brief 合作简报；
# disclosure 广告标注；rate card 报价；agency fee 服务费；cap 预算上限；baseline 基准；
# cost line 费用明细；results 效果；finding 检查结果（严重程度：错误、警告、提示）；fix 建议；
# reach 触达；impressions 曝光；views 播放；publish 发布；draft 初稿；vetting 审核；
# review (of a draft) 审稿；owner/our contact 我方对接人；plan change 计划变更；told 已告知；
# paid amplification 付费推广；usage rights 内容使用权；reading 数据记录；measured on 统计日期。

menu-file = 文件
menu-edit = 编辑
menu-view = 视图
menu-help = 帮助
menu-open-recent = 最近打开
menu-no-recent = 没有最近打开的文件
menu-open-by-path = 按路径打开…
menu-open-by-path-tip = 输入项目文件的路径
menu-findings-list = 检查结果列表
menu-language = 语言
language-system = 跟随系统（{ $language }）
language-tip = 菜单和界面文字所用的语言；保存在这台电脑上，不写入项目文件
cmd-New = 新建
cmd-New-tip = 新建一个空项目
cmd-Open = 打开…
cmd-Open-tip = 打开项目文件（.rapport.ron）
cmd-Save = 保存
cmd-Save-tip = 将项目保存到当前文件（上一版本保留为 .bak 备份）
cmd-SaveAs = 另存为…
cmd-SaveAs-tip = 以新名称保存项目
cmd-ShareCopy = 分享副本…
cmd-ShareCopy-tip = 用于邮件发送的副本：给团队的完整项目，或给客户的副本（不含服务费、报价、私人备注和联系方式）
cmd-CreatorBrief = 达人合作简报…
cmd-CreatorBrief-tip = 单个达人的交付内容、日期、广告标注、追踪方式和费用，可作为邮件正文或可打印的页面
cmd-Compare = 与另一份副本比较…
cmd-Compare-tip = 逐字段查看寄回的副本改了什么，并合并
cmd-ImportInfluencers = 导入达人…
cmd-ImportInfluencers-tip = 从你已有的电子表格（CSV）中添加或更新达人
cmd-ImportResults = 导入效果数据…
cmd-ImportResults-tip = 从 Instagram、TikTok、YouTube 或追踪工具的导出文件（CSV）为已发布的交付内容添加实测的触达、播放、点击、优惠码核销和销量
cmd-ExportRoster = 导出达人名单（CSV）…
cmd-ExportRoster-tip = 将达人名单导出为 CSV 电子表格
cmd-ExportDeliverables = 导出交付内容（CSV）…
cmd-ExportDeliverables-tip = 将每项交付内容及其日期、状态和广告标注导出为 CSV 电子表格
cmd-ExportCosts = 导出费用（CSV）…
cmd-ExportCosts-tip = 将每条费用明细导出为 CSV 电子表格，已记录的费用变更另存为一个表格
cmd-ExportCalendar = 导出日历（.ics）…
cmd-ExportCalendar-tip = 合作简报发出、初稿截止和发布日期，供日历使用；再次导入会更新这些日期
cmd-ExportSummary = 导出摘要（HTML）…
cmd-ExportSummary-tip = 时间线或预算当前显示的活动，生成可打印的页面（不含费用）
cmd-ExportTimelineChart = 导出时间线图片…
cmd-ExportTimelineChart-tip = 将时间线导出为 PNG 或 SVG 图片，用于幻灯片
cmd-ExportBudgetChart = 导出预算图片…
cmd-ExportBudgetChart-tip = 将预算导出为 PNG 或 SVG 图片，用于幻灯片（不含金额）
cmd-Undo = 撤销
cmd-Undo-tip = 撤销上一次更改
cmd-Redo = 重做
cmd-Redo-tip = 重做刚撤销的更改
cmd-ShowInfluencers = 达人
cmd-ShowInfluencers-tip = 达人名单及每位达人的资料
cmd-ShowTimeline = 时间线
cmd-ShowTimeline-tip = 每项交付内容及其日期和检查结果
cmd-ShowBudget = 预算
cmd-ShowBudget-tip = 费用明细，以及各活动的合计与预算上限的对比
cmd-ShowResults = 效果
cmd-ShowResults-tip = 目标与实测的对比、效果的成本、值得再次合作的达人
cmd-Present = 演示
cmd-Present-tip = 全屏、大字号，隐藏费用和私人备注：用于会议（按 Esc 退出）
cmd-ToggleTheme = 浅色 / 深色主题
cmd-ToggleTheme-tip = 在浅色和深色外观之间切换
cmd-ZoomIn = 放大
cmd-ZoomIn-tip = 更大的文字和控件，适合小屏幕或投影仪
cmd-ZoomOut = 缩小
cmd-ZoomOut-tip = 更小的文字和控件，一次看到更多内容
cmd-ZoomReset = 实际大小
cmd-ZoomReset-tip = 文字和控件恢复正常大小
cmd-KeyboardShortcuts = 键盘快捷键
cmd-KeyboardShortcuts-tip = 所有键盘快捷键，与菜单来自同一份列表
cmd-Quit = 退出
cmd-Quit-tip = 关闭 Rapport（有未保存的更改时会先询问）

# 给达人的更新消息：列出尚未告知对方的计划变更。
update-greeting = { $name }，你好！
update-greeting-unnamed = 你好！
update-intro = 关于{ $campaigns }的最新安排：自上次沟通以来，{ $count ->
    [1] 我们的计划有一处调整
   *[other] 我们的计划有几处调整
}。
update-thanks = 感谢你的理解与配合，也感谢你为这次合作付出的用心。如果以下调整有任何不方便，请直接告诉我，我们再一起想办法。
update-sign-off = 祝好，
update-team = { $brand }团队
update-change = “{ $title }”的{ $what }：{ $from } → { $to }
update-none = 无
list-and = { $rest }和{ $last }
list-separator = 、
date-short = { $month }月{ $day }日
date-long = { $year }年{ $month }月{ $day }日
field-brief_sent = 合作简报日期
field-draft_due = 初稿截止日期
field-publish = 发布日期
field-content = 内容类型
field-platform = 平台
field-title = 标题
field-disclosure = 广告标注
field-brief = 合作简报内容
finding-fix = 建议：{ $fix }
cli-fix = 建议：
status-undid = 已撤销：{ $what }
status-redid = 已重做：{ $what }
status-nothing-to-undo = 没有可撤销的操作
status-nothing-to-redo = 没有可重做的操作
status-zoom = 缩放 { $percent } %
file-error-io = { $path }：{ $action }：{ $source }
file-error-syntax = { $path }：第 { $line } 行第 { $column } 列：{ $cause }
file-error-not-a-project = { $path }：这不是 Rapport 项目文件（文件开头不是 format: "rapport"）
file-error-too-new = { $path }：这个文件的格式版本是 { $found }，由更新版本的 Rapport 创建；当前版本最多只能读取版本 { $supported }。请更新 Rapport
file-error-changed-on-disk = { $path }：自打开以来，这个文件已在磁盘上被修改（被其他程序或同事）。请以其他名称另存，或在确认后覆盖它
file-error-would-drop = { $path }：文件中有当前版本的 Rapport 不认识的字段（{ $fields }）；保存会丢失这些字段
file-error-encode = 无法写出项目：{ $cause }
file-could-not-read = 无法读取文件
file-could-not-compress = 无法压缩文件
file-could-not-write-temporary = 无法在同一文件夹中写入临时文件
file-could-not-keep-backup = 无法保留上一版本的备份
file-could-not-replace = 无法替换文件
file-saved-not-found = 找不到已保存的文件
file-no-file-yet = 项目还没有文件；请使用“另存为”
file-read-only = 文件以只读方式打开；请使用“另存为”保存一份副本
file-could-not-write = 无法写入文件
file-could-not-put-in-place = 无法将文件移到目标位置
file-kept-copy-id = 保留的副本需要一个只含普通字符的 ID
file-could-not-create-folder = 无法创建存放分享副本的文件夹
doc-untitled = 未命名
doc-read-only = （只读）
share-banner-team = { $from }的团队副本，制作于 { $date }：完整项目
share-banner-client-amounts = { $from }的客户副本，制作于 { $date }——本文件不含服务费、报价、私人备注和联系方式
share-banner-client = { $from }的客户副本，制作于 { $date }——本文件不含费用、报价、私人备注和联系方式（仅含活动合计）
