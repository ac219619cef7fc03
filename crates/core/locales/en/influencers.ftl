# The words of the Influencers panel (roster, filter, profile), in English.
# Every message has its twin in zh-CN/influencers.ftl (a test checks it). Ids start with "inf-".

## The search box and the filters above the roster.
inf-filter-search-hint = name, handle, niche, notes
inf-filter-stage = Stage
inf-filter-all-stages = All stages
inf-filter-platform = Platform
inf-filter-all-platforms = All platforms
inf-filter-country = Country
inf-filter-all-countries = All countries
inf-filter-niche = Niche
inf-filter-all-niches = All niches
inf-filter-tier = Tier
inf-filter-all-sizes = All sizes
inf-filter-has-findings = Has findings
inf-filter-clear = Clear filters
inf-filter-clear-tip = Show every influencer: the search and every filter cleared

## The buttons above the roster, and their edits (named in Edit ▸ Undo).
inf-add = ➕ Add influencer
inf-add-tip = Add a new prospect to the roster
inf-add-edit = Add influencer
inf-new-name = New influencer
inf-duplicate = ⎘ Duplicate
inf-duplicate-tip = A copy of this profile, without its history
inf-duplicate-edit = Duplicate influencer
inf-copy-name = { $name } (copy)
inf-delete = 🗑 Delete
inf-delete-tip = Remove from the roster (undoable)
inf-delete-edit = Delete { $name }
inf-close-what = the profile

## Deleting an influencer who is in a campaign.
inf-delete-heading = Delete { $name }?
inf-delete-yes = Delete
inf-delete-body = { $name } is in { $campaigns }. Deleting them also removes their { $deliverables } { $deliverables ->
        [one] deliverable
       *[other] deliverables
    } and { $lines } { $lines ->
        [one] cost line
       *[other] cost lines
    }, and their place in { $count ->
        [one] that campaign
       *[other] those campaigns
    }.
inf-delete-undo = You can undo it with Ctrl+Z.

## The roster table.
inf-roster-count = { $shown } of { $total } influencers
inf-roster-computed-note = · * engagement computed from average likes + comments ÷ followers (no rate entered)
inf-roster-computed-tip = * computed from average likes + comments ÷ followers (no rate entered)
inf-roster-none = No influencers match.
inf-roster-short-counts = Short (1.8M)
inf-roster-exact-counts = Exact (1,800,000)
inf-roster-not-in-copy = not in this copy
inf-roster-table = Roster
inf-contact-never = never
inf-contact-today = today
inf-contact-yesterday = yesterday
inf-contact-days-ago = { $days } days ago
inf-contact-on = on { $date }

## The profile: heading, findings and sections.
inf-no-name = (no name)
inf-record-id = Record id: { $id }
inf-draft-update = Draft update
inf-draft-update-tip = A short, friendly message listing what changed
inf-go-to-field = Go to field
inf-go-to-field-tip = Show the field to fix
inf-section-identity = Identity & handles
inf-section-audience = Audience
inf-section-fit = Fit & vetting
inf-section-money = Money
inf-section-person = The person
inf-section-history = History
inf-client-copy-note = Rate card, contact details, the personal side, private notes and the contact log are not in a client copy.
inf-book-again = Ranked { $rank } of { $total } to book again in { $campaign } ({ $kpi } per unit of cost).
inf-book-again-tip = From the measured results, in the Results panel (Ctrl+4)
inf-rename-edit = Rename influencer
inf-log-contact-edit = Log contact
inf-edit-edit = Edit influencer

## Identity and handles.
inf-name = Name
inf-email = Email
inf-country = Country
inf-owner = Our contact
inf-stage = Stage
inf-engagement = Engagement %
inf-handles = Handles
inf-platform = Platform
inf-followers-noun = followers
inf-followers-tip = Followers on this platform: type 1800000, 1,800,000 or 1.8M
inf-remove-handle = Remove this handle
inf-link = Link
inf-open-link = Open ↗
inf-add-handle = ➕ Add handle

## Engagement.
inf-not-entered = not entered
inf-engagement-tip = Engagement rate in percent as you know it; when not entered it is computed from likes and comments
inf-avg-likes = avg likes
inf-avg-likes-tip = Average likes per post
inf-avg-comments = avg comments
inf-avg-comments-tip = Average comments per post
inf-engagement-computed = = { $rate }% computed from likes + comments ÷ followers
inf-engagement-entered = entered
inf-engagement-unknown = unknown

## Fit and vetting.
inf-niches = Niches (comma-separated)
inf-brand-fit = Brand fit
inf-vetting = Vetting
inf-vet-engagement = Engagement checked (no fake followers or pods)
inf-vet-audience = Audience fits our market
inf-vet-content = Content quality reviewed
inf-vet-partnerships = Past partnerships checked
inf-vet-safety = Brand safety reviewed

## Money.
inf-rate-card = Rate card ({ $currency })
inf-content = Content
inf-price-of = Price of { $content }
inf-remove-rate = Remove this rate
inf-add-rate = ➕ Add a rate

## The person.
inf-background = Background
inf-shared-interests = Shared interests
inf-posts-loved = Posts we loved (one per line)
inf-preferred-contact = Preferred contact
inf-language = Language
inf-private-notes = Private notes (never shared)

## Audience.
inf-top-countries = Top countries
inf-add-top-country = ➕ Add to top countries
inf-age-bands = Age bands
inf-add-age-band = ➕ Add to age bands
inf-remove-share = Remove
inf-gender-split = Gender split
inf-women = Women
inf-men = Men
inf-other = Other
inf-gender-unknown = Unknown: not entered yet
inf-women-noun = women
inf-men-noun = men
inf-other-noun = other

## History: the contact log.
inf-contact-log = Contact log
inf-log-contact = 📝 Log contact
inf-log-contact-tip = Record a call, email, DM, meeting, gift or thank-you
inf-no-contacts = No contact recorded yet.
inf-contact-count = { $contacts } contacts, { $thanks } thank-you notes
inf-remove-entry = Remove this entry
inf-kind = Kind
inf-contact-kind = Contact kind
inf-on = on
inf-contact-date = Contact date
inf-said = What was said or sent
inf-said-hint = e.g. Asked how the marathon training is going
inf-add-to-log = Add to log
inf-cancel = Cancel

## History: the campaigns.
inf-campaigns = Campaigns
inf-no-campaigns = Not in any campaign yet.
inf-unnamed-campaign = (campaign without a name)
inf-contract = Contract
inf-signed = Signed
inf-signed-on = on { $date }
inf-covers = Covers:
inf-covers-deliverables = deliverables
inf-covers-compensation = compensation
inf-covers-disclosure = disclosure
inf-covers-usage-rights = usage rights
inf-covers-exclusivity = exclusivity
inf-covers-payment-terms = payment terms
inf-tracking = Tracking
inf-tracking-code = Code
inf-tracking-link = Tracked link
inf-tracking-hashtag = Hashtag
inf-tracking-field = { $field } ({ $campaign })
inf-participation-edit = Edit participation
inf-deliverables = Deliverables
inf-show-in-timeline = Show it in the Timeline
inf-deliverable-line = { $content } · publish { $date }
inf-not-set = not set
inf-costs = Costs: { $planned } { $currency } planned, { $paid } paid, in { $lines } lines
