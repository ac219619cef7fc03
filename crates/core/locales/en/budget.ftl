# The words of the Budget panel (cost lines, editor, payments, reconciliation, checklist, campaigns), in English.
# Every message has its twin in zh-CN/budget.ftl (a test checks it). Ids start with "bud-".

