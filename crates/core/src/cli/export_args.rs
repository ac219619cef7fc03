//! What `rapport export` accepts: the roster, the deliverables, the costs, the summary page,
//! a chart and the calendar (clap; the help is generated from these definitions).

use super::args::parse_date;
use chrono::NaiveDate;
use clap::{Subcommand, ValueEnum};
use std::path::PathBuf;

pub use crate::export::image::ChartKind;

/// What `rapport export` writes.
#[derive(Debug, Clone, PartialEq, Eq, Subcommand)]
pub enum Export {
    /// Write the roster as CSV.
    #[command(
        override_usage = "rapport export roster PROJECT [-o FILE.csv] [--lang en|zh-CN]",
        long_about = "Write the roster as CSV (to standard output without -o): name, handle, \
                      platform, followers, engagement rate, average likes, country, niches, \
                      email, notes, other handles (TikTok @ana (120000); YouTube @ana). It \
                      imports back with the same values.",
        after_help = "Exit status: 0 done, 2 a file cannot be read or written."
    )]
    Roster {
        /// The project file.
        #[arg(value_name = "PROJECT")]
        project: PathBuf,
        /// The CSV file to write (standard output when left out).
        #[arg(short, long, value_name = "FILE.csv")]
        output: Option<PathBuf>,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = super::args::parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    /// Write every deliverable as CSV.
    #[command(
        override_usage = "rapport export deliverables PROJECT [-o FILE.csv] [--lang en|zh-CN]",
        long_about = "Write every deliverable as CSV (to standard output without -o): id, \
                      campaign, campaign_id, influencer, influencer_id, title, content, \
                      platform, brief_sent, draft_due, publish (YYYY-MM-DD), status, \
                      revisions_agreed, revisions_used, disclosure, compensation, \
                      ships_product. Text a spreadsheet would run as a formula starts with '.",
        after_help = "Exit status: 0 done, 2 a file cannot be read or written."
    )]
    Deliverables {
        /// The project file.
        #[arg(value_name = "PROJECT")]
        project: PathBuf,
        /// The CSV file to write (standard output when left out).
        #[arg(short, long, value_name = "FILE.csv")]
        output: Option<PathBuf>,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = super::args::parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    /// Write every cost line as CSV, and their recorded changes.
    #[command(
        override_usage = "rapport export costs PROJECT [-o FILE.csv] [--changes CHANGES.csv] [--lang en|zh-CN]",
        long_about = "Write every cost line as CSV (to standard output without -o): id, \
                      campaign, campaign_id, influencer, influencer_id, category, \
                      description, amount, baseline (exact decimals such as 1350.00), \
                      status, invoice_date, due_date, paid_date, changes (how many). \
                      --changes writes the recorded changes to a second file: cost_line_id, \
                      campaign, influencer, description, date, from, to, difference, \
                      reason, told.",
        after_help = "Exit status: 0 done, 2 a file cannot be read or written."
    )]
    Costs {
        /// The project file.
        #[arg(value_name = "PROJECT")]
        project: PathBuf,
        /// The CSV file to write (standard output when left out).
        #[arg(short, long, value_name = "FILE.csv")]
        output: Option<PathBuf>,
        /// Also write the recorded changes to this CSV file.
        #[arg(long, value_name = "CHANGES.csv")]
        changes: Option<PathBuf>,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = super::args::parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
    /// Write a one-page campaign report as HTML (or PDF).
    #[command(
        override_usage = "rapport export summary PROJECT [--campaign ID] [--confidential] [--today YYYY-MM-DD] [--format html|pdf] [--paper a4|letter] [--lang en|zh-CN] -o FILE",
        long_about = "Write a one-page report of a campaign (or all of them) as one \
                      self-contained HTML file that prints on one or two A4 or Letter pages: \
                      dates, objective, creators and reach, deliverables by status, the budget \
                      against the cap, what needs a decision, the timeline and the budget as \
                      charts, and the open warnings. Fees, rates and private details are left \
                      out unless --confidential is given. --format pdf prints it with Chromium \
                      (installed separately).",
        after_help = "Exit status: 0 done, 2 a file cannot be read or written, no such \
                      campaign, or no Chromium for a PDF."
    )]
    Summary {
        /// The project file.
        #[arg(value_name = "PROJECT")]
        project: PathBuf,
        /// One campaign, by id or name (all when left out).
        #[arg(long, value_name = "ID")]
        campaign: Option<String>,
        /// Show fees, amounts and the reasons of cost changes.
        #[arg(long)]
        confidential: bool,
        /// The day it is made as of (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<NaiveDate>,
        /// html (default) or pdf.
        #[arg(long, value_enum, default_value_t = SummaryFormat::Html)]
        format: SummaryFormat,
        /// The sheet: a4 or letter (a PDF is A4 unless told; HTML prints on the printer's).
        #[arg(long, value_enum, value_name = "a4|letter")]
        paper: Option<Paper>,
        /// The language of the page's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = super::args::parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
        /// The file to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Draw the timeline or the budget as an SVG or PNG image for slides.
    #[command(
        override_usage = "rapport export chart timeline|budget PROJECT [--campaign ID] [--confidential] [--today YYYY-MM-DD] [--lang en|zh-CN] -o FILE.svg|FILE.png",
        long_about = "Draw a chart without a window, as the app's slides draw it: the timeline \
                      (a row per deliverable, bars from brief to publish, flags, today) or the \
                      budget (each campaign against its cap, and the waterfall from the \
                      approved budget to the plan). FILE ending in .png gives a PNG at twice \
                      the size, anything else an SVG. Amounts only with --confidential.",
        after_help = "Exit status: 0 done, 2 a file cannot be read or written, or no such campaign."
    )]
    Chart {
        /// timeline or budget.
        #[arg(value_enum, value_name = "timeline|budget")]
        chart: ChartKind,
        /// The project file.
        #[arg(value_name = "PROJECT")]
        project: PathBuf,
        /// One campaign, by id or name (all when left out).
        #[arg(long, value_name = "ID")]
        campaign: Option<String>,
        /// Show amounts and the reasons of cost changes.
        #[arg(long)]
        confidential: bool,
        /// The day the today line marks (default: today).
        #[arg(long, value_name = "YYYY-MM-DD", value_parser = parse_date)]
        today: Option<NaiveDate>,
        /// The language of the chart's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = super::args::parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
        /// The .svg or .png file to write.
        #[arg(short, long, value_name = "FILE")]
        output: PathBuf,
    },
    /// Write the deliverables' dates as an iCalendar file.
    #[command(
        override_usage = "rapport export calendar PROJECT [-o FILE.ics] [--lang en|zh-CN]",
        long_about = "Write an iCalendar (.ics) file (to standard output without -o) with an \
                      all-day event for each deliverable's brief, draft-due and publish date. \
                      Each event's UID comes from the deliverable's id, so importing the file \
                      again updates the events instead of adding them twice.",
        after_help = "Exit status: 0 done, 2 a file cannot be read or written."
    )]
    Calendar {
        /// The project file.
        #[arg(value_name = "PROJECT")]
        project: PathBuf,
        /// The .ics file to write (standard output when left out).
        #[arg(short, long, value_name = "FILE.ics")]
        output: Option<PathBuf>,
        /// The language of the report's words: en (the default) or zh-CN.
        #[arg(long, value_name = "en|zh-CN", value_parser = super::args::parse_lang, default_value = "en")]
        lang: crate::i18n::Lang,
    },
}

/// The sheets `rapport export summary` prints on.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Paper {
    /// 210 × 297 mm.
    A4,
    /// 8.5 × 11 in.
    Letter,
}

impl From<Paper> for crate::export::summary::Paper {
    fn from(paper: Paper) -> Self {
        match paper {
            Paper::A4 => Self::A4,
            Paper::Letter => Self::Letter,
        }
    }
}

/// The forms of `rapport export summary`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SummaryFormat {
    /// One self-contained HTML file.
    Html,
    /// A PDF printed by Chromium.
    Pdf,
}
