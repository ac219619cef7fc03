# Reading files: syntax errors of project files, spreadsheet errors, import reports and
# skipped rows, the differences of two copies, what a shared copy leaves out, in English.
# Twin: zh-CN/import.ftl. Ids start with "imp-".

