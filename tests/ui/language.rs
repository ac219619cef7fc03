//! View ▸ Language: the menus and the command list in English or Simplified Chinese, kept
//! in the preferences (never in the project file).

use super::{example_app, harness};
use egui_kittest::kittest::Queryable;

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
