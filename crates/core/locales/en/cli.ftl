# The command line's reports (budget, results, diff, merge, share, import, export), in English.
# Twin: zh-CN/cli.ftl. Ids start with "cli-".

