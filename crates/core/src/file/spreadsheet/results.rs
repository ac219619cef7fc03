//! Results from the CSV exports people download from Instagram, TikTok and YouTube
//! analytics or from a link or code tracker: each row becomes a reading of the deliverable
//! it is about, found by its post address (or the video id in it), by the creator's
//! tracking code, or by the creator and the publish date. Rows that match nothing, or more
//! than one deliverable, are listed with the reason and never guessed. One import is one
//! undo step; importing the same file twice adds nothing the second time.

pub use super::results_field::{ResultField, propose_results_mapping};
use super::table::CsvTable;
use super::values::parse_count;
use crate::fast::HashMap;
use crate::i18n::{Arg, Lang, Sep, Text};
use crate::model::results::Measurement;
use crate::model::typed_date::{DayOrder, parse_typed_date};
use crate::model::{Deliverable, DeliverableId, DeliverableStatus, Edit, Money, Project, Record};
use chrono::NaiveDate;

/// A row that was not imported, and why.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Skipped {
    /// The line of the file.
    pub line: usize,
    /// Why, in English words (`why_text` in English).
    pub why: String,
    /// Why, in words of any language.
    pub why_text: Text,
}

impl Skipped {
    /// A row on `line` skipped for `why`.
    fn new(line: usize, why: Text) -> Self {
        Skipped {
            line,
            why: why.en(),
            why_text: why,
        }
    }

    /// Why, in `lang`.
    pub fn why_in(&self, lang: Lang) -> String {
        self.why_text.render(lang)
    }
}

/// What importing a results export does, before it is done.
#[derive(Debug, Clone, PartialEq)]
pub struct ResultsPlan {
    /// The edit: every matched deliverable with its new readings (one undo step).
    pub edit: Edit,
    /// Readings added, per deliverable title, in file order.
    pub added: Vec<(usize, String, NaiveDate)>,
    /// Rows already recorded (the same reading), by line.
    pub already: Vec<usize>,
    /// Rows not imported.
    pub skipped: Vec<Skipped>,
}

/// A URL or id made comparable: lower case, no scheme, no `www.`, no query, no trailing `/`.
fn url_key(text: &str) -> String {
    let t = text.trim().to_lowercase();
    let t = t.split(['?', '#']).next().unwrap_or("");
    let t = t
        .trim_start_matches("https://")
        .trim_start_matches("http://")
        .trim_start_matches("www.");
    t.trim_end_matches('/').to_string()
}

/// Where deliverables are found, built once per import.
struct Lookup<'a> {
    by_url: HashMap<String, Vec<&'a Deliverable>>,
    by_part: HashMap<String, Vec<&'a Deliverable>>,
    by_code: HashMap<String, Vec<&'a Deliverable>>,
    by_creator: HashMap<String, Vec<&'a Deliverable>>,
}

impl<'a> Lookup<'a> {
    fn new(project: &'a Project) -> Self {
        let mut by_url: HashMap<String, Vec<&Deliverable>> = HashMap::default();
        let mut by_part: HashMap<String, Vec<&Deliverable>> = HashMap::default();
        let mut of: HashMap<
            (&crate::model::InfluencerId, &crate::model::CampaignId),
            Vec<&Deliverable>,
        > = HashMap::default();
        let mut of_influencer: HashMap<&crate::model::InfluencerId, Vec<&Deliverable>> =
            HashMap::default();
        for d in project
            .deliverables
            .iter()
            .filter(|d| d.status != DeliverableStatus::Cancelled)
        {
            if !d.post_url.trim().is_empty() {
                let key = url_key(&d.post_url);
                for part in key.split(['/', '=', '&']).filter(|p| p.len() >= 6) {
                    by_part.entry(part.to_string()).or_default().push(d);
                }
                by_url.entry(key).or_default().push(d);
            }
            of.entry((&d.influencer, &d.campaign)).or_default().push(d);
            of_influencer.entry(&d.influencer).or_default().push(d);
        }
        let mut by_code: HashMap<String, Vec<&Deliverable>> = HashMap::default();
        for c in &project.campaigns {
            for p in &c.participants {
                let code = p.tracking.code.trim().to_lowercase();
                if !code.is_empty()
                    && let Some(list) = of.get(&(&p.influencer, &c.id))
                {
                    by_code
                        .entry(code)
                        .or_default()
                        .extend(list.iter().copied());
                }
            }
        }
        let mut by_creator: HashMap<String, Vec<&Deliverable>> = HashMap::default();
        for i in &project.influencers {
            let Some(list) = of_influencer.get(&i.id) else {
                continue;
            };
            let mut keys = vec![i.name.trim().to_lowercase()];
            keys.extend(
                i.handles
                    .iter()
                    .map(|h| h.handle.trim().trim_start_matches('@').to_lowercase()),
            );
            for key in keys.into_iter().filter(|k| !k.is_empty()) {
                by_creator
                    .entry(key)
                    .or_default()
                    .extend(list.iter().copied());
            }
        }
        Lookup {
            by_url,
            by_part,
            by_code,
            by_creator,
        }
    }
}

/// The column's day order: day first when a value's first number is above 12, month first
/// when its second is; month first (as the platforms' exports write) when none says.
fn column_order(table: &CsvTable, column: Option<usize>) -> DayOrder {
    let Some(c) = column else {
        return DayOrder::MonthFirst;
    };
    for row in &table.rows {
        let cell = row.get(c).map_or("", String::as_str);
        let mut numbers = cell
            .split(['/', '.', '-'])
            .map(|p| p.trim().parse::<u32>().ok());
        if let (Some(Some(a)), Some(Some(b))) = (numbers.next(), numbers.next()) {
            if a > 12 && a <= 31 && !cell.contains('-') {
                return DayOrder::DayFirst;
            }
            if b > 12 {
                return DayOrder::MonthFirst;
            }
        }
    }
    DayOrder::MonthFirst
}

/// A date cell: `2027-03-02`, `03/02/2027 09:15`, `Mar 10, 2027`, `2027-03-02T09:15:00Z`.
fn date_cell(cell: &str, today: NaiveDate, order: DayOrder) -> Option<NaiveDate> {
    let t = cell.trim();
    if t.is_empty() {
        return None;
    }
    let date_part = t.split('T').next().unwrap_or(t);
    // Drop a time of day after the date ("03/02/2027 09:15", "Mar 10, 2027 4:00 PM").
    let words: Vec<&str> = date_part
        .split_whitespace()
        .filter(|w| {
            !w.contains(':') && !w.eq_ignore_ascii_case("am") && !w.eq_ignore_ascii_case("pm")
        })
        .collect();
    parse_typed_date(&words.join(" ").replace(',', ""), today, order)
}

/// Money in a cell: `3,264.00`, `€3264`, `3264.00 EUR`.
fn money_cell(cell: &str) -> Result<Option<Money>, String> {
    let t: String = cell
        .trim()
        .trim_matches(|c: char| !(c.is_ascii_digit() || c == '-'))
        .to_string();
    if t.is_empty() {
        return Ok(None);
    }
    // A decimal comma (7.446,20 or 3264,50) is read as people in most of Europe mean it.
    let comma = t.rfind(',');
    let decimal_comma = match (comma, t.rfind('.')) {
        (Some(c), Some(d)) => c > d,
        (Some(c), None) => t.len() - c - 1 == 2,
        _ => false,
    };
    let t = if decimal_comma {
        t.replace('.', "").replace(',', ".")
    } else {
        t
    };
    t.parse::<Money>().map(Some).map_err(|e| e.to_string())
}

/// Plans importing `table` read with `mapping` into `project`: readings dated `measured`
/// unless a column says when. Nothing changes until the edit is applied.
pub fn plan_results(
    project: &Project,
    table: &CsvTable,
    mapping: &[ResultField],
    measured: NaiveDate,
) -> ResultsPlan {
    let lookup = Lookup::new(project);
    let column = |f: ResultField| mapping.iter().position(|&m| m == f);
    let published_order = column_order(table, column(ResultField::Published));
    let measured_order = column_order(table, column(ResultField::Measured));
    // Each deliverable a row is about, as it becomes, and whether a reading was added.
    let mut changed: HashMap<DeliverableId, (Deliverable, bool)> = HashMap::default();
    let mut order: Vec<DeliverableId> = Vec::new();
    let mut plan = ResultsPlan {
        edit: Edit::Batch(Vec::new()),
        added: Vec::new(),
        already: Vec::new(),
        skipped: Vec::new(),
    };
    for (row, &line) in table.rows.iter().zip(&table.row_lines) {
        let cell = |f: ResultField| column(f).and_then(|c| row.get(c)).map_or("", |s| s.trim());
        let skip = |why: Text| Skipped::new(line, why);
        // A totals row (YouTube's first) is not a post.
        if row.iter().any(|c| c.trim().eq_ignore_ascii_case("total")) {
            plan.skipped.push(skip(Text::new("imp-res-totals")));
            continue;
        }
        let published = date_cell(cell(ResultField::Published), measured, published_order);
        let found = match_row(
            &lookup,
            cell(ResultField::PostUrl),
            cell(ResultField::Code),
            cell(ResultField::Creator),
            published,
        );
        let d = match found {
            Ok(d) => d,
            Err(why) => {
                plan.skipped.push(skip(why));
                continue;
            }
        };
        let mut m = Measurement::on(
            date_cell(cell(ResultField::Measured), measured, measured_order).unwrap_or(measured),
        );
        let mut bad = Vec::new();
        for (field, slot) in [
            (ResultField::Impressions, &mut m.impressions),
            (ResultField::Reach, &mut m.reach),
            (ResultField::Views, &mut m.views),
            (ResultField::Likes, &mut m.likes),
            (ResultField::Comments, &mut m.comments),
            (ResultField::Shares, &mut m.shares),
            (ResultField::Saves, &mut m.saves),
            (ResultField::Clicks, &mut m.clicks),
            (ResultField::Redemptions, &mut m.redemptions),
            (ResultField::Sales, &mut m.sales),
        ] {
            match parse_count(cell(field)) {
                Ok(v) => *slot = v,
                Err(_) => bad.push(bad_value(field, cell(field))),
            }
        }
        match money_cell(cell(ResultField::Revenue)) {
            Ok(v) => m.revenue = v,
            Err(_) => bad.push(bad_value(ResultField::Revenue, cell(ResultField::Revenue))),
        }
        if !bad.is_empty() {
            let list = Arg::Join(bad, Sep::Comma);
            plan.skipped
                .push(skip(Text::new("imp-res-not-numbers").arg("list", list)));
            continue;
        }
        if m.is_empty() {
            plan.skipped
                .push(skip(Text::new("imp-res-no-figures").arg("title", &d.title)));
            continue;
        }
        let (entry, added) = changed.entry(d.id.clone()).or_insert_with(|| {
            order.push(d.id.clone());
            (d.clone(), false)
        });
        if entry.results.contains(&m) {
            plan.already.push(line);
            continue;
        }
        let url = cell(ResultField::PostUrl);
        if entry.post_url.trim().is_empty() && url.contains("://") {
            entry.post_url = url.to_string();
        }
        plan.added.push((line, d.title.clone(), m.date));
        *added = true;
        entry.results.push(m);
        entry.results.sort_by_key(|r| r.date);
    }
    plan.edit = Edit::Batch(
        order
            .iter()
            .filter_map(|id| changed.remove(id))
            .filter(|(_, added)| *added)
            .map(|(d, _)| Edit::Put(Record::Deliverable(d)))
            .collect(),
    );
    plan
}

/// A figure that is not a number: `views "lots"`.
fn bad_value(field: ResultField, cell: &str) -> Arg {
    Text::new("imp-res-bad-value")
        .arg("field", field.term())
        .arg("value", cell)
        .into()
}

/// The one deliverable a row is about, or why there is none.
fn match_row<'a>(
    lookup: &Lookup<'a>,
    url: &str,
    code: &str,
    creator: &str,
    published: Option<NaiveDate>,
) -> Result<&'a Deliverable, Text> {
    let one = |list: Vec<&'a Deliverable>, what: Arg| -> Result<&'a Deliverable, Text> {
        // Among several, the one published that day.
        let list = if list.len() > 1
            && let Some(day) = published
        {
            list.into_iter()
                .filter(|d| d.publish == Some(day))
                .collect()
        } else {
            list
        };
        match list.as_slice() {
            [d] => Ok(*d),
            [] => Err(match published {
                Some(day) => Text::new("imp-res-none-of-on")
                    .arg("what", what)
                    .arg("date", day.to_string()),
                None => Text::new("imp-res-none-of").arg("what", what),
            }),
            many => Err(Text::new("imp-res-several")
                .arg("what", what)
                .arg("count", many.len())),
        }
    };
    // A TikTok or YouTube address names its creator (…/@handle/video/…).
    let from_url = url
        .split('/')
        .find_map(|part| part.strip_prefix('@'))
        .unwrap_or("");
    let creator = if creator.is_empty() {
        from_url
    } else {
        creator
    };
    if !url.is_empty() {
        let key = url_key(url);
        if let Some(list) = lookup.by_url.get(&key).or_else(|| lookup.by_part.get(&key)) {
            let what = Text::new("imp-res-what-post").arg("url", url);
            return one(list.clone(), what.into());
        }
        if code.is_empty() && creator.is_empty() {
            return Err(Text::new("imp-res-no-post").arg("url", url));
        }
    }
    if !code.is_empty() {
        let Some(list) = lookup.by_code.get(&code.to_lowercase()) else {
            return Err(Text::new("imp-res-no-code").arg("code", code));
        };
        // A code counts for the creator in the campaign, not one post: with no publish
        // date to tell, its figures go to the creator's latest published post there.
        if list.len() > 1 && published.is_none() {
            return list
                .iter()
                .filter(|d| d.status == DeliverableStatus::Published)
                .max_by_key(|d| d.publish)
                .copied()
                .ok_or_else(|| Text::new("imp-res-code-unpublished").arg("code", code));
        }
        let what = Text::new("imp-res-what-code").arg("code", code);
        return one(list.clone(), what.into());
    }

    if !creator.is_empty() {
        let key = creator.trim_start_matches('@').to_lowercase();
        return match lookup.by_creator.get(&key) {
            Some(list) if list.len() == 1 || published.is_some() => {
                one(list.clone(), creator.into())
            }
            Some(_) => Err(Text::new("imp-res-creator-several").arg("creator", creator)),
            None => Err(Text::new("imp-res-no-creator").arg("creator", creator)),
        };
    }
    Err(Text::new("imp-res-nothing-to-match"))
}
