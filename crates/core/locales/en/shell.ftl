# The words of the shell (status bar, findings list, file dialogs, recovery, loading, the window itself), in English.
# Every message has its twin in zh-CN/shell.ftl (a test checks it). Ids start with "sh-".

