# id: late-deliveries
# title: Noon means noon at Huirong Hardware
# objective: Preferred vendor, with a plan to a decision on the buyer's date
# phase: 2
# segment: early-majority
# buyer: tang-yue; Tang Yue; Planning Manager, Huirong Hardware; coach; woman young
# buyer: zheng-weidong; Zheng Weidong; Owner and General Manager, Huirong Hardware; decision-maker; man senior
# buyer: lu-min; Lu Min; Finance Manager, Huirong Hardware; financial-approver; woman glasses
# minutes: 15
# difficulty: intermediate
# version: 4
# setting: office
# brief: Huirong Hardware distributes architectural hardware — hinges, locks, handles, sliding-door tracks, fasteners — from a warehouse in Suzhou's Xiangcheng district to about 260 door-and-window factories, cabinet makers and decoration firms in Suzhou, Kunshan and Wujiang. Twelve 4.2-metre trucks, one veteran dispatcher — Old Hu — with a whiteboard, ¥118 million turnover. Its promise is "order by four, on site by noon tomorrow", and it keeps breaking it. In March its biggest customer, a Kunshan window factory, left for a rival distributor, and profits have halved.
# brief: Owner Zheng Weidong has decided something must change and asked Planning Manager Tang Yue to find the causes and draft the options. Omnia Systems has been in twice with its all-in-one suite for small firms and helped Tang "with the format" of her requirement list; it presents to Zheng on Friday. Tang invited Routewise last week. You have an hour with her at her desk above the loading bay. You have not met Zheng or Finance Manager Lu Min.

VAR trust = 3
VAR patience = 3
VAR access = false
VAR knows_cost = false
VAR discounted = false
VAR promised_all = false

-> desk

=== desk ===
Monday, 10:40. Tang Yue's desk sits by the window above the loading bay. Below, a forklift feeds pallets of door hinges into a truck whose driver is leaning on the horn. The truck should have left at 7:30. # speaker: narrator
Thanks for coming out to Xiangcheng. (She slides a stapled document across the desk.) Our requirement list, thirty-eight lines. Omnia's account manager helped me with the format — they've done this for hundreds of companies. Could you mark which lines Routewise covers and send me a price by Friday? Mr Zheng wants options on his desk. # speaker: tang-yue # mood: neutral
* [Of course. We cover the whole list, so shall I tick every line and have our price on your desk by Friday? # move: overclaim # cause: overpromised]
    ~ promised_all = true
    (She looks relieved and makes a note.) Wonderful. Omnia ticked every line too, so at least it's a fair fight. # speaker: tang-yue # mood: pleased
    -> goal
* [Happy to. But before the list: what happened that made Mr Zheng decide to act now — and what does he want to be different? # move: ask-goal]
    ~ trust = MIN(trust + 1, 10)
    (She puts the list down.) Nobody has asked me that. Omnia's man started with their organisation chart. # speaker: tang-yue # mood: interested
    -> goal
* [Can I show you instead of ticking boxes? Twenty minutes on my laptop with live dispatch — trucks re-planned as orders land, customers texted before they call — and you'll see more than thirty-eight lines can tell you. # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (She glances at the clock.) Omnia did a two-hour demo. Very pretty. I still have thirty-eight lines to fill in. # speaker: tang-yue # mood: skeptical
    -> goal

=== goal ===
{ patience <= 0: -> ending_tang_closed }
Tang nods at the window. The truck is finally pulling out of the yard. # speaker: narrator
That's the 7:30 to Kunshan. In March, Mingchuang Doors and Windows in Kunshan — our biggest customer for nine years — moved to Jiada Hardware. Their purchasing head told Mr Zheng: "Jiada gives me a two-hour window the evening before and keeps it. You tell me noon and arrive at three." Mr Zheng wants "by noon" to mean by noon again. And he wants Mingchuang back. # speaker: tang-yue # milestone: goal-stated
* [Then what you need is route optimisation and live tracking, isn't it? That's exactly our core, and what we do best for distributors your size with a dozen trucks. I'll put it at the top of our answer so Mr Zheng sees it first. # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (She writes it down, slowly.) Route optimisation. Omnia called it "integrated planning". Everybody has a word for it. # speaker: tang-yue # mood: skeptical
    -> causes
* [Let me guess: your reps promise Mingchuang times that dispatch can't keep — isn't that where it always starts? # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (A small frown.) Our sales reps are the ones customers scream at. I wouldn't tell them it's their fault. # speaker: tang-yue # mood: skeptical
    -> causes
* [Walk me through one order. A factory calls at three for hinges: what happens between that call and the truck at their gate? # move: ask-current-process]
    ~ trust = MIN(trust + 1, 10)
    The rep types it into our invoicing system — the same one since 2012. At four the warehouse prints the pick lists. Old Hu, our dispatcher, twenty years here, plans tomorrow's routes on the whiteboard, mostly from memory. Orders after four he squeezes in at seven the next morning. Drivers leave at 7:30 if the loading's done. After that nobody knows where anyone is until a customer calls their rep. # speaker: tang-yue # mood: interested
    -> causes

=== causes ===
{ patience <= 0: -> ending_tang_closed }
Tang opens a folder of handwritten tally sheets. # speaker: narrator
I did a sample in May. Two weeks, 746 drops. 219 arrived after noon — seventy-one percent on time. Mr Zheng thought we were at ninety. # speaker: tang-yue
* [Of those 219, do you know where the time went — the loading, the route, the order coming in late, something else? # move: ask-diagnostic]
    ~ trust = MIN(trust + 1, 10)
    (She runs a finger down the sheet.) I tallied them. Ninety: the truck left late because Old Hu was still re-planning at seven. Sixty: wrong order on the route — a shop on the way got its box first while a factory line stood waiting. Thirty-seven: short stock found at loading, so a part delivery and a second trip. Thirty-two: traffic, or a site gate. # speaker: tang-yue # mood: anxious
    (She looks at her own numbers.) Written like that... two-thirds of it is how we plan, not the road. # speaker: tang-yue # milestone: pain-acknowledged
    -> cost
* [Have you seen our live tracking with automatic ETA texts? On 746 drops your customers would stop calling and your reps would stop guessing where the trucks are. # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (She writes "ETA texts" in the margin.) Omnia sends texts too. (She closes the folder.) # speaker: tang-yue # mood: neutral
    -> cost
* [Seventy-one is typical: benchmarks put whiteboard planning twenty to thirty points below planned routes. # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (She taps the tally sheets.) I didn't spend two weeks counting to be told I'm in a range. # speaker: tang-yue # mood: skeptical
    -> cost

=== cost ===
{ patience <= 0: -> ending_tang_closed }
Mr Zheng says maybe it isn't so bad. Seventy-one is a pass mark at school, he says. (She doesn't laugh.) # speaker: tang-yue
* [Honestly? With Routewise you'd be above ninety-five percent within a month. # move: overclaim # cause: overpromised]
    ~ promised_all = true
    (She writes "95% — one month" and underlines it.) That's what Mr Zheng wants to hear. Can I quote you? # speaker: tang-yue # mood: pleased
    -> the_list
* [And what have the late deliveries cost Huirong so far — in customers, and in money? # move: ask-implication]
    ~ trust = MIN(trust + 1, 10)
    ~ knows_cost = true
    Mingchuang was nine and a half million a year. Two cabinet makers in Wujiang followed them to Jiada — another four million. Thirteen and a half million of turnover, at about nineteen percent gross margin... (She works it out on the back of a tally sheet.) Two and a half million a year in margin. Last year we made two point eight million, net. # speaker: tang-yue # mood: anxious
    (She puts the pen down.) One more Mingchuang and Huirong makes a loss. I've never written that down before. # speaker: tang-yue # milestone: cost-quantified
    -> the_list
* [Would our ROI model help with that? It shows distributors with twelve trucks recovering about two million a year, and I can send you the spreadsheet tonight to attach to your recommendation for Mr Zheng. # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (Politely.) Omnia sent one too. Theirs said three million. # speaker: tang-yue # mood: neutral
    -> the_list

=== the_list ===
{ patience <= 0: -> ending_tang_closed }
She picks the requirement list up again. # speaker: narrator
Here's my problem. Mr Zheng asked me for a complete picture — accounting, stock, customers, trucks. And the list... well, it's Omnia's format. # speaker: tang-yue
You read it. Lines 1 to 9 are about deliveries. Lines 10 to 23: general ledger, payroll, a sales pipeline, staff attendance, fixed assets. Lines 24 to 38: stock, purchasing, reports. # speaker: narrator
* [Can I be frank? Omnia wrote half of this for their own suite. Ledger, payroll, a CRM — it's the classic way to lock the specialists out. # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (She colours slightly.) I wrote it. They helped with the format. (Her voice cools.) Mr Zheng asked me for a complete picture. # speaker: tang-yue # mood: annoyed
    -> rewrite
* [Not a problem — we can cover all thirty-eight. Where we don't have our own module, we bring in a partner, so Mr Zheng still gets his complete picture. # move: overclaim # cause: overpromised]
    ~ promised_all = true
    (She ticks the top of the page.) All thirty-eight. Then it comes down to price. # speaker: tang-yue # mood: pleased
    Routewise has no ledger, payroll or HR partner in Suzhou. # speaker: narrator
    -> rewrite
* [Let's test it against your sample. Which of these lines would have kept Mingchuang? # move: ask-need-payoff]
    ~ trust = MIN(trust + 1, 10)
    (She takes a red pen and goes line by line. It takes four minutes.) Nine. Planning the routes with Old Hu. A two-hour window the evening before. A warning when we're running late. Proof of delivery. Knowing about short stock before loading, not at the truck. (She looks at the other twenty-nine.) Payroll didn't lose us Mingchuang. # speaker: tang-yue # mood: interested
    -> rewrite

=== rewrite ===
{ patience <= 0: -> ending_tang_closed }
But I have to give Mr Zheng a list next Monday. If I cut twenty-nine lines, Omnia's man will tell him I'm biased. (A pause.) Maybe I am. # speaker: tang-yue # mood: anxious
* [Then don't cut — rebuild. Your causes at the top, in your words and numbers. And keep the stock line, though that's Omnia's strength, not ours: we don't manage stock, and Mr Zheng should see that. # move: build-vision-from-buyer-words, admit-limitation]
    ~ trust = MIN(trust + 2, 10)
    (She starts a fresh page.) "Trucks leave late because the plan is made at seven." "Factories wait while shops get served first." "Short stock is found at the truck." (She looks up.) You're telling me where Omnia is better? (A pause.) That's why he'll believe the rest. # speaker: tang-yue # mood: pleased
    -> inside
* [Why not use our standard requirements template instead? Sixty lines, what most of our customers use — it will look far more professional on Mr Zheng's desk. # move: impose-solution-design # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (She sighs.) So I can have Omnia's format or yours. Neither of them is mine. # speaker: tang-yue # mood: skeptical
    -> inside
* [Leave it as it is — there's no need to pick a fight with Omnia's man before Friday. We'll answer the ledger, payroll and attendance lines "through a partner", Mr Zheng gets the complete picture he asked for, and we sort out the details once you've chosen. # move: hide-known-gap, overclaim # cause: overpromised]
    ~ promised_all = true
    (Her shoulders drop.) Good. I didn't want an argument with Omnia's man before Friday. # speaker: tang-yue # mood: pleased
    -> inside

=== inside ===
{ patience <= 0: -> ending_tang_closed }
{ trust >= 6:
    Tang glances at the open door, then gets up and closes it. # speaker: narrator
    Between us: I'd rather you won. Omnia's man talked to Mr Zheng about "digital transformation" for an hour and never once asked me about a truck. And a nine-month ERP project would land on my desk. What do you need from me? # speaker: tang-yue # mood: interested # insider: coach-preference
- else:
    Tang squares the pages of the list and glances at the clock. # speaker: narrator
    Mr Zheng will decide, not me. I only put the options on his desk. So — what do you need from me? # speaker: tang-yue # mood: neutral
}
* [Then will you be my champion? Finish the list with me and take it to Mr Zheng yourself — he trusts you, and you know him better than anyone. # move: rely-on-single-contact]
    (She smiles.) I'll do my best. He listens to me... mostly. # speaker: tang-yue # mood: pleased
    You leave the subject there, without knowing who else has a say, what Omnia has offered, or when Zheng means to decide. # speaker: narrator
    -> access_ask
* [If it helps you move fast: our mid-year offer ends on 30 June. If Huirong signs before then, the set-up is free. That could strengthen your case with Mr Zheng. # move: push-quarter-end, unilateral-discount # cause: gave-discount]
    ~ trust = MAX(trust - 1, 0)
    ~ discounted = true
    (She laughs, not unkindly, and writes "set-up free" in the margin anyway.) Sign? I haven't given Mr Zheng a list yet. He decides things in his own time — nobody has ever hurried him with a date. # speaker: tang-yue # mood: skeptical
    -> access_ask
* [Help me see how this gets decided: who has a say besides Mr Zheng, who else he's looking at, what money there is, and by when. # move: ask-decision-process, ask-competition, qualify-budget]
    ~ trust = MIN(trust + 1, 10)
    Mr Zheng decides — nobody else. Lu Min, our finance manager, approves anything over a hundred thousand, and since Mingchuang she approves nothing. # speaker: tang-yue # mood: neutral
    { trust >= 7:
        Omnia presents its suite to him on Friday: one point three eight million for year one, nine months to go live. # speaker: tang-yue # insider: rival-offer # milestone: competition-revealed
        He told me "under half a million, and working before the September peak". # speaker: tang-yue # insider: real-budget # milestone: budget-confirmed
        (Quieter.) And there's a third option. Chen Hao, our sales director — Mr Zheng's brother-in-law — says hire two drivers, pay overtime and forget software. Mr Zheng likes that one too. It costs nothing this month. # speaker: tang-yue # mood: anxious # insider: internal-rival
    - else:
        Omnia presents to him on Friday. What they've offered and what he'll spend — (she shrugs) — that's for Mr Zheng to tell you, not me. # speaker: tang-yue # mood: neutral
    }
    -> access_ask

=== access_ask ===
{ patience <= 0: -> ending_tang_closed }
I'll write my recommendation this week and present it to him on Monday. What else can I do? # speaker: tang-yue # mood: neutral
* [Shall I answer Mr Zheng's questions in writing instead? Send me whatever he asks, I'll reply the same day, and you take the answers in with you on Monday. # move: accept-delegation-down # cause: kept-from-owner]
    (She nods.) That's easiest. He doesn't much like meeting vendors anyway. # speaker: tang-yue # mood: neutral
    -> zheng
* [Could you introduce me to Mr Zheng before Omnia's Friday? Thirty minutes, with you in the room, on your findings. # move: ask-to-meet-decision-maker]
    ~ trust = MIN(trust + 1, 10)
    ~ access = true
    (She hesitates, then picks up her phone and speaks in Suzhou dialect for a minute.) Thursday at ten. Lu Min will sit in. (She puts the phone down.) Don't make me look as if I've already chosen you. # speaker: tang-yue # mood: neutral # milestone: access-granted
    -> zheng
* [Would a full demo deck and a feature comparison against Omnia help? You could present it to him for us. # move: pitch-features, accept-delegation-down # cause: kept-from-owner]
    ~ trust = MAX(trust - 1, 0)
    (She looks at the thick list, then at you.) So I present your slides as well. (A tired smile.) All right. Send them. # speaker: tang-yue # mood: neutral
    -> zheng

=== zheng ===
{ access:
    ~ patience = 3
    ~ trust = 2 + trust / 2
- else:
    ~ patience = 2
    ~ trust = MAX(trust / 2 - 1, 0)
}
{ access: Thursday, ten o'clock. | Friday afternoon. Omnia has just finished two hours with Zheng, and Tang calls: he will give Routewise twenty minutes "since they're asking". } Zheng Weidong's office is at the end of the warehouse mezzanine: a tea tray, a calendar from a hinge factory in Guangdong, a window onto the loading bay. { access: Tang takes the chair beside you. | Omnia's brochures are still on the tea tray, and Tang sits by the wall. } Lu Min sits by the door with a thick notebook. # speaker: narrator # enter: zheng-weidong # enter: lu-min
(He pours tea without asking.) Tang says you're the logistics people. Omnia says a logistics island is old-fashioned — one system for everything. I'm a small company. Why should I buy two systems? # speaker: zheng-weidong # mood: skeptical
* [May I start with who we are? Founded in 2011 in Suzhou, more than four hundred customers, offices in nine cities, listed in Shenzhen, three of China's ten biggest express companies... # move: open-with-company-history # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    (He glances at Lu Min.) Omnia started with their history too. Theirs is longer. # speaker: zheng-weidong # mood: annoyed
    -> vision
* [Maybe you shouldn't. Tang told me about Mingchuang. Before we talk systems: what would have to be true by the September peak for you to call it fixed? # move: open-with-business-problem, talk-business-outcomes]
    ~ trust = MIN(trust + 1, 10)
    (He puts his cup down.) Hm. Omnia asked me about my five-year plan. # speaker: zheng-weidong # mood: interested
    -> vision
* [Wouldn't you rather be ahead of the curve? In five years every serious distributor will run AI-optimised routing, and Huirong could be the first in Suzhou. # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    (A thin smile.) Ahead. I don't need to be ahead of anybody. I need to be on time. # speaker: zheng-weidong # mood: skeptical
    -> vision

=== vision ===
{ patience <= 0: -> ending_walkout }
Noon means noon. That's all I want. (He turns the cup in his fingers.) Ms Shi, Mingchuang's purchasing head, told me: come back when you can give me a two-hour window the evening before, and tell me before you're late, not after. It isn't rocket science. So — how would your system do that? Not the brochure. My Tuesday. # speaker: zheng-weidong # milestone: goal-stated
* [May I try it on your Tuesday? Mingchuang's order comes in at three. At half past four Old Hu gets a proposed plan for all twelve trucks and moves what he knows better — he knows the gates. At six Ms Shi gets "hinges, nine to eleven". At 9:40 the truck is stuck on the Kunshan ring road. Who at Huirong should know first, before she calls? # move: share-usage-scenario, build-vision-from-buyer-words]
    ~ trust = MIN(trust + 1, 10)
    Me. Or her rep. Today we find out when she shouts. # speaker: tang-yue # mood: interested
    (He writes "window the evening before — warn before late" on the back of an Omnia brochure.) And Old Hu keeps his say. Good. He'd quit if a computer told him where Kunshan is. # speaker: zheng-weidong # mood: interested # milestone: vision-agreed
    -> omnia_map
* [Have you seen what our dispatch does on a Tuesday like that? Dynamic route optimisation with twelve constraint types, geofenced electronic proof of delivery, a driver app, a customer portal for Ms Shi, forty KPI dashboards, an open API, and a control tower that re-plans all twelve trucks the moment one runs late on the Kunshan ring road. # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    (He pushes the question across the desk with a look.) Tang. You talk to him about the functions. # speaker: zheng-weidong # mood: annoyed
    -> omnia_map
* [Shall I tell you how our best customers run it? Fixed delivery zones, fixed daily runs, and anything ordered after three goes the day after next. Old Hu's whiteboard goes. # move: impose-solution-design # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    Our window factories order at four. Every day. # speaker: tang-yue # mood: anxious
    And Old Hu has been here longer than the whiteboard. # speaker: zheng-weidong # mood: skeptical
    -> omnia_map

=== omnia_map ===
{ patience <= 0: -> ending_walkout }
Omnia's man showed me a map with trucks on it too. And text messages for customers. So what's different? # speaker: zheng-weidong
* [Honestly? We're stronger everywhere that matters: routing, tracking, the mobile app, support and price. # move: claim-different-on-everything # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    (He raises an eyebrow.) Everywhere. Omnia is also stronger everywhere. It's been a long week. # speaker: zheng-weidong # mood: skeptical
    -> references
* [Did their man tell you the transport module came with an acquisition, and that their small customers hardly use it? Ask him for one reference who runs trucks on it: one distributor with a dozen 4.2-metre trucks in Jiangsu, live on Omnia's module, that you can call. I'd be surprised if he can name a single one, Mr Zheng. # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    (He leans back.) Their man said you'd say something like that. He was very polite about you. # speaker: zheng-weidong # mood: annoyed
    -> references
* [Both of us will put twelve trucks on a map and send texts — that's table stakes. The difference is the plan at half past four with Old Hu, built for a dozen trucks, working in six weeks rather than nine months. Where Omnia is stronger — stock, accounting — we don't compete. Your invoicing system stays. # move: acknowledge-parity-then-differentiate, admit-limitation]
    ~ trust = MIN(trust + 1, 10)
    { promised_all:
        (Tang looks at you sharply. On Monday you promised her rather more than that.) # speaker: narrator
    }
    (Looking up from her notebook for the first time.) The invoicing system stays? Then I don't retrain three clerks in the peak season. # speaker: lu-min # mood: interested
    Six weeks. Before September. (He writes it down.) # speaker: zheng-weidong # mood: neutral
    -> references

=== references ===
{ patience <= 0: -> ending_walkout }
Who uses it? Not the express giants — somebody like me. I don't like being first. I bought my forklifts after Lao Wu in Changzhou bought his, and then I waited a year to see if his broke. # speaker: zheng-weidong
* [Tianyu Fasteners in Wuxi: fourteen trucks, screws to window factories, seventy-four percent by noon. Ten weeks after go-live, ninety-three — and their dispatcher still plans. Fang Liqun, the owner, says you can call him. # move: share-success-story, offer-peer-reference]
    ~ trust = MIN(trust + 1, 10)
    Fang? The screw man from the Yongkang hardware fair? (He almost smiles.) He complains about everything. If Fang says it works, it works. (He writes the name down.) I'll call him myself. # speaker: zheng-weidong # mood: interested # milestone: references-requested
    -> price
* [Would the big names reassure you? Three of China's top ten express firms run on Routewise — thousands of trucks. Twelve will be no problem at all. # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    Thousands of trucks. (He looks out at his twelve.) Then I'll be your smallest customer. Who answers the phone for the smallest customer? # speaker: zheng-weidong # mood: skeptical
    -> price
* [I'll do better than a reference, Mr Zheng — a reference is somebody else's trucks. We're confident enough to put it in your contract: ninety-five percent on time within eight weeks, or we refund the first year. Omnia won't sign that. # move: overclaim # cause: overpromised]
    ~ promised_all = true
    (Slowly.) A guarantee. (He writes it down and underlines it.) Lu Min, write that down as well. # speaker: zheng-weidong # mood: pleased
    -> price

=== price ===
{ patience <= 0: -> ending_walkout }
Lu Min opens her notebook at a page with one number circled. # speaker: narrator
Omnia's package is one point three eight million for year one. Everything. You only do trucks, so you must be much cheaper. How much cheaper can you be? # speaker: lu-min # mood: neutral
* [We'll come in at least forty percent under whatever Omnia quotes — I'll make sure of it personally. You've already lost Mingchuang; you shouldn't be paying suite prices for a delivery fix. Price won't be what stands between us. # move: unilateral-discount, negotiate-before-value-accepted # cause: gave-discount]
    ~ discounted = true
    Forty percent under Omnia. (She writes it down and circles it.) Thank you. That's very useful. # speaker: lu-min # mood: pleased
    -> page
* [Twelve trucks, invoicing link included: about four hundred and twenty thousand for year one. But Omnia's figure buys accounting, stock and sales over nine months; ours fixes deliveries in six weeks. Which is Huirong buying? # move: point-out-apples-to-oranges]
    ~ trust = MIN(trust + 1, 10)
    (She looks at her page.) I had them in the same column. (She draws a line between them.) # speaker: lu-min # mood: neutral
    { trust >= 6:
        (She glances at Zheng, who nods.) Under half a million was Mr Zheng's figure. # speaker: lu-min # insider: real-budget # milestone: budget-confirmed
    }
    I'm trying to buy noon. (To Lu Min.) Put them in two columns. # speaker: zheng-weidong # mood: neutral
    -> page
* [What number would you need to see to say yes? # move: ask-what-price-works # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (Without hesitating.) Three hundred thousand, all in. Set-up free. (She writes it down as if you had already agreed.) # speaker: lu-min # mood: neutral
    -> page

=== page ===
{ patience <= 0: -> ending_walkout }
Whatever we buy, Lu Min has to explain it to the bank. Since Mingchuang left, the bank reads our numbers every quarter. # speaker: zheng-weidong # mood: anxious
* [Then let's build one page with your numbers, not ours: what the lost customers were worth and Tang's 219 late drops, against our price. Ms Lu presents it; I fill in only our side. # move: build-business-case]
    ~ trust = MIN(trust + 1, 10)
    { knows_cost: (Tang passes her Monday's tally sheet, the sum still on the back. Lu Min is already writing.) Two and a half million of margin a year, against your price. That, the bank understands. | (She stops writing.) We never added it up. (Tang does, on the back of a tally sheet: thirteen and a half million of turnover gone, two and a half million of margin a year.) } # speaker: lu-min # mood: interested
    ~ knows_cost = true
    A page I present. Not a brochure. (She nods.) # speaker: lu-min # milestone: cost-quantified
    -> overtime
* [Honestly, Ms Lu, you'll see the value in the first week. Tang has seen what it does — trust me on this one. # move: rely-on-rapport # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    The bank doesn't have a column for "trust me". # speaker: lu-min # mood: skeptical
    -> overtime
* [Shall I send Ms Lu our ROI calculator? Our customers average a two hundred and eighty percent return in year one, it's formatted for a bank already, and it breaks the return down by truck, by route and by month — she only has to type in twelve trucks and Tang's 746 drops. # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Omnia's calculator said three hundred and ten. (She doesn't write it down.) # speaker: lu-min # mood: skeptical
    -> overtime

=== overtime ===
{ patience <= 0: -> ending_walkout }
Zheng turns to the window. Down in the bay, two drivers are arguing over a pallet. # speaker: narrator
Let me tell you my other option. Chen Hao, my sales director — my wife's brother — says: hire two more drivers, give Old Hu's nephew a desk as second dispatcher, pay overtime through the peak. Three hundred thousand a year. No software, no project, no risk. Maybe he's right. # speaker: zheng-weidong # mood: neutral
* [Has overtime ever fixed a system problem? It's the same chaos with more trucks. # move: dismiss-objection # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    Chen has sold hardware for twenty-five years. The "chaos" is his customers. # speaker: zheng-weidong # mood: annoyed
    -> next
* [That's a real option, and cheaper on paper. Of the causes in Tang's sample, which would two more drivers fix? # move: acknowledge-objection, clarify-objection]
    ~ trust = MIN(trust + 1, 10)
    The trucks leave sixty percent full, Mr Zheng. It isn't the trucks. Ninety of those 219 were the plan being made at seven in the morning. # speaker: tang-yue # mood: anxious
    (A long pause.) So I'd pay three hundred thousand to drive half-empty trucks late. { knows_cost: To protect two and a half million. } Chen won't like it. But Chen didn't lose Mingchuang. I did. # speaker: zheng-weidong # mood: neutral # milestone: risk-addressed
    -> next
* [Every week you wait, Jiada is calling your customers — Mingchuang was only the first. The September peak is coming. You can't afford to experiment with overtime now; you need the real fix in place before it. # move: pressure-buyer # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    Jiada was calling my customers before you walked in. They'll still be calling next month. # speaker: zheng-weidong # mood: annoyed
    -> next

=== next ===
{ patience <= 0: -> ending_walkout }
He looks at the clock, then at Tang. # speaker: narrator
So. What happens now? # speaker: zheng-weidong
* [Shall I send the contract today? If Huirong signs by 30 June, our mid-year offer still includes the set-up, and you'd be live long before the peak. # move: premature-close, push-quarter-end, unilateral-discount # cause: pushed-for-signature]
    -> ending_pushed
* [I'll write up a full proposal and send it to you and Tang by Monday. Take your time, and call me when you're ready. # move: send-brochure # cause: no-next-step]
    -> ending_drift
* [First — where are you, honestly? If you want to compare properly: you call Mr Fang this week; Tang and I run Old Hu's Kunshan routes alongside the whiteboard for two weeks, no contract; Tang scores both vendors on her list; Ms Lu gets the page; you decide by 15 July, before the peak. # move: check-readiness, propose-mutual-plan]
    -> decide

=== decide ===
{ discounted: -> ending_price }
{ promised_all: -> ending_promise }
{ not access: -> ending_split }
{ trust >= 9 && knows_cost: -> ending_won }
{ trust >= 5: -> ending_overtime }
-> ending_omnia

=== ending_won ===
Honestly? A week ago I'd have taken Chen's drivers. (He turns the Omnia brochure over and writes the plan on the back in his own hand.) Fang this week. Two weeks of Kunshan routes, Old Hu and Tang. Tang scores both. Lu Min's page. Decision on the fifteenth. # speaker: zheng-weidong # mood: pleased # milestone: mutual-plan-agreed
On Friday I'll tell Omnia's man we compare on Tang's list now, not his. If your two weeks look like Fang's ten, you're the one I want to be sure about. # speaker: zheng-weidong # milestone: preferred-vendor # phase: 3
(She is already writing the dates on her whiteboard, under Old Hu's routes.) # speaker: tang-yue # mood: pleased
You leave as Huirong's preferred vendor with a plan to a decision on Zheng's date: his own reference call, a trial his dispatcher runs and a page his finance manager presents. # speaker: narrator # outcome: won
-> END

=== ending_price ===
(He writes the plan down, and beside it, in Lu Min's hand, the discount you offered.) Good. Fang, the two weeks, the page. And your discount, as you offered it. # speaker: zheng-weidong # mood: pleased
On Friday Lu Min shows Omnia's account manager what you offered. By Monday Omnia's package has dropped to seven hundred and ninety thousand, transport module "free for the first year". # speaker: narrator
Everything, for three hundred and seventy thousand more than you. And you told us yourself the difference was only price. (He sounds almost sorry.) We'll take the suite. # speaker: zheng-weidong # mood: neutral
Your discount turned a comparison of fit into a comparison of price, and gave Omnia the number it needed to beat; Huirong buys the suite. # speaker: narrator # outcome: lost # caused-by: gave-discount
-> END

=== ending_promise ===
Fine. Fang, the two weeks, the page. (He writes it down.) # speaker: zheng-weidong # mood: neutral
The trial goes well: eighty-eight percent by noon on the Kunshan routes in two weeks, and Old Hu likes the half-past-four plan. But Tang's scoring sheet has one column for what each vendor promised and one for what the trial showed, and yours don't match. # speaker: narrator
Eighty-eight in two weeks is good. But you promised more than you could show, and now I have to check everything you say. Omnia at least promised me things I can check. # speaker: zheng-weidong # mood: annoyed
Huirong chooses Omnia; the promise you made to win the meeting is the one line of your bid that Zheng remembers. # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_split ===
(He writes the dates down — on Tang's notepad, not his own.) Fine. Tang will run your two weeks and put them in her recommendation. # speaker: zheng-weidong # mood: neutral
The trial goes well. But you met Zheng for twenty minutes, after Omnia's two hours, and only because Tang asked for you. Omnia's account manager calls him twice to say Tang's list was rewritten by a vendor; Chen says overtime; Lu Min says wait. # speaker: narrator
Everybody in this building wants something different. I'll decide after the peak. # speaker: zheng-weidong # mood: anxious
Tang carried your case alone, and nobody at the top owned the decision; Zheng postpones, and Chen's two extra drivers start in August. # speaker: narrator # outcome: no-decision # caused-by: kept-from-owner
-> END

=== ending_overtime ===
{ knows_cost: (He thinks about it, then shakes his head.) It sounds sensible. But the peak is nine weeks away and I don't want a new system and a peak at the same time. | (He thinks about it.) Three hundred thousand for Chen's drivers I can see. What your system saves me, I can't. } # speaker: zheng-weidong # mood: neutral
Let me get through September with Chen's overtime. After Spring Festival, we look again — you and Omnia both. # speaker: zheng-weidong
Huirong hires two drivers, reaches seventy-six percent in the peak and keeps Old Hu's whiteboard; Mingchuang stays with Jiada, and the project goes into a drawer with Omnia's brochure. # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_omnia ===
(He stands and shakes your hand.) Thank you. Tang will let you know. # speaker: zheng-weidong # mood: neutral
Two weeks later Tang calls, apologetic. Zheng chose Omnia: one vendor, one bill, and a salesman who talked to him as an owner. Nine months of ERP migration begin, and the trucks are still planned on the whiteboard. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_pushed ===
The thirtieth. (He puts his cup down.) That's your calendar, not mine. # speaker: zheng-weidong # mood: annoyed
I decide when I know it works, not when your offer runs out. Tang, give me your recommendation on Monday as planned. # speaker: zheng-weidong
Tang's recommendation on Monday lists Routewise as "pushing for a signature before any trial"; Zheng takes the suite from the vendor who never asked him for one. # speaker: narrator # outcome: lost # caused-by: pushed-for-signature
-> END

=== ending_drift ===
(He nods, relieved to have nothing to decide.) Send it. We'll read it. # speaker: zheng-weidong # mood: neutral
Your proposal arrives on Monday next to Omnia's. Nobody calls Fang, nothing is trialled, and with no date on anyone's calendar Chen's two extra drivers start in August; the decision waits until after Spring Festival. # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_tang_closed ===
(Tang closes her folder and slides the requirement list back into it.) I think I have what I need. Send me your ticks and your price by Friday, like everyone else. # speaker: tang-yue # mood: annoyed
Tang's recommendation on Monday puts Routewise in the same column as Omnia, twenty-nine lines shorter. Zheng takes the suite that answers everything. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_walkout ===
Zheng looks at his watch and stands up. # speaker: narrator
I have a truck in Wujiang that's three hours late. Tang will see you out. # speaker: zheng-weidong # mood: annoyed
The meeting is over. Zheng does not take your follow-up call, and Tang, embarrassed, stops answering WeChat; Huirong signs with Omnia. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
