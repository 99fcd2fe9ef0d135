# id: laggard-mandate
# title: The letter from the hospital at Baoshan Pharma
# objective: A one-route trial with a decision date before the deadline
# phase: 1
# segment: laggards
# buyer: zhou-baoshan; Zhou Baoshan; Owner and General Manager, Baoshan Pharmaceutical Distribution; decision-maker; man senior
# minutes: 14
# difficulty: intro
# version: 3
# setting: office
# brief: Zhou Baoshan, 61, has run Baoshan Pharmaceutical Distribution for thirty-one years: 26 vans, 140 staff, a warehouse in Jiangbei, and a filing room full of triplicate delivery notes. He has never bought software he did not have to. Three weeks ago his biggest customer, the Jiangbei No. 2 People's Hospital Group, wrote to every supplier: from 1 September each delivery must be confirmed electronically on the hospital's supplier portal within 24 hours, with batch codes and temperature records.
# brief: Zhou agreed to see you only because the hospital's procurement office put Routewise on a list of vendors "already connected to the portal". He is at the very start of the buying process: he has not accepted that he needs anything, let alone chosen anyone. He resents the letter and distrusts anyone who sounds excited about it. You have forty minutes in his office above the loading bay.

VAR trust = 2
VAR patience = 4
VAR knows_cost = false
VAR knows_worries = false
VAR backup_agreed = false

-> opening

=== opening ===
The office smells of tea and carbon paper. A calendar from a pharmaceutical maker hangs behind the desk, three years out of date. # speaker: narrator
Zhou Baoshan does not stand up. He pushes a photocopy of the hospital's letter across the desk with one finger. # speaker: narrator
Third one this month. The hospital sends a letter and suddenly every software company in the province knows my phone number. So. What are you selling me? # speaker: zhou-baoshan # mood: skeptical
* [Have you come across Routewise? Fifteen years in logistics software, over 400 customers, offices in nine cities. May I give you a quick picture of who we are? # move: open-with-company-history # cause: lost-trust]
    ~ patience -= 1
    ~ trust -= 1
    (He looks at the clock on the wall, then back at you.) I have been in business since before your company had a name. I asked what you are selling. # speaker: zhou-baoshan # mood: annoyed
    -> goal
* [Today, nothing. The letter is the hospital's agenda, not yours. What would a good outcome look like for you by September? # move: ask-goal]
    ~ trust += 1
    (He studies you for a moment, as if checking for a trick.) A good outcome. Nobody asked me that yet. # speaker: zhou-baoshan # mood: neutral
    -> goal
* [Honestly, this letter could be the best thing that happened to Baoshan — a push to digitise the whole operation and get ahead of the other wholesalers. # move: mismatched-pitch # cause: lost-trust]
    ~ patience -= 1
    ~ trust -= 2
    Get ahead. (He snorts.) I have been ahead for thirty-one years by not breaking what works. The hospital is forcing me. That is not an opportunity, that is a bill. # speaker: zhou-baoshan # mood: annoyed
    -> goal

=== goal ===
{ patience <= 0: -> ending_walkout }
He taps the letter. # speaker: narrator
What I want is simple. No. 2 Hospital is thirty-eight percent of my turnover. I want to keep them. And I want my warehouse and my drivers to keep working the way they work. The rest is their problem, not mine. # speaker: zhou-baoshan # milestone: goal-stated
* [Thirty-eight percent is a lot to protect. Our ePOD app does exactly what the letter asks — scan, signature, timestamp, straight into the portal. Let me show you on my tablet. # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    (He doesn't look at the tablet.) They all have an app. The last one had an app too. You don't even know how we deliver. # speaker: zhou-baoshan # mood: skeptical
    -> how_today
* [You started with one van, didn't you? I saw the photo in the lobby. How did it all begin? # move: rely-on-rapport]
    He softens a little and tells you about the first van, a second-hand Jiefang, in 1995. Then he looks at his watch. # speaker: narrator
    That was a long time ago. You didn't come for history. # speaker: zhou-baoshan # mood: neutral
    -> how_today
* [Keep the hospital, change as little as possible. Then I should understand how it works now. Walk me through a delivery to No. 2 — loading bay to signed paperwork. # move: ask-current-process]
    ~ trust += 1
    (He leans back. This, at least, he knows better than anyone.) All right. # speaker: zhou-baoshan # mood: neutral
    -> how_today

=== how_today ===
{ patience <= 0: -> ending_walkout }
Orders come in by fax and phone until four. Aunt Fang prints the delivery notes in triplicate — white, yellow, pink. Master Liu and the other drivers load at six, the cold boxes get a TempSafe logger, and at the hospital the pharmacist checks the cartons, stamps the note and keeps the white copy. # speaker: zhou-baoshan
The pink copy comes back here. Fang files it. Once a week someone plugs the loggers into the computer and prints the temperature curves. Thirty years, and the hospital never complained. # speaker: zhou-baoshan
* [Triplicate paper, and the loggers read once a week — isn't that exactly the part the hospital is trying to get rid of? # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    (His jaw sets.) The hospital is trying to get rid of its own work and put it on my desk. My paper has never lost a delivery. # speaker: zhou-baoshan # mood: annoyed
    -> mandate_detail
* [That's a routine your people clearly know inside out, Mr Zhou. Thirty years of white, yellow and pink copies without a single complaint from No. 2 says a lot about Baoshan, and about Aunt Fang. # move: flatter]
    (A brief nod. He has heard compliments from salesmen before.) # speaker: narrator
    It says we do our job. # speaker: zhou-baoshan # mood: neutral
    -> mandate_detail
* [When there is a dispute — a carton the hospital says never arrived, a cold box questioned — how do you find the proof today, and how long does it take? # move: ask-diagnostic]
    ~ trust += 1
    (He hesitates, then laughs without much humour.) You want to hear about the insulin. # speaker: zhou-baoshan # mood: neutral
    Last November the hospital said twelve cartons were missing from a delivery. Fang spent two days in the filing room looking for the pink copy. We found it — stamped, signed — but for two days I had a hospital director calling me a thief. # speaker: zhou-baoshan # milestone: pain-acknowledged
    -> mandate_detail

=== mandate_detail ===
{ patience <= 0: -> ending_walkout }
He pushes the letter a few centimetres closer to you. # speaker: narrator
Anyway. The letter. My nephew read it and said we need a "whole new system". Omnia sent a man with sixty pages. # speaker: zhou-baoshan
* [Doesn't your nephew have a point? The hospital wants what everyone will want soon: real-time visibility of every carton. Once you have it, you'll wonder how you lived without it. # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    I lived without it for thirty-one years. I'll wonder nothing. (He pulls the letter back.) # speaker: zhou-baoshan # mood: annoyed
    -> cost
* [May I read it with you, line by line? I'd like to separate what is mandatory on 1 September from what is just nice to have. # move: ask-diagnostic]
    ~ trust += 1
    (He turns the letter round so you can both see it.) Go on. # speaker: zhou-baoshan # mood: interested
    You read it together. Four things are mandatory: scan the batch and traceability codes at receipt, capture the receiving pharmacist's signature, attach the temperature record for cold-chain items, and upload all of it to the portal within 24 hours. Nothing about route planning, nothing about the warehouse. # speaker: narrator
    Four things. The Omnia man made it sound like forty. # speaker: zhou-baoshan
    -> cost
* [Our full transport management platform covers this and a lot more — routing, warehouse visibility, carrier management. If you're changing anyway, it makes sense to do it once, properly. # move: impose-solution-design # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    "If you're changing anyway." I am not changing anyway. I am changing because a hospital makes me. (He folds his arms.) # speaker: zhou-baoshan # mood: skeptical
    -> cost

=== cost ===
{ patience <= 0: -> ending_walkout }
He rubs his eyes. # speaker: narrator
{ trust >= 4: You know what I think? I think they will postpone it. They postponed the last rule twice. | Maybe they will postpone it anyway. They usually do. }  # speaker: zhou-baoshan
* [They might. And if they don't — what happens to Baoshan in October if No. 2 puts you on their non-compliant list? # move: ask-implication]
    ~ trust += 1
    ~ knows_cost = true
    (A long silence. He does the sum out loud, slowly.) The letter says restricted status — no new tenders. Ninety days later, delisted. Thirty-eight percent of turnover. Forty-six million a year. # speaker: zhou-baoshan # mood: anxious
    I would have to let go of maybe forty people. Some have been with me since the first van. (He looks out at the loading bay.) Postponed or not, I cannot gamble with that. # speaker: zhou-baoshan # milestone: cost-quantified
    -> pace
* [I wouldn't count on it. I've seen wholesalers in Zhejiang lose a third of their hospital volume within a quarter of a rule like this. Let me show you the numbers. # move: tell-buyer-their-problem, numbers-without-buy-in # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    Zhejiang is not Jiangbei. (He doesn't look at your figures.) Every salesman has a story about somebody who went bankrupt. # speaker: zhou-baoshan # mood: skeptical
    -> pace
* [What if you were compliant in two weeks, guaranteed? The portal connection is already done, so September stops being your worry. # move: overclaim # cause: lost-trust]
    ~ trust -= 2
    Two weeks. (He writes it down, slowly, deliberately.) I will remember you said that. # speaker: zhou-baoshan # mood: skeptical
    -> pace

=== pace ===
{ patience <= 0: -> ending_walkout }
{ knows_cost: He is quiet for a while. | He shrugs. } # speaker: narrator
I am not a young man and I don't like being rushed. Four months is four months. # speaker: zhou-baoshan
* [Understood, and four months is enough if it's used well. We also only have a few onboarding slots before September — if you wait past June, I can't promise you one. # move: pressure-buyer, push-quarter-end # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    (He puts his pen down.) The last man said the same thing about his slots. Funny how every company is full when they want a signature. # speaker: zhou-baoshan # mood: annoyed
    -> worries
* [Then let's work back from your date, not mine. When would you need to decide, so that you're safe even if they don't postpone? # move: ask-timeline]
    ~ trust += 1
    (He counts on his fingers.) The hospital wants a test upload in August. So... I decide by early August. Not before. # speaker: zhou-baoshan # mood: neutral
    -> worries
* [Fair. Suppose it isn't postponed — what worries you most about the change itself? # move: ask-obstacles]
    ~ trust += 1
    ~ knows_worries = true
    (He answers faster than you expect.) My drivers. Master Liu has driven for me twenty-two years and he still uses a flip phone. If I put a computer in his hand he will quit, and half the others will follow him. # speaker: zhou-baoshan # mood: anxious
    And Fang. Thirty years she has run that filing room. I will not have her made to feel stupid by a screen. # speaker: zhou-baoshan
    -> options

=== worries ===
{ patience <= 0: -> ending_walkout }
He drums his fingers on the desk. # speaker: narrator
Anyway, my people are not young. I'm telling you now. # speaker: zhou-baoshan
* [Tell me more — who would find this hardest, and what would they need for it not to be a problem? # move: ask-obstacles]
    ~ trust += 1
    ~ knows_worries = true
    Master Liu. Twenty-two years with me, flip phone, hates anything with a screen. If he quits, half the drivers go with him. And Fang in the filing room — I won't have her humiliated by some computer. # speaker: zhou-baoshan # mood: anxious
    -> options
* [Have you seen our driver app? Big buttons, two taps. Honestly, even my grandmother could use it. # move: dismiss-objection # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    Your grandmother doesn't drive a van full of insulin through Jiangbei traffic. (He waves the point away.) # speaker: zhou-baoshan # mood: annoyed
    -> options

=== options ===
{ patience <= 0: -> ending_walkout }
{ knows_worries: So. You see my problem. The hospital wants computers and my people want paper. | So. What would you do? } # speaker: zhou-baoshan
* [There are two ways to meet the letter: a handheld in the cab that the pharmacist signs on, or a scanner at the No. 2 dock that your driver never touches. Which would disturb your people less? # move: offer-options]
    ~ trust += 1
    { knows_worries: (He thinks of Liu.) The second one. Liu hands over the cartons like always, the hospital does the scanning. But the paper note stays. | (He frowns, thinking.) The second one, I suppose. But the paper note stays. } # speaker: zhou-baoshan # mood: interested
    -> usage
* [I'd recommend our standard rollout, the one most distributors choose: handhelds for all 26 drivers, the warehouse module so the codes are scanned at picking, and the portal link, all live well before 1 September. # move: impose-solution-design # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    All 26 drivers. And the warehouse. (He shakes his head.) You heard nothing I said. # speaker: zhou-baoshan # mood: annoyed
    -> usage
* [Honestly? The paper has to go at some point. The sooner your people get used to screens, the easier the next rule will be. # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    The next rule. (He gives you a long look.) You sound like my nephew. # speaker: zhou-baoshan # mood: annoyed
    -> usage

=== usage ===
{ patience <= 0: -> ending_walkout }
{ trust >= 5: He pulls a notepad towards him. | He waits, arms still folded. } # speaker: narrator
Explain how it would actually go. At the hospital. Not on a slide. # speaker: zhou-baoshan
* [Picture Liu at the No. 2 dock at nine. He hands over the cartons and the pink copy as today. The pharmacist scans the box codes and signs. What does she do if a carton is missing? # move: share-usage-scenario]
    ~ trust += 1
    (He thinks.) She writes it on the note, like now. And calls Fang. # speaker: zhou-baoshan # mood: interested
    And with the scan she marks it on the screen, and the portal shows the short delivery the same minute — with the batch code. Fang sees it on her computer before Liu is back. No filing room, no two days. # speaker: seller
    (Slowly.) Before Liu is back. And the paper note is still in the cab. # speaker: zhou-baoshan # milestone: vision-agreed
    -> reference
* [Can I show you what it does on its own? Live GPS on every van, predicted arrival times, and the hospital sees every carton in real time. Later we can add route optimisation for the whole fleet, too. # move: pitch-features, overclaim # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    Live GPS on Liu. (He almost laughs.) He would drive the van into the river. # speaker: zhou-baoshan # mood: skeptical
    -> reference
* [I'll have our solutions team work out the full process and send you a written design next week. # move: impose-solution-design # cause: lost-trust]
    ~ trust -= 1
    More paper, from the company that wants to take my paper away. (He pushes the notepad aside.) # speaker: zhou-baoshan # mood: skeptical
    -> reference

=== reference ===
{ patience <= 0: -> ending_walkout }
He leans forward. # speaker: narrator
Who else does this? Not the big chains in Shanghai. Someone like me. I will not be anybody's experiment. # speaker: zhou-baoshan
* [Our Routewise Labs predictive ETA is in pilot with two national pharma chains right now. You'd be in very good company, and one of the first family wholesalers in the province to have it, ahead of the ones who wait for the next letter. # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    "Pilot". (He says the word as if it were a disease.) I said I will not be an experiment. # speaker: zhou-baoshan # mood: annoyed
    -> competitor
* [Do you really need references for this? It's the simplest thing we make; there's honestly nothing to go wrong. # move: dismiss-objection # cause: lost-trust]
    ~ trust -= 1
    There is always something to go wrong. That is why I asked. # speaker: zhou-baoshan # mood: skeptical
    -> competitor
* [Kangning Pharma in Huaiyin: a family wholesaler, thirty vans, supplies the No. 2 campus in the east. Live since April with the dock scanner, paper notes kept. Mr Tang said he'd take your call. # move: offer-peer-reference]
    ~ trust += 1
    Tang Wenbo? (He almost smiles.) We were at the same trade fair in 1998. He is more stubborn than me. # speaker: zhou-baoshan # mood: interested
    If Tang did it, it cannot be too complicated. Give me his number. # speaker: zhou-baoshan # milestone: references-requested
    -> competitor

=== competitor ===
{ patience <= 0: -> ending_walkout }
He taps the sixty-page proposal on the shelf behind him without turning round. # speaker: narrator
The Omnia man. Whole-warehouse system, consultants for six months, a price like a new van. I put it there so I remember what not to do. # speaker: zhou-baoshan
* [Omnia always does this: the big suite, consultants for six months, a price like a new van. A wholesaler with 26 vans is just a number to them, and you'd be paying for a warehouse system you told me you don't want. # move: bash-competitor # cause: lost-trust]
    ~ trust -= 1
    (He shrugs.) At least they are big. If your company closes next year, who do I call? # speaker: zhou-baoshan # mood: skeptical
    -> effort
* [Omnia's software is solid, and both of us can meet the hospital's requirements. The difference is what you'd change to get there — with us, one scan at the dock and nothing in the warehouse. # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    (He nods slowly.) That I can understand. Nothing in the warehouse. # speaker: zhou-baoshan # mood: neutral
    -> effort
* [Why pay for a new van? We do everything Omnia does, faster and at half the price. There's no comparison, really. # move: claim-different-on-everything # cause: lost-trust]
    ~ trust -= 1
    Everybody is faster and cheaper than everybody. (He isn't impressed.) # speaker: zhou-baoshan # mood: skeptical
    -> effort

=== effort ===
{ patience <= 0: -> ending_walkout }
So how much work is it? For my people, not yours. The FleetPilot man said "two afternoons". # speaker: zhou-baoshan
* [About the same, really. It's plug and play: we connect the portal on our side, Fang and the drivers are trained in one afternoon at the depot, and the second afternoon is spare in case Master Liu needs it. Nothing else changes. # move: overclaim # cause: lost-trust]
    ~ trust -= 2
    (He writes "two afternoons" under "two weeks" on his notepad and underlines both.) # speaker: narrator
    Good. Then if it takes longer, you won't mind paying my overtime. # speaker: zhou-baoshan # mood: skeptical
    -> readiness
* [More than two afternoons, honestly. The portal link takes about three weeks on our side, Fang will need half a day a week for the first month, and your 2012 loggers can't send data, so someone still plugs them in. # move: calibrate-expectations, admit-limitation]
    ~ trust += 2
    (He looks up, surprised.) The loggers. Nobody else mentioned the loggers. # speaker: zhou-baoshan # mood: interested
    Fang plugs them in anyway. She can plug them in once a day instead of once a week. (He writes it down.) That is honest. I don't hear honest very often in this office. # speaker: zhou-baoshan # milestone: risk-addressed
    -> readiness
* [Let's not get lost in project details yet. Once you've decided to go ahead, our project team will map all of that out for you. # move: hide-known-gap # cause: lost-trust]
    ~ trust -= 1
    Once I decide. (He narrows his eyes.) I decide after I know, not before. # speaker: zhou-baoshan # mood: skeptical
    -> readiness

=== readiness ===
{ patience <= 0: -> ending_walkout }
He looks at the clock. Your forty minutes are nearly up. # speaker: narrator
And if the machine breaks down at the hospital gate? Then what? The delivery is not confirmed, and I am the one on their list. # speaker: zhou-baoshan
* [It won't. The system runs at 99.9 percent uptime, the handhelds are military grade and survive a two-metre drop, and if one ever did fail, our service team swaps it within a day. You would never end up on their list. # move: dismiss-objection # cause: lost-trust]
    ~ trust -= 1
    Everything breaks. My vans break, my fax breaks. A man who says it won't break has not thought about it. # speaker: zhou-baoshan # mood: skeptical
    -> next_step
* [A fair worry. For the first three months the paper note stays exactly as today: if the scanner fails, the stamped note goes to the hospital as always, and we upload it for you that evening. # move: acknowledge-objection, offer-risk-reduction]
    ~ trust += 1
    ~ backup_agreed = true
    (He nods, once.) Paper as the spare tyre. That I can live with. # speaker: zhou-baoshan # mood: neutral # milestone: risk-addressed
    -> next_step
* [What happened the last time a new machine let you down? # move: clarify-objection]
    ~ trust += 1
    The fax in 2009. (He almost smiles.) Three days of orders lost, and the supplier said it was our line. Since then we keep a second fax. # speaker: zhou-baoshan # mood: neutral
    A second fax. So whatever you bring, I want a second fax. # speaker: zhou-baoshan
    -> next_step

=== next_step ===
{ patience <= 0: -> ending_walkout }
{ trust >= 10: He puts the cap back on his pen. | He glances at the door, then at you. } # speaker: narrator
So. What now? # speaker: zhou-baoshan
* [Shall I send the contract over today? If you sign by the end of the month I can lock in your onboarding slot and a launch price. # move: premature-close, push-quarter-end, unilateral-discount # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed
* [Take your time, Mr Zhou. I'll leave our brochure and the portal checklist with Fang on my way out; call me whenever you're ready. # move: send-brochure # cause: no-next-step]
    -> ending_drift
* [Before I suggest anything: where are you with this today? Ready to try something small, or still hoping the hospital postpones? # move: check-readiness]
    ~ trust += 1
    { trust >= 10: (He considers the question honestly.) Ten minutes ago I was hoping they'd postpone. Now... I want to talk to Tang. And I want Liu to see it before anything is signed. | (He shrugs.) Honestly? Still hoping. But I'm listening. } # speaker: zhou-baoshan
    -> plan

=== plan ===
{ trust >= 10: He pulls the notepad back in front of him. | He waits. } # speaker: narrator
* [Then a small plan on your timeline: you call Mr Tang this week; Thursday I ride with Liu to No. 2; if you're both comfortable, a one-route trial in July, and you decide by 10 August. # move: propose-mutual-plan]
    -> decide
* [Great — then let's get the paperwork moving now so we're not squeezed in August. I'll have the order form with you tomorrow. # move: premature-close # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed

=== decide ===
{ trust >= 10: -> ending_won }
{ trust >= 5: -> ending_wait }
-> ending_lost

=== ending_won ===
(He writes it down in his own hand: Tang — this week. Thursday — Liu, No. 2 dock. July — one route. 10 August — decide.) # speaker: narrator
Thursday at six. Liu loads at six, not five past. If he says it's rubbish, we stop. {backup_agreed: And the paper stays until I say otherwise.} # speaker: zhou-baoshan # mood: pleased # milestone: mutual-plan-agreed # phase: 2
He walks you down to the loading bay himself and introduces you to Master Liu as "the one who doesn't talk too much". # speaker: narrator
Zhou agrees to a reference call, a ride-along with his senior driver and a one-route trial with a decision date before the deadline. # speaker: narrator # outcome: won
-> END

=== ending_wait ===
(He writes nothing down.) Thursday is not good. July... we'll see. Let me hear what the hospital says at the supplier meeting in August first. # speaker: zhou-baoshan # mood: neutral
If they don't postpone, I'll call you. Or someone. # speaker: zhou-baoshan
He shakes your hand at the door. You both know he will wait until the last week before the deadline, and that by then the choice will be whoever can start fastest. # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_drift ===
(He puts the brochure on top of the Omnia proposal without looking at it.) I'll call when I need to. # speaker: zhou-baoshan # mood: neutral
{ trust >= 10: He meant it kindly. But nobody agreed to do anything, and in August he calls the hospital's first recommended vendor, who happens to be in the building that week. | Nobody agreed to do anything. In August the hospital extends the deadline by a month and Zhou files the letter next to the Omnia proposal. } # speaker: narrator
The meeting ends with goodwill and no next step; the decision drifts to the deadline. # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_pushed ===
(He looks at you the way he looked at the sixty-page proposal.) A signature already. On your timetable, not mine. # speaker: zhou-baoshan # mood: annoyed
{ trust >= 7: I was starting to think you were different. Send me nothing. I will find somebody who waits until I am ready. | Send me nothing. I will do what the hospital tells me, with whoever the hospital tells me, when the hospital tells me. } # speaker: zhou-baoshan
He buys the bare-minimum package from another vendor in late August, after someone else asked fewer questions and pushed less. # speaker: narrator # outcome: lost # caused-by: premature-close
-> END

=== ending_lost ===
(He stands up, which is how you know the meeting is over.) Thank you for coming. I will think about it. # speaker: zhou-baoshan # mood: neutral
He thinks about it with the FleetPilot salesman, who promised two afternoons and came back the next day with a ride-along offer. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_walkout ===
Zhou Baoshan stands and holds the door open. # speaker: narrator
I have a warehouse to run. You can leave your brochure with Fang on the way out. # speaker: zhou-baoshan # mood: annoyed
Your forty minutes end after twenty. Zhou does not take your next call, and in the autumn he signs with whoever the hospital recommends. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
