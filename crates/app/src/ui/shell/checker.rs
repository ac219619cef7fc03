//! Running the checks after every change without making the window wait: a small project
//! is checked at once, within the frame; a large one (whose last check took longer than a
//! frame can spare) on a background thread, on a snapshot of the project, while the
//! panels keep showing the previous findings, marked as updating.

use chrono::NaiveDate;
use rapport_core::checks::{self, Findings, Tally};
use rapport_core::model::Project;
use std::sync::Arc;
use std::sync::mpsc::{self, Receiver, TryRecvError};
use std::time::{Duration, Instant};

/// What findings are for: the document's generation, the history's revision, and "today".
pub type CheckKey = (u64, u64, NaiveDate);

/// A check that ran longer than this moves the next ones off the frame.
const FRAME_BUDGET: Duration = Duration::from_millis(8);

/// In the background, a check starts once edits pause this long: while one runs, an edit
/// has to copy the project (the check reads the old one), so a quick series of edits (a bar
/// nudged day by day) is checked once, after it.
const PAUSE: Duration = Duration::from_millis(300);

/// Projects with more records than this are checked in the background from the start.
const LARGE: usize = 20_000;

/// A check running in the background.
#[derive(Debug)]
struct Job {
    key: CheckKey,
    done: Receiver<(Findings, Duration)>,
}

/// The findings shown, and the check that will replace them.
#[derive(Debug, Default)]
pub struct Checker {
    /// Check in the background whatever the project's size (tests).
    always_in_background: bool,
    findings: Findings,
    /// The findings shown, counted by severity.
    tally: Tally,
    /// What the shown findings were computed for.
    shown_for: Option<CheckKey>,
    running: Option<Job>,
    /// How long the latest check took.
    last_took: Option<Duration>,
    /// The state the findings should be for, and since when.
    wanted: Option<(CheckKey, Instant)>,
}

impl Checker {
    /// The findings shown (those of `key`, unless [`Checker::is_updating`]).
    pub fn findings(&self) -> &Findings {
        &self.findings
    }

    /// The findings shown, counted by severity (counted once, not every frame).
    pub fn tally(&self) -> Tally {
        self.tally
    }

    /// True once any findings of this document are shown (false before its first check).
    pub fn has_findings(&self) -> bool {
        self.shown_for.is_some()
    }

    /// Shows new findings.
    fn show(&mut self, findings: Findings, key: CheckKey) {
        self.tally = Tally::of(findings.all());
        self.findings = findings;
        self.shown_for = Some(key);
    }

    /// True while the findings shown are not yet those of the latest change.
    pub fn is_updating(&self, key: CheckKey) -> bool {
        self.shown_for != Some(key)
    }

    /// Brings the findings towards `key`: takes a finished background check, and starts
    /// the check `key` needs (at once when it is quick, else in the background, asking
    /// `repaint` to draw again when it is done). Returns true when the findings shown
    /// changed.
    pub fn update(
        &mut self,
        key: CheckKey,
        project: &Arc<Project>,
        repaint: Option<&egui::Context>,
    ) -> bool {
        let mut changed = false;
        if let Some(job) = &self.running {
            match job.done.try_recv() {
                Ok((findings, took)) => {
                    // Even an older check's findings are nearer the truth than what is shown.
                    let key = job.key;
                    self.show(findings, key);
                    self.last_took = Some(took);
                    self.running = None;
                    changed = true;
                }
                Err(TryRecvError::Empty) => return changed,
                Err(TryRecvError::Disconnected) => self.running = None,
            }
        }
        if self.shown_for == Some(key) {
            return changed;
        }
        let (_, _, today) = key;
        let quick = !self.always_in_background
            && match self.last_took {
                Some(took) => took <= FRAME_BUDGET,
                None => record_count(project) <= LARGE,
            };
        if quick || repaint.is_none() {
            let start = Instant::now();
            let findings = Findings::new(checks::run(project, today));
            self.last_took = Some(start.elapsed());
            self.show(findings, key);
            return true;
        }
        let since = match self.wanted {
            Some((wanted, at)) if wanted == key => at,
            _ => {
                let now = Instant::now();
                self.wanted = Some((key, now));
                now
            }
        };
        let waited = since.elapsed();
        if self.shown_for.is_some() && waited < PAUSE {
            if let Some(ctx) = repaint {
                ctx.request_repaint_after(PAUSE - waited);
            }
            return changed;
        }
        let (send, done) = mpsc::channel();
        let snapshot = Arc::clone(project);
        let repaint = repaint.cloned();
        let spawned = std::thread::Builder::new()
            .name("rapport-checks".into())
            .spawn(move || {
                let start = Instant::now();
                let findings = Findings::new(checks::run(&snapshot, today));
                drop(snapshot);
                let _ = send.send((findings, start.elapsed()));
                if let Some(ctx) = repaint {
                    ctx.request_repaint();
                }
            });
        match spawned {
            Ok(_) => self.running = Some(Job { key, done }),
            Err(_) => {
                // No thread to be had: check here, late rather than never.
                self.show(Findings::new(checks::run(project, today)), key);
                changed = true;
            }
        }
        changed
    }
}

/// Every record of a project, to tell a large one before it has been checked once.
fn record_count(project: &Project) -> usize {
    project.influencers.len()
        + project.campaigns.len()
        + project.deliverables.len()
        + project.cost_lines.len()
        + project.plan_changes.len()
}

#[cfg(test)]
mod tests {
    use super::*;
    use rapport_core::model::{ContentType, Deliverable, Id};

    /// A project with one deliverable whose dates are out of order: one error.
    fn project(title: &str) -> Arc<Project> {
        let mut project = Project::new();
        let mut d = Deliverable::new(
            Id::from("cmp-1"),
            Id::from("inf-1"),
            title,
            ContentType::Story,
        );
        d.draft_due = NaiveDate::from_ymd_opt(2027, 3, 10);
        d.publish = NaiveDate::from_ymd_opt(2027, 3, 1);
        project.deliverables.push(d);
        Arc::new(project)
    }

    fn wait(checker: &mut Checker, key: CheckKey, project: &Arc<Project>, ctx: &egui::Context) {
        for _ in 0..500 {
            checker.update(key, project, Some(ctx));
            if !checker.is_updating(key) {
                return;
            }
            std::thread::sleep(Duration::from_millis(10));
        }
        panic!("the background check never finished");
    }

    #[test]
    fn a_background_check_shows_the_previous_findings_until_it_is_done() {
        let ctx = egui::Context::default();
        let today = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
        let mut checker = Checker {
            always_in_background: true,
            ..Checker::default()
        };
        let first = project("Reel");
        let key = (1, 0, today);
        assert!(!checker.update(key, &first, Some(&ctx)), "nothing at once");
        assert!(checker.is_updating(key));
        wait(&mut checker, key, &first, &ctx);
        let expected = checks::run(&first, today);
        assert_eq!(checker.findings().all(), expected.as_slice());
        assert!(!expected.is_empty());
        assert_eq!(Arc::strong_count(&first), 1, "the snapshot is let go");

        // An edit: the old findings stay shown, marked as updating, until the new ones.
        let second = project("Story");
        let next = (1, 1, today);
        checker.update(next, &second, Some(&ctx));
        assert!(checker.is_updating(next));
        assert_eq!(checker.findings().all(), expected.as_slice());
        wait(&mut checker, next, &second, &ctx);
        assert_eq!(
            checker.findings().all(),
            checks::run(&second, today).as_slice()
        );
    }

    #[test]
    fn a_small_project_is_checked_within_the_frame() {
        let ctx = egui::Context::default();
        let today = NaiveDate::from_ymd_opt(2027, 1, 1).unwrap_or_default();
        let mut checker = Checker::default();
        let p = project("Reel");
        assert!(checker.update((1, 0, today), &p, Some(&ctx)));
        assert!(!checker.is_updating((1, 0, today)));
        assert_eq!(checker.findings().all(), checks::run(&p, today).as_slice());
    }
}
