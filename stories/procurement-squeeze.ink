# id: procurement-squeeze
# title: Fifteen percent or Omnia at Ruifeng Beverages
# objective: Signed with nothing off the total, on the decision maker's date
# phase: 3
# segment: early-majority
# buyer: zhao-min; Zhao Min; Procurement Manager, Ruifeng Beverage Distribution; procurement; woman
# buyer: luo-hao; Luo Hao; Operations Director, Ruifeng Beverage Distribution; decision-maker; man
# minutes: 15
# difficulty: advanced
# version: 4
# setting: office
# brief: Ruifeng Beverage Distribution delivers soft drinks, bottled water and tea drinks to about 4,000 convenience stores and restaurants around Changsha and Zhuzhou: 62 own trucks, plus up to 45 owner-drivers hired through WeChat groups for the summer peak. Last summer those owner-drivers were invisible to dispatch, and Xiangwei Mart, Ruifeng's biggest customer, gave Ruifeng a "yellow card". Operations Director Luo Hao spent two months comparing Routewise, Omnia Systems and FleetPilot, and chose Routewise: a three-year proposal at ¥1,245,000 (implementation ¥180,000, then ¥355,000 a year) for the 62 trucks and the owner-driver module.
# brief: Yesterday the file moved to Procurement Manager Zhao Min. Her e-mail: "Omnia's offer is 15% lower. 15% off the total or we go back to Omnia. Meeting tomorrow, 10:00." Ruifeng's finance system is Omnia's ERP, and General Manager Fang Ying, who approves anything over one million yuan, likes having one vendor. Luo is at the Zhuzhou depot today. The summer peak starts on 1 June. You are in Zhao's meeting room in Changsha.

VAR trust = 3
VAR patience = 3
VAR gave = 0
VAR knows_kpi = false
VAR apples = false
VAR value_ok = false
VAR risk_done = false
VAR liang_asked = false
VAR ready = false
VAR traded = false
VAR planned = false

-> demand

=== demand ===
Ruifeng's head office sits above its Changsha warehouse on the ring road. Through the glass wall of the meeting room you can see pallets of bottled tea, shrink-wrapped for the afternoon run. # speaker: narrator
Zhao Min has two printouts face down on the table and a spreadsheet open on her laptop. She does not offer small talk. # speaker: narrator
Thank you for coming. I'll be direct; I have three other suppliers today. Mr Luo chose your system, and I respect that: trucks are his department. Price is mine. Omnia is fifteen percent under you for the same three years. Fifteen percent off the total, or the file goes back to Omnia. I need an answer today. # speaker: zhao-min # mood: skeptical
* [I hear you, and I don't want to lose this over a number after the two months Mr Luo's team put in. Fifteen is out of my reach, but I want this to work for you: I can do ten percent off the total, today. # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (She types "10%" into a cell and turns the laptop a few degrees towards you.) Ten, on the first ask. Good. Then fifteen is only five more. # speaker: zhao-min # mood: pleased
    -> omnia
* [Fair enough. Where does the fifteen come from: the gap to Omnia's quote, or a target you have to meet? # move: acknowledge-objection, clarify-objection]
    ~ trust = MIN(trust + 1, 15)
    { trust >= 4:
        ~ knows_kpi = true
        (She looks up from the laptop for the first time.) Both, if you want to know. The gap to Omnia is one hundred and eighty-five thousand. And procurement has to show eight percent savings against the first offer on every contract over half a million. That is my KPI, not my opinion. # speaker: zhao-min # mood: neutral # insider: savings-target
    - else:
        (Without looking up.) The gap to Omnia is one hundred and eighty-five thousand. Where procurement's targets come from is procurement's business. # speaker: zhao-min # mood: neutral
    }
    -> omnia
* [Understood. Help me get there: what figure would let you close the file today? # move: ask-what-price-works # cause: lost-patience]
    ~ patience -= 1
    Fifteen percent. (She doesn't blink.) I wrote it in the e-mail, and I said it when you walked in. # speaker: zhao-min # mood: annoyed
    -> omnia

=== omnia ===
{ patience <= 0: -> ending_walkout }
She turns over the two printouts: your proposal, and Omnia's quotation, each total circled in red. # speaker: narrator
Routewise, one million two hundred and forty-five thousand for three years. Omnia, one million and sixty thousand for three years, the same sixty-two trucks. Tell me why Ruifeng should pay one hundred and eighty-five thousand more for the same thing. # speaker: zhao-min
* [Because it isn't the same thing, and Mr Luo's two months of testing showed it. We're ahead on route optimisation, on the driver app, on analytics and on support: across the board. That's what the hundred and eighty-five thousand buys. # move: claim-different-on-everything]
    ~ trust = MAX(trust - 1, 0)
    Across the board. (She writes nothing.) Omnia's salesman said that exact sentence on Monday, with his company's name in it. # speaker: zhao-min # mood: skeptical
    -> value
* [Omnia is an ERP company; transport is a bolt-on for them. Have you asked anyone who has tried to dispatch on it in July? # move: bash-competitor # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (Her voice cools.) Omnia runs our finance, and Ms Fang chose them. I would be careful with "ask anyone". # speaker: zhao-min # mood: annoyed
    -> value
* [For dispatching your own sixty-two trucks, Omnia and we are much alike. The difference is elsewhere. May we go through both quotes line by line, like for like? # move: acknowledge-parity-then-differentiate, point-out-apples-to-oranges]
    ~ trust = MIN(trust + 1, 15)
    ~ apples = true
    (She hesitates, then slides Omnia's sheet into the middle of the table.) Go on. # speaker: zhao-min # mood: neutral
    You read it together. Line 4: "Implementation and data migration: by certified partner, quoted separately." Line 7: "Subcontractor and carrier portal: planned for release 2027." Nothing for the forty-five owner-drivers Ruifeng hires every summer. Your sheet has implementation at one hundred and eighty thousand, the owner-driver module and the WeChat driver app. # speaker: narrator
    { trust >= 5:
        (She opens another file.) Mr Luo's evaluation notes say Omnia's partner quotes around two hundred and forty thousand for a project this size. (A pause while she adds it up.) So it isn't fifteen percent under you. It is above you, and without the owner-drivers. # speaker: zhao-min # mood: neutral # milestone: competition-revealed # insider: rival-real-price
        That doesn't change my KPI. But it changes my spreadsheet. # speaker: zhao-min
    - else:
        (She underlines line 4 and says nothing about what is in Mr Luo's notes.) Implementation quoted separately. I will ask Omnia for that number. # speaker: zhao-min # mood: neutral # milestone: competition-revealed
    }
    -> value

=== value ===
{ patience <= 0: -> ending_walkout }
{ apples: She taps the owner-driver line on your sheet. | She taps your total again. } # speaker: narrator
I buy software; I don't run trucks. Owner-drivers, WeChat apps: that's Mr Luo's world. Why should procurement pay for it? # speaker: zhao-min
* [Last summer, when the owner-drivers were outside the system: what did that end up costing Ruifeng, on the procurement side? # move: ask-implication]
    ~ trust = MIN(trust + 1, 15)
    ~ value_ok = true
    (She is quiet for a moment, then opens a folder on her laptop.) Xiangwei Mart. Two hundred and twelve late deliveries between June and August, fifteen hundred yuan each in penalties. They invoiced three hundred and eighteen thousand. # speaker: zhao-min # mood: anxious
    I got it down to one hundred and ninety. It took me all of September. And they gave us a yellow card: one more bad summer and we are off their regional supplier list. That is thirty million a year of business. # speaker: zhao-min # milestone: cost-quantified
    (She looks at the owner-driver line for a while, as if its price had changed.) # speaker: narrator
    -> blame
* [Our finance team modelled it: the owner-driver module pays back three point four times over three years. Shall I send you the spreadsheet this afternoon? # move: numbers-without-buy-in]
    ~ trust = MAX(trust - 1, 0)
    Your finance team. (She doesn't reach for it.) Every vendor's spreadsheet pays back three times. Omnia's pays back four. # speaker: zhao-min # mood: skeptical
    -> blame
* [Mr Luo spent two months on this evaluation, and we built the proposal with his team. I'd trust his judgement on the operational side. # move: rely-on-rapport]
    (Flatly.) I do trust his judgement. On trucks. On money, the company trusts mine. # speaker: zhao-min # mood: neutral
    -> blame

=== blame ===
{ patience <= 0: -> ending_walkout }
Zhao closes the laptop halfway. # speaker: narrator
One more thing, since we are being honest. If your system falls over in July, it is my signature on the purchase order, not Mr Luo's. Nobody in this building was ever criticised for buying Omnia. # speaker: zhao-min # mood: anxious
* [I understand: it's your name on the order. So let me take that off your shoulders and guarantee it personally. You'll be live before June, all of it, and it won't fall over. I'll be at the Zhuzhou depot myself for the first week of the peak, and you can call me directly, day or night. You have my word. # move: overclaim]
    ~ trust = MAX(trust - 1, 0)
    (She writes "guaranteed, before June" on the cover of the purchase file and underlines it.) Your word. I will keep this page. # speaker: zhao-min # mood: neutral
    -> number
* [Honestly, nobody will blame you. Mr Luo chose us and it's his decision; procurement's only job here is the commercial terms. # move: dismiss-objection # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    "Only." (She sits back.) When Xiangwei's penalty invoices came in, nobody asked Mr Luo to negotiate them. They asked me. # speaker: zhao-min # mood: annoyed
    -> number
* [Fair. Don't take my word for it: call Ms Tao, head of procurement at Hanjiang Beverages in Wuhan. Fifty trucks, thirty summer owner-drivers, Xiangwei's sister chain as their main customer, live before last summer. And the rollout plan goes into the contract, with named people. # move: offer-peer-reference, offer-risk-reduction]
    ~ trust = MIN(trust + 1, 15)
    Hanjiang. (She writes the name down.) Same customers, same summers. (A pause.) Procurement to procurement. That I can put in the file. Send me Ms Tao's number. # speaker: zhao-min # mood: interested # milestone: references-requested
    -> number

=== number ===
{ patience <= 0: -> ending_walkout }
She opens the laptop again. # speaker: narrator
{ gave > 0: You have already offered ten. I asked for fifteen. Close the gap and we are done. | { apples: Apples and oranges, noted. Still. Fifteen percent: yes or no? | So. Fifteen percent: yes or no? } } # speaker: zhao-min # mood: neutral
* [Before any number, three questions. If we agree terms, is Routewise your vendor? Is price the only thing left? And can Ruifeng sign this week? # move: ask-negotiation-preconditions]
    ~ trust = MIN(trust + 1, 15)
    (She counts on her fingers.) One: Mr Luo chose you; Ms Fang has not signed anything against Omnia yet. Two: price, and payment terms. Three... (she stops) ...I can't sign. Anything over a million is Mr Luo's signature and Ms Fang's approval. # speaker: zhao-min # mood: neutral
    -> mandate
* [I can see you need to show a real saving, and I respect that you've been straight with me. Let's not lose the momentum we've built this morning: I'll meet you halfway on the gap, and we can have this closed this week. # move: percentage-discount-off-total # cause: gave-without-get]
    { gave > 0: Halfway between ten and fifteen. Twelve and a half. | Halfway. Seven and a half. } (She types.) Noted. So the price moves when somebody pushes. # speaker: zhao-min # mood: pleased
    ~ gave = MIN(gave + 1, 2)
    -> mandate
* [Our quarter closes on the thirtieth. If Ruifeng can sign by then, could I ask my director for something special? # move: push-quarter-end # cause: lost-patience]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    Your quarter is not my problem. (She makes a note anyway.) But "something special": I have written that down. # speaker: zhao-min # mood: skeptical
    -> mandate

=== mandate ===
{ patience <= 0: -> ending_walkout }
Mr Luo is at the Zhuzhou depot all day. He told me, "Zhao, you handle the commercial side." So give me your best and final number, and I will take it to him tonight. # speaker: zhao-min # mood: neutral
* [Then, between us, my best and final is {gave > 0:thirteen|eight} percent off the total. Take that to Mr Luo tonight and I'll hold it for a week. Does that give you what you need for your file, Ms Zhao? # move: negotiate-with-non-decision-maker, percentage-discount-off-total # cause: gave-without-get]
    (She types the figure and smiles for the first time.) { gave > 0: Thirteen. | Eight. } I will call him now; he will want to hear that. (She dials and puts the phone on the table.) Mr Luo, Zhao. { gave > 0: Routewise is coming down again. | Routewise is coming down. } # speaker: zhao-min # mood: pleased
    ~ gave = MIN(gave + 1, 2)
    -> liang
* [Understood. I'll rework the proposal tonight and send it to you, so you can walk him through it. # move: accept-delegation-down]
    ~ trust = MAX(trust - 1, 0)
    Good. That is the process. (She rings Luo to tell him. He answers on the first ring, and she frowns.) He says if you are still here, he wants to talk. Now. (She puts the phone on the table.) # speaker: zhao-min # mood: neutral
    -> liang
* [I'd rather not send a number he hasn't heard the reasoning for. Could we call him for ten minutes now? Anything I change, I'd like him to hear from both of us at the same time. # move: ask-to-meet-decision-maker]
    ~ trust = MIN(trust + 1, 15)
    ~ liang_asked = true
    (She hesitates, looks at the clock, then dials.) Mr Luo, Zhao. The Routewise salesman is here and won't discuss numbers without you. ... Yes. Speaker. (She puts the phone on the table between you.) # speaker: zhao-min # mood: neutral # milestone: access-granted
    -> liang

=== liang ===
{ patience <= 0: -> ending_walkout }
A crackle, a forklift reversing, somebody shouting a bay number. Luo Hao is standing in the Zhuzhou yard. # speaker: narrator # enter: luo-hao
{ gave > 0: Zhao tells me you have already come down. Then what was the first price for? | { liang_asked: Zhao says you wouldn't touch the numbers without me. Good. I have ten minutes before the afternoon trucks come back. | I have five minutes. } } # speaker: luo-hao # mood: neutral
Here is my problem. I chose you. But Ms Fang will ask me one question: why pay more than Omnia, who already run our finance? One vendor, one invoice. What do I tell her? # speaker: luo-hao
* [Let's build her page together, from your own numbers: Omnia plus their partner's implementation, the owner-drivers they can't carry, last summer's Xiangwei penalties. You present it; I fill in our side. # move: build-business-case]
    ~ trust = MIN(trust + 1, 15)
    ~ value_ok = true
    { apples: (After a moment.) The like-for-like is already on my sheet. Omnia without implementation, without the owner-drivers. | (She frowns.) Then I need Omnia's real number, with their partner in it. I'll ask them. } # speaker: zhao-min
    A page I present, with Zhao's numbers on it. Not a brochure from you. (A truck horn in the background.) Ms Fang believes numbers that come from Zhao. # speaker: luo-hao # mood: interested
    -> peak
* [Let me make this easy, Mr Luo. You chose us after two months of work, and I don't want a hundred and eighty-five thousand to undo that: we'll match Omnia's total. Then there's nothing to explain to Ms Fang: same price as Omnia, and you still get the owner-drivers. # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (A pause on the line.) Match Omnia. Well. That makes my page shorter. # speaker: luo-hao # mood: pleased
    (Zhao types, and says nothing. She has just learned that fifteen percent of Routewise's price was air.) # speaker: narrator
    -> peak
* [Tell her you trust us. You've seen the demo, you've met the team, and she trusts your judgement. That's what matters. # move: rely-on-rapport # cause: luo-not-ready]
    ~ trust = MAX(trust - 1, 0)
    Ms Fang trusts my judgement on trucks. On a million yuan she trusts Omnia's ERP and Zhao's spreadsheet. # speaker: luo-hao # mood: skeptical
    -> peak

=== peak ===
~ liang_asked = false
~ apples = false
{ patience <= 0: -> ending_walkout }
And to be honest, the money is not what keeps me awake. June is. On the first of June the summer starts and the owner-drivers arrive. If we are not live, I have another summer like the last one, and Xiangwei turns the yellow card red. Can you promise me June? # speaker: luo-hao # mood: anxious
* [If that's the worry, the surest way is to sign this week. Every day we wait comes straight out of the implementation window. # move: pressure-buyer # cause: luo-not-ready]
    ~ trust = MAX(trust - 1, 0)
    (A long breath over the line.) Don't use my June to sell me your week. # speaker: luo-hao # mood: annoyed
    -> lastissue
* [I won't promise all forty-five by June, and I'd worry about anyone who did. What I can stand behind: your sixty-two trucks live by mid-May; Hanjiang Beverages in Wuhan took five weeks. Your twenty regular owner-drivers on the app by the first of June, the summer hires as they join. Written into the contract as a plan, with a named project lead. # move: calibrate-expectations, offer-risk-reduction]
    ~ trust = MIN(trust + 2, 15)
    ~ risk_done = true
    (Silence, then the scratch of a pen.) Trucks by mid-May. Twenty regulars by June. The rest as they come. (A pause.) The twenty regulars do two-thirds of the Xiangwei drops. # speaker: luo-hao # mood: neutral # milestone: risk-addressed
    (She writes it down as well.) A plan in the contract, with names. That helps my file. # speaker: zhao-min # mood: neutral
    -> lastissue
* [Yes. Live before June, all forty-five owner-drivers included: Hanjiang Beverages took five weeks, we'll put our best team at Zhuzhou, and I'll be on site myself for the first week of the peak. You have my word. # move: overclaim # cause: luo-not-ready]
    ~ trust = MAX(trust - 1, 0)
    (Relief in his voice.) All forty-five. Good. That is what I needed to hear. # speaker: luo-hao # mood: pleased
    (Zhao writes it down. Last summer, Ruifeng only found its forty-fifth driver in July.) # speaker: narrator
    -> lastissue

=== lastissue ===
{ patience <= 0: -> ending_walkout }
So, Mr Luo. (She leans towards the phone.) I still need my fifteen percent. # speaker: zhao-min # mood: neutral
Zhao needs her number, I need June. (To you.) Where are we? # speaker: luo-hao
* [Mr Luo, you chose us after two months of comparing, and every day we spend on paperwork is a day less before June. Let's sign today: give Ms Zhao the go-ahead and I'll have the contract here within the hour, so our team can start at Zhuzhou on Monday. # move: premature-close # cause: luo-not-ready]
    ~ trust = MAX(trust - 2, 0)
    Today? I am standing in a yard in Zhuzhou, and Ms Fang has not seen a page. # speaker: luo-hao # mood: skeptical
    And we have not agreed a single term. (She pulls the laptop back towards herself.) # speaker: zhao-min # mood: skeptical
    -> trade
* [Mr Luo, it's your signature, so three questions for you. If we settle the commercial points, are we your choice over Omnia? Is this the last issue? Could you sign this week? # move: ask-negotiation-preconditions]
    ~ trust = MIN(trust + 1, 15)
    { risk_done && value_ok:
        ~ ready = true
        Yes. And yes, with the plan in the contract. I am back in Changsha on Friday. If Zhao says the terms are right, I sign on Friday and Ms Fang approves on Monday; she gets my page tonight. # speaker: luo-hao # mood: neutral # milestone: preferred-vendor
    - else:
        Honestly? Not yet. { risk_done: I still can't explain the difference to Ms Fang. | I still don't know what happens on the first of June. } Let Zhao do her job, and we will see. # speaker: luo-hao # mood: skeptical
    }
    -> trade
* [What number would you both need to see for this to get signed? # move: ask-what-price-works # cause: luo-not-ready]
    ~ trust = MAX(trust - 1, 0)
    Fifteen. (She answers before Luo can.) # speaker: zhao-min # mood: pleased
    (Luo says nothing. He has heard the conversation move to the only ground where Zhao wins.) # speaker: narrator
    -> trade

=== trade ===
~ value_ok = false
~ risk_done = false
{ patience <= 0: -> ending_walkout }
{ ready: Mr Luo has said yes to you. Fine. | Whatever Mr Luo decides, } I still need a saving I can report. { knows_kpi: Eight percent against the first offer; I told you. } What can you do? # speaker: zhao-min # mood: neutral
* [All right. You've been straight with me, and Mr Luo wants this, so let's not argue over the last mile: five percent off the total, as a gesture, and you have a saving to report today. # move: percentage-discount-off-total # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (She types "5%".) Five. That is something I can report. # speaker: zhao-min # mood: pleased
    (On the speaker, Luo says nothing at all.) # speaker: narrator
    -> terms
* [No percentage off the total: it would become the starting point of every renewal. I can change how you pay: owner-driver seats billed only for the months each driver is active, and implementation in three milestone payments. For that I need two things: the three-year term signed this week, and Ruifeng as a named reference, with a published case study. Can we agree on that? # move: trade-concession, ask-two-gets]
    ~ trust = MIN(trust + 2, 15)
    ~ traded = true
    (She calculates aloud.) Summer drivers are active five months a year. About thirty thousand a year less; ninety-four thousand over three years. Seven and a half percent of the first offer. { knows_kpi: Nearly my eight. } And the milestones help my cash-flow report. # speaker: zhao-min # mood: neutral
    Reference calls, yes. A published case study is Ms Fang's decision; Ruifeng doesn't do press. # speaker: luo-hao # mood: neutral
    Then reference calls and the three-year term. # speaker: seller
    (She writes it into the draft.) Three years, reference calls, seasonal seats, milestone payments. That I can report. # speaker: zhao-min # milestone: concession-traded
    -> terms
* [What saving do you need to report? Tell me the number, and I'll see what I can do with my director. # move: ask-what-price-works # cause: nothing-to-report]
    ~ trust = MAX(trust - 1, 0)
    Fifteen percent. (She doesn't look up.) { knows_kpi: Eight is my KPI. Fifteen is my ask. You have just asked me which one you should pay. | As I said this morning. } # speaker: zhao-min # mood: pleased
    -> terms

=== terms ===
~ knows_kpi = false
{ patience <= 0: -> ending_walkout }
And payment at ninety days. That is our standard for all suppliers. # speaker: zhao-min # mood: neutral
* [(It's a small point and the mood is finally good. Let it go and keep moving.) # move: concede-silently # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (She types "90 days" into the draft without looking up, and then, after a moment, adds "implementation milestones also at 90 days".) # speaker: narrator
    Good. # speaker: zhao-min # mood: pleased
    -> push
* [Ninety days? With respect, we're a software company, not a bank. Our engineers start at Zhuzhou the week you sign; thirty days is our policy for every customer, I'm afraid. # move: dismiss-objection # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    Then your policy is about to meet ours. # speaker: zhao-min # mood: annoyed
    -> push
* [Ninety days on the subscription I can do, if the first implementation milestone is paid thirty days after signature. That money pays our engineers, not our margin. # move: trade-concession]
    ~ trust = MIN(trust + 1, 15)
    Subscription at ninety, first milestone at thirty. (She thinks about it.) Finance can live with that. # speaker: zhao-min # mood: neutral # milestone: concession-traded
    -> push

=== push ===
{ patience <= 0: -> ending_walkout }
Zhao looks at the phone, then at you. # speaker: narrator
One more thing. If I call Omnia this afternoon, they will come down. They always do. Give me another three percent off the total and I close the file today. # speaker: zhao-min # mood: neutral
* [Three percent, done, if you sign today. # move: percentage-discount-off-total, negotiate-with-non-decision-maker # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    Three, if we sign today. (She types.) Noted. # speaker: zhao-min # mood: pleased
    (She has not said that she will sign today. She can't: Luo signs.) # speaker: narrator
    -> stall
* [Then call them, and ask for their partner's implementation and the carrier portal in writing, with dates. {traded:You already have your seven and a half percent in how you pay. }The price stays where Mr Luo's page puts it. # move: hold-price-with-value]
    ~ trust = MIN(trust + 1, 15)
    (On the speaker, quietly.) He's right about the portal, Zhao. I asked Omnia in March. "Next year," they said. # speaker: luo-hao # mood: neutral
    (She caps her pen.) I still have to ask. # speaker: zhao-min # mood: neutral
    -> stall
* [I can't do three percent off the total: that would reopen everything we've agreed. But I want you to leave today with something to show for it, so I'll add training for all the summer drivers, free of charge, on site at Zhuzhou. # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (She adds a line to the draft.) Free training. Thank you. (She doesn't take anything off her list in return.) # speaker: zhao-min # mood: pleased
    -> stall

=== stall ===
{ patience <= 0: -> ending_walkout }
Zhao gathers the printouts into a folder. # speaker: narrator
Good. I'll take all this to Ms Fang next week, together with whatever Omnia comes back with this afternoon, and we will see. # speaker: zhao-min # mood: neutral
It is the oldest move in procurement: bank everything on the table, then shop it one more time. # speaker: narrator
* [Of course. Ms Fang should see everything, and I'd rather you were comfortable than rushed. Take the time you need; everything we discussed today stands, and I'm here if Omnia's answer raises any questions. # move: concede-silently # cause: let-her-shop-it]
    -> omnia_round
* {traded || gave > 0} [Then what I put on the table today comes off it: it was for a signature this week, on Mr Luo's June timeline. Another round with Omnia starts from the original proposal. # move: withdraw-concession]
    ~ trust = MIN(trust + 1, 15)
    { gave > 0:
        ~ trust = MAX(trust - 2, 0)
        (She stares at you.) You offered it this morning. It is in my notes, and Ms Fang will read my notes. # speaker: zhao-min # mood: annoyed
    }
    { ready: -> backed }
    { gave > 0: -> ending_spiral }
    -> ending_respected
* {not traded && gave == 0} [Mr Luo, before this goes into another round: is that what you want, with June six weeks away? # move: check-readiness]
    { ready: I want it, yes. But Zhao has to bring Ms Fang a saving, and so far you have given her nothing she can report. Let her run her round. | Honestly, I am not sure yet. And so far you have given Zhao nothing she can report. Let her run her round. } # speaker: luo-hao # mood: neutral
    -> ending_no_saving
* [Let me call my director now. If you sign today, I may be able to get you something extra before our quarter closes. # move: push-quarter-end # cause: let-her-shop-it]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    Your quarter. (Luo's voice is flat.) My June, your quarter, Zhao's KPI. Everybody has a calendar. # speaker: luo-hao # mood: annoyed
    Then I will put your "something extra" in the comparison, next to Omnia's. (She closes the folder.) # speaker: zhao-min # mood: neutral
    -> omnia_round

=== omnia_round ===
{ gave > 0: -> ending_spiral }
{ ready: -> ending_stalled }
-> ending_lost

=== backed ===
Zhao. (A pause on the line.) No more rounds. I am not doing another June on WeChat. { traded: He has given you a saving you can report and a plan I can show Ms Fang. | He has given me a plan I can show Ms Fang, and you have seen what last summer cost us. } We sign on Friday, on those terms. # speaker: luo-hao # mood: neutral
(She looks at you for a long moment, then puts the folder back down.) Friday. (Drily.) You are not desperate. I will put that in the file too; it is a compliment. # speaker: zhao-min # mood: neutral
-> plan

=== plan ===
{ patience <= 0: -> ending_walkout }
Friday, then. Walk me through what happens between Friday and the first of June. # speaker: luo-hao
* [Let's not wait for Friday. I can send the contract to Ms Zhao within the hour, so we don't lose three days. # move: premature-close # cause: no-mutual-plan]
    ~ trust = MAX(trust - 2, 0)
    I said Friday. Ms Fang hasn't seen the page. Three days won't lose me June; skipping her would. # speaker: luo-hao # mood: annoyed
    -> close
* [Friday you sign. Monday, kick-off at Zhuzhou with your dispatchers. Own trucks live by the fifteenth of May, your twenty regulars by the first of June, summer hires as they join. And Ms Tao calls Ms Zhao before Friday. # move: propose-mutual-plan]
    ~ trust = MIN(trust + 1, 15)
    ~ planned = true
    (You hear him writing.) Kick-off Monday. Fifteenth of May. First of June. Ms Tao this week. # speaker: luo-hao # mood: pleased # milestone: mutual-plan-agreed
    Ms Tao on Wednesday, then. (She writes it into her calendar, not the draft.) # speaker: zhao-min # mood: neutral
    -> close
* [Cleanest is one go-live: all sixty-two trucks and all forty-five owner-drivers switch over together on the fifteenth of May. One cut-over weekend, one training week at Zhuzhou, and no confusion about which system a driver is on. # move: impose-solution-design # cause: no-mutual-plan]
    ~ trust = MAX(trust - 1, 0)
    All at once? The summer drivers aren't even hired by the fifteenth of May. (A pause.) Did you hear the part about June? # speaker: luo-hao # mood: skeptical
    -> close

=== close ===
{ patience <= 0: -> ending_walkout }
Zhao reads the draft back from her screen, one line at a time, while Luo listens from the yard. # speaker: narrator
* [And as a thank-you for working this through with us today, shall we add a second on-site week at Zhuzhou in June, at no charge, so your summer hires have someone beside them? # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (She adds a line.) A free week in June. Thank you. # speaker: zhao-min # mood: pleased
    (On the speaker.) What else was free all along? # speaker: luo-hao # mood: skeptical
    -> decide
* [(Nod, say nothing more, and let the terms speak for themselves.) # move: neutral]
    (Zhao finishes reading and waits. Luo waits too. Nobody says who does what next.) # speaker: narrator
    -> decide
* [Go through it with her line by line, then ask: "Mr Luo, if that is what's on the screen, do you sign on Friday?" # move: close-when-ready]
    ~ trust = MIN(trust + 1, 15)
    { planned: If that is what is on the screen, yes. Friday, ten o'clock, Zhao's office. | The terms, yes. But Ms Fang will ask me how June works, and I don't have that on paper yet. } # speaker: luo-hao # mood: neutral
    -> decide

=== decide ===
{ gave >= 2: -> ending_spiral }
{ not planned: -> ending_no_plan }
{ gave == 1: -> ending_won_discount }
-> ending_won

=== ending_won ===
Friday, ten o'clock. Luo Hao comes up from the warehouse in a Ruifeng polo shirt with the dust of the Zhuzhou yard still on his shoes. # speaker: narrator
(He reads every line, initials the rollout plan, and signs.) Mid-May, the twenty regulars by June. If June goes wrong, I know whose number to call. # speaker: luo-hao # mood: pleased
(Zhao files the contract.) I have reported seven and a half percent. Without a discount. My manager asked me how. # speaker: zhao-min # mood: pleased
Signed with nothing off the total: seasonal seats and milestone payments traded for a three-year term and reference calls, with the rollout plan in the contract and the signature on the decision maker's date. # speaker: narrator # outcome: won
-> END

=== ending_won_discount ===
Friday, ten o'clock. Luo signs in Zhao's office, and the rollout plan goes into the appendix. # speaker: narrator
(Zhao files the contract, and then a second sheet, listing what Routewise gave away that morning, in a folder marked "Routewise: renewal".) For next time. # speaker: zhao-min # mood: pleased
You won the deal, and Ruifeng's procurement file now records that Routewise gives things away when pushed, for nothing in return. When the Zhuzhou expansion comes up next year, Zhao opens with that list. # speaker: narrator # outcome: won
-> END

=== ending_spiral ===
On Monday, before she approves anything, Ms Fang reads Zhao's summary: everything Routewise gave in one morning, listed line by line. # speaker: narrator
She sends the list to Omnia and asks for their best and final offer. Omnia comes back with its partner's implementation included, a three-year price freeze and "one vendor, one invoice". # speaker: narrator
(Zhao calls you, not unkindly.) Ms Fang asked me what your real price was. I couldn't tell her. # speaker: zhao-min # mood: neutral
Every concession given without a return told Ruifeng the price was soft. Omnia gets the contract, and Luo gets his owner-drivers on WeChat for another summer. # speaker: narrator # outcome: lost # caused-by: gave-without-get
-> END

=== ending_stalled ===
(Zhao closes the laptop.) Thank you. I'll be in touch after Ms Fang has seen everything. # speaker: zhao-min # mood: neutral
Omnia asks for two more weeks to price its partner. Ms Fang asks for a second comparison. Zhao asks you twice for "final" figures. # speaker: narrator
On the first of June the file is still in procurement. Ruifeng runs another summer on WeChat groups and decides to "revisit after the peak". # speaker: narrator # outcome: no-decision # caused-by: let-her-shop-it
-> END

=== ending_no_saving ===
(Zhao closes the laptop.) Then I will run my round. Without a saving, Ms Fang will not sign against Omnia. # speaker: zhao-min # mood: neutral
Omnia sharpens its pencil; Zhao has a number from them and nothing from you to report against it. Luo argues for Routewise, and Ms Fang asks for "one more comparison". # speaker: narrator
The first of June comes with the file still open. Ruifeng runs another summer on WeChat groups. # speaker: narrator # outcome: no-decision # caused-by: nothing-to-report
-> END

=== ending_no_plan ===
Friday comes. Luo signs nothing: Ms Fang has questions about the rollout nobody can answer, and she wants them in writing first. # speaker: narrator
(Zhao, on the phone, polite.) Ms Fang would like to see a project plan before she approves. After the peak, perhaps. # speaker: zhao-min # mood: neutral
The commercial terms were ready; the plan was not. Ruifeng goes into June on WeChat groups, and the contract waits for "after the summer". # speaker: narrator # outcome: no-decision # caused-by: no-mutual-plan
-> END

=== ending_respected ===
(Zhao puts the folder under her arm.) Then we start again from the original proposal. # speaker: zhao-min # mood: neutral
(On the speaker, Luo sighs.) I will talk to Ms Fang. # speaker: luo-hao # mood: anxious
You leave with your price intact and your concessions off the table, but nobody with the power to sign has asked for the signature. Omnia's new number arrives, Ms Fang wants time, and the file is still open when the summer drivers arrive. # speaker: narrator # outcome: no-decision # caused-by: luo-not-ready
-> END

=== ending_lost ===
(Zhao stands, which is how you know the meeting is over.) Thank you. We will let you know. # speaker: zhao-min # mood: neutral
A week later a one-line e-mail arrives: "After careful comparison, Ruifeng has decided to extend its Omnia relationship to transport." Luo doesn't call you to explain. # speaker: narrator # outcome: lost # caused-by: let-her-shop-it
-> END

=== ending_walkout ===
Zhao closes the laptop and stands. # speaker: narrator
I think I have what I need. I will send the file back to Omnia this afternoon. Thank you for your time. # speaker: zhao-min # mood: annoyed
The meeting ends before the negotiation does. Ruifeng signs with Omnia; Luo hears about it from Zhao's summary. # speaker: narrator # outcome: lost # caused-by: lost-patience
-> END
