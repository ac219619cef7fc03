//! What the command line accepts, declared once with clap: the parser, `rapport --help` and
//! each command's help are all generated from these definitions.

pub(super) use super::arg_values::{field_map, parse_date, parse_lang, result_field_map};
use super::arg_values::{platform, scale, share_for};
pub use super::export_args::{ChartKind, Export, Paper, SummaryFormat};
use crate::model::Platform;
use chrono::NaiveDate;
use clap::{CommandFactory, Parser, Subcommand, ValueEnum};
use std::path::PathBuf;

/// `rapport [FILE] [--today DATE]`, or one of the commands that work without a window.
#[derive(Debug, Clone, PartialEq, Parser)]
#[command(
    name = "rapport",
    version,
    about = "Rapport — a planner with a conscience for influencer campaigns.",
    override_usage = "rapport [FILE] [--today YYYY-MM-DD]",
    args_conflicts_with_subcommands = true,
    after_help = "Exit status: 0 done (for check: no error findings), 1 check found at least one \
                  error, 2 a file cannot be read or written or the command line is wrong.\n\
                  `rapport help COMMAND` tells more about each command."
)]
pub struct Cli {
    /// A command that works without a window; without one, the app opens.
    #[command(subcommand)]
    pub command: Option<Command>,
    /// The project file (.rapport.ron) to open in the app.
    #[arg(value_name = "FILE")]
    pub file: Option<PathBuf>,
    /// Run the checks as of this day instead of today (the status bar lets you change it).
    #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
    pub today: Option<NaiveDate>,
}

/// The commands that work without a window.
#[derive(Debug, Clone, PartialEq, Subcommand)]
pub enum Command {
    /// Run every check on a project without opening a window.
    #[command(
        override_usage = "rapport check FILE [--today YYYY-MM-DD] [--format text|json] [--lang en|zh-CN]",
        long_about = "Run every check on a project without opening a window.\n\n\
                      Text output has one finding per line: SEVERITY CODE SUBJECT NAME — \
                      MESSAGE — fix: FIX. JSON output is an array of objects with code, \
                      severity, subject (ids), subject_names, message and fix.\n\n\
                      Messages and fixes are in English, or with --lang zh-CN in Simplified \
                      Chinese; severities, codes, ids and JSON keys are the same in both.",
        after_help = "Exit status: 0 no error findings, 1 at least one error finding, 2 the \
                      file cannot be read (the cause, with line and column, on stderr)."
    )]
    Check {
        /// The project file.
        #[arg(value_name = "FILE")]
        file: PathBuf,
        /// The date to check as of (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<NaiveDate>,
        /// How to print the findings.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The language of messages and fixes: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    /// Print every deliverable in publish-date order with its findings.
    #[command(
        override_usage = "rapport timeline PROJECT [--campaign ID] [--today YYYY-MM-DD] [--format text|json] [--lang en|zh-CN]",
        long_about = "Print every deliverable in publish-date order (undated ones last) with \
                      its publish, draft-due and brief-sent dates, status, influencer and \
                      campaign, and under it its findings (severity, code, message and fix).\n\n\
                      JSON output is an array of objects with id, title, influencer, \
                      influencer_id, campaign, campaign_id, content, platform, brief_sent, \
                      draft_due, publish (YYYY-MM-DD or null), status and findings (code, \
                      severity, message, fix).",
        after_help = "Exit status: 0 done, 2 the file cannot be read or has no such campaign."
    )]
    Timeline {
        /// The project file.
        #[arg(value_name = "PROJECT")]
        file: PathBuf,
        /// Only this campaign: its id, or its name.
        #[arg(long, value_name = "ID")]
        campaign: Option<String>,
        /// The date to check as of (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<NaiveDate>,
        /// How to print the deliverables.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The language of messages and fixes: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    /// Print each campaign's budget: cap, baseline, changes, plan, committed, invoiced, paid.
    #[command(
        override_usage = "rapport budget PROJECT [--campaign ID] [--today YYYY-MM-DD] [--format text|json|csv] [--lang en|zh-CN]",
        long_about = "Print per campaign the cap, baseline, recorded changes, current plan, \
                      committed, invoiced, paid and remaining, by category and by influencer, \
                      and the lines where baseline + changes is not what the line says now.\n\n\
                      Text is a table per campaign in the project currency. JSON is an array \
                      of campaign objects, every amount a decimal string (\"1350.00\"), with \
                      by_category, by_influencer and unreconciled. CSV has a row per campaign \
                      total, category and influencer: campaign_id, campaign, group, name, cap, \
                      baseline, changes, current, committed, invoiced, paid, remaining (cap \
                      and remaining on total rows only).\n\n\
                      With --lang zh-CN the text, and the unreconciled lines' description and \
                      message in JSON, are in Simplified Chinese; JSON keys, CSV, ids, \
                      categories and amounts are the same in both.",
        after_help = "Exit status: 0 done, 2 the file cannot be read or has no such campaign."
    )]
    Budget {
        /// The project file.
        #[arg(value_name = "PROJECT")]
        file: PathBuf,
        /// Only this campaign: its id, or its name.
        #[arg(long, value_name = "ID")]
        campaign: Option<String>,
        /// The date to show as "as of" (the sums do not depend on it).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<NaiveDate>,
        /// How to print the budget.
        #[arg(long, value_enum, default_value_t = BudgetFormat::Text)]
        format: BudgetFormat,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    /// Print each campaign's results against its targets, and what they cost.
    #[command(
        override_usage = "rapport results PROJECT [--campaign ID] [--format text|json|csv] [--lang en|zh-CN]",
        long_about = "Print per campaign each KPI with a target against what the newest \
                      measurements add up to, and per campaign, creator and deliverable the \
                      committed cost (cost lines committed, invoiced or paid; a creator's \
                      split evenly over their deliverables), the figures measured, the \
                      engagement rate, CPM, cost per engagement, per click and per \
                      acquisition (to the cent) and return on spend; and the creators ranked \
                      by the campaign's leading KPI per unit of cost (whom to book again).\n\n\
                      A ratio that cannot be computed (nothing measured or nothing spent) is \
                      \"—\" in text and empty in JSON and CSV. JSON is an array of campaigns \
                      with targets and rows; CSV has a row per campaign, creator and \
                      deliverable: campaign_id, campaign, level, name, rank, cost, reach, \
                      impressions, views, engagements, clicks, redemptions, sales, revenue, \
                      engagement_rate, cpm, cpe, cpc, cpa, roas.",
        after_help = "Exit status: 0 done, 2 the file cannot be read or has no such campaign."
    )]
    Results {
        /// The project file.
        #[arg(value_name = "PROJECT")]
        file: PathBuf,
        /// Only this campaign: its id, or its name.
        #[arg(long, value_name = "ID")]
        campaign: Option<String>,
        /// How to print the results.
        #[arg(long, value_enum, default_value_t = ResultsFormat::Text)]
        format: ResultsFormat,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    /// Add the influencers of a spreadsheet (CSV) to a project.
    #[command(
        override_usage = "rapport import CSV --into PROJECT [--platform instagram] [--map FIELD=COLUMN …] [--lang en|zh-CN]\n       rapport import results CSV --into PROJECT [--map FIELD=COLUMN …] [--date YYYY-MM-DD] [--lang en|zh-CN]",
        long_about = "Add the influencers of a spreadsheet saved as CSV to a project (created \
                      when missing; the previous version is kept as PROJECT.bak). The \
                      delimiter (comma, semicolon, tab, |) and the header row are found, \
                      columns are matched to fields by their names, then by their values (a \
                      column of @names is the handle, of 48.5M the followers, of country \
                      names the country); --map changes that, as the app does. Countries \
                      become ISO codes. Influencers already in the project (same platform and \
                      handle) are updated, not duplicated. Prints what was added, updated \
                      and skipped, and every value that could not be read (left empty).\n\n\
                      `rapport import results CSV` adds measured results instead, from the \
                      CSV exports of Instagram, TikTok and YouTube analytics or of a link or \
                      code tracker: each row becomes a reading of the deliverable found by its \
                      post address (or the video id in it), by the creator's discount code, \
                      or by the creator and the publish date; rows that match none or several \
                      are listed with the reason. Readings are dated --date (default today) \
                      unless a column says when; the same reading is never added twice. \
                      Fields for --map: post-url, code, creator, published, measured, \
                      impressions, reach, views, likes, comments, shares, saves, clicks, \
                      redemptions, sales, revenue, ignore.",
        after_help = "Exit status: 0 done, 2 a file cannot be read or written."
    )]
    Import {
        /// The spreadsheet, saved as CSV; or `results` followed by a results export.
        #[arg(value_name = "CSV")]
        csv: PathBuf,
        /// After `results`: the results export, saved as CSV.
        #[arg(value_name = "CSV")]
        results_csv: Option<PathBuf>,
        /// The project file to add them to.
        #[arg(long, value_name = "PROJECT")]
        into: PathBuf,
        /// The platform of the handles when the file has no platform column.
        #[arg(long, value_name = "PLATFORM", default_value = "instagram", value_parser = platform)]
        platform: Platform,
        /// Read a field from a column the names and values do not give away:
        /// FIELD=COLUMN, the column by its header or its number from 1 (repeatable), e.g.
        /// --map handle="insta name" --map followers=4. Fields: name, handle, platform,
        /// followers, engagement-rate, avg-likes, avg-comments, country, niches, email,
        /// notes, other-handles, ignore.
        #[arg(long = "map", value_name = "FIELD=COLUMN")]
        map: Vec<String>,
        /// With `results`: the day the figures were read, when no column says (default today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        date: Option<NaiveDate>,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    /// Write part of a project as a spreadsheet.
    #[command(subcommand)]
    Export(Export),
    /// Write a generated project of any size, shaped like an agency's real year.
    #[command(
        override_usage = "rapport generate [--scale 1] [--seed 7] [--lang en|zh-CN] -o FILE",
        long_about = "Write a generated project, to try the app and the commands at scale. \
                      Scale 1 is an agency's year: 2,000 influencers, 20 campaigns, 20,000 \
                      deliverables, 40,000 cost lines and about 60,000 contacts, skewed the \
                      way real data is (a few creators with most of the work, bursts of \
                      publish dates, long histories, overdue invoices). The same scale and \
                      seed give the same file.",
        after_help = "Exit status: 0 done, 2 the file cannot be written."
    )]
    Generate {
        /// How many agency years: 0.5 is half, 4 is four times.
        #[arg(long, value_name = "F", default_value_t = 1.0, value_parser = scale)]
        scale: f64,
        /// The seed: the same seed gives the same project.
        #[arg(long, value_name = "N", default_value_t = 7)]
        seed: u64,
        /// The project file to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    #[command(
        override_usage = "rapport share PROJECT --for team|client|creator:ID [--amounts] [--format html|text] [--today YYYY-MM-DD] [--lang en|zh-CN] -o OUT",
        long_about = "Make a copy to email. `--for team` is the whole project; `--for client` \
                      leaves out private notes, personal and contact details, contact logs, \
                      rate cards, agency fee and contingency lines and the reasons recorded \
                      for cost changes, and gives campaign totals instead of per-line amounts \
                      unless `--amounts` is given (the README lists it all). Both are project \
                      files that say what they are; OUT ending in .gz is compressed. The \
                      version a copy was made from is kept in the app's data folder \
                      (RAPPORT_SENT_DIR sets another), so that `rapport merge` finds it when \
                      the copy comes back.\n\n\
                      `--for creator:ID` (an influencer's id, or their exact name) writes that \
                      creator's brief instead: their deliverables and dates, disclosure label \
                      and the rule behind it, tracking, fees and payment terms, and our point \
                      of contact, as text for an email or as an HTML page that prints \
                      (`--format`, else by OUT's extension; `-o -` writes to the screen).",
        after_help = "Exit status: 0 written, 2 a file cannot be read or written, or no such creator."
    )]
    /// Make a copy to email: for the team, for the client, or one creator's brief.
    Share {
        /// The project file.
        #[arg(value_name = "PROJECT")]
        file: PathBuf,
        /// Who it is for: team, client, or creator:ID (an influencer's id or exact name).
        #[arg(long = "for", value_name = "WHO", value_parser = share_for)]
        recipient: ShareFor,
        /// A client copy keeps each cost line's amount (default: campaign totals only).
        #[arg(long)]
        amounts: bool,
        /// A creator's brief as html or text (default: by OUT's extension).
        #[arg(long, value_enum)]
        format: Option<BriefFormat>,
        /// The day the copy is made on (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<NaiveDate>,
        /// Where to write it (`-` for the screen, a brief only).
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    #[command(
        override_usage = "rapport diff A B [--format text|json] [--lang en|zh-CN]",
        long_about = "Print what differs from project A to project B, matched by stable id, per \
                      kind of record, field by field (old → new), and the records only one of \
                      them has. When B is a client copy, what it left out is not counted as \
                      removed.\n\n\
                      JSON output is an array of objects with kind (project, influencer, \
                      campaign, deliverable, cost_line, plan_change), id, name, change (added, \
                      removed, changed), field (null for added and removed), old and new.",
        after_help = "Exit status: 0 the two are the same, 1 they differ, 2 a file cannot be read."
    )]
    /// Print what differs between two copies of a project, field by field.
    Diff {
        /// The first (older) copy.
        #[arg(value_name = "A")]
        older: PathBuf,
        /// The second (newer) copy.
        #[arg(value_name = "B")]
        newer: PathBuf,
        /// Output format.
        #[arg(long, value_enum, default_value_t = Format::Text)]
        format: Format,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    #[command(
        override_usage = "rapport merge MINE THEIRS [--base BASE] -o OUT [--take mine|theirs] [--lang en|zh-CN]",
        long_about = "Bring a copy that came back (THEIRS) together with MINE and write the \
                      result to OUT. With the version both were made from (BASE, or the one \
                      `rapport share` or the app kept when THEIRS was made), what changed on one \
                      side only is taken by itself; the same field changed differently on both \
                      sides, or a record changed on one side and removed on the other, is a \
                      conflict. Without it, every difference is a conflict. Contact logs and \
                      recorded cost changes merge as the union of both. A client copy never \
                      removes what was left out of it. Conflicts are listed; `--take` settles \
                      every one for one side.",
        after_help = "Exit status: 0 merged and written, 1 conflicts remain (listed; OUT is \
                      not written without --take), 2 a file cannot be read or written."
    )]
    /// Merge a copy that came back into a project.
    Merge {
        /// My project.
        #[arg(value_name = "MINE")]
        mine: PathBuf,
        /// The copy that came back.
        #[arg(value_name = "THEIRS")]
        theirs: PathBuf,
        /// The version both were made from (default: the one kept when it was shared).
        #[arg(long, value_name = "BASE")]
        base: Option<PathBuf>,
        /// Where to write the merged project.
        #[arg(short, long, value_name = "OUT")]
        output: PathBuf,
        /// Settle every conflict for one side.
        #[arg(long, value_enum)]
        take: Option<TakeSide>,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    /// List the recovery files the app wrote of unsaved work.
    #[command(
        override_usage = "rapport recover --list [--lang en|zh-CN]",
        long_about = "List the recovery files the app wrote of unsaved work (every 30 \
                      seconds while a project has unsaved changes, in the app's data folder; \
                      RAPPORT_RECOVERY_DIR sets another folder): one per line, with the file \
                      it is a recovery of, when it was written, its size and its path. A \
                      recovery file opens like any project; the app offers the ones a crash \
                      left behind when it starts.",
        after_help = "Exit status: 0 done (also when there are none), 2 no --list given."
    )]
    Recover {
        /// List them.
        #[arg(long)]
        list: bool,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
}

/// Output formats of `rapport check` and `rapport timeline`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Format {
    /// One line per item.
    Text,
    /// A JSON array.
    Json,
}

/// Output formats of `rapport budget`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BudgetFormat {
    /// A table per campaign, with grouped thousands and the currency.
    Text,
    /// A JSON array of campaign objects; amounts are decimal strings.
    Json,
    /// One row per campaign total, category and influencer; amounts are decimal strings.
    Csv,
}

/// Output formats of `rapport results`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ResultsFormat {
    /// Per campaign: targets, metrics, the creators to book again.
    Text,
    /// A JSON array of campaigns with their targets and rows; amounts are decimal strings.
    Json,
    /// A row per campaign, creator and deliverable; amounts are decimal strings.
    Csv,
}

/// Who `rapport share` makes a copy for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareFor {
    /// A colleague: the whole project.
    Team,
    /// The client.
    Client,
    /// One creator's brief: their id or exact name.
    Creator(String),
}

/// The forms of a creator's brief.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum BriefFormat {
    /// A page that prints (self-contained HTML).
    Html,
    /// Plain text for an email body.
    Text,
}

/// The side `rapport merge --take` settles every conflict for.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum TakeSide {
    /// Keep mine.
    Mine,
    /// Take theirs.
    Theirs,
}

/// The usage lines of every command that does something (not the groups around them),
/// without the `Usage: ` in front.
fn leaf_usages(command: &mut clap::Command, lines: &mut Vec<String>) {
    let mut has_children = false;
    for sub in command.get_subcommands_mut() {
        if sub.get_name() == "help" {
            continue;
        }
        has_children = true;
        leaf_usages(sub, lines);
    }
    if !has_children {
        let usage = command.render_usage().to_string();
        lines.push(usage.trim().trim_start_matches("Usage:").trim().to_string());
    }
}

/// The parser, its `--help` listing the usage of every command, each taken from the
/// command's own definition.
pub fn command() -> clap::Command {
    let mut command = Cli::command();
    command.build();
    let mut lines = Vec::new();
    for sub in command.get_subcommands_mut() {
        if sub.get_name() != "help" {
            leaf_usages(sub, &mut lines);
        }
    }
    let root = command.render_usage().to_string();
    let root = root.trim().trim_start_matches("Usage:").trim().to_string();
    let mut usage = root;
    for line in lines {
        usage.push_str("\n       ");
        usage.push_str(&line);
    }
    command.override_usage(usage)
}
