# The words of the Influencers panel (roster, filter, profile), in English.
# Every message has its twin in zh-CN/influencers.ftl (a test checks it). Ids start with "inf-".

