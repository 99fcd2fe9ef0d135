# id: buying-committee
# title: Five chairs at Jinding Auto Parts
# objective: Become the committee's preferred vendor, on a mutual plan every member accepts
# phase: 2
# segment: late-majority
# buyer: wu-jing; Wu Jing; Planning Manager, Jinding Auto Parts; coach; woman
# buyer: liang-hao; Liang Hao; Logistics Director, Jinding Auto Parts; champion; man
# buyer: shen-guoliang; Shen Guoliang; General Manager, Jinding Auto Parts; decision-maker; man senior
# buyer: margaret-tan; Margaret Tan; Finance Director, Jinding Auto Parts; financial-approver; woman glasses
# buyer: zhao-kai; Zhao Kai; IT Manager, Jinding Auto Parts; opponent; man young glasses
# minutes: 22
# difficulty: advanced
# version: 4
# setting: boardroom
# brief: Jinding Auto Parts distributes aftermarket parts from four depots around Nanjing to some 3,200 independent repair shops: 60 vans, a two-hour delivery promise inside the ring road, dispatch on whiteboards and Omnia ERP pick lists. A newer distributor, Qiangsheng Parts, has been winning shops with a 90-minute promise. Jinding's management has agreed something must change and set a budget; Planning Manager Wu Jing has drafted a requirement framework for a delivery-management system, and three options are on the table: Routewise, an add-on from Omnia Systems (whose ERP Jinding already runs), or improving the current process.
# brief: The company is in the evaluation phase, and cautious: a warehouse-system project was cancelled in 2021 after six months. Over the next two weeks you will have coffee with Wu Jing, a meeting with Logistics Director Liang Hao, who asked for Routewise to be invited, and then a seat at the selection committee with General Manager Shen Guoliang, Finance Director Margaret Tan and IT Manager Zhao Kai. You have not met Shen, Tan or Zhao.

VAR trust = 3
VAR patience = 3
VAR zhao = 2
VAR access_granted = false
VAR finance_case = false

-> coffee

=== coffee ===
A coffee shop on the ground floor of Jinding's office tower, eight in the morning. Wu Jing arrives with a laptop bag and a printed framework thick with yellow sticky notes. # speaker: narrator
I only have half an hour before the depot call. (She slides the framework across.) Forty-two requirements. I wrote most of them. Liang told me to talk to you — so, talk. # speaker: wu-jing # mood: neutral
* [Forty-two is thorough. Shall I take you through how Routewise covers them? Route optimisation, live ETA, proof of delivery, driver app — we tick almost every line. # move: pitch-features # cause: lost-trust]
    ~ trust -= 1
    (She flips a sticky note over.) Everybody ticks every line. Omnia ticked forty-one. That is why I stopped reading the ticks. # speaker: wu-jing # mood: skeptical
    -> inside
* [Before the forty-two: what made Jinding start this project in the first place? What has to be different a year from now? # move: ask-goal]
    ~ trust += 1
    (She closes the framework.) Qiangsheng. We lost a hundred and forty repair shops to them last year. The two-hour promise is broken one time in three, and the shops have stopped believing it. Mr Shen wants the promise to be true again. # speaker: wu-jing # mood: interested # milestone: goal-stated
    -> inside
* [This is one of the best-prepared frameworks I've seen in the industry. Whoever wins, they'll owe you for it. # move: flatter]
    (A polite smile.) Thank you. It took four months. (She waits for you to say something useful.) # speaker: wu-jing # mood: neutral
    -> inside

=== inside ===
{ trust >= 4: She stirs her coffee and lowers her voice. | She stirs her coffee and glances at the time. } # speaker: narrator
{ trust >= 4:
    Between us — I want you to win. Omnia would be another two years of Zhao telling us what the ERP can't do. What do you need from me? # speaker: wu-jing # mood: interested # insider: coach-preference
- else:
    (Her voice stays even.) Liang asked me to hear you out. I score all three options against the same forty-two lines, so don't expect favours. What do you need from me? # speaker: wu-jing # mood: neutral
}
* [Since you're drafting the scoring, could you add predictive ETA as a must-have? Omnia doesn't have it — it would settle things early. # move: impose-solution-design # cause: lost-trust]
    ~ trust -= 1
    (She leans back.) If I write the framework around you, Zhao will see it in a minute and Mr Shen will throw the whole thing out. I want you to win, not to get me fired. # speaker: wu-jing # mood: skeptical
    -> obstacles
* [Thank you. How will the decision actually be made — who sits on the committee, who has the final word, and who else is in the running besides Omnia? # move: ask-decision-process, ask-competition]
    ~ trust += 1
    { trust >= 5:
        (She counts on her fingers.) Mr Shen decides. Margaret Tan approves the money — one point two million for year one, and she's not convinced we need to spend it. Zhao Kai runs IT; he wants Omnia because it's the same vendor as the ERP, or nothing at all. Liang wants you. I do the scoring. # speaker: wu-jing # milestone: competition-revealed # insider: committee-positions
        And the third option is "improve the whiteboards". Never underestimate the whiteboards. # speaker: wu-jing
    - else:
        (She answers like a job description.) Mr Shen decides, with the committee: Ms Tan for finance, Zhao Kai for IT, Liang and me. Besides you there is Omnia, and "improve the whiteboards". Where each of them stands, you'll have to find out from them. # speaker: wu-jing # milestone: competition-revealed
    }
    -> obstacles
* [Then I'll count on you: if you can keep the scoring weights leaning our way and tell me what Omnia puts in front of Zhao, we're in good shape for the committee. # move: rely-on-single-contact # cause: lost-trust]
    ~ trust -= 1
    I do the scoring. I don't do the deciding. (She checks her watch.) You should know the difference before the committee. # speaker: wu-jing # mood: skeptical
    -> obstacles

=== obstacles ===
She glances at her phone: the depot call is in ten minutes. # speaker: narrator
Anything else? # speaker: wu-jing
* [One more, and it's the uncomfortable one: what could stop this project altogether, even if everybody likes the winner? # move: ask-obstacles]
    ~ trust += 1
    { trust >= 5:
        (She answers at once, as if she has been waiting for someone to ask.) The WMS project in 2021. Eight hundred thousand yuan, six months, cancelled. Zhao was blamed for the interfaces. Mr Shen still mentions it in every budget meeting. If this smells like 2021, it dies — whoever the vendor is. # speaker: wu-jing # mood: anxious # insider: internal-politics
    - else:
        (She hesitates.) The warehouse project in 2021. Six months, then cancelled. I'll leave it at that; ask Mr Shen about it, if you get to him. # speaker: wu-jing # mood: neutral
    }
    -> champion
* [Could you tell Mr Shen we can have all four depots live in eight weeks? If he knows this can't drag on the way the last project did, the decision gets a lot easier for him. # move: overclaim # cause: lost-trust]
    ~ trust -= 1
    (She writes nothing down.) Eight weeks. The WMS people said twelve weeks, in 2021. I'll let you tell him yourself. # speaker: wu-jing # mood: skeptical
    -> champion
* [Nothing else for now — just keep me posted on how the scoring goes. # move: neutral]
    (She nods and gathers the framework.) I'll tell Liang we met. # speaker: wu-jing # mood: neutral
    -> champion

=== champion ===
Two days later. Liang Hao's office overlooks the Jiangning depot yard, where a dozen white vans are queuing for the loading bay. He shakes your hand hard. # speaker: narrator # enter: liang-hao
I'm the one who asked for Routewise. I saw your system at Tongda in Wuxi last year. So let's make your demo for the committee something they won't forget. Where do you want to start? # speaker: liang-hao # mood: pleased
* [From the yard, actually. When a repair shop calls at 10:40 for a part, what happens between that call and the van leaving — and where does the two-hour promise break? # move: ask-diagnostic]
    ~ trust += 1
    (He points out of the window.) There. The ERP prints the pick list, my dispatchers group the orders on the whiteboard by district, and the van leaves when it's full, not when the promise needs it. A driver with a brake disc for Xinjiekou waits forty minutes for two oil filters to Hexi. # speaker: liang-hao # mood: interested # milestone: pain-acknowledged
    -> cost
* [Why not open the demo with Routewise Labs? Predictive-AI dispatch: nobody in auto parts has it yet, and that's the moment the committee will remember. # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 1
    (He hesitates.) I like it. But Mr Shen... (He rubs his neck.) Mr Shen is not a man who wants to be first at anything. # speaker: liang-hao # mood: anxious
    -> cost
* [Let's build the demo around Wu's forty-two requirements: I'll show each module in turn, route engine first, then the driver app, then the dashboards, so the committee can tick every line as we go. # move: pitch-features # cause: lost-trust]
    ~ trust -= 1
    (He nods, but his eyes drift to the yard.) Fine. Omnia is doing the same thing, I suppose. # speaker: liang-hao # mood: neutral
    -> cost

=== cost ===
{ patience <= 0: -> ending_stopped }
Liang taps the window, where a van is still waiting for a full load. # speaker: narrator
Forty minutes, sometimes. A few times a day, four depots. It adds up. # speaker: liang-hao
* [What has it cost you so far? When a shop stops believing the two hours, what happens to its business with Jinding? # move: ask-implication]
    ~ trust += 1
    (He opens a spreadsheet.) A shop that switches to Qiangsheng takes about a hundred and twenty thousand a year with it. Wu says a hundred and forty shops last year. That's nearly seventeen million in revenue, and we don't win them back. # speaker: liang-hao # mood: anxious # milestone: cost-quantified
    And the ones who stay call four times a day asking "where's my part?". My dispatchers spend half the morning on the phone. # speaker: liang-hao
    -> test
* [Forty minutes, a few times a day, four depots: that's your shops walking to Qiangsheng, isn't it? Distributors like you typically lose ten to fifteen percent of shops a year to faster rivals. # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust -= 1
    (He shrugs.) I know what I need. I'm the one who invited you. The question is whether the committee knows. # speaker: liang-hao # mood: neutral
    -> test
* [That's exactly the problem our route engine solves: it releases vans by promise time, not by fill rate. Forty minutes becomes zero. # move: prescribe-before-diagnosis, overclaim # cause: lost-trust]
    ~ trust -= 1
    Zero. (A short laugh.) Don't say zero in front of Zhao. He'll make you prove it. # speaker: liang-hao # mood: skeptical
    -> test

=== test ===
{ patience <= 0: -> ending_stopped }
He closes the laptop. # speaker: narrator
Here's my idea. Leave the committee to me. I know how Shen thinks. You give me good slides, I present them, you answer the technical questions. Deal? # speaker: liang-hao # mood: pleased
* [Deal — you know Mr Shen far better than I do, and it will carry more weight coming from his own logistics director than from a vendor. I'll have the slides to you by Monday and keep my part to the technical questions. # move: rely-on-single-contact # cause: lost-trust]
    ~ trust -= 1
    (He grins.) Good. Leave Shen to me. # speaker: liang-hao # mood: pleased
    You leave with a slide deadline and no meeting in your diary with anyone but Liang. # speaker: narrator
    -> about_zhao
* [I'd be glad to back you up. Could you get me twenty minutes with Mr Shen before the committee, and find out what Ms Tan needs to see? I'd rather not surprise anyone on the day. # move: ask-to-meet-decision-maker]
    ~ trust += 1
    ~ access_granted = true
    (He thinks about it for a moment, then picks up the phone.) Xiao Li, does Mr Shen have anything Thursday morning? ... Twenty minutes at nine. And ask Ms Tan's office for the budget sheet. (He hangs up.) Thursday, nine. Don't waste it. # speaker: liang-hao # mood: interested # milestone: access-granted
    -> about_zhao
* [If you're convinced, why don't we save the committee some time? A letter of intent from you now lets me reserve our Nanjing project team for April. # move: premature-close # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    (His smile fades.) A letter of intent. From me. (He shakes his head.) I can't sign for a paper clip above fifty thousand. That's the committee's job. # speaker: liang-hao # mood: annoyed
    -> about_zhao

=== about_zhao ===
{ patience <= 0: -> ending_stopped }
{ trust >= 6:
    One more thing. Zhao Kai, our IT manager. You'll have heard he wants Omnia. # speaker: liang-hao # insider: opponent-preference
    He'll say two vendors means two interfaces and twice the trouble. # speaker: liang-hao
- else:
    One more thing. Zhao Kai, our IT manager, sits on the committee. IT has its own views on vendors here; you'll hear them from him. # speaker: liang-hao
}
* [Has anyone told the committee that Omnia's TMS was bolted on after an acquisition? Their own auto-parts customers complain about it. I'd be happy to say so. # move: bash-competitor # cause: lost-trust]
    ~ trust -= 1
    ~ zhao += 1
    (He winces.) Say that, and Zhao will spend the whole meeting defending Omnia — and he'll win, because he knows the ERP better than you. # speaker: liang-hao # mood: anxious
    -> shen_or_committee
* [Let's work around him. If Mr Shen is convinced, IT will have to follow — his objection is really just a preference. # move: dismiss-objection # cause: lost-trust]
    ~ trust -= 1
    Work around the man who controls every interface? (He shakes his head.) In 2021 we worked around IT. That's why it failed. # speaker: liang-hao # mood: skeptical
    -> shen_or_committee
* [What's behind it for him, do you think — Omnia itself, or something about interfaces and who gets blamed if they break? # move: clarify-objection]
    ~ trust += 1
    { trust >= 7:
        ~ zhao -= 1
        (He considers the question seriously.) The blame. The WMS interfaces were a nightmare and Shen made Zhao fix them at night for three months. He's not against you. He's against being the one holding the broken cable again. # speaker: liang-hao # mood: neutral # insider: opponent-motive
    - else:
        (He shrugs.) Ask him. I'd only be guessing, and Zhao doesn't like people guessing about him. # speaker: liang-hao # mood: neutral
    }
    -> shen_or_committee

=== shen_or_committee ===
{ patience <= 0: -> ending_stopped }
{ access_granted: -> shen | -> committee }

=== shen ===
Thursday, nine o'clock. Shen Guoliang's office is plain: a desk, a tea tray, a framed photograph of the first Jinding depot in 1998. He is sixty, unhurried, and has Wu's framework open in front of him. # speaker: narrator # enter: shen-guoliang
Liang says you are the best. Every vendor's champion says that. (He pours two cups.) You have twenty minutes. What do you want from me? # speaker: shen-guoliang # mood: neutral
* [May I show you the specifications? Our engine optimises three thousand stops in under a minute, with live ETAs, geofenced proof of delivery and a native Android driver app. # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    (He pushes the spec sheet back across the tea tray.) Mr Zhao reads specifications. I don't. # speaker: shen-guoliang # mood: skeptical
    -> shen_safety
* [To listen, mostly. A year from now, looking back on this project — what would make you say it was the right decision? # move: ask-goal, talk-business-outcomes]
    ~ trust += 1
    (He sips his tea.) That the shops believe the two hours again. That Qiangsheng stops taking my customers. And that nobody mentions 2021 at the board meeting. # speaker: shen-guoliang # mood: interested # milestone: goal-stated
    -> shen_safety
* [Routewise was founded fifteen years ago in Suzhou. We now serve over four hundred logistics customers across China, in six industries. Let me give you the picture. # move: open-with-company-history # cause: lost-trust]
    ~ patience -= 1
    (He nods politely and glances at the photograph of his depot.) I have read the brochure. (A look at the clock.) I have twenty minutes. # speaker: shen-guoliang # mood: neutral
    -> shen_safety

=== shen_safety ===
{ patience <= 0: -> ending_stopped }
He sets the cup down. # speaker: narrator
I will be honest. I don't want the cleverest system. I lost eight hundred thousand on clever in 2021. I want to know it works, that somebody answers the phone at seven in the morning, and that I am not the first. # speaker: shen-guoliang # mood: anxious
* [Then nothing clever. Tongda Auto Parts in Wuxi runs Omnia ERP like you and has used Routewise for three years: standard connector, MLPS Level 3 certified, Nanjing support from six. Call Mr Tang. # move: fit-message-to-segment, offer-peer-reference]
    ~ trust += 2
    (He writes "Tongda — Tang" on the framework.) Omnia ERP, like us. And they are still on it after three years. # speaker: shen-guoliang # mood: interested # milestone: references-requested
    Good. That is what I needed to hear before the committee. Not the cleverness. The phone at six. # speaker: shen-guoliang
    -> committee
* [I understand. But this is also Jinding's chance to leapfrog Qiangsheng, not just catch up: with our Labs predictive dispatch you'd be the most advanced parts distributor in Jiangsu, and Qiangsheng would be the one chasing a promise. # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    The most advanced. (He closes the framework.) The WMS vendor said "most advanced" too. I asked you not to make me the first. # speaker: shen-guoliang # mood: skeptical
    -> committee
* [You have nothing to worry about — we've never had a failed implementation. Routewise will simply work from day one. # move: overclaim # cause: lost-trust]
    ~ trust -= 2
    Never. (He looks at you for a long moment.) Then you have not done very many. # speaker: shen-guoliang # mood: skeptical
    -> committee

=== committee ===
{ patience <= 0: -> ending_stopped }
The following Tuesday. The boardroom on the twelfth floor: Shen at the head of the table, Margaret Tan with a printed budget sheet, Zhao Kai with a laptop and a thick Omnia binder, Liang and Wu side by side with the framework. # speaker: narrator # enter: shen-guoliang # enter: margaret-tan # enter: zhao-kai
{ access_granted: Shen nods to you as you sit down. | Shen Guoliang looks up as you come in. You are meeting him for the first time. } # speaker: narrator
Zhao doesn't wait for introductions. # speaker: narrator
Let me start with the obvious. Omnia runs our ERP. Their delivery module plugs straight into it. Why would we add a second vendor, a second interface and a second support contract? # speaker: zhao-kai # mood: skeptical
* [With respect, Omnia's delivery module came from an acquisition, and it shows. Their own auto-parts customers are quietly moving away from it — you'd be tying Jinding's two-hour promise to a product its own vendor doesn't put first. # move: bash-competitor # cause: lost-trust]
    ~ zhao += 1
    ~ trust -= 1
    (Zhao opens the binder to a tab.) Name one. (You can't, not in this room.) Then I'll take Omnia's reference list over your rumours. # speaker: zhao-kai # mood: annoyed
    -> interface
* [Fair point — two vendors is more to manage. What worries you most: the data sync, the support, or who is accountable when it breaks? # move: acknowledge-objection, clarify-objection]
    ~ zhao -= 1
    ~ trust += 1
    (Zhao looks surprised to be asked.) Accountability. When the WMS broke at seven in the morning, the vendor blamed Omnia, Omnia blamed the vendor, and I was here until midnight. # speaker: zhao-kai # mood: neutral
    -> interface
* [Honestly, is there a comparison? We're better than Omnia on routing, tracking, the driver app, support and price. # move: claim-different-on-everything # cause: lost-trust]
    ~ trust -= 1
    ~ zhao += 1
    (Margaret Tan raises an eyebrow. Zhao smiles for the first time.) Everybody is better on everything, in the first meeting. # speaker: zhao-kai # mood: skeptical
    -> interface

=== interface ===
{ patience <= 0: -> ending_stopped }
{ zhao <= 1: Zhao turns his laptop so you can see a diagram of the ERP. | Zhao taps the Omnia binder. } # speaker: narrator
So tell me. The returns module — core-exchange parts, the old part goes back to the supplier for credit — is customised. Will your connector handle it, yes or no? # speaker: zhao-kai
* [Yes. Our connector is built for Omnia ERP — Tongda runs it too — and it handles any setup, customised returns and supplier credits included. You won't need to touch anything on your side, and neither will Omnia. # move: overclaim, hide-known-gap # cause: lost-trust]
    ~ trust -= 1
    ~ zhao += 1
    (He types a note.) Any setup. I'll put that in the acceptance criteria, then. In writing, with your name. # speaker: zhao-kai # mood: skeptical
    -> difference
* [Good question, and you deserve a precise answer rather than a quick one. Let's take it offline with our technical team, so we don't lose the committee in interface details. # move: hide-known-gap # cause: lost-trust]
    ~ trust -= 1
    ~ zhao += 1
    (He closes the laptop.) The details are the committee's problem. That's what happened in 2021. # speaker: zhao-kai # mood: annoyed
    -> difference
* [No, not out of the box: your customised returns need about three weeks on top of the standard connector. We'd own that interface, test it with you, and put it in the contract. # move: admit-limitation, offer-risk-reduction]
    ~ trust += 2
    ~ zhao -= 1
    (Zhao stares at you, then writes something down.) Three weeks. You own it. Tested with me. (To Shen, quietly.) That's the first vendor who said no to me. # speaker: zhao-kai # mood: neutral # milestone: risk-addressed
    -> difference

=== difference ===
{ patience <= 0: -> ending_stopped }
Shen raises a hand, and the room goes quiet. # speaker: narrator
So what is really the difference? Omnia is more expensive, but they are big, and we know them. # speaker: shen-guoliang
* [On the ERP, Omnia is the safer choice; we'd connect to it, not replace it. The difference is the last thirty kilometres. A shop calls at 10:40 for a brake disc: who sees it, and when does the van leave? # move: acknowledge-parity-then-differentiate, share-usage-scenario]
    ~ trust += 1
    (Liang answers before anyone else.) Today, whoever is at the whiteboard, and the van leaves when it's full. # speaker: liang-hao # mood: interested
    With Routewise the dispatcher sees the order released against its promise time, the van leaves at 11:05 with two other urgent stops on the way, and the shop gets an arrival time by WeChat. The driver photographs the signed delivery note at the counter. Tongda cut "where is my part?" calls by two thirds that way. # speaker: seller
    (Shen looks at Liang, then at Wu.) So the two hours stop depending on who is at the whiteboard. # speaker: shen-guoliang # mood: interested # milestone: vision-agreed
    -> money
* [Look closely at Omnia's quote: it leaves out the driver app licences and the route engine. You'd be comparing a complete delivery system with half of one. # move: point-out-apples-to-oranges]
    (Margaret Tan flips through her papers and frowns.) The driver licences are priced separately. He's right about that. # speaker: margaret-tan # mood: neutral
    (Zhao shrugs.) They're an option. Everybody has options. # speaker: zhao-kai
    -> money
* [Is size really safety? Big vendors treat mid-sized distributors as a number in a queue. With us, Jinding would be a flagship account: our product team in Suzhou, a named support lead in Nanjing, the attention Omnia would never give you. # move: claim-different-on-everything, flatter # cause: lost-trust]
    ~ trust -= 1
    ~ zhao += 1
    (Shen's face doesn't change.) Every small vendor says we will be a flagship. Until a bigger customer comes along. # speaker: shen-guoliang # mood: skeptical
    -> money

=== money ===
{ patience <= 0: -> ending_stopped }
Margaret Tan puts her reading glasses on and lifts the budget sheet. # speaker: narrator
My turn. The budget is one point two million for year one. Your quote is one point four four. Omnia is one point six, but they will discount because of the ERP. Doing nothing costs nothing. Why should I sign anything? # speaker: margaret-tan # mood: skeptical
* [I want this to work for you, Ms Tan, and I don't want price to be what stands between Jinding and a two-hour promise that holds. We'll come down to one point two million, to fit your budget exactly. # move: unilateral-discount, negotiate-before-value-accepted # cause: no-business-case]
    ~ trust -= 1
    (She makes a note, pleased.) Well. That was quick. # speaker: margaret-tan # mood: pleased
    (Shen frowns slightly.) If the price moves two hundred and forty thousand in one sentence, Margaret will wonder what the first price was for. # speaker: shen-guoliang # mood: skeptical
    (She taps the sheet.) I'll wonder what else moves. # speaker: margaret-tan # mood: neutral
    -> risk
* [Doing nothing has a cost too — may I show you? Our ROI study of forty distributors shows an average payback of seven months and a return of two hundred and eighty percent. # move: numbers-without-buy-in # cause: no-business-case]
    ~ trust -= 1
    (She doesn't pick up the study.) Forty distributors are not Jinding. I can't take your average to the board. # speaker: margaret-tan # mood: skeptical
    -> risk
* [You're right: on the budget sheet, doing nothing costs nothing. Let's build the page you'd need together, with Jinding's numbers rather than mine. # move: build-business-case]
    ~ trust += 1
    ~ finance_case = true
    (Liang pulls up his spreadsheet.) A hundred and forty shops lost to Qiangsheng last year. About a hundred and twenty thousand a year each. # speaker: liang-hao
    (She works it out on the sheet.) If this saves even fifteen percent of those shops, the system pays for itself in a year. If it saves none, it's 2021 again. (She looks up.) So the real question is risk, not price. # speaker: margaret-tan # mood: interested # milestone: budget-confirmed
    -> risk

=== risk ===
{ patience <= 0: -> ending_stopped }
{ finance_case: Margaret Tan turns to Shen. | Shen leans forward. } # speaker: narrator
And if it fails like the warehouse system? Who else like us has done this — and what happens if we are halfway through and it doesn't work? # speaker: shen-guoliang # mood: anxious
* [It won't fail. We've done this over a hundred times, we know exactly where projects like 2021 go wrong, and Liang and I will personally make sure of it. You have my word, and my mobile number, any hour of the day. # move: overclaim, rely-on-rapport # cause: lost-trust]
    ~ trust -= 2
    (Shen looks at Liang, who looks at the table.) Personally. The WMS project manager gave me his word too. # speaker: shen-guoliang # mood: skeptical
    -> close
* [Two things. Tongda: same ERP, three years, and Mr Tang will show Mr Zhao the interface himself. And start with Jiangning only, eight weeks, against your targets; if we miss them, the licence fee comes back. # move: offer-peer-reference, offer-risk-reduction]
    ~ trust += 1
    ~ zhao -= 1
    (Zhao looks up from his laptop.) I'd want to see Tongda's returns interface. Not the slides — the logs. # speaker: zhao-kai # mood: neutral
    (Shen nods slowly.) One depot. Our targets. A way out. (He writes "Jiangning — 8 weeks".) That is not 2021. # speaker: shen-guoliang # mood: interested # milestone: risk-addressed
    -> close
* [With respect, Mr Shen, the bigger risk is waiting. Qiangsheng won't stand still: at a hundred and forty shops a year, every month you spend deciding is another dozen shops, and about one and a half million in revenue, gone. # move: pressure-buyer # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    (Shen's voice stays level.) Every vendor tells me the risk of waiting is bigger. None of them paid for 2021. # speaker: shen-guoliang # mood: annoyed
    -> close

=== close ===
{ patience <= 0: -> ending_stopped }
Shen closes the framework. # speaker: narrator
Thank you. We will discuss it among ourselves. # speaker: shen-guoliang # mood: neutral
* [Of course. Thank you all for your time — I'll wait to hear from Wu. # move: accept-brush-off # cause: no-next-step]
    -> ending_drift
* [Before you do — what would still need to be true for you to choose one vendor? Is there anything we haven't answered, for any of you? # move: check-readiness]
    ~ trust += 1
    { zhao <= 1: (Zhao answers first.) Tongda's interface logs. If they're clean, I have no objection. | (Zhao folds his arms.) For me? A reason not to use the vendor we already have. I haven't heard one. } # speaker: zhao-kai
    { finance_case: (Margaret Tan taps her sheet.) My page, with the pilot as a gate. I can take that to the board. | (Margaret Tan shakes her head.) I still don't have anything I can take to the board. } # speaker: margaret-tan
    -> plan
* [We're ready to start next month. Can the committee decide by the 30th? Then I can hold this price and reserve our Nanjing team for April; after that I can't promise either, and I'd hate for Jinding to lose the spring. # move: push-quarter-end, premature-close # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed

=== plan ===
{ trust >= 14: Shen looks round the table, then at you. "Go on." | Shen waits, his pen capped. } # speaker: narrator
* [Then a plan on your dates: Zhao reviews Tongda's logs next week, Wu adds the pilot targets, Ms Tan takes the page to the board on the 12th, the Jiangning pilot starts 1 April, and you decide on four depots by 31 May. # move: propose-mutual-plan]
    -> decide
* [Then let's lock it in while everyone is in the room: I'll send the contract for all four depots today, with the Jiangning pilot as phase one, so Ms Tan has final figures for the board on the 12th and our Nanjing team can block April for you. # move: premature-close # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed

=== decide ===
{ zhao >= 3: -> ending_omnia }
{ trust >= 14 && access_granted && finance_case && zhao <= 1: -> ending_won }
{ trust >= 8 && not finance_case: -> ending_budget }
{ trust >= 8: -> ending_stalled }
-> ending_omnia

=== ending_won ===
(Shen looks at each of them in turn. Nobody objects.) Then Routewise is our preferred vendor, on that plan. Wu, put the dates in the framework. Mr Zhao, the logs. Margaret, the board. # speaker: shen-guoliang # mood: pleased # milestone: preferred-vendor # milestone: mutual-plan-agreed # phase: 3
(Zhao closes the Omnia binder.) If the logs are clean. # speaker: zhao-kai # mood: neutral
(In the lift, Liang punches your shoulder. Wu sends you a single thumbs-up on WeChat.) # speaker: narrator
The committee names Routewise its preferred vendor, with a mutual plan, an opponent who has become a tester, and a decision date on Jinding's own calendar. # speaker: narrator # outcome: won
-> END

=== ending_budget ===
(Margaret Tan closes her folder.) I like the approach. But I have nothing I can show the board that says this is worth more than the whiteboards, at any price. # speaker: margaret-tan # mood: neutral
(Shen nods.) Let us revisit it in the autumn budget. # speaker: shen-guoliang # mood: neutral
Everyone liked you, and nobody could defend the spend: the project waits for a budget round that keeps slipping. # speaker: narrator # outcome: no-decision # caused-by: no-business-case
-> END

=== ending_stalled ===
(Shen looks at Zhao, then at Liang. Neither moves.) I think we need more time. Wu, please ask both vendors for a second round of answers. # speaker: shen-guoliang # mood: neutral
{ access_granted: Shen knows you, but the committee is split, and nobody wants to overrule IT a second time. | Shen has met you once, across a committee table; he has no reason to overrule IT a second time. } # speaker: narrator
The committee asks for a second round, then a third; by summer the project is "on hold pending the ERP upgrade", and the whiteboards stay. # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_drift ===
(Shen stands, and the others follow.) Thank you. Wu will be in touch. # speaker: shen-guoliang # mood: neutral
Wu sends a polite note a week later: the committee "needs more time to align". Liang stops answering on weekends. # speaker: narrator
Nobody agreed to do anything after the meeting, and the committee drifts back to the status quo without ever deciding. # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_pushed ===
(Shen caps his pen.) So soon. Is that our timetable or yours? # speaker: shen-guoliang # mood: annoyed
(Zhao says nothing, and doesn't need to. He slides the Omnia binder an inch towards Shen.) # speaker: zhao-kai # mood: neutral
Pushed for a decision the committee wasn't ready to make, Shen takes the option that feels safest: Omnia's module, on the ERP he already knows. # speaker: narrator # outcome: lost # caused-by: premature-close
-> END

=== ending_omnia ===
(Shen turns to Zhao.) Mr Zhao, what do you recommend? # speaker: shen-guoliang # mood: neutral
Omnia. Same vendor, one contract, one number to call. And nobody here has told us anything that makes a second vendor worth the risk. # speaker: zhao-kai # mood: pleased
Six weeks later, Wu calls to tell you, kindly, that Jinding has chosen Omnia; the IT manager's favourite won because he was the only one who never had to change his mind. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_stopped ===
A glance at a watch, a closed notebook, a polite "I think we have what we need. Thank you." # speaker: narrator
The meeting ends early. Your next three calls go to voicemail, and the evaluation continues without you; Omnia is the only vendor left at the table. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
