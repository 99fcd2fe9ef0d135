# id: key-account-trust
# title: Six years and one letter at Hengtai Building Materials
# objective: A trial and a decision date before the rival's review
# phase: 1
# segment: late-majority
# buyer: gao-jianguo; Gao Jianguo; General Manager, Hengtai Building Materials; decision-maker; man senior glasses
# buyer: pan-li; Pan Li; Dispatch Supervisor, Hengtai Building Materials; user; woman
# minutes: 15
# difficulty: intermediate
# version: 5
# setting: office
# brief: Hengtai Building Materials is a regional distributor of cement, tiles and plasterboard in Hefei: 18 own trucks, around 30 owner-drivers on call, 240 staff. It has run the Routewise transport module for six years. You inherited the account two months ago from Sun Hao, who moved to the Shanghai region. Sun was well liked; at last year's renewal he matched a FleetPilot offer with a 30 percent "loyalty" discount.
# brief: Last week General Manager Gao Jianguo called the Routewise hotline asking "what you have for subcontracted drivers". Pan Li, the dispatch supervisor, told you on the phone that Huaxing Construction Group, Hengtai's biggest customer, has written to its suppliers about late site deliveries. Gao has not asked for a proposal and has not said what he wants; he is at the very start of working out what, if anything, he needs. Gao is cautious, careful with money and, by reputation, has been burned by software before. You have an hour at the Hengtai depot.

VAR trust = 3
VAR patience = 3
VAR met_gao_early = false
VAR knows_cost = false
VAR discount_promised = false
VAR overpromised = false
VAR knows_process = false
VAR told_jinlu = false

-> yard

=== yard ===
The Hengtai depot smells of wet cement. A forklift beeps its way between pallets of floor tiles wrapped in blue film. # speaker: narrator
Pan Li waves from the dispatch office door, headset round her neck, two phones on the desk behind her. # speaker: narrator
You came! Come in, come in, I'll make tea. Mr Gao is on a call with Huaxing, he could be a while. Honestly, just tell me what you've got — I use your system eight hours a day, I'll explain it to him better than anyone. # speaker: pan-li # mood: pleased
* [Thank you, Pan — you're the one who uses it eight hours a day. Shall we go through it together over tea, and you brief Mr Gao when he's off the phone? # move: rely-on-single-contact, flatter # cause: lost-trust]
    ~ patience -= 1
    (She beams and pulls up a second chair.) Finally someone who asks the people who actually do the work! # speaker: pan-li # mood: pleased
    You spend twenty minutes with Pan. She shows you her WeChat groups with the owner-drivers and the screens she knows by heart. Then the door opens. # speaker: narrator
    -> gao_arrives
* [I'd love your view first, Pan — how does a Huaxing site order reach a driver today? # move: ask-current-process]
    ~ knows_process = true
    (She lowers her voice.) Our own trucks are fine, they're in Routewise. The problem is the owner-drivers. I book them by phone and WeChat, and then they're invisible until the site calls me screaming. # speaker: pan-li # mood: interested
    The door opens before she can say more. # speaker: narrator
    -> gao_arrives
* [Tea would be lovely. Since the Huaxing letter went to Mr Gao, could you tell him I'm here? I'd like to hear it from him first, then the details from you. # move: ask-to-meet-decision-maker]
    ~ met_gao_early = true
    ~ trust += 1
    (She hesitates, then picks up the internal phone.) Mr Gao, the Routewise person is here. ... He says come up now, he has forty minutes. # speaker: pan-li # mood: neutral
    -> gao_arrives

=== gao_arrives ===
{ met_gao_early: Gao Jianguo's office is on the first floor, above the loading bay. He is in his fifties, reading glasses pushed up on his forehead, a Huaxing Construction folder closed on the desk. Pan follows you in with a notepad. | Gao Jianguo steps into the dispatch office, reading glasses pushed up on his forehead. He looks at the two teacups, then at you. } # speaker: narrator # enter: gao-jianguo
{ met_gao_early: Sit. | I see Pan has already given you the tour. } Six years we have had Routewise. Sun Hao came twice a year with mooncakes and a discount. So. What have you brought me? # speaker: gao-jianguo # mood: neutral
* [Have you seen what Routewise Labs is doing with predictive ETAs? It learns traffic and site patterns. May I show you on my laptop how it would change Pan's day? # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    (He doesn't look at the laptop.) "Learns". "Change". Mr Sun used to say the upgrade would change things, too. It changed things for two days. # speaker: gao-jianguo # mood: skeptical
    -> goal
* [Continuity, first of all — and I've already made sure your loyalty pricing is protected going forward. You won't pay more with me than you did with Sun. # move: unilateral-discount # cause: promised-discount]
    ~ discount_promised = true
    (He nods slowly and makes a note.) Good. That is the right start. Mr Sun understood that we are a long-term customer. # speaker: gao-jianguo # mood: pleased
    -> goal
* [No presentation. I heard Huaxing has written to its suppliers. Before I say anything about us — what would a good outcome look like for Hengtai this year? # move: ask-goal]
    ~ trust += 1
    (He takes the glasses off his forehead and puts them on the folder.) Hm. Direct. All right. # speaker: gao-jianguo # mood: neutral
    -> goal

=== goal ===
{ patience <= 0: -> ending_walkout }
He opens the Huaxing folder and turns it so you can read the letterhead. # speaker: narrator
Huaxing is thirty-five percent of our turnover. Their new supplier scorecard: ninety-five percent of site deliveries inside the booked two-hour window, with electronic proof of delivery. Last quarter we were at eighty-one. They review us in ten weeks. I want to keep our A-list status. That is all I want. # speaker: gao-jianguo # milestone: goal-stated
* [Ninety-five percent with electronic proof of delivery is exactly what our carrier module with live ETA tracking was built for. Shall I have a proposal on your desk by Friday, well inside your ten weeks? # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    By Friday. (He closes the folder.) You have not even asked where the eighty-one comes from. # speaker: gao-jianguo # mood: skeptical
    -> late_where
* [Six years together, Mr Gao, and a long record with Huaxing — they know you. Whatever they throw at you, Routewise will stand behind Hengtai. # move: rely-on-rapport]
    (A thin smile.) Mr Sun said that too. Huaxing does not score on feelings. # speaker: gao-jianguo # mood: neutral
    -> late_where
* [Before I suggest anything — walk me through a Huaxing site delivery today, from their order to the pallet on site. # move: ask-current-process]
    ~ trust += 1
    ~ knows_process = true
    (He nods at Pan.) Pan. Tell them. # speaker: gao-jianguo
    Huaxing's site books a window the day before. Our own eighteen trucks are planned in Routewise. But sixty percent of site loads go on owner-drivers — thirty men with their own trucks. I book them on WeChat. Once they leave the yard I know nothing until the site calls. # speaker: pan-li # mood: interested
    -> late_where

=== late_where ===
{ patience <= 0: -> ending_walkout }
{ knows_process: Gao taps the scorecard. | Gao turns a page in the folder. } # speaker: narrator
{ knows_process: So that is the picture. | Pan can tell you the details later. } Huaxing sends us a list of every late delivery. Forty-three last quarter. # speaker: gao-jianguo
* [Forty-three late loads, and most of them owner-drivers who are invisible to your system — fix that and the scorecard fixes itself, wouldn't you agree? # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    Obvious. (He looks at Pan, who looks at her notepad.) If it were obvious, Mr Sun would have fixed it. Some of my own trucks are late too, you know. # speaker: gao-jianguo # mood: annoyed
    -> cost
* [Of those forty-three, how many were owner-drivers and how many your own trucks? And what made them late — the road, the loading, or the window changing? # move: ask-diagnostic]
    ~ trust += 1
    ~ knows_process = true
    (Pan answers before Gao can.) Thirty-one owner-drivers. Twelve ours. And half of the owner-driver ones, the site moved the window and I couldn't reach the driver in time. # speaker: pan-li # mood: interested
    (Gao looks at her as if hearing the number for the first time.) Half. Because the window moved. # speaker: gao-jianguo # mood: anxious # milestone: pain-acknowledged
    -> cost
* [Our tracking app would put every one of those drivers on a map. Geofencing, automatic arrival stamps, photo proof of delivery — it's all in the carrier module. # move: pitch-features # cause: lost-trust]
    ~ trust -= 1
    (Pan looks interested. Gao does not.) Every software company has a map. A map does not tell me why forty-three loads were late. # speaker: gao-jianguo # mood: skeptical
    -> cost

=== cost ===
{ patience <= 0: -> ending_walkout }
He takes off his glasses and rubs the bridge of his nose. # speaker: narrator
Ten weeks. Maybe they will be lenient. We have supplied them for nine years. # speaker: gao-jianguo
* [And if they aren't — what does losing the A-list mean for Hengtai in practice? # move: ask-implication]
    ~ trust += 1
    ~ knows_cost = true
    (He answers slowly, as if saying it aloud for the first time.) B-list suppliers don't get invited to new project tenders. The Binhu hospital, the two metro depots — that is next year's volume. Ninety million yuan, more or less. # speaker: gao-jianguo # mood: anxious
    And the bank. Our credit line is reviewed against our top three contracts. (He puts the glasses back on.) No. I cannot count on lenient. # speaker: gao-jianguo # milestone: cost-quantified
    -> rescue
* [Have you put a number on it yet? For distributors your size, a fourteen-point gap in on-time delivery typically costs eight to twelve percent of revenue. I can send you my model. # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust -= 1
    Typically. (He doesn't write it down.) I don't run a typical company. I run this one. # speaker: gao-jianguo # mood: skeptical
    -> rescue
* [Don't leave it to leniency. With Routewise you'll be at ninety-five percent before the review — I'll make sure of it personally. # move: overclaim # cause: overpromised]
    ~ trust -= 2
    ~ overpromised = true
    (He writes "95% — before review" on his pad and underlines it twice.) Personally. I will remember. # speaker: gao-jianguo # mood: skeptical
    -> rescue

=== rescue ===
{ patience <= 0: -> ending_walkout }
He leans back and folds his arms. # speaker: narrator
I don't need the cleverest system in the province. I need to get out of this hole, and not fall into another one getting out. Has your company actually pulled anyone out of a hole like this? Or is it all brochures? # speaker: gao-jianguo
* [Can I show you the carrier module first? Tendering, carrier scorecards, e-POD, geofencing, WeChat notifications: over forty functions, the most complete on the market, and every one of them built for holes like Hengtai's. # move: pitch-features, claim-different-on-everything # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    (He raises a hand.) Forty functions. I asked about one hole. # speaker: gao-jianguo # mood: annoyed
    -> old_wound
* [Jinlu Building Supply in Wuhu, last spring: twenty-five owner-drivers, put on probation by their developer at seventy-eight percent. They kept their A-list, and Mr Xu there will tell you how. # move: share-success-story, offer-peer-reference]
    ~ trust += 2
    ~ told_jinlu = true
    (He sits up.) Jinlu. Xu Feng? We buy from the same tile factory in Foshan. # speaker: gao-jianguo # mood: interested
    They didn't change their dispatch. They gave the owner-drivers a WeChat mini-program linked to the transport module: accept a load, one tap at pickup, one at the site gate, photo of the signed note. When a site moved a window, the dispatcher saw who was affected in one screen. Seventy-eight to ninety-four in nine weeks. # speaker: seller
    Nine weeks. Not a miracle — nine weeks. (He writes "Xu Feng" on his pad.) I want to call him before I believe it. # speaker: gao-jianguo # milestone: references-requested
    -> old_wound
* [Our Labs team is piloting an AI that predicts late deliveries two hours ahead. Two national e-commerce players are using it. You'd be the first building-materials distributor in Anhui on it. # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    The first. (He says it the way other people say "the guinea pig".) I asked for somebody you got out of trouble, not somebody you are experimenting on. # speaker: gao-jianguo # mood: annoyed
    -> old_wound

=== old_wound ===
{ patience <= 0: -> ending_walkout }
Pan shifts in her chair. Gao doesn't look at her. # speaker: narrator
You should know something. Two years ago, in October, your upgrade took our dispatch down for two days in the peak season. Pan planned forty trucks on paper. Mr Sun said it would never happen again. Why should I put a new module on top of that system now, with Huaxing watching? # speaker: gao-jianguo # mood: skeptical
* [That was the old on-premise version. Since we moved every customer to the cloud we run at 99.9 percent uptime, and upgrades go out at night, a few customers at a time. It simply can't happen that way any more. # move: dismiss-objection # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    "Can't happen." (He looks at Pan.) That is exactly what we heard in September that year. # speaker: gao-jianguo # mood: annoyed
    -> usage
* [You have every reason to ask, Mr Gao. I've read the incident file, but I'd rather hear it from you: what hurt most, the outage or how we handled it. # move: acknowledge-objection, clarify-objection]
    ~ trust += 2
    (He is quiet for a moment.) The handling. Nobody told us anything for six hours. Pan found out from a driver that the system was down everywhere. # speaker: gao-jianguo # mood: neutral
    And we did the upgrade in October. Who does an upgrade in October? # speaker: pan-li
    (Gao nods.) So. If anything new comes in, it does not come in during peak, and somebody tells me before my drivers do. # speaker: gao-jianguo # milestone: risk-addressed
    -> usage
* [Would it help to have my personal mobile? I'm not Sun, Mr Gao. Day or night, if anything goes wrong, you call me and I'll be here. # move: rely-on-rapport]
    (He pockets your card without reading it.) Mr Sun also had a mobile. In October it was switched off. # speaker: gao-jianguo # mood: neutral
    -> usage

=== usage ===
{ patience <= 0: -> ending_walkout }
{ trust >= 7: He pushes his pad towards the middle of the desk. | He glances at the clock on the wall. } # speaker: narrator
Explain how it would actually go. Not the functions. A real day. # speaker: gao-jianguo
* [Why not run it the way our best customers do? Every owner-driver installs our driver app, dispatch switches to automatic load tendering, and the system assigns each load by cost and driver score. Pan stops chasing drivers on WeChat from day one. # move: impose-solution-design # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    Automatic. (Pan makes a small sound.) My owner-drivers are not employees. Half of them would simply stop taking our loads. # speaker: gao-jianguo # mood: skeptical
    -> promise
* [Take a Tuesday: at 8:10 Huaxing's Binhu site moves the 10:00 tile delivery to 11:30. Today Pan hears it when the foreman shouts. With this in place, who should see it first, and what would they do? # move: share-usage-scenario]
    ~ trust += 1
    Me. (Pan answers instantly.) I want to see which driver is on that load and whether he can still make it, and if not, swap him with one of ours from the yard. # speaker: pan-li # mood: interested
    That's what she'd see — one screen, the moved window, the driver who accepted it in the mini-program, his last tap at pickup. She calls him or swaps the load. The site gets the new ETA. At the gate he taps again and photographs the signed note: that's the proof Huaxing wants. # speaker: seller
    (Gao looks from you to Pan.) The drivers keep their trucks, Pan keeps her phone, and Huaxing gets its proof. # speaker: gao-jianguo # mood: interested # milestone: vision-agreed
    -> promise
* [Picture it: the Labs AI sees the Binhu delay coming before the site even calls, re-dispatches automatically and texts the foreman the new time. Pan wouldn't need to touch anything — the system just handles it. # move: mismatched-pitch, overclaim # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    (Pan's smile fades.) Then what do I do all day? # speaker: pan-li # mood: skeptical
    (Gao doesn't smile either.) A system that "just handles it". I had one of those for two days in October. # speaker: gao-jianguo # mood: skeptical
    -> promise

=== promise ===
{ patience <= 0: -> ending_walkout }
Gao picks up his pen. # speaker: narrator
The review is in ten weeks. Can you have all thirty owner-drivers on this, live, in four weeks? I need to show Huaxing something real. # speaker: gao-jianguo
* [Four weeks, all thirty drivers — yes. I'll put our best implementation people on Hengtai, we'll sign the drivers up at the depot gate while they wait to load, and you'll have your proof for Huaxing six weeks before the review. # move: overclaim # cause: overpromised]
    ~ trust -= 1
    ~ overpromised = true
    (He writes it down.) Four weeks. All thirty. # speaker: gao-jianguo # mood: pleased
    (Pan stops writing.) Mr Gao, Lao Zhang still uses a phone from 2016. Half of them won't even update WeChat until their nephews do it at Spring Festival. # speaker: pan-li # mood: anxious
    (Gao frowns at the page, then at you.) Hm. # speaker: gao-jianguo # mood: skeptical
    -> foam
* [Let's not get stuck on dates yet. Once you decide, our project team will work out a detailed timeline with Pan. # move: hide-known-gap # cause: lost-trust]
    ~ trust -= 1
    I decide after I know the dates, not before. That is the whole point of the question. # speaker: gao-jianguo # mood: skeptical
    -> foam
* [Honestly, no. The link takes three weeks, owner-drivers adopt at their own pace, and the mini-program can't read the old GPS boxes. Start with your regulars and ninety-five by the review is realistic. # move: calibrate-expectations, admit-limitation]
    ~ trust += 2
    At {told_jinlu:Jinlu|Jinlu Building Supply in Wuhu, a distributor like you}, eighteen of twenty-five drivers were on it by week six; the last seven took until week ten. I'd rather plan for that than promise you four weeks. # speaker: seller
    (Pan nods hard.) The ten regulars do seventy percent of the Huaxing loads. If those ten are on it, the rest can follow. # speaker: pan-li # mood: interested
    (Gao writes "3 weeks link — 10 regulars first — wk 6" and looks at it for a while.) That is the first honest date a software company has given me. # speaker: gao-jianguo # mood: interested # milestone: risk-addressed
    -> foam

=== foam ===
{ patience <= 0: -> ending_walkout }
{ discount_promised: And since the loyalty pricing is protected, as you said — | And then there is the price. } Last year Mr Sun gave us thirty percent off the renewal. I assume the same applies to anything new. Our finance director, Ms Qian, will ask me the first thing. # speaker: gao-jianguo
* [Of course — the same thirty percent Mr Sun gave you, off the module and the renewal together. Ms Qian gets a number she already knows, Hengtai keeps its loyalty terms, and price never has to stand between us. # move: percentage-discount-off-total # cause: promised-discount]
    ~ discount_promised = true
    (He nods, satisfied, and writes "30%" next to the dates.) Good. Ms Qian will be happy. # speaker: gao-jianguo # mood: pleased
    (Pan glances at you: everyone at Hengtai knows Ms Qian is never happy.) # speaker: narrator
    -> rival
* [What number would you need to see for Ms Qian to be comfortable? # move: ask-what-price-works # cause: promised-discount]
    ~ trust -= 1
    ~ discount_promised = true
    (He doesn't hesitate.) Thirty percent. At least. And the setup free. Put that in writing. # speaker: gao-jianguo # mood: neutral
    -> rival
* [I'd rather be straight now: last year's thirty percent was a one-off to match FleetPilot, and I can't make it the norm. Commit to three years and host reference visits, and the set-up is on us. # move: calibrate-expectations, trade-concession, ask-two-gets]
    {
    - discount_promised:
        ~ trust -= 1
        ~ discount_promised = false
        (His eyebrows rise.) Ten minutes ago you told me my pricing was protected. (A long pause.) Well. Better I hear it now than from Ms Qian. # speaker: gao-jianguo # mood: skeptical
    - else:
        ~ trust += 1
        (He frowns, then shrugs.) Mr Sun never explained the thirty percent. I assumed it was the price. # speaker: gao-jianguo # mood: neutral
    }
    Three years and a visit from strangers, for a free set-up. (He writes it down.) I will tell Ms Qian exactly that. At least it is something she can check. # speaker: gao-jianguo # milestone: concession-traded
    -> rival

=== rival ===
{ patience <= 0: -> ending_walkout }
He pulls a glossy leaflet from under the folder. # speaker: narrator
FleetPilot's man was here last month. A free driver app for the owner-drivers. "Plug and play." (He drops it on the desk.) Why shouldn't I just take the free one? # speaker: gao-jianguo # milestone: competition-revealed
* ["Plug and play" is how they get in the door: the free app is a trial to lock you in. In a year you'll pay double for it, and Pan will be running two systems that don't talk to each other. # move: bash-competitor # cause: lost-trust]
    ~ trust -= 1
    (He picks the leaflet back up, almost protectively.) Their man was very polite about you. # speaker: gao-jianguo # mood: skeptical
    -> process
* [Fair question. What did you make of it? And apart from price, what else could get in the way of fixing this before the review? # move: ask-obstacles]
    ~ trust += 1
    (He thinks.) It looked fine. But Pan would have two screens. And what worries me more is my drivers. If they feel watched, the good ones go to Jiahe Logistics. # speaker: gao-jianguo # mood: neutral
    -> process
* [Their app tracks drivers well — any of us can put a dot on a map. The difference is where it lands: with us, owner-drivers show up on the screen Pan already plans your trucks on. # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    (Pan nods before Gao can answer.) Two screens at eight in the morning — no. I'd go mad. # speaker: pan-li # mood: interested
    (Gao puts the leaflet under the folder again.) One screen. That, Ms Qian will understand. # speaker: gao-jianguo # mood: neutral
    -> process

=== process ===
{ patience <= 0: -> ending_walkout }
{ trust >= 9: He checks the clock and, for the first time, doesn't seem to mind. | He checks the clock. } # speaker: narrator
So. What happens now? # speaker: gao-jianguo
* [Pan and I can take it from here — I'll work through the driver list with her this week and we'll come back to you with something ready to sign. # move: rely-on-single-contact # cause: lost-trust]
    ~ trust -= 1
    (Pan looks pleased. Gao looks at Pan, then at you.) Pan runs dispatch. She does not sign contracts. # speaker: gao-jianguo # mood: skeptical
    -> business_case
* [Before anything moves — who besides you needs to agree to this, and how would Hengtai normally decide a purchase like this? # move: ask-decision-process]
    ~ trust += 1
    I decide. But Ms Qian approves anything outside the budget, and this is outside the budget. She will want a page she can show the chairman: what it costs, what it saves, what happens if we don't. # speaker: gao-jianguo # mood: neutral
    -> business_case
* [Shall I send over the order form today? If we sign before our quarter closes on the 30th I can hold the set-up slot for you. # move: premature-close, push-quarter-end # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    Your quarter. (He takes his glasses off.) I have not decided I need anything, and you are talking about your quarter. # speaker: gao-jianguo # mood: annoyed
    -> business_case

=== business_case ===
{ patience <= 0: -> ending_walkout }
Ms Qian. (He almost laughs.) She reads contracts the way customs reads a container. # speaker: gao-jianguo
* [Ms Qian has renewed with us six years running. She knows what Routewise is worth to Hengtai — I wouldn't worry about her. # move: rely-on-rapport # cause: lost-trust]
    ~ trust -= 1
    You don't know Ms Qian. She renewed because Mr Sun gave her thirty percent. # speaker: gao-jianguo # mood: skeptical
    -> readiness
* [Our ROI calculator shows three hundred percent payback in year one for distributors your size, and that is before the Huaxing volume. I'll send it to Ms Qian directly today with the scorecard, before she has to ask. # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust -= 1
    (He shakes his head.) Three hundred percent. She will throw it in the bin, and then she will ask me why I let a vendor write to her. # speaker: gao-jianguo # mood: skeptical
    -> readiness
* [Then let's build her page together, in your numbers: the Huaxing volume at risk, the forty-three late loads, what doing nothing costs. You present it; I fill in our side. # move: build-business-case]
    ~ trust += 1
    { knows_cost: (He is already writing.) Ninety million at risk, the credit line, the forty-three. Against — what? A few hundred thousand a year? | (He starts writing.) We need the volume at risk. Pan, get me last year's Huaxing numbers. } # speaker: gao-jianguo # mood: interested
    A page I present. Not a brochure from you. (He nods.) That she will read. # speaker: gao-jianguo
    { trust >= 11:
        (While Gao hunts for last year's Huaxing file, Pan leans over to you.) Between us: Ms Qian asked FleetPilot for a full quote last month. She will put theirs next to yours, so make the page about the Huaxing volume, not the licence. # speaker: pan-li # insider: rival-quote-requested
    }
    -> readiness

=== readiness ===
{ patience <= 0: -> ending_walkout }
{ overpromised: (Gao looks at the page where he wrote your promise, then at Pan.) | (Gao puts his pen down.) } # speaker: narrator
* [Before I suggest a next step — honestly, where are you? Ready to try something small, or waiting to see how lenient Huaxing is? # move: check-readiness]
    ~ trust += 1
    { trust >= 13: (He considers it.) An hour ago I would have waited. Now — {told_jinlu:I want to call Xu Feng at Jinlu|I want to talk to a customer you have done this for}. And I want Pan to try it with a few drivers before Ms Qian sees a contract. | (He shrugs.) Honestly? Half of me still hopes Huaxing is bluffing. But go on. } # speaker: gao-jianguo
    -> plan
* [I think we've covered everything — the Huaxing gap, the drivers, the dates, the price. Shall I send the contract this afternoon so Pan can start with the drivers on Monday? # move: premature-close # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed
* [Think it over, Mr Gao. I'll send Pan our carrier-module brochure and the Jinlu case sheet tonight, and you call me whenever you're ready. # move: send-brochure # cause: no-next-step]
    -> ending_drift

=== plan ===
{ trust >= 13: He turns to a fresh page. | He waits for you to go on. } # speaker: narrator
* [Then a plan on your dates: you call {told_jinlu:Mr Xu|one of our customers} this week; on Tuesday Pan and I put five regular drivers on it for two weeks; you take the results to Ms Qian and decide by the 20th, well before the review. # move: propose-mutual-plan]
    -> decide
* [Great — then let's not lose a day of your ten weeks. I'll get the contract and the order form to Ms Qian directly tomorrow, so the pilot with Pan's regulars can start the moment it's signed. Shall we say Monday? # move: premature-close # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed

=== decide ===
// A promise he wrote down decides the ending before trust does: it is what he will hold you to.
{ trust < 7: -> ending_lost }
{ overpromised: -> ending_broken_promise }
{ discount_promised: -> ending_foam }
{ trust >= 13: -> ending_won }
-> ending_wait

=== ending_won ===
(He writes it in his own hand: {told_jinlu:Xu Feng|Reference call} — this week. Tuesday — five drivers, two weeks. Page for Qian. Decide by the 20th.) # speaker: gao-jianguo # mood: pleased # milestone: mutual-plan-agreed # phase: 2
Five drivers. Lao Zhang is one of them — if Lao Zhang can do it, anyone can. And nothing goes live in the peak, and if something breaks, you call me before the drivers do. # speaker: gao-jianguo
(Pan is already making a list on the back of the FleetPilot leaflet.) # speaker: pan-li # mood: pleased
Gao agrees a reference call, a five-driver trial on Pan's dispatch desk and a decision date seven weeks before Huaxing's review. # speaker: narrator # outcome: won
-> END

=== ending_foam ===
(He writes the plan down, and "30%" beside it, twice.) Fine. Tuesday, five drivers. Ms Qian will see the thirty percent in the contract, of course. # speaker: gao-jianguo # mood: neutral
Back at the office your regional director refuses the discount on a new module. You call Gao to explain. He listens in silence. # speaker: narrator
You let me write thirty percent on this page, and now it is gone. (A pause.) Mr Sun kept his word. Let Ms Qian talk to FleetPilot as well, then. # speaker: gao-jianguo # mood: annoyed
The pilot runs, the drivers like it, and the deal stalls for months in a price argument you started yourself; Huaxing's review comes and goes with nothing signed. # speaker: narrator # outcome: no-decision # caused-by: promised-discount
-> END

=== ending_broken_promise ===
(He writes the plan down, and under it the promise you made, underlined.) Good. Tuesday. And as you said, we will be at ninety-five percent before the review. # speaker: gao-jianguo # mood: neutral
The pilot goes well, the contract is signed, and by week six eleven drivers are live: a good result, but far short of what you promised. Gao shows Huaxing his notes with your name on them. # speaker: narrator
A company that promises too much is a company I have to check. (He does not call you for the renewal talks.) # speaker: gao-jianguo # mood: annoyed
Hengtai keeps the A-list by a whisker, and next spring its account is put out to tender, FleetPilot invited, because the promise you made is the one Gao remembers. # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_wait ===
(He writes nothing.) Let me see what Huaxing says at the suppliers' meeting next month. Maybe they will be lenient. Nine years is nine years. # speaker: gao-jianguo # mood: neutral
If they are not, I will call you. Or FleetPilot. # speaker: gao-jianguo
Gao will wait until Huaxing forces his hand, and by then the choice will be whoever can start fastest. # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_drift ===
(He stands and shakes your hand.) Thank you for coming. Pan will call you if we need anything. # speaker: gao-jianguo # mood: neutral
Pan does call, twice, with questions about the transport module; the brochure stays in its envelope. Nobody agreed to do anything about the owner-drivers, and Huaxing's review date arrives with Hengtai still at eighty-three percent. # speaker: narrator
The meeting ends in goodwill and no next step; the decision drifts into Huaxing's hands. # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_pushed ===
(He takes off his glasses and folds them.) A contract. Already. # speaker: gao-jianguo # mood: annoyed
{ trust >= 7: I was beginning to think you were different from the others. Send nothing. {told_jinlu:I will call Xu Feng myself and ask who else he talked to.|I will find out myself who else does this.} | Send nothing. I have a depot to run. } # speaker: gao-jianguo
Three weeks later Pan tells you, apologetically, that Hengtai is trialling FleetPilot's free app with the owner-drivers — "just to see". # speaker: narrator # outcome: lost # caused-by: premature-close
-> END

=== ending_lost ===
(He stands, which is how you know the meeting is over.) Thank you. We will think about it. # speaker: gao-jianguo # mood: neutral
He thinks about it with FleetPilot, whose man came back the next week with a free pilot for ten owner-drivers and a reference from a tile wholesaler in Nanjing. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_walkout ===
Gao Jianguo looks at his watch and stands up. # speaker: narrator
I have Huaxing on the phone at eleven. Pan will see you out. # speaker: gao-jianguo # mood: annoyed
Your hour ends after twenty-five minutes. Gao does not return your call, and Pan, embarrassed, stops answering WeChat. The owner-driver project goes to FleetPilot. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
