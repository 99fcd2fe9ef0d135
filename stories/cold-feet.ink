# id: cold-feet
# title: Cold feet before the signature at Yunhai Cross-Border
# objective: Phase one signed at full price, on a plan and an exit the buyer trusts
# phase: 3
# segment: early-adopters
# buyer: tang-yuxin; Tang Yuxin; Chief Operating Officer, Yunhai Cross-Border Fulfilment; decision-maker; woman
# buyer: qiu-haiyan; Qiu Haiyan; Chief Financial Officer, Yunhai Cross-Border Fulfilment; financial-approver; woman glasses
# minutes: 15
# difficulty: advanced
# version: 4
# setting: office
# brief: Yunhai Cross-Border Fulfilment, Dongguan, collects goods from about 600 Chinese sellers on Amazon, TikTok Shop and Temu across the Pearl River Delta, consolidates them in hubs in Dongguan, Yiwu and Xiamen, and trucks them to the Shenzhen and Hong Kong airports for the night flights: 60 own vans, around 140 owner-drivers, 70 percent growth last year. In May, after two months of evaluation against Omnia Systems, COO Tang Yuxin chose Routewise for her boldest project: a "cut-off guarantee" (picked up by 14:00, on tonight's flight) run from one control tower. Your proposal: all three hubs, about 200 vehicles, live by 1 October before peak. ¥2.6 million in year one (¥1.8 million licences, ¥0.8 million implementation).
# brief: The signature was planned for the 12th. Today is the 22nd of June. Tang has read your last three WeChat messages and answered none. Your regional director wants the deal inside this quarter, which ends on the 30th. You know that CFO Qiu Haiyan approves anything above ¥1 million, and that Yunhai wrote off a warehouse-system project last year. Tang has agreed to see you at the Dongguan hub this morning, "for half an hour".

VAR tang = 3
VAR qiu = 2
VAR discount = 0
VAR overpromised = false
VAR invited = false
VAR phased = false
VAR case_built = false
VAR gave = false
VAR qiu_lost = false

-> arrival

=== arrival ===
Yunhai's Dongguan hub at 9:30. Grey sacks labelled LAX, FRA and JFK ride a conveyor past the meeting-room window; a screen on the wall counts down to the Hong Kong cut-off, 21:40. # speaker: narrator
Tang Yuxin comes in with two coffees and her phone in her hand. She puts the phone down screen-up. # speaker: narrator
Sorry, sorry, it's been a crazy two weeks. Don't worry, we're still on. Legal has a few comments, finance has a few questions, the usual. We'll get there. # speaker: tang-yuxin # mood: neutral
* [Great to hear. Then shall we lock the date? If legal's comments come back this week we can still sign before the 30th, and I'll keep the implementation team and this quarter's pricing reserved for you. # move: ignore-danger-signal, premature-close, push-quarter-end # cause: lost-tang]
    ~ tang = MAX(tang - 2, 0)
    (Her smile stays; her eyes don't.) The 30th. Right. Your quarter. # speaker: tang-yuxin # mood: skeptical
    (She turns her phone over, then back again.) Since you'll hear it anyway. # speaker: tang-yuxin
    -> tianqiao
* [Good. And I've brought something to make finance's questions easier: the new release has a live cut-off board and a carrier-cost dashboard. Let me show you on the laptop; your CFO will love the cost view. # move: pitch-features # cause: lost-tang]
    ~ tang = MAX(tang - 1, 0)
    (She watches the demo politely, one eye on her phone.) Nice. Very nice. (A pause.) Qiu won't care about a dashboard, though. # speaker: tang-yuxin # mood: neutral
    (She sighs.) Since you'll hear it anyway. # speaker: tang-yuxin
    -> tianqiao
* [I'm glad. But two weeks of silence after a date we agreed usually means something changed. What's really going on? I'd rather hear bad news from you today than from someone else later. # move: ask-obstacles]
    ~ tang = MIN(tang + 1, 6)
    (She puts the phone face down on the table.) Okay. You'll hear it anyway, and better from me. # speaker: tang-yuxin # mood: anxious
    -> tianqiao

=== tianqiao ===
Last October we went live with a new warehouse system. Tianqiao, we called the project; Kexin Software. All three hubs in one weekend, five weeks before peak. For two weeks the scanners printed the wrong labels. Forty thousand parcels missed their flights. # speaker: tang-yuxin # mood: anxious
We wrote off four point one million. Voltan, the power-bank brand, our second-biggest seller, left us. Our CIO left after them. # speaker: tang-yuxin
{ tang >= 2:
    On Monday at the board, Chairman Lu said: "No more big bangs." And Qiu asked me to "pause and reflect" before I sign anything over a million. # speaker: tang-yuxin # insider: board-mood
- else:
    So finance wants to be careful. That's all there is to it. # speaker: tang-yuxin # mood: neutral
}
* [That won't happen with us. Would it help if I told the board myself that in fifteen years Routewise has never had a failed go-live? # move: overclaim, dismiss-objection # cause: lost-tang]
    ~ tang = MAX(tang - 1, 0)
    (A thin smile.) Kexin's salesman told us they'd never had one either. I'd rather not quote a vendor to Chairman Lu again. # speaker: tang-yuxin # mood: skeptical
    -> ten_percent
* [I'm sorry. That's a hard year for everyone in this building. When the board looks back at Tianqiao, what do they think actually went wrong: the system, the timing, or the way it was sold to them? # move: acknowledge-objection, clarify-objection]
    ~ tang = MIN(tang + 1, 6)
    (She thinks before she answers.) The timing. The big bang. And that the business case was Kexin's numbers, not ours. Qiu signed a case she hadn't built. She won't do that twice. # speaker: tang-yuxin # mood: neutral
    -> ten_percent
* [A warehouse system is a different beast: scanners, labels, stock, every parcel touched. A TMS sits on top of your operation, so the risk is nowhere near the same. Once Qiu sees that difference, she'll relax. # move: dismiss-objection # cause: lost-tang]
    ~ tang = MAX(tang - 1, 0)
    (She shakes her head.) To the board, software is software. "This one is different" is exactly what Kexin told them. # speaker: tang-yuxin # mood: skeptical
    -> ten_percent

=== ten_percent ===
She leans forward, elbows on the table. # speaker: narrator
Look. I still want this. The cut-off guarantee is the best idea this company has had in five years, and the sellers are asking for it. What I need is something to give Qiu. A win. If you can find ten percent, I'll take it upstairs today and get her signature. # speaker: tang-yuxin # mood: interested
* [I'll look at anything that helps you, but let me check first. If I took ten percent off tomorrow, would Qiu sign? Or is the price standing in for something else? # move: clarify-objection, ask-negotiation-preconditions]
    ~ tang = MIN(tang + 1, 6)
    { tang >= 4:
        (A long pause.) No. She wouldn't. Honestly, she hasn't said a word about the price. She talks about Tianqiao, about cash this year, and about Omnia. # speaker: tang-yuxin # mood: anxious # insider: approver-concerns
    - else:
        (She looks at you for a moment.) I don't know what Qiu would do. That's rather the point of asking you for ten. # speaker: tang-yuxin # mood: neutral
    }
    -> access
* [If ten percent gets it over the line, you'll have it. You've fought for this project for months; I'll get my director to approve it this afternoon so you can go upstairs today. # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: gave-discount]
    ~ discount = 1
    ~ gave = true
    ~ tang = MIN(tang + 1, 6)
    (She exhales, relieved.) Thank you. That's exactly what I needed. I'll tell Qiu this morning. # speaker: tang-yuxin # mood: pleased
    -> access
* [What number would Qiu need to see to sign? # move: ask-what-price-works # cause: gave-discount]
    ~ discount = 1
    ~ gave = true
    (She doesn't hesitate.) Ten. Maybe fifteen; she'll want to say she got more than I did. (You say you'll see what you can do. She writes "10-15" on her cup.) # speaker: tang-yuxin # mood: pleased
    -> access

=== access ===
She glances at the ceiling, as if she could see the finance floor through it. # speaker: narrator
So leave Qiu to me. I know how she thinks. Send me a one-pager and your best number tonight, and I'll present it to her on Thursday. # speaker: tang-yuxin # mood: neutral
* [Then why not give her a reason to move now? Tell her our price goes up after the 30th. CFOs respond to a deadline. # move: push-quarter-end # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    (She frowns.) A deadline is how we got Tianqiao. Kexin had one too. (But she types a message to Qiu anyway, because you asked.) # speaker: tang-yuxin # mood: skeptical
    Before you've finished your coffee, the door opens. Qiu Haiyan, Yunhai's CFO, has heard there is a Routewise person in the building, and that your price goes up on the 30th. # speaker: narrator # enter: qiu-haiyan
    -> qiu_open
* [You shouldn't have to carry this alone. Could we see Qiu together, today if she has ten minutes? Not to pitch — to hear her concerns first-hand, so you don't have to translate them. # move: ask-to-meet-decision-maker]
    ~ invited = true
    ~ tang = MIN(tang + 1, 6)
    (She hesitates.) She doesn't like vendors in her office. (Then she picks up the phone.) Haiyan, it's Yuxin. The Routewise account manager is here. Can you give us twenty minutes? ... She's coming down. # speaker: tang-yuxin # mood: neutral # milestone: access-granted
    -> qiu_open
* [Deal. You know her far better than I ever will, and a vendor walking into her office might only put her back up. The one-pager and our best number will be in your inbox by eight tonight. # move: rely-on-single-contact]
    (She nods, relieved.) Good. That's easier for everyone. # speaker: tang-yuxin # mood: pleased
    Before you've finished your coffee, the door opens. Qiu Haiyan, Yunhai's CFO, has heard there is a Routewise person in the building. # speaker: narrator # enter: qiu-haiyan
    Yuxin. I thought we agreed: no vendor meetings until the board. (She sits down anyway.) Since you're here. # speaker: qiu-haiyan # mood: annoyed
    -> qiu_open

=== qiu_open ===
{ invited: Qiu Haiyan comes in with a printed copy of your proposal, bristling with yellow tabs. She shakes your hand and sits at the end of the table. | Qiu puts a printed copy of your proposal on the table. It bristles with yellow tabs. } # speaker: narrator # enter: qiu-haiyan
{ invited:
    ~ qiu = MIN(qiu + 1, 12)
    ~ invited = false
}
I'll be direct. I'm not against Routewise. I'm against signing two point six million eight months after we wrote off four point one on Tianqiao. Yuxin thinks I'm being timid. I think I'm being paid to be. # speaker: qiu-haiyan # mood: skeptical
* [I understand completely. That's why I brought our ROI model: payback in seven months across the three hubs. Shall I take you through the spreadsheet? The numbers speak for themselves. # move: numbers-without-buy-in # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    (She doesn't open it.) Kexin's spreadsheet spoke for itself too. It said nine months. # speaker: qiu-haiyan # mood: skeptical
    (She taps her tabs, one by one.) Cash, this year. An exit, if it goes wrong. And the numbers in Yuxin's deck. # speaker: qiu-haiyan
    -> deck
* [Yuxin and I have worked on this for five months. She knows the operation better than anyone, and she's convinced. I honestly think the project is in very good hands. # move: rely-on-rapport # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    (Qiu glances at Tang, who looks at her coffee.) So was Tianqiao. Its sponsor is in Hangzhou now. # speaker: qiu-haiyan # mood: skeptical
    (She taps her tabs, one by one.) Cash, this year. An exit, if it goes wrong. And the numbers in Yuxin's deck. # speaker: qiu-haiyan
    -> deck
* [You'd be wrong not to be cautious after a year like that. Before I say anything about us: what would have to be true for you to be comfortable, and what worries you most? # move: acknowledge-objection, ask-obstacles]
    ~ qiu = MIN(qiu + 1, 12)
    (She looks at you for a moment, then opens the folder.) Three things. Cash: two point six million out this year, when I've just paid for the new Yiwu building. An exit: the board wants to know how we get out if it goes wrong. (She turns a tab.) And the numbers in Yuxin's deck, which I don't believe. # speaker: qiu-haiyan # mood: neutral
    -> deck

=== deck ===
{ qiu <= 0: -> ending_omnia_early }
Qiu opens the tab marked "4". # speaker: narrator
Page four of Yuxin's board deck: "thirty percent lower transport cost, ninety-nine percent cut-off compliance". (Tang shifts in her chair.) Where did those come from? # speaker: qiu-haiyan # mood: skeptical
You know where they came from: slide twelve of your own deck, one customer's best quarter. # speaker: narrator
* [From our customers' results, and honestly they're conservative. Several customers have done better than thirty percent. # move: overclaim # cause: overpromised]
    ~ qiu = MAX(qiu - 2, 0)
    ~ overpromised = true
    (Tang nods, relieved. Qiu writes "30% / 99%: conservative, per Routewise" in the margin.) Then you won't mind having them in the contract. # speaker: qiu-haiyan # mood: skeptical
    -> why_now
* [From my slides, and I should have been clearer with Yuxin: that was one customer's best quarter. For Dongguan I'd plan on ninety to ninety-four percent of air parcels making the cut-off by peak, and transport savings nearer ten percent than thirty. And one thing nobody has told you yet: the airport handler has no data feed, so cut-off times are a manual daily upload for the first months. # move: calibrate-expectations, admit-limitation]
    ~ qiu = MIN(qiu + 2, 12)
    (Tang winces, then nods slowly.) Better Haiyan hears that from you than from the chairman. # speaker: tang-yuxin # mood: neutral
    (Qiu crosses out "30%" and writes "10?" beside it.) Ninety to ninety-four. That is the first number in this proposal I believe. # speaker: qiu-haiyan # mood: interested
    -> why_now
* [Let's not get lost in the deck. The real numbers will come out of the implementation design, once we've mapped your routes together. # move: hide-known-gap # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    (She closes the tab.) That is the order Kexin did it in. Sign first, find the numbers later. # speaker: qiu-haiyan # mood: skeptical
    -> why_now

=== why_now ===
{ qiu <= 0: -> ending_omnia_early }
Then the other question, and give me the honest version. Why now? Why not next year, once Tianqiao is digested and the Omnia renewal is done? # speaker: qiu-haiyan # mood: neutral
* [That's the right question to test. Yuxin, what happened at the airport cut-off last peak? And Haiyan, what did it cost Yunhai, in your own ledgers? # move: ask-implication]
    ~ qiu = MIN(qiu + 1, 12)
    Fourteen percent of air parcels missed the flight in November. About a hundred and ten thousand parcels rolled to the next night. # speaker: tang-yuxin # mood: anxious
    { qiu >= 4:
        (Qiu opens her laptop and scrolls.) Rebooking surcharges and seller credits: one point six million for the quarter. (She stops scrolling.) And two sellers told us in January they're testing Cainiao's cut-off offer. If they go the way Voltan went... # speaker: qiu-haiyan # mood: anxious # milestone: cost-quantified # insider: ledger-losses
        (She doesn't finish the sentence. She writes "1.6M + 2 sellers" on the pad.) # speaker: narrator
    - else:
        (Qiu does not open her laptop.) Our ledgers are our business. A lot, and I know the number. # speaker: qiu-haiyan # mood: skeptical
    }
    -> omnia
* [Because our pricing changes after the 30th. Waiting a quarter will cost you twelve percent more before you've saved anything. # move: push-quarter-end # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 2, 0)
    (Flatly.) Then it will cost us twelve percent more. I have paid more for worse decisions. # speaker: qiu-haiyan # mood: annoyed
    -> omnia
* [Isn't waiting the expensive option? Every month you lose money on missed cut-offs, easily a few hundred thousand, and your sellers won't wait for you. # move: tell-buyer-their-problem # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    (An eyebrow goes up.) "Easily". You've seen our ledgers, have you? # speaker: qiu-haiyan # mood: skeptical
    -> omnia

=== omnia ===
{ qiu <= 0: -> ending_omnia_early }
And then there is Omnia. They run our finance system. With the ERP renewal in December they'll give us their transport module with no licence fee in year one. One vendor. Chairman Lu likes "one throat to choke". # speaker: qiu-haiyan # mood: neutral # milestone: competition-revealed
* [With respect, Omnia's transport module is an add-on to an ERP. It would be another big bang, run by people who have never dispatched a van. Another Tianqiao. # move: bash-competitor # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 2, 0)
    (Coldly.) Omnia has run our books for six years without losing a yuan. Tianqiao was not Omnia. # speaker: qiu-haiyan # mood: annoyed
    -> exit
* [Omnia is a serious option. On invoicing, line-haul dispatch and reporting their module will do what ours does, and one vendor is a real advantage for finance. Where it differs is Yuxin's guarantee: planning first-mile pickups from six hundred sellers, with owner-drivers, against a fixed flight cut-off. Ask them to show you that on your own routes. # move: acknowledge-parity-then-differentiate]
    ~ qiu = MIN(qiu + 1, 12)
    That's the point. Omnia's demo had the line-haul. It didn't have the six hundred pickups. # speaker: tang-yuxin # mood: interested
    (Qiu makes a note.) I'll ask them. On our routes. # speaker: qiu-haiyan # mood: neutral
    -> exit
* [We're ahead of Omnia on every dimension that matters to Yunhai: first-mile routing for your six hundred sellers, live tracking to the airport, the owner-driver app, analytics, and a support team here in Dongguan rather than in Beijing. Their module is an ERP add-on; ours was built for an operation exactly like yours. Honestly, there's really no comparison. # move: claim-different-on-everything # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    "No comparison". (Dry.) Everyone says that about the vendor they're selling. # speaker: qiu-haiyan # mood: skeptical
    -> exit

=== exit ===
{ qiu <= 0: -> ending_omnia_early }
Now the question Chairman Lu will ask me first. If it fails, how do we get out? Tianqiao was a two-year contract we couldn't leave. # speaker: qiu-haiyan # mood: anxious
* [It won't fail. Routewise has over two hundred go-lives in South China; I honestly can't see a scenario where you'd need to get out. # move: dismiss-objection, overclaim # cause: overpromised]
    ~ qiu = MAX(qiu - 2, 0)
    ~ overpromised = true
    (She writes "will not fail" and draws a box round it.) I'll quote you on that. # speaker: qiu-haiyan # mood: skeptical
    -> vision
* [I'll be your safety net personally. You'll have my mobile; if anything goes wrong, I'm in Dongguan the same day. # move: rely-on-rapport # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    Kexin's account manager said the same. His number doesn't work any more. # speaker: qiu-haiyan # mood: skeptical
    -> vision
* [Then let's design the way out in from the start, and you choose how. One option: Dongguan only, live by mid-September so nothing new goes live in peak, with a gate in December on success criteria you set: cut-off compliance, pickups per van, driver adoption. Miss the gate and you stop, and Yiwu and Xiamen are never billed. Or a smaller first step: Dongguan first-mile pickups only, line-haul later. # move: offer-risk-reduction, offer-options]
    ~ qiu = MIN(qiu + 2, 12)
    ~ phased = true
    (She writes slowly.) A gate on our numbers. No Yiwu bill if we miss it. Nothing live in peak. (She looks up.) That, I can explain to Chairman Lu. # speaker: qiu-haiyan # mood: interested # milestone: risk-addressed
    -> vision

=== vision ===
{ qiu <= 0: -> ending_omnia_early }
Tang has stopped writing. # speaker: narrator
{ phased:
    Wait. One hub? The whole point was the network. If the guarantee only works in Dongguan, it's a pilot, not a breakthrough. The board will call it a small project, and I'll have spent all my credit on a small project. # speaker: tang-yuxin # mood: annoyed
- else:
    (To Qiu.) Haiyan, if we pause now, the guarantee dies. The sellers won't wait a year for us. (To you.) And don't tell me to make it smaller. A smaller project is a pilot, not a breakthrough, and I'd have spent all my credit on a pilot. # speaker: tang-yuxin # mood: annoyed
}
* [Then let's keep all three hubs. If we double the implementation team we can still have Dongguan, Yiwu and Xiamen live by the first of October. # move: overclaim # cause: overpromised]
    ~ tang = MIN(tang + 1, 6)
    ~ qiu = MAX(qiu - 1, 0)
    ~ overpromised = true
    (Tang brightens.) That's more like it. # speaker: tang-yuxin # mood: pleased
    (Qiu writes "3 hubs by 1 October" on her pad.) Five weeks before peak. Again. # speaker: qiu-haiyan # mood: skeptical
    -> reference
* [Maybe Haiyan is right that this isn't the year for a breakthrough. We could start with basic tracking in Dongguan and come back to the cut-off guarantee when things are calmer. # move: mismatched-pitch # cause: lost-tang]
    ~ tang = MAX(tang - 3, 0)
    (She stares at you.) If I wanted tracking, I'd have bought FleetPilot in May. # speaker: tang-yuxin # mood: annoyed
    (Qiu says nothing, but she looks almost sorry for you.) # speaker: narrator
    -> reference
* [In May you told me the breakthrough was "a promise we can sell to the sellers: picked up by two, on tonight's flight". Where does that promise earn the most in peak? Which hub carries the air volume? If Dongguan can make that promise by October, is that a pilot, or is it the launch? # move: build-vision-from-buyer-words, fit-message-to-segment]
    ~ tang = MIN(tang + 1, 6)
    (She thinks.) Dongguan is seventy percent of the air volume. Yiwu is mostly sea freight anyway. (Slowly.) If Dongguan sells the guarantee this peak, the Yiwu sellers will ask for it themselves. # speaker: tang-yuxin # mood: interested
    That's not a pilot. That's the launch. (She writes "LAUNCH: Dongguan, peak" across the top of her pad.) # speaker: tang-yuxin # mood: pleased # milestone: vision-agreed
    -> reference

=== reference ===
{ qiu <= 0: -> ending_omnia_early }
Who has done this? Not a brochure. Someone like us. # speaker: qiu-haiyan # mood: neutral
* [Honestly, nobody your size in the Greater Bay Area has run a full control tower yet, not even the big 3PLs. Yunhai would be the first, and that's exactly the edge Yuxin is after: the two sellers testing Cainiao's cut-off offer would have a reason to stay, every seller in Dongguan would hear about it, and your competitors in Dongguan would spend next peak copying you instead of the other way round. # move: mismatched-pitch # cause: lost-qiu]
    ~ qiu_lost = true
    ~ tang = MIN(tang + 1, 6)
    ~ qiu = MAX(qiu - 1, 0)
    (Tang smiles. Qiu closes her pen.) The first. We were the first on Kexin's new version too. # speaker: qiu-haiyan # mood: skeptical
    -> business_case
* [Hongyun Cross-Border in Ningbo: three hubs, about four hundred sellers, the same night-flight problem. They started with Ningbo alone; cut-off compliance went from eighty-six to ninety-six percent in twelve weeks. Jinhua was slower, four months, because the owner-drivers resisted the app. Their COO, Lin Zhiqiang, will tell you both halves; their finance director, Ms He, what it really cost. # move: share-success-story, offer-peer-reference]
    ~ qiu = MIN(qiu + 1, 12)
    (She writes the name down.) Finance director to finance director. Yes. And I want to hear about Jinhua, not only Ningbo. # speaker: qiu-haiyan # mood: interested # milestone: references-requested
    Lin Zhiqiang? I met him at the Amazon sellers' summit. He'll tell Haiyan the truth; he's incapable of anything else. # speaker: tang-yuxin # mood: interested
    -> business_case
* [Routewise is listed in Shenzhen, with more than four hundred customers and fifteen years in logistics software. We're not going anywhere, and that's a reference in itself. # move: open-with-company-history]
    (She nods politely.) Kexin is listed too. I asked for someone like us. # speaker: qiu-haiyan # mood: neutral
    -> business_case

=== business_case ===
{ qiu <= 0: -> ending_omnia_early }
The board meets on the eighteenth of July. I'm the one who stands up in front of Chairman Lu. If I recommend this, I need a page I believe. # speaker: qiu-haiyan # mood: neutral
* [Let's build that page together, from your numbers: what last peak's missed flights cost, what phase one costs, what the gate and the exit cost, and a cut-off range I can stand behind. You and Yuxin write it; I only fill in our side and check it's honest. # move: build-business-case]
    ~ qiu = MIN(qiu + 1, 12)
    ~ case_built = true
    (She is already writing.) Last peak's losses against phase one, with a gate and an exit. On one page. (To Tang.) Yuxin, I need the November rebookings by hub. # speaker: qiu-haiyan # mood: interested
    I'll have them tonight. # speaker: tang-yuxin # mood: pleased
    -> readiness
* [I'll send our ROI calculator to you and Chairman Lu tonight, pre-filled with industry benchmarks for cross-border fulfilment: cut-off compliance, rebooking surcharges, courier hours, seller churn. It shows a three hundred percent return in year one, and the chairman can play with the assumptions himself before the eighteenth. # move: numbers-without-buy-in # cause: no-business-case]
    ~ qiu = MAX(qiu - 1, 0)
    (She winces.) Please don't write to the chairman. And not industry benchmarks. Our ledger. # speaker: qiu-haiyan # mood: annoyed
    -> readiness
* [Yuxin presents brilliantly and the board trusts her. If she stands up with your support, I'm sure they'll follow. # move: rely-on-rapport # cause: no-business-case]
    ~ qiu = MAX(qiu - 1, 0)
    (Tang looks at the table.) The board trusted Tianqiao's sponsor as well. That is rather the problem. # speaker: qiu-haiyan # mood: skeptical
    -> readiness

=== readiness ===
{ qiu <= 0: -> ending_omnia_early }
It is 10:20. Qiu looks at Tang; Tang looks at you. # speaker: narrator
* [Before I suggest any next step: where are you both, honestly? Is this something you would recommend to the board on the eighteenth, or is something still missing? # move: check-readiness]
    { qiu >= 10:
        (Qiu takes her time.) With the gate, the exit and a call with Ms He, yes, I could recommend it. Then what's left is the money. # speaker: qiu-haiyan # mood: neutral
    - else:
        (Qiu shakes her head.) Honestly? I'm not there. But go on; I'd rather hear the rest. # speaker: qiu-haiyan # mood: skeptical
    }
    { tang >= 4:
        I was there in May. I'm there again. # speaker: tang-yuxin # mood: interested
    - else:
        (Tang says nothing. She is looking out at the conveyor.) # speaker: narrator
    }
    -> price
* [I think we've answered everything. Shall I send the revised contract today, so you can sign before the 30th and keep the October date? # move: premature-close, push-quarter-end # cause: pushed-close]
    -> ending_pushed
* [You'll want time to talk this through between you, without a vendor in the room. I'll wait to hear from you after the board; call me if any question comes up before then. # move: ignore-danger-signal # cause: waited-for-board]
    -> ending_drift

=== price ===
{ qiu <= 0: -> ending_omnia_early }
Qiu turns to the last tab. # speaker: narrator
{ discount > 0:
    Yuxin tells me you'll find ten percent. So we start there. With Omnia free in year one, I need twenty. # speaker: qiu-haiyan # mood: neutral
- else:
    Now the money. Omnia's module is free in year one. Two point six million against zero. I need you to come a long way. Twenty percent would be a start. # speaker: qiu-haiyan # mood: neutral
}
* [I can't do twenty, Haiyan, but I hear you: two point six million against Omnia's zero is a hard page to stand up with. I can meet you at fifteen percent off the total, for all three hubs, so you have something real to show Chairman Lu on the eighteenth. # move: percentage-discount-off-total # cause: gave-discount]
    ~ discount = 2
    ~ gave = true
    (She writes "15%" and underlines it.) Fifteen. That is movement. # speaker: qiu-haiyan # mood: pleased
    -> trade
* [Before we talk numbers, let me ask you plainly. If we get the terms right, are we your choice over Omnia? Is money the only thing left? And if we agree, can you take it to the board on the eighteenth and sign the week after? # move: ask-negotiation-preconditions]
    { qiu >= 10:
        (She glances at Tang, who nods.) Yes. With the gate and the exit in the contract, you're our choice. And it isn't really the total. It's two point six million leaving this year. # speaker: qiu-haiyan # mood: neutral # milestone: preferred-vendor # insider: preferred-vendor
    - else:
        (She hesitates.) Not yet. Omnia is still on the table. But the money would matter, yes. Mostly the cash this year. # speaker: qiu-haiyan # mood: neutral
    }
    -> trade
* [Where would the number need to be for you to recommend it? # move: ask-what-price-works # cause: gave-discount]
    ~ discount = 2
    ~ gave = true
    (Without blinking.) Twenty percent off. Implementation free. In writing. (You say you'll take it back to your director.) # speaker: qiu-haiyan # mood: pleased
    -> trade

=== trade ===
{ qiu <= 0: -> ending_omnia_early }
(She puts the pen down.) And whatever the total, the cash is my real problem. I can't have two point six million leave this year. # speaker: qiu-haiyan # mood: anxious
* [Then let me waive the implementation fee, eight hundred thousand, as a sign of good faith after Tianqiao. # move: unilateral-discount # cause: gave-discount]
    ~ discount = 2
    ~ gave = true
    (She writes it down, surprised.) Eight hundred thousand. Just like that. # speaker: qiu-haiyan # mood: pleased
    (Tang grins. Qiu doesn't; she is wondering what else was in the price.) # speaker: narrator
    -> plan
* [(Nod, write "Omnia = free" on your pad, and say you'll see what your director can do.) # move: concede-silently # cause: gave-discount]
    ~ discount = 2
    ~ gave = true
    ~ qiu = MAX(qiu - 1, 0)
    (She takes your silence as a yes.) Good. I'll expect something significant by Friday. # speaker: qiu-haiyan # mood: neutral
    -> plan
* [Then let's change when the money leaves, not what it buys. Yunhai pays for Dongguan only this year: one point two million, licences and implementation. Yiwu and Xiamen are billed only after you pass the December gate, at today's per-hub prices. In return: if you pass the gate, a three-year term, and Yunhai becomes a reference, with you on the phone to the next CFO who asks. Could you take that to the board? # move: trade-concession, ask-two-gets]
    ~ phased = true
    {
    - discount == 1:
        ~ discount = 0
        ~ tang = MAX(tang - 1, 0)
        ~ qiu = MAX(qiu - 1, 0)
        And I should take back the ten percent now, before it goes into anyone's notes. The staged payments replace it. # speaker: seller
        (Tang colours.) You told me ten this morning. # speaker: tang-yuxin # mood: annoyed
        (Qiu raises a hand.) Let's hear it. Better now than in the contract. # speaker: qiu-haiyan # mood: neutral
    - discount == 2:
        ~ discount = 0
        ~ qiu = MAX(qiu - 2, 0)
        And this replaces the discount we talked about a minute ago. I'd rather move the dates than the price. # speaker: seller
        (Qiu's eyes narrow.) A minute ago it was a discount. Now it's a payment plan. (She taps the pad.) Fine. A payment plan, at least, I can check. # speaker: qiu-haiyan # mood: skeptical
    }
    (Qiu calculates on the pad.) One point two this year instead of two point six. Three years only if the gate is passed. And a reference call or two. (She nods.) That is a different conversation with the board. # speaker: qiu-haiyan # mood: interested # milestone: concession-traded
    -> plan

=== plan ===
{ qiu <= 0: -> ending_omnia_early }
Tang looks at Qiu, then at you. # speaker: narrator
So. What happens now? # speaker: tang-yuxin # mood: neutral
* [A plan on your dates, then. This week Haiyan calls Ms He at Hongyun and Yuxin calls Lin Zhiqiang. By 12 July we write the gate criteria together. On the 18th the board sees your page; if it approves, we sign that week, kick off Dongguan on 1 August and go live by mid-September, before peak. # move: propose-mutual-plan]
    -> decide
* [Great. I'll send the contract tonight with everything we agreed this morning: Dongguan first, the December gate, the staged payments, the calls with Hongyun. If it's signed by the 30th, I can guarantee the implementation team starts next week, and you keep the October date for peak with room to spare. # move: premature-close, push-quarter-end # cause: pushed-close]
    -> ending_pushed
* [Yuxin and I will work out the details and send you the final version for signature, Haiyan. No need to take up more of your time. # move: rely-on-single-contact # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 2, 0)
    (Qiu closes her folder.) My time is exactly what this needs. Send it to both of us. # speaker: qiu-haiyan # mood: skeptical
    -> decide

=== decide ===
{ overpromised: -> ending_penalty }
{ tang <= 1: -> ending_cancelled }
{ qiu >= 10 && tang >= 4 && phased && case_built && discount == 0: -> ending_won }
{ qiu >= 8 && discount > 0: -> ending_margin }
{ qiu >= 5: -> ending_next_year }
-> ending_omnia

=== ending_won ===
(Qiu writes it in her own hand: Ms He, this week. Gate criteria, 12 July. Board, 18 July. Kick-off, 1 August.) Send me the draft with the gate and the exit on page one, not in an annex. # speaker: qiu-haiyan # mood: pleased # milestone: mutual-plan-agreed
Dongguan for peak. Yiwu and Xiamen after New Year. (She grins.) A launch, not a pilot. # speaker: tang-yuxin # mood: pleased
On the 24th of July Yunhai signs phase one at full per-hub prices: Dongguan, ¥1.2 million this year, a December gate on Yunhai's own success criteria and a written exit. Your quarter closes without it, and your director grumbles until he reads the three-year clause. # speaker: narrator # outcome: won
-> END

=== ending_margin ===
(Qiu writes the plan down, and the discount beside it, twice.) Good. I'll take it to the board with your concession on the first line. # speaker: qiu-haiyan # mood: pleased
The board approves on the 18th and Yunhai signs. At your margin review the regional director puts the Yunhai deal next to its implementation cost: after the discount, phase one barely covers the project team. # speaker: narrator
Worse, Qiu's note to the board reads "Routewise conceded to match Omnia". It is the number Yiwu, Xiamen and every renewal will start from. The CRM says won; the margin review counts it as lost. # speaker: narrator # outcome: lost # caused-by: gave-discount
-> END

=== ending_penalty ===
Three days later Qiu's redline of the contract arrives. Every promise you made this morning is in it, in your own words, with a penalty attached to each. # speaker: narrator
Your legal team refuses unlimited penalties on sales claims. You call Qiu to explain. # speaker: narrator
If Routewise won't sign its own words, why should I sign Routewise? (A pause.) I'm taking Omnia's free year to the board. At least they didn't promise me anything. # speaker: qiu-haiyan # mood: annoyed
The board chooses the "safer" Omnia module on the 18th. Tang's cut-off guarantee becomes "phase two of the ERP", which nobody schedules. # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_cancelled ===
(Tang closes her pad.) I'll be honest with you both. I don't have the credit left to fight the board for this. Not after Tianqiao, and not for what it has become. # speaker: tang-yuxin # mood: anxious
On the 18th Tang withdraws the control-tower project herself. The sellers keep asking for a cut-off guarantee; Yunhai keeps dispatching owner-drivers by WeChat. The project is cancelled, and your champion no longer wants to be one. # speaker: narrator # outcome: lost # caused-by: lost-tang
-> END

=== ending_next_year ===
(Qiu closes the folder, not unkindly.) I'll put it to the board. I can't tell you I'll recommend it. # speaker: qiu-haiyan # mood: neutral
On the 18th Chairman Lu asks for "more comfort". Qiu is not ready to put her name to it, and suggests revisiting after the Omnia renewal. # speaker: narrator
{
- discount > 0:
    The discount on her pad told her the price was soft; she waits to see how soft. The project moves to next year's budget, and peak arrives with WeChat dispatch and a hundred thousand parcels on the wrong flight again. # speaker: narrator # outcome: no-decision # caused-by: gave-discount
- not case_built:
    Nobody built the page she asked for in her own numbers. The project moves to next year's budget, and peak arrives with WeChat dispatch and a hundred thousand parcels on the wrong flight again. # speaker: narrator # outcome: no-decision # caused-by: no-business-case
- qiu_lost:
    Too much of what she heard this morning sounded like Tianqiao. The project moves to next year's budget, and peak arrives with WeChat dispatch and a hundred thousand parcels on the wrong flight again. # speaker: narrator # outcome: no-decision # caused-by: lost-qiu
- tang < 4:
    Tang, who would have fought for it, does not. The project moves to next year's budget, and peak arrives with WeChat dispatch and a hundred thousand parcels on the wrong flight again. # speaker: narrator # outcome: no-decision # caused-by: lost-tang
- else:
    A discount offered in the morning and taken back at noon has left her unsure what the real price is. The project moves to next year's budget, and peak arrives with WeChat dispatch and a hundred thousand parcels on the wrong flight again. # speaker: narrator # outcome: no-decision # caused-by: gave-discount
}
-> END

=== ending_omnia ===
(Qiu stands and collects her tabs.) Thank you. I'll present both options to the board. # speaker: qiu-haiyan # mood: neutral
She presents them side by side: two point six million with Routewise, nothing this year with Omnia. The board takes the free year and the single vendor. Tang's guarantee goes on Omnia's road map, with no date. # speaker: narrator # outcome: lost # caused-by: lost-qiu
-> END

=== ending_omnia_early ===
(Qiu closes her folder halfway through your sentence.) I think I've heard enough. Yuxin, we'll take Omnia's offer to the board with the ERP renewal. # speaker: qiu-haiyan # mood: annoyed
(Tang walks you to the lift in silence.) I did warn you she was careful. # speaker: tang-yuxin # mood: anxious
{ overpromised:
    Yunhai chooses the "safer" Omnia module in July. Your proposal stays in a folder with yellow tabs. # speaker: narrator # outcome: lost # caused-by: overpromised
- else:
    Yunhai chooses the "safer" Omnia module in July. Your proposal stays in a folder with yellow tabs. # speaker: narrator # outcome: lost # caused-by: lost-qiu
}
-> END

=== ending_pushed ===
(Qiu takes off her glasses.) Before the 30th. That is exactly how Tianqiao was signed. # speaker: qiu-haiyan # mood: annoyed
(Tang looks at you as if you had just confirmed something she hoped wasn't true.) # speaker: tang-yuxin # mood: annoyed
Three days later Tang messages: the board has frozen every new systems project until next year. In December, Omnia's ERP renewal goes through with the transport module attached. # speaker: narrator # outcome: lost # caused-by: pushed-close
-> END

=== ending_drift ===
(They both shake your hand.) Thank you. We'll be in touch after the board. # speaker: tang-yuxin # mood: neutral
Nobody has agreed to do anything. On the 18th the board hears Yuxin's old deck and Omnia's free offer side by side, and asks to "revisit in the new year". Your follow-up messages are read and not answered. # speaker: narrator # outcome: no-decision # caused-by: waited-for-board
-> END
