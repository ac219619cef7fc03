# A creator's brief (text for an email, or a page that prints), in English. It is written in
# the creator's language when their profile names one of ours. Twin: zh-CN/brief.ftl.

brief-title = Brief for { $creator }
brief-title-brand = Brief for { $creator } — { $brand }
brief-for = For { $creator }{ $handle } · made on { $date }
brief-hi = Hi { $name },
brief-intro = Here is everything we have agreed with you, in one place. Tell us if anything is not right.
brief-what = { $content } on { $platform }
brief-paid = Paid
brief-gifted = Gifted product
brief-unpaid = Unpaid
brief-paid-on = paid { $date }
brief-due-on = due { $date }
brief-tba = to be agreed
brief-no-content = No content is planned with you yet.
brief-dates = Brief: { $brief } · Draft due: { $draft } · Publish: { $publish }
brief-status-line = Status: { $status } · Revision rounds: { $rounds } · { $compensation }
brief-about = { $status } · { $compensation } · { $rounds } revision { $rounds ->
        [one] round
       *[other] rounds
    }
brief-ships = We send you the product before you start.
brief-ships-short = we send you the product first
brief-label = Disclosure label: { $label }
brief-label-noted = Disclosure label: { $label } ({ $note })
brief-label-note = suggested: no clear label is agreed yet (see how to label the content below)
brief-code = Code: { "" }
brief-link = Link: { "" }
brief-hashtag = Hashtag: { "" }
brief-tracking = Tracking — { $items }
brief-fees = Fees:
brief-fee-about-when = { $status }, { $when }
brief-payment = Payment: { $days } days after we receive your invoice.
brief-how-to-label = How to label the content:
brief-how-to-label-heading = How to label the content
brief-rule-us = US rules (the FTC's Endorsement Guides): say that it is an ad in the post itself, where nobody can miss it: at the start of the caption, on screen and said aloud in a video, not hidden among other hashtags or behind "more". Use the platform's paid-partnership tool as well where there is one.
brief-rule-uk = UK rules (the CAP Code and the CMA): make it obvious that it is an ad before anyone engages with it: put the label up front, at the start of the caption or on screen in a video, not among other hashtags. Use the platform's paid-partnership tool as well where there is one.
brief-clear-labels = Clear labels: { $examples }.
brief-contact = Your contact with us: { $contact }
brief-made-on = Made on { $date }.
brief-col-content = Content
brief-col-brief = Brief
brief-col-draft = Draft due
brief-col-publish = Publish
brief-col-label = Label
brief-col-fee = Fee
brief-col-amount = Amount ({ $currency })
brief-col-status = Status
brief-col-when = When
brief-fee-line = { $what }: { $amount } { $currency } ({ $about })
