# 读取文件：项目文件的语法错误、电子表格错误、导入报告和跳过的行、两份副本的差异、分享副本不包含的内容（简体中文）。与 en/import.ftl 一一对应。


## 项目文件：某行某列出了什么问题

imp-syntax-cut-off = 文件提前结束：有用 ( 、[ 或引号开始的内容没有闭合（文件是否被截断了？）
imp-syntax-no-version = 文件没有格式版本（请在 format 之后写上 version: 1）
imp-syntax-not-utf8 = 文件在此处不是 UTF-8 文本（是否由其他程序保存？）
imp-syntax-in-record = { $cause }（在“{ $name }”中）
imp-syntax-eof = 文件提前结束（有内容没有闭合）
imp-syntax-length = 应为 { $expected }，实际有 { $found } 项
imp-syntax-missing-field-of = { $record }缺少字段“{ $field }”
imp-syntax-missing-field = 缺少字段“{ $field }”
imp-syntax-expected-record = 此处应为{ $record }，写在括号中：( … )
imp-syntax-expected-named = 此处应为{ $record }，而不是“{ $found }”
imp-syntax-twice-of = { $record }的字段“{ $field }”出现了两次
imp-syntax-twice = 字段“{ $field }”出现了两次
imp-syntax-expected-text = 此处应为带引号的文字，例如 "Spring launch"
imp-syntax-not-allowed = “{ $found }”不是允许的值（{ $allowed }）
imp-syntax-too-deep = 文件嵌套层级过深
# 读取器给出的原文。
imp-syntax-other = 格式错误：{ $error }

# 文件中的一条记录：按类型（$type）显示中文名称。
imp-record = { $type ->
        [Influencer] 达人
        [Campaign] 活动
        [Deliverable] 交付内容
        [Handle] 账号
        [Contact] 联系记录
        [Contract] 合同
        [Participant] 参与达人
        [Measurement] 数据记录
        [Figures] 数据
        [Personal] 个人信息
        [Rate] 报价
        [Tracking] 追踪信息
        [Audience] 受众
        [Vetting] 审核
        [Revision] 修改记录
        [Share] 分享
        [SharedCopy] 分享副本
        [LeadTimes] 提前时间
       *[other] 记录 { $type }
    }
imp-record-project = 项目
imp-record-info = 项目信息
imp-record-settings = 设置
imp-record-cost-line = 费用明细
imp-record-cost-change = 费用变更
imp-record-plan-change = 计划变更

## 无法作为表格读取的电子表格

imp-err-empty = 文件是空的
imp-err-workbook = 这是 Excel 工作簿（.xlsx），不是 CSV 文件；请在电子表格软件中使用“文件 ▸ 另存为 ▸ CSV (UTF-8)”，再导入该文件
imp-err-binary = 这不是文本文件（第 { $offset } 字节处有二进制数据）；请将表格导出为 CSV 后再导入
imp-err-no-header = 未找到表头行：没有任何一行包含至少两个以逗号、分号、制表符或 | 分隔的列名
imp-err-too-many-columns = 第 { $line } 行有 { $count } 列；达人电子表格最多 1000 列
imp-err-no-such-column = 没有用于{ $field }的列“{ $column }”（现有列：{ $headers }）；请按表头写出列名，或写出从 1 开始的列号
imp-err-no-name-or-handle = 没有任何一列包含名称或账号（现有列：{ $headers }）；请重命名其中一列，或在应用中选择列的对应关系
imp-err-read = { $path }：无法读取文件：{ $source }
imp-err-in-file = { $path }：{ $error }

## 电子表格的读取方式

imp-table-utf16-damaged = 此 UTF-16 文件中有些字符已损坏，显示为 �。
imp-table-not-utf8 = 此文件不是 UTF-8 文本（最早在第 { $line } 行）；已按 Windows-1252（西欧）读取。请在预览中检查带重音的名称，或将文件另存为“CSV UTF-8”后重新导入。
imp-table-open-quote = 有一个引号（"）没有闭合：其后的文件内容都被读成了一个单元格。请在电子表格中检查该行。
imp-table-open-quote-at = 有一个引号（"）没有闭合（第 { $line } 行）：其后的文件内容都被读成了一个单元格。请在电子表格中检查该行。
imp-table-wider = { $count } 行的单元格比表头的列名多（{ $lines }）：多出的单元格位于没有名称的列中。
imp-table-one-cell = { $count } 行的所有内容都在一个单元格中，分隔符与表头不同（{ $lines }）：它们是否以其他方式导出？
imp-lines-one = 第 { $a } 行
imp-lines-two = 第 { $a } 行和第 { $b } 行
imp-lines-many = 第 { $list } 行
imp-lines-more = { $lines }（另有 { $more } 行）

## 无法读取的单元格

imp-cell-not-a-count = “{ $value }”不是数量（如 1234、3.3k 或 4.5M）
imp-cell-too-large = “{ $value }”太大
imp-cell-not-whole = “{ $value }”不是整数
imp-cell-not-a-rate = “{ $value }”不是 0 到 100 之间的百分比（如 1.39% 或 0.5）
imp-cell-not-a-platform = “{ $value }”不是 Rapport 认识的平台
imp-cell-not-an-email = “{ $value }”不是电子邮件地址
imp-cell-not-a-handle = “{ $value }”不是“TikTok @name (12000)”这样的账号
imp-cell-left-empty = { $problem }；已留空

## 导入报告

imp-no-name = 没有名称也没有账号
imp-note-followers = 未导入 { $followers } 粉丝：没有可归属的 { $platform } 账号
imp-note-country = 国家“{ $country }”不是 Rapport 认识的国家：按原样保留
imp-report-counts = 已添加 { $added } 位，已更新 { $updated } 位，已跳过 { $skipped } 行。
imp-report-unchanged = 项目中已有的 { $count } 位已是最新。
imp-report-unreadable = { $count } 个值无法读取，已留空：{ $list }。
imp-report-unreadable-item = 第 { $line } 行 { $column } { $value }
imp-report-skipped = 已跳过：{ $list }。
imp-report-skipped-item = 第 { $line } 行（{ $why }）
imp-report-repeated = 文件中重复出现（后面的行更新前面的行）：{ $list }。
imp-report-repeated-item = 第 { $line } 行重复了第 { $earlier } 行的 { $who }
imp-report-notes = 注意：{ $list }。
imp-report-note-item = 第 { $line } 行：{ $note }

## 未导入的效果数据行及原因

imp-res-totals = 合计行，不是帖子
imp-res-not-numbers = 不是数字：{ $list }
imp-res-bad-value = { $field }“{ $value }”
imp-res-no-figures = “{ $title }”没有数据
imp-res-none-of = 没有{ $what }的交付内容
imp-res-none-of-on = 没有{ $what }于 { $date } 发布的交付内容
imp-res-several = { $what }对应 { $count } 项交付内容：请添加帖子链接列或发布日期列
imp-res-what-post = 帖子 { $url }
imp-res-what-code = 代码 { $code }
imp-res-no-post = 没有交付内容使用帖子链接 { $url }
imp-res-no-code = 没有参与达人使用代码 { $code }
imp-res-code-unpublished = 代码 { $code }：该达人的帖子都尚未发布
imp-res-creator-several = { $creator } 有多项交付内容：请添加帖子链接列或发布日期列
imp-res-no-creator = 项目中没有达人 { $creator }
imp-res-nothing-to-match = 没有可用于匹配的帖子链接、代码或达人

## 项目两个版本之间的差异

imp-diff-none = 没有差异
imp-diff-info = 项目信息或设置已更改
imp-diff-changed = { $count } { $kind }已更改（{ $names }）
imp-diff-added = 新增 { $count } { $kind }（{ $names }）
imp-diff-removed = 删除 { $count } { $kind }（{ $names }）
imp-diff-influencer = 位达人
imp-diff-campaign = 个活动
imp-diff-deliverable = 项交付内容
imp-diff-cost-line = 条费用明细
imp-diff-plan-change = 项计划变更

## 导出页面和图片。
exp-no-chromium = 这需要 Chromium，但它没有安装：请导出 HTML，再从浏览器打印
exp-path-error = { $path }：{ $cause }
exp-chromium-did-not-run = 无法运行 Chromium：{ $cause }
exp-chromium-could-not-read = Chromium 无法读取该页面
exp-chromium-could-not-print = Chromium 无法打印该页面
exp-chart-unreadable = 无法读回图表：{ $cause }
exp-image-too-large = 图片太大，无法绘制
exp-png-not-encoded = 无法编码 PNG：{ $cause }
