# The words of the Timeline panel (chart, side list, deliverable editor) and the shared widgets (kit), in English.
# Every message has its twin in zh-CN/timeline.ftl (a test checks it). Ids start with "tl-".

