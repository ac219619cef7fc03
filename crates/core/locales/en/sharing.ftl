# The words of sharing and comparing (share dialog, creator brief, compare view), exports and imports, in English.
# Every message has its twin in zh-CN/sharing.ftl (a test checks it). Ids start with "sg-".

