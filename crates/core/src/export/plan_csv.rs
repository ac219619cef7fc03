//! The deliverables, the cost lines and their recorded changes as CSV: one row per record,
//! ids beside names so that a row can be traced back, dates as `YYYY-MM-DD` and amounts as
//! exact decimals (`1350.00`), text that a spreadsheet would run as a formula guarded with
//! a `'` (as the roster export does).

use crate::file::FileError;
use crate::file::spreadsheet::values::needs_guard;
use crate::model::{Money, Project};
use chrono::NaiveDate;

/// The columns of the deliverables export.
pub const DELIVERABLE_COLUMNS: [&str; 17] = [
    "id",
    "campaign",
    "campaign_id",
    "influencer",
    "influencer_id",
    "title",
    "content",
    "platform",
    "brief_sent",
    "draft_due",
    "publish",
    "status",
    "revisions_agreed",
    "revisions_used",
    "disclosure",
    "compensation",
    "ships_product",
];

/// The columns of the costs export.
pub const COST_COLUMNS: [&str; 14] = [
    "id",
    "campaign",
    "campaign_id",
    "influencer",
    "influencer_id",
    "category",
    "description",
    "amount",
    "baseline",
    "status",
    "invoice_date",
    "due_date",
    "paid_date",
    "changes",
];

/// The columns of the recorded changes export.
pub const CHANGE_COLUMNS: [&str; 10] = [
    "cost_line_id",
    "campaign",
    "influencer",
    "description",
    "date",
    "from",
    "to",
    "difference",
    "reason",
    "told",
];

/// Text for a cell, guarded against being run as a formula.
fn text(s: &str) -> String {
    if needs_guard(s) {
        format!("'{s}")
    } else {
        s.to_string()
    }
}

fn date(d: Option<NaiveDate>) -> String {
    d.map(|d| d.format("%Y-%m-%d").to_string())
        .unwrap_or_default()
}

fn money(m: Option<Money>) -> String {
    m.map(|m| m.to_string()).unwrap_or_default()
}

/// Names by id.
struct Names<'a> {
    influencers: crate::fast::HashMap<&'a str, &'a str>,
    campaigns: crate::fast::HashMap<&'a str, &'a str>,
}

impl<'a> Names<'a> {
    fn of(project: &'a Project) -> Self {
        Names {
            influencers: project
                .influencers
                .iter()
                .map(|i| (i.id.as_str(), i.name.as_str()))
                .collect(),
            campaigns: project
                .campaigns
                .iter()
                .map(|c| (c.id.as_str(), c.name.as_str()))
                .collect(),
        }
    }
    fn influencer(&self, id: &str) -> String {
        text(self.influencers.get(id).copied().unwrap_or(""))
    }
    fn campaign(&self, id: &str) -> String {
        text(self.campaigns.get(id).copied().unwrap_or(""))
    }
}

/// Writes rows under a header as CSV text (comma separated, CRLF, quoted where needed).
fn csv_text(header: &[&str], rows: impl Iterator<Item = Vec<String>>) -> Result<String, FileError> {
    let encode = |e: csv::Error| FileError::Encode(format!("could not write the CSV: {e}"));
    let mut writer = csv::WriterBuilder::new()
        .terminator(csv::Terminator::CRLF)
        .from_writer(Vec::new());
    writer.write_record(header).map_err(encode)?;
    for row in rows {
        writer.write_record(row).map_err(encode)?;
    }
    let bytes = writer
        .into_inner()
        .map_err(|e| FileError::Encode(format!("could not write the CSV: {e}")))?;
    String::from_utf8(bytes).map_err(|e| FileError::Encode(e.to_string()))
}

/// Every deliverable as a row of [`DELIVERABLE_COLUMNS`], in project order.
pub fn deliverables_csv(project: &Project) -> Result<String, FileError> {
    let names = Names::of(project);
    csv_text(
        &DELIVERABLE_COLUMNS,
        project.deliverables.iter().map(|d| {
            vec![
                d.id.to_string(),
                names.campaign(d.campaign.as_str()),
                d.campaign.to_string(),
                names.influencer(d.influencer.as_str()),
                d.influencer.to_string(),
                text(&d.title),
                d.content.label().to_string(),
                d.platform.label().to_string(),
                date(d.brief_sent),
                date(d.draft_due),
                date(d.publish),
                d.status.label().to_string(),
                d.revisions_agreed.to_string(),
                d.revisions_used.to_string(),
                text(&d.disclosure),
                d.compensation.label().to_string(),
                if d.ships_product { "yes" } else { "no" }.to_string(),
            ]
        }),
    )
}

/// Every cost line as a row of [`COST_COLUMNS`], in project order; `changes` counts its
/// recorded changes (listed by [`changes_csv`]).
pub fn costs_csv(project: &Project) -> Result<String, FileError> {
    let names = Names::of(project);
    csv_text(
        &COST_COLUMNS,
        project.cost_lines.iter().map(|l| {
            let influencer = l.influencer.as_ref().map(|i| i.as_str()).unwrap_or("");
            vec![
                l.id.to_string(),
                names.campaign(l.campaign.as_str()),
                l.campaign.to_string(),
                names.influencer(influencer),
                influencer.to_string(),
                l.category.label().to_string(),
                text(&l.description),
                l.amount.to_string(),
                money(l.baseline),
                l.status.label().to_string(),
                date(l.invoice_date),
                date(l.due_date),
                date(l.paid_date),
                l.changes.len().to_string(),
            ]
        }),
    )
}

/// Every recorded change of every cost line as a row of [`CHANGE_COLUMNS`], line by line in
/// project order, each line's oldest first.
pub fn changes_csv(project: &Project) -> Result<String, FileError> {
    let names = Names::of(project);
    csv_text(
        &CHANGE_COLUMNS,
        project.cost_lines.iter().flat_map(|l| {
            let influencer = l
                .influencer
                .as_ref()
                .map(|i| names.influencer(i.as_str()))
                .unwrap_or_default();
            let campaign = names.campaign(l.campaign.as_str());
            l.changes.iter().map(move |c| {
                vec![
                    l.id.to_string(),
                    campaign.clone(),
                    influencer.clone(),
                    text(&l.description),
                    date(Some(c.date)),
                    c.from.to_string(),
                    c.to.to_string(),
                    c.difference().to_string(),
                    text(&c.reason),
                    if c.told { "yes" } else { "no" }.to_string(),
                ]
            })
        }),
    )
}
