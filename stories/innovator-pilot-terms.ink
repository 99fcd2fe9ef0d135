# id: innovator-pilot-terms
# title: "We're your showcase": pilot to contract at Kitebox
# objective: A contract signed at list price, every concession paid for
# phase: 3
# segment: innovators
# buyer: nadia-lin; Nadia Lin; Founder and CEO, Kitebox; decision-maker; woman
# buyer: gu-ping; Gu Ping; Co-founder and CFO, Kitebox; financial-approver; man glasses
# minutes: 20
# difficulty: advanced
# version: 4
# setting: office
# brief: Kitebox runs 26 robot-operated dark stores in Shanghai that deliver chilled groceries by e-bike in twenty minutes, until one in the morning. Its founder, Nadia Lin, spent six years on routing at a big maps company and signed up for the Routewise Labs betas the week they were announced. The eight-week pilot on three stores — predictive ETAs plus dynamic batching from the Labs routing API — has just ended: promise-kept rate up from 88% to 96%, courier idle time down 19%, "where is my order?" chats down 41%.
# brief: Now Nadia wants a two-year contract for 40 stores (the 26 plus 14 opening this year): about ¥1.25 million a year at the early-access list price. Before the meeting her team sent three asks: early access to the next Labs beta, source-level access to the ETA model, and 50% off "because we're your showcase". FleetPilot has offered 35% off its standard product for two years. Gu Ping, co-founder and CFO, signs; the board approves on Thursday.
# brief: Your deal desk lets you trade: waive the ¥180,000 onboarding fee; ramp pricing (the 14 new stores at pilot price for six months); early access to the next beta for customers who co-develop; escrow of the ETA model, released if Labs ever discontinues it. You cannot give: source code, any date for the next beta, or more than 10% off list without your VP. And there is bad news Kitebox hasn't asked about: the early-access tier has a 99.5% uptime target with no penalties beyond a 10% service credit, and support runs 09:00–21:00 only. 22% of Kitebox's orders arrive after 21:00.

VAR trust = 4
VAR patience = 2
VAR sla_disclosed = false
VAR gave_away = 0
VAR gets = 0
VAR promised = false
VAR plan_agreed = false
VAR case_study = false

-> pre_call

=== pre_call ===
Monday evening. Your phone rings: Gu Ping, Kitebox's CFO. You've met him once; he spent the pilot kickoff reading a spreadsheet under the table. # speaker: narrator
Quick one. Nadia wants to sign this week. I'm building the board model tonight. Just give me your best number — forty percent off would make my life very easy. # speaker: gu-ping # mood: neutral
* [What number would you need to see in the model for the board to say yes? # move: ask-what-price-works # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    (He doesn't hesitate.) Fifty percent off. Forty-five if you insist. I'll put forty-five. # speaker: gu-ping # mood: pleased
    -> opening
* [Forty I can't do, but I hear you — the board needs a clean number tonight. Put in twenty-five percent off the total for both years, and I'll square it with my side in the morning so Nadia can sign this week. # move: negotiate-with-non-decision-maker, percentage-discount-off-total # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    Twenty-five. (You hear typing.) Good start. I'll tell Nadia you're flexible. # speaker: gu-ping # mood: pleased
    -> opening
* [I'll send list pricing and the pilot results for the model tonight. Terms I'd rather settle with you and Nadia together tomorrow — who else signs off? # move: ask-decision-process, hold-price-with-value]
    ~ trust += 1
    (A pause.) Nadia decides, I sign, the board approves on Thursday. Fine, list it is, for now. (Drily.) Nadia said you'd say that. # speaker: gu-ping # mood: neutral
    -> opening

=== opening ===
Tuesday. Kitebox's office sits above dark store number one; the floor hums with the compressors of the chiller room below. Nadia Lin is at a standing desk covered in courier heat-maps. Gu Ping sits with his laptop open. # speaker: narrator # enter: nadia-lin
{ gave_away >= 1:
    Gu Ping tells me you're already moving on price. Good. (She smiles.) Then this will be quick. # speaker: nadia-lin # mood: pleased
}
The pilot was great. Let's sign. You've seen my three asks: early access to the next beta, source for the ETA model, fifty percent off. We're your showcase — every quick-commerce founder in Shanghai will ask who does our routing. # speaker: nadia-lin # mood: interested
* [Before terms: what did the pilot change for you, and what would that be worth across forty stores? # move: ask-need-payoff]
    ~ trust += 1
    (She tilts her head, then pulls a chart onto the wall screen.) Fine. The short version: it changed what we can promise customers. # speaker: nadia-lin # mood: neutral
    -> value_recap
* [We'd love Kitebox as the showcase — honestly, you're exactly the logo we want. Early access and the source, fine, consider them done. And I'll fight my VP for the best discount I can get you. # move: overclaim, unilateral-discount # cause: overpromised]
    ~ trust = MAX(trust - 1, 0)
    ~ gave_away = MIN(gave_away + 1, 2)
    ~ promised = true
    (He stops typing and looks up.) Source. In writing? # speaker: gu-ping # mood: interested
    (Her smile widens a fraction too much.) I love this. # speaker: nadia-lin # mood: pleased
    -> value_recap
* [Shall we get it signed this week, then, and sort out the details as we go? The board meets Thursday — we can make that. # move: premature-close # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (Without looking up.) "Details" is where my forty-five percent lives. # speaker: gu-ping # mood: skeptical
    -> value_recap

=== value_recap ===
Nadia's chart: three stores, eight weeks. The promise-kept line climbs from 88% to 96% and stays there. # speaker: narrator
Twenty-minute promise, kept ninety-six times in a hundred. At forty stores, that's our Series B slide. (She turns.) So. Fifty percent? # speaker: nadia-lin # mood: interested
* [Let's run the pilot numbers across forty stores first — kept promises, courier hours, chats — so Gu Ping's model shows what it's worth. # move: build-business-case]
    ~ trust += 1
    (Despite himself, he opens a new tab.) Courier idle down nineteen percent on forty stores... that's about 2.1 million a year in courier hours alone. Before the chats. # speaker: gu-ping # mood: interested # milestone: cost-quantified
    Against one-point-two-five. (She shrugs.) Fine. It's worth it. That's not the point. The point is the showcase. # speaker: nadia-lin # mood: neutral
    -> bad_news
* [For a showcase customer, we can meet you part of the way: thirty percent across the board, for the whole term. # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    (He types "30" and underlines it.) That's a floor, not a ceiling, I assume. # speaker: gu-ping # mood: pleased
    (Nadia doesn't react. She's watching you.) # speaker: narrator
    -> bad_news
* [I'll send over our standard ROI calculator tonight so Gu Ping can drop it straight into the board model — customers on the predictive-ETA beta typically see payback inside five months, before any showcase value. # move: numbers-without-buy-in]
    (Patiently.) I have my own numbers. Better ones. From your pilot. # speaker: nadia-lin # mood: neutral
    -> bad_news

=== bad_news ===
Gu Ping turns his laptop round: a contract draft, Routewise's standard early-access template, every clause highlighted green except the price. # speaker: narrator
Legal's happy with the template. We just need the number. # speaker: gu-ping
* [Good — it's our standard early-access template, the same one the pilot ran on, so legal has already seen every clause. No need to reopen it: let's go straight to price and get your board pack done tonight. # move: hide-known-gap # cause: hid-night-gap]
    (He nods and closes the annex tab.) Excellent. # speaker: gu-ping # mood: pleased
    -> three_questions
* [What could still stop this signing on Thursday, from either of you? # move: ask-obstacles]
    ~ trust += 1
    Price. And the board will ask about night operations — we had a tracking vendor go dark at midnight last year and lost a weekend. # speaker: gu-ping # mood: neutral
    (Nadia looks at you, waiting to see if you'll pick that up.) # speaker: narrator
    -> three_questions
* [Before any number, you need to hear what's in the annex: a 99.5% uptime target, a 10% service credit at most, support 09:00–21:00. A fifth of your orders come after nine. # move: admit-limitation]
    ~ trust += 1
    ~ sla_disclosed = true
    (Silence. He scrolls to the annex and finds it.) Nine to nine. (To Nadia:) Did you know that? # speaker: gu-ping # mood: anxious
    (Slowly.) No. (To you.) Why are you telling us this now, with the pen on the table? # speaker: nadia-lin # mood: skeptical
    Because you'd find it at one in the morning otherwise. # speaker: seller
    (She nods, once.) Okay. That's worth more than the discount. Keep going. # speaker: nadia-lin # mood: neutral # milestone: risk-addressed
    -> three_questions

=== three_questions ===
{ patience <= 0: -> ending_walkout }
Nadia sits down for the first time. # speaker: narrator
Right. Terms. Where do we start? # speaker: nadia-lin # mood: neutral
* [Three questions. If we agree terms, are we your choice over FleetPilot? Are price and your three asks the only issues? Can Gu Ping sign after Thursday? # move: ask-negotiation-preconditions]
    ~ trust += 1
    { trust >= 7:
        (She answers without looking at Gu Ping.) Yes, you're the choice. FleetPilot's thirty-five percent is leverage, I won't pretend otherwise. (A beat.) Yes, those are the issues. # speaker: nadia-lin # mood: neutral # milestone: preferred-vendor # insider: preferred-vendor
    - else:
        (She glances at Gu Ping.) We're talking to you. FleetPilot is talking to us. That's as far as I'll go today. (A beat.) Yes, those are the issues. # speaker: nadia-lin # mood: neutral
    }
    Board approves Thursday, I sign Friday. If the numbers hold. # speaker: gu-ping # mood: neutral
    -> showcase
* [Start wherever you like — what would a fair price look like to you both? # move: ask-what-price-works # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    (Instantly.) Fifty percent. We said. # speaker: gu-ping # mood: pleased
    -> showcase
* [Fifty is a big ask, but I understand the showcase logic. Let me take your fifty percent to my VP tonight and see how close she can get — I'll call Gu Ping before the board pack goes out. # move: concede-silently # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (He writes "50 — with VP".) So fifty is on the table. # speaker: gu-ping # mood: pleased
    -> showcase

=== showcase ===
{ patience <= 0: -> ending_walkout }
Nadia leans forward. # speaker: narrator
{ gave_away >= 1: So. You're already moving. Let's just land it at fifty and call it a showcase deal. | Fifty percent. Because we're your showcase. You need a logo like ours more than we need a discount. } # speaker: nadia-lin # mood: interested
* [Fair — you took a risk on a beta, and a logo like yours is worth something to us. Let's meet in the middle: thirty percent off the total as a showcase partner rate, for the full two years, and sign this week. # move: percentage-discount-off-total # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    (He types it in.) Thirty as a partner rate. And the other twenty? # speaker: gu-ping # mood: pleased
    -> early_access
* [The price reflects what the pilot showed: kept promises, courier hours, fewer chats. I'd rather keep the price and talk about what the showcase is worth to both of us. # move: hold-price-with-value]
    { trust >= 7:
        ~ trust += 1
        (She half-smiles.) You've been listening to Gu Ping's spreadsheet. Fine. What's the showcase worth? # speaker: nadia-lin # mood: neutral
    - else:
        (She frowns.) What the pilot showed is my business. What your price is, is yours. Try again. # speaker: nadia-lin # mood: skeptical
    }
    -> early_access
* [Then let's make the showcase real: a published case study with your numbers, two reference calls a quarter, and a three-year term. Give me those, and we talk terms. # move: ask-two-gets, trade-concession]
    ~ trust += 1
    ~ gets = MIN(gets + 1, 2)
    (She blinks.) You want us to actually be the showcase. (She glances at Gu Ping.) Three years... the board likes long contracts with good prices. Case study — maybe. I'll need to see it. # speaker: nadia-lin # mood: interested
    -> early_access

=== early_access ===
{ patience <= 0: -> ending_walkout }
Ask one. Early access to the next Labs beta — the multi-depot batching. My engineers want it yesterday. # speaker: nadia-lin # mood: interested
* [Yes, if you co-develop: your engineers in a fortnightly Labs session, with anonymised batching data. And honestly, I can't give you a date. # move: trade-concession, calibrate-expectations]
    ~ trust += 1
    ~ gets = MIN(gets + 1, 2)
    (She considers it.) Fortnightly. My engineers will eat your engineers alive. (A grin.) Deal. And no date — fine. A date from a vendor is a guess in a suit. # speaker: nadia-lin # mood: pleased # milestone: concession-traded
    -> source_ask
* [Done — early access is yours, no strings; you earned it with that pilot. And the multi-depot batching ships in Q3, so your engineers will have it live well before peak season. # move: unilateral-discount, overclaim # cause: overpromised]
    ~ gave_away = MIN(gave_away + 1, 2)
    ~ promised = true
    (She writes "Q3" on the heat-map.) Q3. I'll tell the board. # speaker: nadia-lin # mood: pleased
    -> source_ask
* [Early access isn't something I can offer on a commercial contract, I'm afraid — it's a separate programme. # move: dismiss-objection # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (She stares.) It was the easiest of the three. # speaker: nadia-lin # mood: annoyed
    -> source_ask

=== source_ask ===
{ patience <= 0: -> ending_walkout }
Ask two. Source-level access to the ETA model. Non-negotiable. # speaker: nadia-lin # mood: skeptical
* [Nobody gets the source; it's company policy. Honestly, would you hand Kitebox's routing code to a customer? It's not a reasonable thing to ask of a vendor. # move: dismiss-objection # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (Coolly.) I've read "not reasonable" in a lot of vendor emails. It usually means "we haven't thought about it". # speaker: nadia-lin # mood: annoyed
    -> source_answer
* [What would source access let you do that you can't do today? # move: clarify-objection]
    ~ trust += 1
    (She thinks about it properly.) Two things. If Labs gets killed, Kitebox dies with it — I've watched big companies shut betas on a Friday. And when your ETA is wrong, I want to know why, not file a ticket. # speaker: nadia-lin # mood: neutral
    -> source_answer
* [Leave that with me — I'll get you source access. For a showcase like Kitebox, legal will find a way. # move: overclaim # cause: overpromised]
    ~ promised = true
    (He writes "source — confirmed".) Great. # speaker: gu-ping # mood: pleased
    -> source_answer

=== source_answer ===
{ patience <= 0: -> ending_walkout }
Nadia waits, arms folded, for the rest of your answer. # speaker: narrator
* [The source isn't mine to give. I can offer escrow of the model, released if Labs ever drops it, and an API that explains each ETA. You choose. # move: admit-limitation, offer-options]
    ~ trust += 2
    (Nadia looks at Gu Ping. Gu Ping shrugs: it's her call.) Escrow covers dying. Explanations cover the rest. (A pause.) I'll take both if the showcase pays for them. # speaker: nadia-lin # mood: interested
    -> sla_push
* [No source — that one's out of my hands, I'm sorry. But I don't want you leaving your hardest ask empty-handed, so to make up for it I'll add another ten percent off, on top of everything else. # move: unilateral-discount # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    (Delighted.) Ten more. Noted. # speaker: gu-ping # mood: pleased
    (Flatly.) I didn't ask for money instead of source. I asked for not dying. # speaker: nadia-lin # mood: skeptical
    -> sla_push

=== sla_push ===
{ patience <= 0: -> ending_walkout }
Gu Ping clears his throat. # speaker: narrator
{ sla_disclosed:
    Back to the night problem. Nine-to-nine support with a fifth of our orders after nine won't get past the board. I want 99.9%, around the clock, with penalties. # speaker: gu-ping # mood: skeptical
- else:
    One last legal point. The board will want 99.9% uptime, around the clock, with penalties. That's standard for your template, I assume? # speaker: gu-ping # mood: neutral
}
* {sla_disclosed} [(Say nothing; make a note and move on.) # move: concede-silently # cause: overpromised]
    ~ promised = true
    (He types "99.9, 24/7 — agreed".) # speaker: gu-ping # mood: pleased
    -> apples
* {not sla_disclosed} [(Say nothing; make a note and move on.) # move: concede-silently, hide-known-gap # cause: hid-night-gap]
    ~ promised = true
    (He types "99.9, 24/7 — agreed".) # speaker: gu-ping # mood: pleased
    -> apples
* {sla_disclosed} [We can put 99.9% around the clock in the contract. The beta has been solid all through the pilot — your own dashboards show it — so I'm comfortable writing it down, penalties included. # move: overclaim # cause: overpromised]
    ~ promised = true
    (He types "99.9, 24/7, penalties".) Good. # speaker: gu-ping # mood: pleased
    -> apples
* {not sla_disclosed} [We can put 99.9% around the clock in the contract. The beta has been solid all through the pilot — your own dashboards show it — so I'm comfortable writing it down, penalties included. # move: overclaim, hide-known-gap # cause: hid-night-gap]
    ~ promised = true
    (He types "99.9, 24/7, penalties".) Good. # speaker: gu-ping # mood: pleased
    -> apples
* [I can't sign 99.9% on a beta. Options: fall back to your last good plan when a call fails, so nights slow down rather than stop; or nights on our GA routing with 24/7 support, no predictive ETAs. # move: calibrate-expectations, offer-options]
    ~ trust += 1
    { not sla_disclosed:
        ~ sla_disclosed = true
        (He stops.) "On a beta." Support hours? (You tell him: nine to nine.) You were going to mention that when? # speaker: gu-ping # mood: annoyed
        ~ trust = MAX(trust - 1, 0)
    }
    (Thinking aloud.) Fallback to the last plan... we'd lose the predictions for a few minutes, not the couriers. (To Gu Ping:) I can live with that. Can the board? # speaker: nadia-lin # mood: neutral # milestone: risk-addressed
    If it's in the contract as a design, not a promise. # speaker: gu-ping
    -> apples

=== apples ===
{ patience <= 0: -> ending_walkout }
Gu Ping pulls up a second document: FleetPilot's offer, letterhead and all. # speaker: narrator
FleetPilot: thirty-five percent off, two years, 99.9% with penalties. Your turn. # speaker: gu-ping # mood: skeptical
* [FleetPilot's ETAs are last-generation — they'd take you straight back to 88%. You'd be paying less for a worse product. # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (Sharply.) I'll decide what's last-generation. I used to build their competitor. # speaker: nadia-lin # mood: annoyed
    -> conditional_offer
* [Their thirty-five is off the standard product, and the 99.9% covers tracking — not the predictive ETAs and batching behind your 96%. Compare it with what that 96% is worth. # move: point-out-apples-to-oranges, hold-price-with-value]
    ~ trust += 1
    (He reads their offer again, slower.) ...Their SLA is on "platform availability". Tracking. (To Nadia:) That's right, it doesn't cover the ETA. # speaker: gu-ping # mood: neutral
    -> conditional_offer
* [Then we'll match it: thirty-five percent off for two years. You shouldn't pay more for being on the better product, and I'd rather give up margin than lose the customer who made our pilot work. # move: percentage-discount-off-total # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    (He smiles for the first time.) Thirty-five. We're getting somewhere. # speaker: gu-ping # mood: pleased
    -> conditional_offer

=== conditional_offer ===
{ patience <= 0: -> ending_walkout }
Nadia looks at the clock. Board pack is due tonight. # speaker: narrator
What's your offer, then? One offer. # speaker: nadia-lin # mood: neutral
* [Case study, two reference calls a quarter, three years, co-development. For that: early access, escrow, no onboarding fee, new stores at pilot price for six months. Sign Friday? # move: trade-concession, close-when-ready]
    ~ gets = MIN(gets + 1, 2)
    { gets >= 2:
        ~ trust += 2
        (He is already adding it up.) Onboarding, 180 thousand. Ramp... about 400 thousand. No percentage, but real money. (He looks at Nadia.) And three years at list is a number the board likes. # speaker: gu-ping # mood: neutral
        The case study is the hard part. Our investors don't love us showing our ops. # speaker: nadia-lin # mood: anxious
    - else:
        ~ trust += 1
        (He frowns at the list.) This is a lot of conditions for a company that hasn't said yes yet. # speaker: gu-ping # mood: skeptical
        And the case study is the hard part. Our investors don't love us showing our ops. # speaker: nadia-lin # mood: anxious
    }
    -> pushback
* [What would you need to see to sign today? Name it and I'll take it to my VP. # move: ask-what-price-works # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    (Without hesitation.) Forty percent, source, 99.9, early access. Same as this morning. # speaker: gu-ping # mood: pleased
    -> regret
* [One offer, and a strong one: thirty percent off the total, with early access and the model escrow included, and we sign this week. That's the best I can do for a showcase — my VP will wince, but I'll carry it. # move: percentage-discount-off-total, unilateral-discount # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    "Best I can do" usually means "first offer". # speaker: gu-ping # mood: pleased
    -> regret

=== pushback ===
{ patience <= 0: -> ending_walkout }
Nadia folds her arms. # speaker: narrator
No case study. Investors won't have it. Just take it off and give me twenty percent instead — everyone's happy. # speaker: nadia-lin # mood: skeptical
* [Fine — twenty percent, no case study. Let's get it done. # move: unilateral-discount, percentage-discount-off-total # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    (Nadia nods, but Gu Ping's eyes narrow: if twenty came that easily, what else will?) # speaker: narrator
    -> regret
* [I want to get this done for you, but I have to be straight about the clock: the board meets Thursday and pilot pricing expires at month-end. If we don't agree today, I can't hold any of this. # move: pressure-buyer, push-quarter-end # cause: no-trade]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    (Very quietly.) Don't do that. I've sat on your side of the table. # speaker: nadia-lin # mood: annoyed
    -> regret
* [Then the ramp pricing comes off too — the case study paid for it. An anonymised case study, no store names, brings it back. Your call. # move: withdraw-concession, trade-concession]
    ~ trust += 1
    ~ case_study = true
    ~ gets = MIN(gets + 1, 2)
    (A long silence. Then she laughs.) You're the first vendor who ever took something back. (To Gu Ping:) Anonymised? # speaker: nadia-lin # mood: interested
    Investors can live with anonymised. # speaker: gu-ping # mood: neutral # milestone: concession-traded
    -> regret

=== regret ===
{ patience <= 0: -> ending_walkout }
Nadia goes to the window. Below, two couriers are loading chilled boxes onto e-bikes in the rain. # speaker: narrator
Last question, and it's the real one. I'm putting our Series B slide on a beta. What if your Labs line gets cut in a year? What if I'm wrong? # speaker: nadia-lin # mood: anxious
* [You know me by now. I'll personally make sure Kitebox is looked after — you have my word. # move: rely-on-rapport]
    (She turns, half smiling.) Your word is nice. Your word changes jobs every three years. # speaker: nadia-lin # mood: neutral
    -> close
* [Labs is our CEO's personal priority — it was the headline of our last investor day, and it's where next year's R&D budget is going. It isn't going anywhere. I'd stake my career on it. # move: overclaim # cause: overpromised]
    ~ promised = true
    (She looks at you a moment too long.) People staked careers on Google Reader. # speaker: nadia-lin # mood: skeptical
    -> close
* [Fair question. Three things: the escrow if Labs stops, an exit clause after year one if we miss the promise-kept rate you hit in the pilot, and a call with the founder of our other Labs customer, who asked the same. # move: offer-risk-reduction, calibrate-expectations]
    ~ trust += 1
    (She comes back to the table.) An exit tied to our own number. (She writes "96%" and circles it.) That's something I can put on a board slide. # speaker: nadia-lin # mood: interested # milestone: risk-addressed
    -> close

=== close ===
{ patience <= 0: -> ending_walkout }
Gu Ping closes his laptop halfway. # speaker: narrator
Board pack goes out at eight. What do I write under "next steps"? # speaker: gu-ping
* [Why not write "signed"? Nadia wants it, the pilot proved it, the terms are on the table. Let's do it today, before the board, so it's a done deal on Thursday and your engineers start Monday. # move: premature-close # cause: no-plan]
    ~ trust = MAX(trust - 1, 0)
    (Drily.) The board exists so that things aren't done deals before Thursday. # speaker: nadia-lin # mood: skeptical
    -> decide
* [Terms sheet tonight; board Thursday; signature Friday; kickoff on the 14 new stores on the 1st; case-study draft by day ninety; first Labs session in two weeks. Does that work? # move: propose-mutual-plan]
    ~ trust += 1
    ~ plan_agreed = true
    -> decide
* [Write "final terms to follow". I'll get everything signed off at our end and send it over next week. # C12-2 # why: Gave the board vendor homework instead of buyer steps and dates; without a mutual plan a won pilot drifts. # cause: no-plan]
    -> decide

=== decide ===
{ patience <= 0: -> ending_walkout }
{ not sla_disclosed: -> ending_night_clause }
{ promised: -> ending_promises }
{ gave_away >= 1: -> ending_squeezed }
{ not plan_agreed || not case_study: -> ending_board_drift }
{ trust >= 12 && gets >= 2: -> ending_won }
{ trust >= 10: -> ending_board_drift }
-> ending_fleetpilot

=== ending_won ===
(He types it in, word for word.) Terms tonight, board Thursday, I sign Friday. (He looks up.) List price, three years, everything paid for by something. The board will hate how reasonable it is. # speaker: gu-ping # mood: pleased # milestone: mutual-plan-agreed
(She shakes your hand.) Anonymised case study, two calls a quarter, my engineers in your Labs every fortnight. You got your showcase. We got a vendor who says no. # speaker: nadia-lin # mood: pleased
Friday, 16:40: the contract comes back signed. No percentage off, the night limits written into the contract as a design, every concession paid for. # speaker: narrator # outcome: won
-> END

=== ending_promises ===
Thursday morning Routewise legal reads the terms Gu Ping sent back "as agreed in the meeting": the promises you made in that room, written down as clauses. # speaker: narrator
Legal strikes them out, one by one. Gu Ping forwards the marked-up draft to Nadia with no comment. # speaker: narrator
You told me what I wanted to hear. Now I have to tell the board it isn't true. (A pause.) FleetPilot will at least sign what they say. # speaker: nadia-lin # mood: annoyed
Promises you could not keep turned a won pilot into a lost contract: Kitebox signs with FleetPilot. # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_night_clause ===
Friday, 01:12. An API timeout leaves twelve couriers without batches for nine minutes. Kitebox's on-call engineer calls Routewise support and gets a recorded message: business hours are 09:00 to 21:00. # speaker: narrator
Gu Ping finds the annex in the pilot agreement by Saturday lunchtime. Nadia calls you herself. # speaker: narrator
You knew. You sat at my table while we talked about the night and you knew. (She hangs up before you answer.) # speaker: nadia-lin # mood: annoyed
The bad news you didn't bring early arrived at one in the morning instead: the board pulls the contract and Kitebox moves to FleetPilot. # speaker: narrator # outcome: lost # caused-by: hid-night-gap
-> END

=== ending_squeezed ===
Thursday's board meeting runs long. Gu Ping writes afterwards: "The board notes how far Routewise seems willing to move on price and asks for your final, final offer. Also still waiting on FleetPilot's." # speaker: gu-ping # mood: neutral
Every concession you gave for nothing, and every number you let them name, became the new floor. Three weeks of emails later, the deal is still "with the board". # speaker: narrator
You let price become the whole negotiation and got no signature for it: the contract ends in no decision. # speaker: narrator # outcome: no-decision # caused-by: soft-on-price
-> END

=== ending_board_drift ===
{ not plan_agreed:
    Gu Ping's board pack goes out with nothing the board can check under "next steps": no buyer steps, no dates. The board asks for another month "to see the 14 new stores open first". # speaker: narrator
- else:
    Gu Ping's board pack goes out with one question still open: what exactly Kitebox gives for what it gets. The board asks for another month "to see the 14 new stores open first". # speaker: narrator
}
Nadia messages: "Still want you. Board wants time. Let's talk in the summer." # speaker: nadia-lin # mood: neutral
{
- not plan_agreed:
    Without a plan the board could follow from date to date, a won pilot slides into no decision. # speaker: narrator # outcome: no-decision # caused-by: no-plan
- not case_study:
    Without terms the board could follow from give to get, a won pilot slides into no decision. # speaker: narrator # outcome: no-decision # caused-by: no-trade
- else:
    Without a seller it trusted to follow from give to get and date to date, the board lets a won pilot slide into no decision. # speaker: narrator # outcome: no-decision # caused-by: lost-trust
}
-> END

=== ending_fleetpilot ===
On Thursday the board compares two offers: FleetPilot's, simple and signed, and yours, still open. # speaker: narrator
I wanted Labs. But I couldn't defend your terms to the board, and I didn't trust the way we got to them. # speaker: nadia-lin # mood: anxious
Kitebox takes FleetPilot's thirty-five percent. Your pilot becomes their case study for why they tried something new. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_walkout ===
Nadia stands up. # speaker: narrator
I think we're done for today. Gu Ping, send the board FleetPilot's paper. (To you, not unkindly.) Come back when you want to be a partner, not a vendor. # speaker: nadia-lin # mood: annoyed
The meeting ends with the pilot won and the contract lost. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
