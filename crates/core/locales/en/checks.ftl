# The findings' messages and fixes in English. Every message has its Chinese twin in
# zh-CN/checks.ftl (a test checks it). Arguments: names and titles come quoted already.

empty = { "" }
quoted = "{ $text }"
list-semicolon = { "; " }

## Content types at the start of a sentence.
noun-story = A story
noun-feed-post = A feed post
noun-short-video = A short video
noun-long-video = A long video
noun-blog = A blog post
noun-podcast = A podcast
noun-live-event = A live or event appearance
noun-other = This content

## Fixes several checks share.
fix-move-publish = Move publish to { $publish } or later.
fix-move-publish-or-brief = Move publish to { $publish } or send the brief by { $brief }.
fix-ask-draft-by = Ask for the draft by { $draft } or move publish later.

## tight-lead-time
tight-lead-time = { $noun } needs { $needs } days from brief to publish; { $title } has { $has }.
tight-lead-time-shipping = { $noun } needs { $needs } days from brief to publish ({ $base } + { $extra } for shipping product); { $title } has { $has }.

## tight-review-window
tight-review-window = { $title } leaves { $has } business { $has ->
        [one] day
       *[other] days
    } between draft due ({ $draft }) and publish ({ $publish }); review and one revision need { $needs }.
tight-review-window-reversed = { $title } is published ({ $publish }) before its draft is due ({ $draft }): no time at all to review; review and one revision need { $needs } business days.

## dates-out-of-order
dates-out-of-order = In { $title }, { $problems }.
dates-out-of-order-fix = Put the dates in order: brief sent, then draft due, then publish.
order-publish-before-draft = publish ({ $publish }) is before the draft is due ({ $draft })
order-draft-before-brief = the draft is due ({ $draft }) before the brief is sent ({ $brief })
order-publish-before-brief = publish ({ $publish }) is before the brief is sent ({ $brief })

## overdue
overdue-publish = Publish of { $title } was due { $date } and is { $late } { $late ->
        [one] day
       *[other] days
    } late (status: { $status }).
overdue-draft = The draft of { $title } was due { $date } and is { $late } { $late ->
        [one] day
       *[other] days
    } late (status: { $status }).
overdue-brief = The brief of { $title } was due { $date } and is { $late } { $late ->
        [one] day
       *[other] days
    } late (status: { $status }).
overdue-fix = Check in with the creator, then mark it { $done } or agree a new date.

## Budget: lines and their changes.
list-sentences = { " " }
the-creator = the creator
line-label = { $category } { $description }
line-in-campaign = { $line } in { $campaign }
cost-change-from-to = { $from } → { $to } { $currency } on { $date }

## unreconciled
unreconciled = { $intro }baseline { $baseline } + changes { $changes } = { $expected } { $currency }, but { $says }.
unreconciled-with-breaks = { $intro }baseline { $baseline } + changes { $changes } = { $expected } { $currency }, but { $says }. { $breaks }
unreconciled-line = { $what }: { "" }
unreconciled-added-after-baseline = { $what } was added after the baseline: { "" }
unreconciled-added-after-approval = { $what } was added after the baseline was approved ({ $date }) with no change recorded: { "" }
unreconciled-says = the line says { $amount } { $currency }
unreconciled-says-cancelled = the line is cancelled, so it counts 0.00 { $currency }
unreconciled-break = The change of { $date } starts from { $from }, but the amount before it was { $before }.
unreconciled-fix = Find out who changed the amount and why (an edit by hand or in another copy), then record the difference as a cost change with its reason.
unreconciled-fix-added = Record the line's addition as a cost change from 0, with its reason.
unreconciled-fix-cancelled = Record the cancellation as a cost change to 0, with its reason.

## cost-change-not-told
cost-change-not-told = { $name } has not been told about { $count ->
        [one] a change
       *[other] { $count } changes
    } to their pay in { $campaign }: { $line } { $changes }.
cost-change-not-told-fix = Tell { $name } the new amount and why before they invoice, then mark the change as told.

## cost-change-unexplained
cost-change-unexplained = { $count ->
        [one] A change
       *[other] { $count } changes
    } to { $line } in { $campaign } { $count ->
        [one] has
       *[other] have
    } no reason: { $changes }.
cost-change-unexplained-fix = Write down why it changed (ask whoever agreed it), so that the budget can be explained to the client and to the creator.

## over-cap
over-cap-committed = { $campaign } has { $committed } { $currency } committed, invoiced or paid: { $over } { $currency } over its cap of { $cap } { $currency }.
over-cap-committed-fix = Agree nothing more: renegotiate or cancel lines that are not yet paid, or get a higher cap approved.
over-cap-planned = { $campaign }'s plan adds up to { $planned } { $currency }: { $over } { $currency } over its cap of { $cap } { $currency } ({ $committed } { $currency } of it committed so far).
over-cap-planned-fix = Trim estimated lines (or the contingency) by { $over } { $currency } before they are committed, or get a higher cap approved.

## payment-overdue
payment-due = was due { $due }
payment-due-by-terms = was invoiced { $invoiced } on net { $terms }, so due { $due },
payment-overdue = { $line } in { $campaign } ({ $amount } { $currency }) { $when } and is { $late } { $late ->
        [one] day
       *[other] days
    } late.
payment-overdue-fix = Pay it now, or tell { $name } when it will be paid: late payment is what creators complain about most.
payment-overdue-fix-supplier = Pay it now, or tell the supplier when it will be paid.

## missing-cost
missing-fee = { $name } has { $count } paid { $count ->
        [one] deliverable
       *[other] deliverables
    } in { $campaign } ({ $titles }) but no creator fee line.
missing-fee-fix = Add a creator fee line for { $name } in { $campaign }, or mark the deliverables as gifted if no fee is paid.
missing-shipping = { $campaign } has no product or shipping line for { $name }, yet their { $titles } { $count ->
        [one] needs
       *[other] need
    } product shipped first.
missing-shipping-fix = Add a shipping line for { $name } (and a product line if the product is not in the seeding budget), so the parcel is paid for and leaves in time.

## rush-campaign
rush-campaign = { $campaign } has { $has } { $has ->
        [one] day
       *[other] days
    } from { $what } ({ $from }) to its first publish ({ $publish }, { $title }); under { $needs } days is a rush.
rush-campaign-from-brief = its first brief
rush-campaign-from-start = its start
rush-campaign-fix = Give creators at least { $needs } days: move the first publish to { $publish } or later.
rush-campaign-fix-or-brief = Give creators at least { $needs } days: move the first publish to { $publish } or later, or start the campaign and send the first brief by { $brief }.

## too-many-revisions
too-many-revisions = { $title } has had { $used } revision { $used ->
        [one] round
       *[other] rounds
    }; { $agreed } { $agreed ->
        [one] was
       *[other] were
    } agreed.
too-many-revisions-fix = Stop at the agreed rounds: more is micromanaging, and the creator's own voice is what their audience trusts. Send one consolidated round of feedback, or agree (and pay for) an extra round with them.

## plan-change-not-told
plan-change-item = { $what } { $from } → { $to }
plan-value-quoted = “{ $text }”
plan-change-not-told = { $name } has not been told about { $count ->
        [one] a change
       *[other] { $count } changes
    } to { $title } made after they agreed: { $changes }.
plan-change-not-told-fix = Tell { $name } what changed and why (Draft update writes the message), then mark the changes as told.

## creator-overload
list-more = { $shown } and { $more } more
overload-item = { $date } { $title }
overload-move = { $title } ({ $date }) to { $to } or later
overload-move-another-week = { $title } ({ $date }) to another week
creator-overload = { $name } has { $count } publish dates within 7 days{ $across ->
        [1] { "" }
       *[other] , across { $across } campaigns
    }: { $list }. More than { $max } in any 7 days leaves no time to do each one well.
creator-overload-between = { $name } has { $count } publish dates between { $first } and { $last }, up to { $most } within 7 days{ $across ->
        [1] { "" }
       *[other] , across { $across } campaigns
    }: { $list }. More than { $max } in any 7 days leaves no time to do each one well.
creator-overload-fix = Move { $moves }, so that no 7 days hold more than { $max }; or agree the pace with { $name } first.
creator-overload-fix-none = Nothing here can still be moved; space { $name }'s next posts so that no 7 days hold more than { $max }.

## Relationships.
list-and-each = { " and " }
no-recent-contact = No contact with { $name } for { $silent } days (last: { $kind } on { $date }); an { $stage } relationship needs contact at least every { $limit } days.
no-recent-contact-never = No contact with { $name } is recorded, and they are { $stage }.
stage-an-active-partner = an active partner
stage-an-ambassador = an ambassador
no-recent-contact-their-posts = their recent posts
no-recent-contact-fix = Get in touch personally, not about a campaign (e.g. about { $topic }), and log it.
no-owner = Nobody on our side is { $name }'s point of contact.
no-owner-fix = Choose a team member and enter them as "Our contact" in the profile.
vetting-incomplete = { $name } is in { $campaigns } but vetting is not finished: { $missing } not checked.
vetting-incomplete-fix = Finish the vetting checklist in the profile before anything is published.
vetting-engagement = engagement
vetting-audience-fit = audience fit
vetting-content-quality = content quality
vetting-past-partnerships = past partnerships
vetting-brand-safety = brand safety
contract-not-signed = { $name }'s contract for { $campaign } is not signed.
contract-does-not-cover = { $name }'s contract for { $campaign } does not cover { $missing }.
contract-not-signed-nor-covers = { $name }'s contract for { $campaign } is not signed and does not cover { $missing }.
contract-incomplete-fix = Add { $missing } to the contract and get it signed before the brief goes out.
contract-incomplete-fix-sign = Get the contract signed before the brief goes out.
contract-deliverables = deliverables
contract-compensation = compensation
contract-disclosure = disclosure
contract-usage-rights = usage rights
contract-exclusivity = exclusivity
contract-payment-terms = payment terms
tracking-missing = { $name } has no code, link or hashtag in { $campaign }, so their results cannot be measured.
tracking-missing-fix = Give them a unique discount code or a tracked link.
thanks-missing = { $name }'s part in { $campaign } ended { $since } days ago ({ $date }) and no thank-you is recorded.
thanks-missing-fix = Send a personal thank-you (what you loved about their content) and log it as a thank-you.
fee-below-rate = { $name }'s fee for { $campaign } is { $fee } { $currency }, below their own rate card for the { $count } { $count ->
        [one] deliverable
       *[other] deliverables
    } agreed ({ $card } { $currency }).
fee-below-rate-fix = Pay their rate, or agree the lower fee with them openly and note why.

## Disclosure.
regulator-us = the FTC
regulator-uk = the CAP Code and the CMA
disclosure-missing = { $title } is { $kind } content but has no disclosure label.
disclosure-missing-fix = Agree a clear label with the creator, such as { $examples }, at the start of the caption.
disclosure-ambiguous = { $title } is labelled { $label }, which { $regulator } does not accept as a clear disclosure.
disclosure-ambiguous-fix = Use { $examples } instead.
disclosure-examples-us = "#ad", "Sponsored", "Paid partnership", "#BrandPartner" or "Thanks to Brand for the free product"
disclosure-examples-uk = "Ad", "#ad", "Advert", "Advertisement feature" or "Ad – gifted"

## Results.
kpi-missing = { $campaign } has no target for any KPI, and its first brief { $when }.
kpi-missing-today = goes out today ({ $date })
kpi-missing-in = goes out in { $days } { $days ->
        [one] day
       *[other] days
    } ({ $date })
kpi-missing-ago = went out { $days } { $days ->
        [one] day
       *[other] days
    } ago ({ $date })
kpi-missing-fix = Decide before launch how success is measured: in the Results panel, set targets for { $kpis }, from what its creators' audience can give.
kpi-missing-fix-goal = Decide before launch how success is measured: in the Results panel, choose its goal and set targets, from what its creators' audience can give.
target-reach = { $campaign } aims for { $target } people, but its creators have { $audience } followers on the platforms they will post on; at { $percent } % of that, { $most } people is the most to expect.
target-impressions = { $campaign } aims for { $target } impressions, but its creators have { $audience } followers on the platforms they will post on; at { $percent } % of that, { $most } impressions is the most to expect.
target-reach-fix = Set a reach target of at most { $most }, or add creators whose audience fits; do not press creators for results their audience cannot give.
target-impressions-fix = Set an impressions target of at most { $most }, or add creators whose audience fits; do not press creators for results their audience cannot give.
results-missing = { $title } was published { $days } { $days ->
        [one] day
       *[other] days
    } ago ({ $date }) and no results are recorded.
results-missing-fix = Ask { $name } for the post's insights (or read them from the tracker) and enter them in the Results panel.
tracking-code = code { $value }
tracking-link = link { $value }
tracking-unused = { $name }'s { $what } in { $campaign } show no use: the results of their published posts record no click and no redemption.
tracking-unused-fix = Check that the code and the link work and that the posts show them; ask the tracker or the shop for the figures and enter them.

## The file itself.
record-campaign = campaign
record-influencer = influencer
record-deliverable = deliverable
broken-effect-campaign = they count in no campaign's budget or timeline
broken-effect-influencer = nobody is shown for them and their money is nobody's
broken-effect-deliverable = the change cannot be shown or told
broken-reference = { $count ->
        [one] 1 record points
       *[other] { $count } records point
    } at { $what } { $target }, which is not in the project: { $effect }.
broken-reference-fix = Restore the { $what } (from the backup beside the file, or the copy it came from), or point these records at one in the project.
records-influencer = influencers
records-campaign = campaigns
records-deliverable = deliverables
records-cost-line = cost lines
records-plan-change = plan changes
duplicate-id = { $count } { $what } share the id { $id } ({ $names }): an edit to one would change the first of them.
duplicate-id-fix = Give each its own id in the file (or remove the copy), so each can be edited on its own.
