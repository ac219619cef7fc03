//! View ▸ Language: the menus and the command list in English or Simplified Chinese, kept
//! in the preferences (never in the project file).

use super::{example_app, harness};
use egui_kittest::kittest::{NodeT, Queryable};

#[test]
fn the_language_menu_switches_the_menus_and_keeps_the_choice() {
    let mut harness = harness(example_app());
    harness.run();
    let project_before = harness.state().doc.project.clone();
    harness.get_by_label("View").click();
    harness.run();
    harness.get_by_label("Language").click();
    harness.run();
    harness.get_by_label("简体中文").click();
    harness.run_steps(4);
    assert_eq!(harness.state().prefs.lang.as_deref(), Some("zh-CN"));
    for menu in ["文件", "编辑", "视图", "帮助"] {
        assert!(harness.query_by_label(menu).is_some(), "{menu}");
    }
    // The panel tabs are the commands' names too.
    assert!(harness.query_by_label("时间线").is_some());
    assert!(harness.query_by_label("File").is_none());
    harness.get_by_label("文件").click();
    harness.run();
    assert!(
        harness.query_all_by_label_contains("打开…").count() == 2,
        "打开… and 按路径打开…"
    );
    assert!(harness.query_by_label_contains("导入效果数据…").is_some());
    harness.key_press(egui::Key::Escape);
    harness.run();
    // And back, from the Chinese menu.
    harness.get_by_label("视图").click();
    harness.run();
    harness.get_by_label("语言").click();
    harness.run();
    harness.get_by_label("English").click();
    harness.run_steps(4);
    assert_eq!(harness.state().prefs.lang.as_deref(), Some("en"));
    assert!(harness.query_by_label("File").is_some());
    assert_eq!(
        harness.state().doc.project,
        project_before,
        "the language is not in the project"
    );
    assert!(!harness.state().doc.is_dirty());
}

#[test]
fn the_update_for_a_creator_who_speaks_mandarin_is_drafted_in_chinese() {
    let mut harness = harness(example_app());
    harness.run();
    harness.state_mut().panel = rapport::ui::PanelKind::Timeline;
    harness.run_steps(4);
    // "To tell creators": Chloé Marchand first (French: in English), then 林小雨 (Mandarin).
    let buttons: Vec<_> = harness.get_all_by_label("Draft update").collect();
    assert_eq!(buttons.len(), 2);
    buttons[1].click();
    harness.run_steps(4);
    let (_, text) = harness
        .state()
        .timeline
        .side
        .draft
        .clone()
        .expect("a draft");
    assert!(text.starts_with("林小雨，你好！\n\n关于"), "{text}");
    assert!(
        text.contains(
            "- “Xiaohongshu note: layering vitamin C under SPF”的合作简报内容：“Glow Serum only” → \
             “Glow Serum + a Daily Veil SPF teaser in the last slide”\n"
        ),
        "{text}"
    );
    assert!(text.contains("我们的计划有一处调整"), "{text}");
    assert!(text.ends_with("祝好，\nJonas Brandt\n"), "{text}");
    harness.key_press(egui::Key::Escape);
    harness.run_steps(4);
    let buttons: Vec<_> = harness.get_all_by_label("Draft update").collect();
    buttons[0].click();
    harness.run_steps(4);
    let (_, text) = harness
        .state()
        .timeline
        .side
        .draft
        .clone()
        .expect("a draft");
    assert!(text.starts_with("Hi Chloé Marchand,"), "{text}");
}

#[test]
fn in_chinese_a_new_campaign_is_named_in_chinese_and_a_wrong_amount_says_why_in_chinese() {
    let mut app = example_app();
    app.prefs.lang = Some("zh-CN".into());
    app.panel = rapport::ui::PanelKind::Budget;
    let mut harness = harness(app);
    harness.run_steps(4);
    let before = harness.state().doc.project.campaigns.len();
    harness.get_by_label_contains("添加活动").click();
    harness.run_steps(4);
    let campaigns = &harness.state().doc.project.campaigns;
    assert_eq!(campaigns.len(), before + 1);
    assert!(campaigns.iter().any(|c| c.name == "新活动"));
    let wrong = "12,34x".parse::<rapport_core::model::Money>();
    let error = wrong.expect_err("not an amount");
    assert_eq!(
        error.message_in(rapport_core::i18n::Lang::ZhCn),
        "“12,34x”不是金额；请写成 1350.00 这样的格式"
    );
    assert_eq!(
        error.to_string(),
        "\"12,34x\" is not an amount; write it like 1350.00"
    );
}

#[test]
fn a_date_half_typed_stays_when_the_language_changes() {
    // Widget ids come from fixed salts, not from the words, which change with the language.
    let mut harness = harness(example_app());
    harness.run_steps(2);
    let text = egui::accesskit::Role::TextInput;
    harness.get_by_role_and_label(text, "Checked as of").click();
    harness.run();
    harness
        .get_by_role_and_label(text, "Checked as of")
        .type_text("2027-04");
    harness.run();
    let typed = harness
        .get_by_role_and_label(text, "Checked as of")
        .accesskit_node()
        .value();
    assert!(
        typed.as_deref().is_some_and(|t| t.contains("2027-04")),
        "{typed:?}"
    );
    harness.state_mut().prefs.lang = Some("zh-CN".into());
    harness.run_steps(3);
    let field = harness.get_by_role_and_label(text, "检查日期");
    assert_eq!(
        field.accesskit_node().value(),
        typed,
        "the typed text is kept"
    );
}
