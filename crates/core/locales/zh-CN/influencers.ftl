# “达人”面板（名单、筛选、达人资料）的文字（简体中文）。
# 与 en/influencers.ftl 一一对应。术语见 ui.ftl 文件头。

