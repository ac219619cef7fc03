# The words of the Results panel and the presentation slides, in English.
# Every message has its twin in zh-CN/results.ftl (a test checks it). Ids start with "res-".

