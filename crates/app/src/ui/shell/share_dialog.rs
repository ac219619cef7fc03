//! File ▸ Share a copy… and Creator's brief…: who the copy is for, what it leaves out
//! (with counts, before anything is written), compression for email, and where it goes.

use crate::ui::kit::lang::tr;
use egui::{Id, Modal, RichText};
use rapport_core::i18n::{Lang, text, text_with};
use rapport_core::model::{InfluencerId, Project, ShareKind};
use rapport_core::share::{LeftOut, ShareOptions, preview};
use std::path::{Path, PathBuf};

/// Above this size a copy is offered compressed (email attachments are often limited
/// to 10–25 MB).
pub const EMAIL_SIZE: u64 = 10 * 1024 * 1024;

/// Who a copy is for.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Recipient {
    /// A colleague: the whole project.
    Team,
    /// The client.
    Client,
    /// One creator: a brief, not a project file.
    Creator,
}

/// What the dialog asks the app to do.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum ShareAction {
    /// Close without writing.
    Cancel,
    /// Write the copy or brief to this path.
    Write(PathBuf),
    /// Put the creator's brief, as text, on the clipboard.
    CopyText,
    /// Ask the system's file dialog for a path.
    Browse,
}

/// The Share dialog's state.
#[derive(Debug, Clone)]
pub struct ShareDialog {
    /// Who it is for.
    pub recipient: Recipient,
    /// A client copy keeps each cost line's amount.
    pub amounts: bool,
    /// Write the copy compressed (`.gz`).
    pub compress: bool,
    /// The creator a brief is for.
    pub creator: Option<InfluencerId>,
    /// The brief as a page (HTML) rather than text.
    pub html: bool,
    /// Where to write it.
    pub path: String,
    /// The path was typed or chosen (not to be replaced by the default).
    pub path_chosen: bool,
    /// A problem with the last attempt.
    pub error: Option<String>,
    /// Where the project lives (its folder is the default folder).
    folder: PathBuf,
    /// The project's name, for file names.
    name: String,
    /// The preview for the options it was made for.
    left_out: Option<(ShareOptions, Vec<LeftOut>)>,
    /// The path field has taken the keyboard once, as the dialog opened.
    focused: bool,
    /// The language the default file name is written in.
    lang: Lang,
}

/// A project or person's name as part of a file name.
fn file_part(name: &str) -> String {
    let cleaned: String = name
        .chars()
        .filter(|c| !c.is_control() && !":*?\"<>|".contains(*c))
        .map(|c| if c == '/' || c == '\\' { '-' } else { c })
        .collect();
    let trimmed = cleaned.trim().trim_matches('.');
    if trimmed.is_empty() {
        "project".into()
    } else {
        trimmed.to_string()
    }
}

impl ShareDialog {
    /// A dialog for `recipient`, for a project saved at `path` (if saved), `size` bytes on
    /// disk, its default file name in `lang`.
    pub fn new(
        project: &Project,
        path: Option<&Path>,
        size: u64,
        recipient: Recipient,
        lang: Lang,
    ) -> Self {
        let folder = path
            .and_then(Path::parent)
            .map(Path::to_path_buf)
            .unwrap_or_default();
        let mut dialog = ShareDialog {
            recipient,
            amounts: false,
            compress: size > EMAIL_SIZE,
            creator: project.influencers.first().map(|i| i.id.clone()),
            html: true,
            path: String::new(),
            path_chosen: false,
            error: None,
            folder,
            name: file_part(&project.info.name),
            left_out: None,
            focused: false,
            lang,
        };
        dialog.path = dialog.default_path(project);
        dialog
    }

    /// The options of a project copy.
    pub fn options(&self) -> ShareOptions {
        ShareOptions {
            kind: if self.recipient == Recipient::Client {
                ShareKind::Client
            } else {
                ShareKind::Team
            },
            amounts: self.amounts,
        }
    }

    /// The file the copy goes to unless the user chose another.
    fn default_path(&self, project: &Project) -> String {
        let lang = self.lang;
        let file = match self.recipient {
            Recipient::Team | Recipient::Client => {
                let kind = match self.options().kind {
                    ShareKind::Client => "client",
                    ShareKind::Team => "team",
                };
                let stem = text_with(
                    lang,
                    "sg-share-file-copy",
                    &[("name", self.name.as_str().into()), ("kind", kind.into())],
                );
                format!(
                    "{stem}.rapport.ron{}",
                    if self.compress { ".gz" } else { "" }
                )
            }
            Recipient::Creator => {
                let who = self
                    .creator
                    .as_ref()
                    .and_then(|id| project.influencer(id))
                    .map_or_else(
                        || text(lang, "sg-share-file-nobody"),
                        |i| file_part(&i.name),
                    );
                let stem = text_with(lang, "sg-share-file-brief", &[("who", who.into())]);
                format!("{stem}.{}", if self.html { "html" } else { "txt" })
            }
        };
        self.folder.join(file).display().to_string()
    }

    /// Draws the dialog; returns what the user asked for, if anything.
    pub fn ui(
        &mut self,
        ctx: &egui::Context,
        project: &Project,
        browse: bool,
    ) -> Option<ShareAction> {
        let mut action = None;
        let before = (
            self.recipient,
            self.compress,
            self.creator.clone(),
            self.html,
            self.amounts,
            self.lang,
        );
        // The default file name follows the interface's language.
        self.lang = crate::ui::kit::lang::get(ctx);
        Modal::new(Id::unique("share_dialog")).show(ctx, |ui| {
            ui.set_width(560.0);
            ui.heading(tr(
                ctx,
                if self.recipient == Recipient::Creator {
                    "sg-share-heading-brief"
                } else {
                    "sg-share-heading-copy"
                },
            ));
            ui.horizontal(|ui| {
                ui.label(tr(ctx, "sg-share-for"));
                ui.radio_value(
                    &mut self.recipient,
                    Recipient::Team,
                    tr(ctx, "sg-share-team"),
                )
                .on_hover_text(tr(ctx, "sg-share-team-tip"));
                ui.radio_value(
                    &mut self.recipient,
                    Recipient::Client,
                    tr(ctx, "sg-share-client"),
                )
                .on_hover_text(tr(ctx, "sg-share-client-tip"));
                ui.radio_value(
                    &mut self.recipient,
                    Recipient::Creator,
                    tr(ctx, "sg-share-creator"),
                )
                .on_hover_text(tr(ctx, "sg-share-creator-tip"));
            });
            ui.add_space(4.0);
            match self.recipient {
                Recipient::Creator => self.creator_ui(ui, project),
                _ => self.copy_ui(ui, project),
            }
            ui.add_space(6.0);
            let label = ui.label(tr(ctx, "sg-share-save-to"));
            let field = ui
                .add(egui::TextEdit::singleline(&mut self.path).desired_width(f32::INFINITY))
                .labelled_by(label.id);
            if !self.focused {
                // The keyboard goes to the path as the dialog opens.
                field.request_focus();
                self.focused = true;
            }
            if field.changed() {
                self.path_chosen = true;
            }
            if let Some(error) = &self.error {
                ui.colored_label(ui.visuals().error_fg_color, error);
            }
            ui.add_space(6.0);
            ui.horizontal(|ui| {
                let verb = if self.recipient == Recipient::Creator {
                    "sg-share-write-brief"
                } else {
                    "sg-share-write-copy"
                };
                if ui
                    .add_enabled(
                        !self.path.trim().is_empty(),
                        egui::Button::new(tr(ctx, verb)),
                    )
                    .clicked()
                {
                    action = Some(ShareAction::Write(PathBuf::from(self.path.trim())));
                }
                if browse
                    && ui
                        .button(tr(ctx, "sg-share-browse"))
                        .on_hover_text(tr(ctx, "sg-share-browse-tip"))
                        .clicked()
                {
                    action = Some(ShareAction::Browse);
                }
                if self.recipient == Recipient::Creator
                    && ui
                        .button(tr(ctx, "sg-share-copy-text"))
                        .on_hover_text(tr(ctx, "sg-share-copy-text-tip"))
                        .clicked()
                {
                    action = Some(ShareAction::CopyText);
                }
                if ui.button(tr(ctx, "sg-share-cancel")).clicked() {
                    action = Some(ShareAction::Cancel);
                }
            });
        });
        if ctx.input(|i| i.key_pressed(egui::Key::Escape)) {
            action = Some(ShareAction::Cancel);
        }
        let after = (
            self.recipient,
            self.compress,
            self.creator.clone(),
            self.html,
            self.amounts,
            self.lang,
        );
        if before != after && !self.path_chosen {
            self.path = self.default_path(project);
        }
        action
    }

    /// The options of a team or client copy, and what it leaves out.
    fn copy_ui(&mut self, ui: &mut egui::Ui, project: &Project) {
        let ctx = ui.ctx().clone();
        if self.recipient == Recipient::Client {
            ui.checkbox(&mut self.amounts, tr(&ctx, "sg-share-amounts"))
                .on_hover_text(tr(&ctx, "sg-share-amounts-tip"));
        }
        ui.checkbox(&mut self.compress, tr(&ctx, "sg-share-compress"))
            .on_hover_text(tr(&ctx, "sg-share-compress-tip"));
        ui.add_space(4.0);
        let options = self.options();
        if self.left_out.as_ref().is_none_or(|(o, _)| *o != options) {
            self.left_out = Some((options, preview(project, options)));
        }
        let Some((_, left_out)) = &self.left_out else {
            return;
        };
        if left_out.is_empty() {
            ui.label(tr(&ctx, "sg-share-nothing-left-out"));
            return;
        }
        ui.label(RichText::new(tr(&ctx, "sg-share-left-out")).strong());
        egui::Grid::new("share_left_out")
            .num_columns(2)
            .striped(true)
            .show(ui, |ui| {
                for line in left_out {
                    ui.label(line.what_in(crate::ui::kit::lang::get(&ctx)));
                    ui.label(RichText::new(line.count.to_string()).strong());
                    ui.end_row();
                }
            });
        ui.label(RichText::new(tr(&ctx, "sg-share-left-out-note")).weak());
    }

    /// The creator and the form of their brief.
    fn creator_ui(&mut self, ui: &mut egui::Ui, project: &Project) {
        let ctx = ui.ctx().clone();
        let current = self
            .creator
            .as_ref()
            .and_then(|id| project.influencer(id))
            .map_or_else(|| tr(&ctx, "sg-share-choose"), |i| i.name.clone());
        ui.horizontal(|ui| {
            let label = ui.label(tr(&ctx, "sg-share-creator-label"));
            egui::ComboBox::from_id_salt("brief_creator")
                .selected_text(current)
                .width(280.0)
                .show_ui(ui, |ui| {
                    for i in &project.influencers {
                        ui.selectable_value(&mut self.creator, Some(i.id.clone()), &i.name);
                    }
                })
                .response
                .labelled_by(label.id);
        });
        ui.horizontal(|ui| {
            ui.label(tr(&ctx, "sg-share-as"));
            ui.radio_value(&mut self.html, true, tr(&ctx, "sg-share-as-html"));
            ui.radio_value(&mut self.html, false, tr(&ctx, "sg-share-as-text"));
        });
        ui.label(RichText::new(tr(&ctx, "sg-share-brief-note")).weak());
    }
}
