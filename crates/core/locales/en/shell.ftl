# The words of the shell (status bar, dialogs, compare, share, files, exports, import, recovery, presenting), in English.
# Every message has its twin in zh-CN/shell.ftl (a test checks it). Ids start with "sh-".

