# 状态栏、检查结果列表、文件对话框、恢复、加载和窗口本身的文字（简体中文）。
# 与 en/shell.ftl 一一对应。术语见 ui.ftl 文件头。


## 菜单（帮助）和状态栏。
sh-about = 一款有良知的达人活动规划工具。
sh-version = 版本 { $version }
sh-about-checks = 检查以今天为准；在命令行中，rapport check FILE 会列出检查结果。
sh-count-errors = { $count } 个错误
sh-count-warnings = { $count } 个警告
sh-count-notices = { $count } 个提示
sh-findings-toggle-tip = 显示或隐藏检查结果列表
sh-checking = 正在检查…
sh-checking-tip = 当前显示的是最近一次更改之前的检查结果
sh-checked-as-of = 检查日期
sh-checked-as-of-tip = 按另一天查看计划：哪些会逾期，哪些时间紧张
sh-today = 今天
sh-today-tip = 重新以今天为准检查
sh-project-counts = { $influencers } 位达人 · { $campaigns } 个活动 · { $deliverables } 项交付内容 · { $costs } 条费用明细

## 检查结果列表。
sh-findings = 检查结果
sh-findings-hide-tip = 隐藏检查结果列表
sh-go-to = 前往
sh-severity-error = 错误
sh-severity-warning = 警告
sh-severity-notice = 提示

## 对话框。
sh-ok = 确定
sh-cancel = 取消
sh-save = 保存
sh-open = 打开
sh-compare = 比较
sh-save-as = 另存为…
sh-not-changed = 你的项目没有任何改动。
sh-save-changes = 保存更改？
sh-save-changes-body = “{ $name }”有尚未保存的更改。如果不保存，这些更改将会丢失。
sh-dont-save = 不保存
sh-path-open = 打开项目文件
sh-path-save-as = 将项目另存为
sh-path-import-csv = 从电子表格导入达人
sh-path-import-results = 从导出文件导入效果数据
sh-path-export-roster = 将达人名单导出为 CSV
sh-path-compare = 与另一份副本比较
sh-path-label = 文件路径：
sh-changed-on-disk = 文件已在磁盘上被更改
sh-changed-on-disk-body = 自你打开以来，“{ $name }”已被其他程序或同事修改。现在保存会覆盖他们的更改。
sh-overwrite = 覆盖
sh-would-drop = 此版本无法识别的字段
sh-would-drop-body = “{ $name }”包含此版本 Rapport 无法识别的字段（由更新版本的 Rapport 生成，或是手动添加）：{ $fields }。保存时不会写入这些字段。
sh-would-drop-keep = 如需保留这些字段，请以其他名称保存，并保留原文件。
sh-save-without = 保存（不含这些字段）

## 文件：新建、打开、保存、导入、导出。
sh-no-dialog = 此系统无法显示文件对话框（没有运行桌面门户服务）。请直接输入路径。
sh-new-project = 新项目
sh-pick-open = 打开 Rapport 项目
sh-filter-project = Rapport 项目
sh-filter-csv = 电子表格（CSV）
sh-pick-save-as = 将 Rapport 项目另存为
sh-pick-import-results = 从数据分析或追踪工具的导出文件导入效果数据
sh-could-not-save = 无法保存
sh-saved = 已保存 { $name }
sh-could-not-read = { $path }：无法读取文件：{ $error }
sh-could-not-import = 无法导入
sh-roster-file = { $name } 达人名单.csv
sh-exported-roster = 已将 { $count } 位达人导出到 { $path }
sh-could-not-export = 无法导出

## 打开文件（大文件在后台读取；文件已在另一个 Rapport 中打开）。
sh-opened = 已打开 { $path }
sh-opening-status = 正在打开 { $path }…
sh-could-not-open = 无法打开文件
sh-opening = 正在打开 { $name }
sh-only-read = 只读取文件，不会更改其中任何内容。
sh-holder = { $user }（{ $host }，自 { $since } 起）
sh-in-use = 此文件已在另一个 Rapport 中打开
sh-in-use-body = “{ $name }”正由 { $holder } 打开。如果你们同时编辑，其中一方的工作将会丢失。
sh-open-read-only = 以只读方式打开
sh-open-read-only-tip = 只查看、不更改；如有更改，可用“另存为”保存一份副本
sh-open-copy = 打开副本
sh-open-copy-tip = 内容相同的新项目，尚未保存
sh-take-over = 接管
sh-take-over-tip = 在这里编辑；另一个 Rapport 保存时会收到文件已更改的提醒

## 程序意外关闭后恢复未保存的工作。
sh-recover = 恢复未保存的工作
sh-recover-body = Rapport 关闭时没有保存这些项目。恢复其中一个即可从上次中断处继续（打开后带有未保存的更改；在你保存之前，原文件不会改变），也可以将其丢弃。
sh-recover-written = 写入于 { $when } · { $size } KB
sh-unknown-time = 未知时间
sh-restore = 恢复 { $name }
sh-discard = 丢弃 { $name }
sh-compare-file = 比较 { $name }
sh-compare-file-tip = 其中有哪些内容是磁盘上的文件所没有的
sh-decide-later = 稍后决定
sh-decide-later-tip = 保留恢复文件；下次启动时会再次询问
sh-recover-never-saved = 从未保存过的项目：其中的所有内容都会丢失。
sh-recover-unreadable = 无法读取恢复文件：{ $error }
sh-recover-no-diff = 与磁盘上的文件相比：没有差异（之后已保存过）。
sh-recover-diff = 与磁盘上的文件相比：{ $diff }。
sh-recover-original-gone = 原文件已不存在或无法读取：恢复即可找回这些工作。
sh-restored = 已恢复 { $name } 未保存的工作
sh-could-not-restore = 无法恢复未保存的工作

## 启动。
sh-example = 这是内置的示例项目；使用“另存为”保存一份副本

## 键盘快捷键（按键名称保持原样）。
sh-keys-or = 或
sh-keys-tables = 表格：选择一行（未在输入框中输入时）
sh-keys-tab = 时间线图：选择下一个或上一个条形；越过最后一个后，转到窗口的其他部分
sh-keys-nudge = 时间线图：将所选条形移动一天（已发布的内容不动）
sh-keys-delete = 时间线图：删除所选交付内容（可撤销）
sh-keys-esc = 取消拖动、关闭对话框或退出演示
sh-keys-double-click = 时间线图：在当天添加一项交付内容
sh-keys-zoom = 时间线图：缩放时间轴
sh-keys-next-slide = 演示：下一张幻灯片
sh-keys-previous-slide = 演示：上一张幻灯片
sh-keys-first-last-slide = 演示：第一张或最后一张幻灯片
sh-key-double-click = 双击
sh-key-ctrl-wheel = Ctrl + 滚轮
