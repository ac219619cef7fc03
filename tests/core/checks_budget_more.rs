//! The budget checks at their boundaries, continued: `cost-change-not-told`,
//! `cost-change-unexplained`, `payment-overdue` and `missing-cost`, on the fixture of
//! `checks_budget`.

use super::checks_budget::{change, d, fee_mut, found, ids, line, m, project};
use rapport_core::checks::{Code, Severity};
use rapport_core::model::{
    Compensation, CostCategory, CostStatus, DeliverableStatus, Id, Money, Project,
};

// ---- cost-change-not-told ------------------------------------------------------------------

#[test]
fn an_untold_change_to_a_creators_pay_is_reported_once_per_line() {
    let mut p = project();
    {
        let fee = fee_mut(&mut p);
        fee.changes = vec![
            change("2027-02-20", "1350.00", "1500.00", "Story added", true),
            change("2027-03-01", "1500.00", "1450.00", "Story shortened", false),
            change("2027-03-08", "1450.00", "1600.00", "Second reel cut", false),
        ];
        fee.amount = m("1600.00");
    }
    let untold = found(&p, "2027-03-15", Code::CostChangeNotTold);
    assert_eq!(untold.len(), 1);
    assert_eq!(untold[0].severity, Severity::Warning);
    assert_eq!(ids(&untold[0]), ["cst-fee", "inf-ana", "cmp-spring"]);
    assert_eq!(
        untold[0].message.en(),
        "Ana Lima has not been told about 2 changes to their pay in Spring: creator fee \"Ana: reel\" 1,500.00 → 1,450.00 EUR on 1 Mar; 1,450.00 → 1,600.00 EUR on 8 Mar."
    );
    assert_eq!(
        untold[0].fix.en(),
        "Tell Ana Lima the new amount and why before they invoice, then mark the change as told."
    );
    for c in &mut fee_mut(&mut p).changes {
        c.told = true;
    }
    assert!(found(&p, "2027-03-15", Code::CostChangeNotTold).is_empty());
}

#[test]
fn usage_rights_and_bonus_are_pay_but_shipping_is_not() {
    for (category, fires) in [
        (CostCategory::UsageRights, true),
        (CostCategory::Bonus, true),
        (CostCategory::CreatorFee, true),
        (CostCategory::Shipping, false),
        (CostCategory::PaidAmplification, false),
        (CostCategory::Tax, false),
    ] {
        let mut p = project();
        let mut extra = line("cst-extra", category, "200.00");
        extra.influencer = Some(Id::from("inf-ana"));
        extra.baseline = Some(m("100.00"));
        extra.changes = vec![change("2027-03-01", "100.00", "200.00", "More", false)];
        p.cost_lines.push(extra);
        let untold = found(&p, "2027-03-15", Code::CostChangeNotTold);
        assert_eq!(untold.len(), usize::from(fires), "{category:?}");
    }
}

// ---- cost-change-unexplained ---------------------------------------------------------------

#[test]
fn a_change_with_a_blank_reason_is_unexplained() {
    let mut p = project();
    {
        let fee = fee_mut(&mut p);
        fee.changes = vec![change("2027-03-01", "1350.00", "1500.00", " \t ", true)];
        fee.amount = m("1500.00");
    }
    let bare = found(&p, "2027-03-15", Code::CostChangeUnexplained);
    assert_eq!(bare.len(), 1);
    assert_eq!(bare[0].severity, Severity::Warning);
    assert_eq!(ids(&bare[0]), ["cst-fee", "inf-ana", "cmp-spring"]);
    assert_eq!(
        bare[0].message.en(),
        "A change to creator fee \"Ana: reel\" in Spring has no reason: 1,350.00 → 1,500.00 EUR on 1 Mar."
    );
    assert_eq!(
        bare[0].fix.en(),
        "Write down why it changed (ask whoever agreed it), so that the budget can be explained to the client and to the creator."
    );
    fee_mut(&mut p).changes[0].reason = "Story added".into();
    assert!(found(&p, "2027-03-15", Code::CostChangeUnexplained).is_empty());
}

#[test]
fn several_unexplained_changes_are_listed_on_any_kind_of_line() {
    let mut p = project();
    let mut ads = line("cst-ads", CostCategory::PaidAmplification, "700.00");
    ads.baseline = Some(m("500.00"));
    ads.changes = vec![
        change("2027-02-01", "500.00", "600.00", "", false),
        change("2027-02-02", "600.00", "700.00", "", false),
    ];
    p.cost_lines.push(ads);
    let bare = found(&p, "2027-03-15", Code::CostChangeUnexplained);
    assert_eq!(
        bare[0].message.en(),
        "2 changes to paid amplification in Spring have no reason: 500.00 → 600.00 EUR on 1 Feb; 600.00 → 700.00 EUR on 2 Feb."
    );
}

// ---- payment-overdue -----------------------------------------------------------------------

fn invoiced(p: &mut Project, invoice_date: &str) {
    let fee = fee_mut(p);
    fee.status = CostStatus::Invoiced;
    fee.invoice_date = Some(d(invoice_date));
}

#[test]
fn due_today_is_not_overdue_and_due_yesterday_is() {
    let mut p = project();
    // Invoiced 8 February on the default net 30: due 10 March.
    invoiced(&mut p, "2027-02-08");
    assert!(found(&p, "2027-03-10", Code::PaymentOverdue).is_empty());
    let late = found(&p, "2027-03-11", Code::PaymentOverdue);
    assert_eq!(late.len(), 1);
    assert_eq!(late[0].severity, Severity::Warning);
    assert_eq!(ids(&late[0]), ["cst-fee", "inf-ana", "cmp-spring"]);
    assert_eq!(
        late[0].message.en(),
        "Creator fee \"Ana: reel\" in Spring (1,350.00 EUR) was invoiced 8 Feb on net 30, so due 10 Mar, and is 1 day late."
    );
    assert_eq!(
        late[0].fix.en(),
        "Pay it now, or tell Ana Lima when it will be paid: late payment is what creators complain about most."
    );
    let later = found(&p, "2027-04-14", Code::PaymentOverdue);
    assert!(later[0].message.en().ends_with("and is 35 days late."));
    assert_eq!(later[0].severity, Severity::Warning);
}

#[test]
fn the_contract_terms_come_before_the_project_default() {
    let mut p = project();
    invoiced(&mut p, "2027-02-08");
    p.campaigns[0].participants[0].contract.payment_terms_days = Some(45);
    // Net 45: due 25 March.
    assert!(found(&p, "2027-03-25", Code::PaymentOverdue).is_empty());
    let late = found(&p, "2027-03-26", Code::PaymentOverdue);
    assert_eq!(
        late[0].message.en(),
        "Creator fee \"Ana: reel\" in Spring (1,350.00 EUR) was invoiced 8 Feb on net 45, so due 25 Mar, and is 1 day late."
    );
    // Without contract terms, the project's setting counts.
    p.campaigns[0].participants[0].contract.payment_terms_days = None;
    p.info.settings.payment_terms_days = 14;
    assert!(found(&p, "2027-02-22", Code::PaymentOverdue).is_empty());
    assert_eq!(found(&p, "2027-02-23", Code::PaymentOverdue).len(), 1);
}

#[test]
fn a_due_date_on_the_line_wins_and_paid_or_undated_lines_are_never_overdue() {
    let mut p = project();
    invoiced(&mut p, "2027-02-08");
    fee_mut(&mut p).due_date = Some(d("2027-02-15"));
    assert!(found(&p, "2027-02-15", Code::PaymentOverdue).is_empty());
    let late = found(&p, "2027-02-17", Code::PaymentOverdue);
    assert_eq!(
        late[0].message.en(),
        "Creator fee \"Ana: reel\" in Spring (1,350.00 EUR) was due 15 Feb and is 2 days late."
    );
    fee_mut(&mut p).status = CostStatus::Paid;
    fee_mut(&mut p).paid_date = Some(d("2027-03-01"));
    assert!(found(&p, "2027-03-15", Code::PaymentOverdue).is_empty());
    let mut p = project();
    fee_mut(&mut p).status = CostStatus::Invoiced;
    assert!(found(&p, "2028-01-01", Code::PaymentOverdue).is_empty());
}

#[test]
fn a_supplier_invoice_is_overdue_too() {
    let mut p = project();
    let mut studio = line("cst-studio", CostCategory::Production, "2400.00");
    studio.description = "Studio day".into();
    studio.baseline = Some(m("2400.00"));
    studio.status = CostStatus::Invoiced;
    studio.invoice_date = Some(d("2027-02-01"));
    p.cost_lines.push(studio);
    let late = found(&p, "2027-03-15", Code::PaymentOverdue);
    assert_eq!(ids(&late[0]), ["cst-studio", "cmp-spring"]);
    assert_eq!(
        late[0].message.en(),
        "Production \"Studio day\" in Spring (2,400.00 EUR) was invoiced 1 Feb on net 30, so due 3 Mar, and is 12 days late."
    );
    assert_eq!(
        late[0].fix.en(),
        "Pay it now, or tell the supplier when it will be paid."
    );
}

// ---- missing-cost --------------------------------------------------------------------------

#[test]
fn paid_deliverables_without_a_fee_line_are_a_missing_cost() {
    let mut p = project();
    p.cost_lines.clear();
    let missing = found(&p, "2027-03-15", Code::MissingCost);
    assert_eq!(missing.len(), 1);
    assert_eq!(missing[0].severity, Severity::Warning);
    assert_eq!(ids(&missing[0]), ["inf-ana", "cmp-spring"]);
    assert_eq!(
        missing[0].message.en(),
        "Ana Lima has 1 paid deliverable in Spring (\"Morning routine reel\") but no creator fee line."
    );
    assert_eq!(
        missing[0].fix.en(),
        "Add a creator fee line for Ana Lima in Spring, or mark the deliverables as gifted if no fee is paid."
    );
    // A cancelled fee line does not count, nor does a fee line in another campaign.
    let mut p = project();
    fee_mut(&mut p).status = CostStatus::Cancelled;
    fee_mut(&mut p).baseline = Some(Money::ZERO);
    assert_eq!(found(&p, "2027-03-15", Code::MissingCost).len(), 1);
    let mut p = project();
    fee_mut(&mut p).campaign = Id::from("cmp-other");
    assert_eq!(found(&p, "2027-03-15", Code::MissingCost).len(), 1);
}

#[test]
fn gifted_unpaid_or_cancelled_deliverables_need_no_fee() {
    for compensation in [Compensation::Gifted, Compensation::Unpaid] {
        let mut p = project();
        p.cost_lines.clear();
        p.deliverables[0].compensation = compensation;
        assert!(
            found(&p, "2027-03-15", Code::MissingCost).is_empty(),
            "{compensation:?}"
        );
    }
    let mut p = project();
    p.cost_lines.clear();
    p.deliverables[0].status = DeliverableStatus::Cancelled;
    assert!(found(&p, "2027-03-15", Code::MissingCost).is_empty());
    // One paid among gifted ones needs a fee.
    let mut p = project();
    p.cost_lines.clear();
    let mut story = p.deliverables[0].clone();
    story.id = Id::from("dlv-story");
    story.title = "Unboxing story".into();
    story.compensation = Compensation::Gifted;
    p.deliverables.push(story);
    let missing = found(&p, "2027-03-15", Code::MissingCost);
    assert_eq!(
        missing[0].message.en(),
        "Ana Lima has 1 paid deliverable in Spring (\"Morning routine reel\") but no creator fee line."
    );
}

#[test]
fn product_to_ship_needs_a_product_or_shipping_line_for_that_creator() {
    let mut p = project();
    p.deliverables[0].ships_product = true;
    let mut second = p.deliverables[0].clone();
    second.id = Id::from("dlv-second");
    second.title = "Second reel".into();
    p.deliverables.push(second);
    // A campaign-wide product line pays for product, not for getting it to Ana.
    let mut boxes = line("cst-boxes", CostCategory::Product, "800.00");
    boxes.baseline = Some(m("800.00"));
    p.cost_lines.push(boxes);
    let missing = found(&p, "2027-03-15", Code::MissingCost);
    assert_eq!(missing.len(), 1);
    assert_eq!(
        ids(&missing[0]),
        ["inf-ana", "cmp-spring", "dlv-reel", "dlv-second"]
    );
    assert_eq!(
        missing[0].message.en(),
        "Spring has no product or shipping line for Ana Lima, yet their \"Morning routine reel\", \"Second reel\" need product shipped first."
    );
    assert_eq!(
        missing[0].fix.en(),
        "Add a shipping line for Ana Lima (and a product line if the product is not in the seeding budget), so the parcel is paid for and leaves in time."
    );
    // A shipping line for her (or a product line for her) settles it.
    for category in [CostCategory::Shipping, CostCategory::Product] {
        let mut q = p.clone();
        let mut parcel = line("cst-parcel", category, "25.00");
        parcel.influencer = Some(Id::from("inf-ana"));
        parcel.baseline = Some(m("25.00"));
        q.cost_lines.push(parcel.clone());
        assert!(
            found(&q, "2027-03-15", Code::MissingCost).is_empty(),
            "{category:?}"
        );
        // Cancelled, it no longer counts.
        parcel.status = CostStatus::Cancelled;
        parcel.baseline = Some(Money::ZERO);
        let last = q.cost_lines.len() - 1;
        q.cost_lines[last] = parcel;
        assert_eq!(found(&q, "2027-03-15", Code::MissingCost).len(), 1);
    }
}

#[test]
fn a_gifted_deliverable_still_needs_its_product_shipped() {
    let mut p = project();
    p.deliverables[0].compensation = Compensation::Gifted;
    p.deliverables[0].ships_product = true;
    let missing = found(&p, "2027-03-15", Code::MissingCost);
    assert_eq!(missing.len(), 1);
    assert!(
        missing[0]
            .message
            .en()
            .contains("needs product shipped first")
    );
}
