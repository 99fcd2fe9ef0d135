# id: visionary-bakeoff
# title: Two hours, the whole city: the bake-off at Kuaima Tongcheng
# objective: Preferred vendor, with a plan the founder can promise on stage
# phase: 2
# segment: early-adopters
# buyer: deng-yifan; Deng Yifan; Founder and CEO, Kuaima Tongcheng; decision-maker; man
# buyer: zhou-lei; Zhou Lei; Head of Technology, Kuaima Tongcheng; implementer; man glasses
# minutes: 15
# difficulty: intermediate
# version: 4
# setting: boardroom
# brief: Kuaima Tongcheng ("Swift Horse City Delivery") runs same-day delivery for 2,600 merchants in Chengdu — pharmacies, florists, fresh food, phone shops — from 14 micro-hubs with 1,150 e-bike riders and 160 vans: about 21,000 orders a day, 38,000 on Singles' Day. Its founder, Deng Yifan, wants to replace "same day" with a two-hour window the customer picks at checkout, and is running a bake-off. FleetPilot presented yesterday with a live AI dispatch demo; Omnia Systems, suggested by one of Kuaima's investors, has sent a 200-page proposal. You have 45 minutes in Kuaima's boardroom.
# brief: Zhou Lei, Head of Technology, built Kuaima's order system and rider app in-house and will have to make whatever is chosen work; a contact tells you he liked FleetPilot's open API. Know your own limits: the Routewise window-promising engine runs live at Jiangcheng Express in Wuhan at 15,000 orders a day and has been load-tested to 50,000, but no customer runs it live at Kuaima's peak; and rolling out 14 hubs and 2,600 merchant checkouts takes months, not weeks.

VAR trust = 3
VAR patience = 3
VAR zhou = 3
VAR overpromised = false
VAR too_cautious = false
VAR knows_process = false
VAR has_case = false

-> arrival

=== arrival ===
Kuaima's boardroom is on the twelfth floor of a glass tower in Chengdu's Hi-Tech Zone. One wall is a map of the city with fourteen orange dots: the hubs. On the whiteboard someone has written "2H" and circled it three times. # speaker: narrator
Deng Yifan is pacing, not sitting. At the far end of the table Zhou Lei has a laptop open; the FleetPilot sandbox login is still on the screen. # speaker: narrator
Welcome. Let me save us both time. Yesterday FleetPilot put twelve hundred riders on that screen and re-routed them live, every twenty seconds. It was beautiful. Omnia sent us two hundred pages and a fourteen-month plan. You have forty-five minutes. Show me something. # speaker: deng-yifan # mood: interested
* [Shall I start under the hood? Our microservice architecture, the Kafka connectors, 200-millisecond routing calls, and solver benchmarks side by side with FleetPilot's. # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (He glances down the table.) Benchmarks. Zhou, that's your department. (He sits down and picks up his phone.) # speaker: deng-yifan # mood: skeptical
    Send them to me. I'll read them tonight. # speaker: zhou-lei # mood: neutral
    -> goal
* [Before I show you anything: FleetPilot showed you what their software can do. I'd like to understand what Kuaima wants to do. A year from now, if this goes right, what will Chengdu say about Kuaima? # move: ask-goal]
    ~ trust = MIN(trust + 1, 8)
    (He stops pacing.) Nobody asked me that yesterday. They asked for our order volumes. (He pulls out a chair, turns it round and sits.) # speaker: deng-yifan # mood: interested
    -> goal
* [Routewise in two minutes, then the demo: founded fifteen years ago in Suzhou, four hundred logistics customers, three of China's top ten couriers, and the largest routing team in the country. You'll want to know who you're dealing with before you trust us with twelve hundred riders. # move: open-with-company-history # cause: lost-trust]
    ~ patience -= 1
    (He stays on his feet.) I read your website on the plane. Everybody is the largest something. # speaker: deng-yifan # mood: skeptical
    -> goal

=== goal ===
{ patience <= 0: -> ending_walkout }
Deng goes to the whiteboard and taps the circled "2H". # speaker: narrator
Kuaima Two Hours. Any merchant, any parcel, anywhere inside the Fourth Ring. Ordered by six in the evening, delivered inside a two-hour window the customer picks at checkout. Not "same day". A window. # speaker: deng-yifan # mood: interested
Baicao Pharmacy has 320 stores in this city and a tender in March for prescription delivery; they want windows. Lanjian is bringing three-hour windows over from Chongqing in the autumn. I want to be there first and make three hours look slow. # speaker: deng-yifan # milestone: goal-stated
* [Could I suggest doing it in steps? It's a big leap, and most of our customers get there gradually: lift your same-day on-time rate to 98 percent this year, then add windows next year, once the network is proven. Far lower risk before Baicao's tender. # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ too_cautious = true
    (He caps the marker.) Ninety-eight percent of "same day" is still "same day". Lanjian will be delighted to hear I'm being careful. # speaker: deng-yifan # mood: annoyed
    -> today
* [Isn't that exactly what our platform was built for? Two-hour windows city-wide — you'd be the first in western China to do it, and we can take you there. # move: prescribe-before-diagnosis, flatter # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    (He grins.) The first in western China. I like the sound of that. # speaker: deng-yifan # mood: pleased
    (He types something without looking up.) FleetPilot was "built for this" too. Yesterday. # speaker: zhou-lei # mood: skeptical
    -> today
* [A window the customer picks. Walk me through how a promise gets made today — from the moment a customer taps "buy" at a merchant to the rider at the door. # move: ask-current-process]
    ~ trust = MIN(trust + 1, 8)
    (He points the marker at the end of the table.) Zhou built it. Zhou, tell him. # speaker: deng-yifan # mood: interested
    -> today

=== today ===
{ patience <= 0: -> ending_walkout }
(He turns his laptop round to show a flow chart.) Merchants sell "same day" through our plugin. The orders land in our OMS — we wrote it ourselves, in Go. Every thirty minutes each hub batches its orders into runs and pushes them to our rider app. Anything crossing the river goes through the central sort in Shuangliu, at one and at five. Same-day on-time is ninety-three percent. # speaker: zhou-lei # mood: neutral
Last month we replayed every order against a two-hour window. Sixty-one percent would have made it. Sixty-one. That's why you're here. # speaker: deng-yifan
* [Of the thirty-nine percent that would miss, where do they break? At the merchant handover, at the Shuangliu sort, or on the last kilometre in the evening peak? # move: ask-diagnostic]
    ~ trust = MIN(trust + 1, 8)
    (He scrolls.) Roughly a third at the sort. A third in the evening peak, Jinjiang and Wuhou, five to eight. And a third... (He frowns at the screen.) A third are windows we should never have offered. The hub had no rider left for that slot. The checkout has no idea how busy we are. # speaker: zhou-lei # mood: interested
    (Slowly.) So we promise blind. # speaker: deng-yifan # mood: anxious # milestone: pain-acknowledged
    -> payoff
* [Isn't it obvious it's the Shuangliu sort? Two waves a day will never give you a two-hour window. Take the river crossings out of the sort and you're most of the way there. # move: tell-buyer-their-problem # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    We know about the sort. It's also why our cost per parcel is thirty percent below Lanjian's. # speaker: zhou-lei # mood: annoyed
    Zhou's right. If the answer were that simple, I'd have drawn it on the whiteboard myself. # speaker: deng-yifan # mood: skeptical
    -> payoff
* [Have you seen what dynamic dispatch does to a picture like that? Continuous re-planning across all fourteen hubs, multi-hub transfers, rider-level ETAs, automatic re-assignment the second an order lands. # move: pitch-features # cause: lost-trust]
    ~ patience -= 1
    FleetPilot said exactly those words yesterday. With nicer colours. # speaker: deng-yifan # mood: skeptical
    -> payoff

=== payoff ===
{ patience <= 0: -> ending_walkout }
Deng drums his fingers on the table. # speaker: narrator
Sixty-one percent, and Baicao's tender opens in March. # speaker: deng-yifan
* [Would our model from Wuhan help? I ran exactly this for a courier there: capacity-aware windows raised revenue per order fourteen percent and cut failed deliveries by a third. I'll send you the spreadsheet tonight, with your sixty-one percent plugged in. # move: numbers-without-buy-in]
    Wuhan. (He shrugs.) Send it, Zhou will read it. I don't build this company on somebody else's spreadsheet. # speaker: deng-yifan # mood: neutral
    -> usage
* [With our window engine you would never break a promise again. Ninety-nine percent inside the window — guaranteed. # move: overclaim # cause: overpromised]
    ~ overpromised = true
    Guaranteed. (He writes "99%" on the whiteboard next to the 2H.) Now that is a word I can put on a billboard. # speaker: deng-yifan # mood: pleased
    Zhou copies the number into his notebook and draws a circle round it. # speaker: narrator
    -> usage
* [Suppose every window shown at checkout were one you could keep. What could Kuaima sell then that Lanjian can't? # move: ask-need-payoff]
    ~ trust = MIN(trust + 1, 8)
    (He is on his feet again.) Then the window is a product. Merchants pay three yuan more for a two-hour promise; if a third of our volume takes it, that's over seven million a year before Baicao. Baicao alone would be four thousand orders a day. And Lanjian arrives in the autumn to find the promise already taken. # speaker: deng-yifan # mood: pleased # milestone: cost-quantified
    If we can keep it on Singles' Day. # speaker: zhou-lei # mood: neutral
    -> usage

=== usage ===
{ patience <= 0: -> ending_walkout }
Fine. Now show me how. Not slides. FleetPilot showed us a map that moved. What does yours do? # speaker: deng-yifan
* [Shall I put our control tower on the screen? AI ETA predictions, heat maps, automatic dispatch, exception alerts. Ten minutes and you'll see the difference. # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    Ten minutes later the control tower is still loading its third screen. # speaker: narrator
    A control tower. (He leans back.) Theirs was prettier, and it was already Chengdu. # speaker: deng-yifan # mood: skeptical
    -> rival
* [Let me use your words instead of a demo: a window the customer picks, and a promise you can keep. A Baicao customer in Wuhou taps "buy" at 16:40. Before the checkout shows any window, your plugin asks us which windows Kuaima can keep for that address, right now. The Wuhou hub has riders free from six, not before, so she's offered six to eight. Who at Kuaima should see it when a window starts to slip? # move: share-usage-scenario, build-vision-from-buyer-words]
    ~ trust = MIN(trust + 1, 8)
    ~ zhou = MIN(zhou + 1, 5)
    The hub lead. And the customer, before she gets angry, not after. # speaker: deng-yifan # mood: interested
    (He leans in.) And the run still goes out on our rider app? Your engine answers the checkout, our app delivers? # speaker: zhou-lei # mood: interested
    Your app delivers. We answer the checkout and keep re-planning the runs behind it. # speaker: seller
    (He writes ASK BEFORE YOU PROMISE on the whiteboard, under the 2H.) That's it. That's the leap — not the map. The promise. # speaker: deng-yifan # mood: pleased # milestone: vision-agreed
    -> rival
* [Here's the model our best customers run: fixed two-hour waves per zone, riders on the Routewise rider app, every hub on our standard dispatch playbook, and our own trainers at all fourteen hubs from day one. We bring the blueprint, the people and the rollout calendar; you and Zhou don't have to design a thing, and Two Hours goes live city-wide on a timetable we've run many times before. # move: impose-solution-design # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    Our rider app has eleven hundred and fifty riders on it. You want to replace it in the spring? # speaker: zhou-lei # mood: annoyed
    And "fixed waves" sounds like the Shuangliu sort with a new name. # speaker: deng-yifan # mood: skeptical
    -> rival

=== rival ===
{ patience <= 0: -> ending_walkout }
Now the honest question. FleetPilot re-routes twelve hundred riders every twenty seconds. Zhou liked it. Can yours do that? # speaker: deng-yifan # mood: neutral
Their API was talking to our sandbox in two days. # speaker: zhou-lei # mood: neutral
* [Yes — and so can they. Live re-routing is table stakes now, and their demo was good work. Where we differ is the moment before: which window to sell. Re-routing beautifully after a blind promise is breaking it politely. # move: acknowledge-parity-then-differentiate]
    ~ trust = MIN(trust + 1, 8)
    (He almost smiles.) Their demo did start with all the orders already in. # speaker: zhou-lei # mood: interested
    The moment before. (He writes it on the whiteboard and underlines it.) # speaker: deng-yifan # mood: interested
    -> scale
* [Why not put us side by side on every line of your comparison? Ours is faster, smarter and more scalable — better optimisation, better AI, better support — and we come out ahead. # move: claim-different-on-everything # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Any line. (He smiles thinly.) FleetPilot said the same thing yesterday. About you. # speaker: deng-yifan # mood: skeptical
    -> scale
* [A demo on simulated riders is the easy part. FleetPilot has never run a network your size — and between us, their "AI" is mostly a rules engine with a very good front end. Ask them how many live customers run more than five hundred riders, let alone twelve hundred on Singles' Day. # move: bash-competitor # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    (Flatly.) I read their API documentation and spent two hours with their engineers. It isn't. # speaker: zhou-lei # mood: annoyed
    I didn't ask you about them. I asked about you. # speaker: deng-yifan # mood: skeptical
    -> scale

=== scale ===
{ patience <= 0: -> ending_walkout }
(He closes the FleetPilot tab.) Then the thing I have to sign is scale. Singles' Day last year: thirty-eight thousand orders, most of them between seven and eleven at night. Your engine would answer every single checkout. Has it ever done that? # speaker: zhou-lei # mood: neutral
* [Comfortably. Our cloud scales elastically — thirty-eight thousand a day is nothing for it. # move: overclaim # cause: overpromised]
    ~ overpromised = true
    Good. Next. # speaker: deng-yifan # mood: pleased
    (He writes "38,000 — nothing" in his notebook.) I'll remember the word. # speaker: zhou-lei # mood: skeptical
    -> objection
* [Not live, and I'd rather you hear it from me. Our biggest live network is Jiangcheng Express in Wuhan, fifteen thousand orders a day. We've load-tested fifty thousand in our lab, but nobody runs thirty-eight thousand live yet. Test it against your own Singles' Day. # move: admit-limitation, calibrate-expectations]
    ~ trust = MIN(trust + 1, 8)
    ~ zhou = MIN(zhou + 1, 5)
    (He looks up properly for the first time.) FleetPilot said "no problem". # speaker: zhou-lei # mood: interested
    (A beat, then a grin.) So we'd be the biggest. I can live with being first — as long as I know it before I go on stage, not after. # speaker: deng-yifan # mood: interested # milestone: risk-addressed
    -> objection
* [Scale is never really the issue with an architecture like ours. Let's get the integration design right first: once your OMS is talking to our window API and Zhou's team is happy with the contract between them, the numbers will follow, and I'll have our engineers send you a capacity report for the board. # move: hide-known-gap # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    That isn't a number. (He writes something down.) # speaker: zhou-lei # mood: skeptical
    Deng looks at Zhou, then at you, and says nothing. # speaker: narrator
    -> objection

=== objection ===
{ patience <= 0: -> ending_walkout }
Zhou pushes his laptop half closed. When he speaks, he is talking to Deng as much as to you. # speaker: narrator
Let me be honest about my worry. Everything we run is ours: the OMS, the rider app, the merchant plugin. FleetPilot is an API — my system calls theirs, and that's it. Yours sounds like it wants to sit in the middle. Last year Omnia's warehouse project ate my team for seven months, and we went into Singles' Day half finished. I have nine engineers. I am not doing that again. # speaker: zhou-lei # mood: anxious
* [No need to worry about that: our team will do the whole integration. Your engineers won't have to lift a finger. # move: overclaim # cause: overpromised]
    ~ overpromised = true
    Even better. # speaker: deng-yifan # mood: pleased
    Nobody writes into our OMS except my people. That's not a preference. It's a rule. # speaker: zhou-lei # mood: annoyed
    -> risk
* [Integration really is the easy part — we've connected to over two hundred systems, home-grown ones included. Mr Deng, may I suggest we keep today at the strategic level and let the engineers sort out the plumbing later? # move: dismiss-objection # cause: lost-zhou]
    ~ zhou = MAX(zhou - 3, 0)
    (He nods.) Yes. Zhou, let's not drown in plumbing today. # speaker: deng-yifan # mood: neutral
    (He closes the laptop the rest of the way.) Of course. # speaker: zhou-lei # mood: annoyed
    -> risk
* [Seven months before a Singles' Day is a real scar, and you'd be the one living with it again. Help me understand: which parts of your stack are untouchable, and what exactly went wrong with the warehouse project? # move: acknowledge-objection, clarify-objection]
    ~ trust = MIN(trust + 1, 8)
    ~ zhou = MIN(zhou + 1, 5)
    (He opens the laptop again.) The rider app and the OMS are untouchable. Omnia wanted their data model in the middle, so we rewrote our order sync twice, and their consultants changed three times. (A pause.) And in week one nobody could tell me how we'd know if it was failing. # speaker: zhou-lei # mood: neutral
    -> risk

=== risk ===
{ patience <= 0: -> ending_walkout }
{ zhou <= 1:
    (He glances at Zhou.) Zhou won't ask again, so I will: how do we avoid another warehouse project? # speaker: deng-yifan # mood: neutral
- else:
    So what would you actually do about it? # speaker: zhou-lei # mood: neutral
}
* [Would my word help? You have it, and my mobile number. If anything goes wrong in the integration, day or night, you call me and I'm in Chengdu the next morning. # move: rely-on-rapport # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    The Omnia partner gave me his mobile number too. Very reassuring, for seven months. # speaker: zhou-lei # mood: skeptical
    -> spring
* [Make it your test, not our demo. Two weeks in your sandbox before Spring Festival: your OMS calls our window API, your rider app stays untouched, nothing writes into your database, and we replay last Singles' Day. You write the pass and fail criteria. Would that answer your worry? # move: offer-risk-reduction, co-create-plan, confirm-objection-resolved]
    ~ trust = MIN(trust + 1, 8)
    ~ zhou = MIN(zhou + 1, 5)
    (He is already typing.) Two hundred milliseconds per window answer at peak. Zero writes into the OMS. If it misses either one, we stop. # speaker: zhou-lei # mood: interested # milestone: risk-addressed
    Zhou has never once offered to write a test for a vendor. # speaker: deng-yifan # mood: pleased
    -> spring
* [Honestly, isn't the cleanest way to move your riders onto our app? It's built for windows, it already talks to our engine, and you'd retire a system your nine engineers have to keep alive through every Singles' Day. No integration to break, no second warehouse project, and Zhou's team gets its evenings back. # move: impose-solution-design # cause: lost-zhou]
    ~ zhou = MAX(zhou - 3, 0)
    (He looks at Deng, not at you.) This is what I meant by "the middle". # speaker: zhou-lei # mood: annoyed
    -> spring

=== spring ===
{ patience <= 0: -> ending_walkout }
Deng gets up and goes to the map. Fourteen orange dots. # speaker: narrator
Now my timeline. On the first of May I want to stand on a stage and announce Kuaima Two Hours. City-wide. Baicao signs in March only if the date is real. So: can you do all of that by spring? # speaker: deng-yifan # mood: interested
* [City-wide by May Day — no, and I'd be lying if I said yes: fourteen hubs and 2,600 checkouts in fifteen weeks, with Spring Festival in the middle. But a real two-hour promise on that stage is possible. Which part of this map would make the announcement true? # move: calibrate-expectations, co-create-plan]
    ~ trust = MIN(trust + 1, 8)
    ~ zhou = MIN(zhou + 1, 5)
    ~ too_cautious = false
    (He is silent for a moment. Then he touches five dots, one after another.) Jinjiang. Wuhou. The Hi-Tech Zone. Five hubs, forty percent of our orders, a hundred and ten Baicao stores. # speaker: deng-yifan # mood: interested
    Five hubs on May Day. The whole city by September. Singles' Day at full scale. Lanjian arrives in the autumn and finds the promise already kept. (He writes the three dates on the whiteboard.) # speaker: deng-yifan # mood: pleased # milestone: vision-agreed
    (Quietly.) Five hubs by May I can staff. # speaker: zhou-lei # mood: interested
    -> process
* [Yes. City-wide by May Day. I'll put our best implementation team on it and we'll make it happen. # move: overclaim # cause: overpromised]
    ~ overpromised = true
    (He slaps the map with his palm.) That's what I wanted to hear. # speaker: deng-yifan # mood: pleased
    (He stops typing.) Fourteen hubs. Two thousand six hundred checkouts. Spring Festival in the middle. (He says nothing else.) # speaker: zhou-lei # mood: anxious
    -> process
* [Can I give you honest advice? Don't announce anything this year. Run windows quietly as a pilot in two hubs, prove them at ninety-eight percent through Singles' Day, then launch next year with the numbers behind you. Lanjian's three hours won't take the city in one autumn, and you'll have the lowest-risk launch in Chengdu. # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ too_cautious = true
    (He turns away from the map.) Next year Lanjian owns the word "window" in this city. I didn't invite you here to make me careful. # speaker: deng-yifan # mood: annoyed
    -> process

=== process ===
{ patience <= 0: -> ending_walkout }
So — next steps? FleetPilot's engineers are back on Thursday. # speaker: deng-yifan
* [Shall we keep the momentum? I'll have the contract to you tomorrow, and we hold the kick-off next week, before Spring Festival, so your May date stays safe. # move: premature-close # cause: board-unprepared]
    Slow down. I haven't chosen anybody. Yesterday FleetPilot wanted to kick off next week too. # speaker: deng-yifan # mood: skeptical
    -> obstacles
* [You're the founder — if you want it, it happens, doesn't it? Let's agree the shape between the two of us and I'll send it straight to you. # move: rely-on-single-contact # cause: board-unprepared]
    It's my company. Mostly. # speaker: deng-yifan # mood: neutral
    Zhou looks down at the table. # speaker: narrator
    -> obstacles
* [Before any paper: how will Kuaima choose between the three of us? Who has to say yes besides you, and where does the money come from? # move: ask-decision-process, qualify-budget]
    ~ trust = MIN(trust + 1, 8)
    ~ knows_process = true
    I decide. But anything over five million goes to the board, and this is over five million. Hongtu Capital has two seats. After the warehouse project the board added a rule: no system project without Zhou's technical sign-off. # speaker: deng-yifan # mood: neutral
    The board meets on the twenty-sixth of February. The money is there if they approve. # speaker: deng-yifan # milestone: budget-confirmed
    { trust >= 6:
        (Lower.) And Liang Qing, Hongtu's partner, is the one who suggested Omnia. She sits on their customer advisory board. # speaker: deng-yifan # insider: investor-backs-omnia
    }
    (Drily.) So I'm not a detail. # speaker: zhou-lei # mood: neutral
    -> obstacles

=== obstacles ===
{ patience <= 0: -> ending_walkout }
(He checks his watch.) Fifteen minutes. What else do you need from us? # speaker: deng-yifan
* [Two uncomfortable questions. What could kill this project before it starts, at the board or anywhere else? And if you each had to vote today, who would you pick? # move: ask-obstacles, ask-competition]
    ~ trust = MIN(trust + 1, 8)
    { trust >= 6:
        The board. Liang Qing, our lead investor, thinks two-hour windows are a margin bonfire. She'll want cost per order, not adjectives. # speaker: deng-yifan # mood: neutral # insider: board-opposition
    - else:
        The board can always say no. They'll want numbers, not adjectives. # speaker: deng-yifan # mood: neutral
    }
    { zhou >= 4:
        (He glances at Deng, then answers anyway.) Today? FleetPilot. Their API is the easiest thing for my team. It's not about you. It's about my nine people. # speaker: zhou-lei # mood: neutral # insider: favoured-vendor # milestone: competition-revealed
    - else:
        (He keeps his eyes on his laptop.) I'll give my vote to Deng, not to a vendor. # speaker: zhou-lei # mood: neutral
    }
    And I'd pick whoever keeps the promise. I don't know yet which one that is. # speaker: deng-yifan
    -> case
* [Let me say what your board may be too polite to say: Omnia's fourteen-month plan is the classic big-vendor trap. Any investor who has sat through an Omnia rollout knows it, and yours will too once the first milestone slips and the consultants start changing every quarter. # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (Coolly.) Omnia came to us through one of my investors. I'd be careful what you say about them in this building. I won't repeat that. # speaker: deng-yifan # mood: skeptical
    -> case
* [Honestly? Boards follow founders with conviction. Walk into your board and tell them this is the decision — they'll back you. # move: rely-on-single-contact]
    (He laughs.) I like you. You haven't met Liang Qing. # speaker: deng-yifan # mood: pleased
    -> case

=== case ===
{ patience <= 0: -> ending_walkout }
Whoever I pick, the board asks one question: what does a two-hour promise cost per order, and what happens if it doesn't work? FleetPilot told me their AI "pays for itself". # speaker: deng-yifan # mood: neutral
* [Don't investors back founders, not spreadsheets? You've just described the future of delivery in this city. That is your case. # move: rely-on-rapport # cause: board-unprepared]
    (A brief smile.) Very kind. Liang Qing backs spreadsheets first and founders second. # speaker: deng-yifan # mood: neutral
    -> price
* [Then let's build the board's page with your numbers, not ours: the merchant premium, Baicao's volume, rider utilisation per hub, our price, and what a slipped launch costs. You present it, Zhou signs the technical line, I fill in our column. # move: build-business-case]
    ~ trust = MIN(trust + 1, 8)
    ~ has_case = true
    Our numbers, my page. (He writes BOARD — 1 PAGE on the whiteboard.) Liang Qing has never read a vendor's deck. She reads mine. # speaker: deng-yifan # mood: interested
    I can give you rider utilisation per hub from last month's replay. # speaker: zhou-lei # mood: interested
    -> price
* [I'll send your board our standard ROI model tonight: payback averages seven months across our customers, and it has a tab for Hongtu with cost per order, rider utilisation per hub and the premium you'd charge merchants. Liang Qing only has to check the assumptions, and your page is done before the twenty-sixth. # move: numbers-without-buy-in # cause: board-unprepared]
    Your averages, to Liang Qing. (He winces.) She'll ask whose customers, and then she'll ask me why I let a vendor write to my board. # speaker: deng-yifan # mood: skeptical
    -> price

=== price ===
{ patience <= 0: -> ending_walkout }
And money. FleetPilot offered us the first year free — we'd be their "design partner". Omnia never gives anything away. What about you? # speaker: deng-yifan # mood: neutral
* [What number would make it easy for you and Liang Qing? # move: ask-what-price-works # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (He doesn't hesitate.) Zero, for year one. You heard FleetPilot. And your on-site team for the May Day launch, free as well, I assume. # speaker: deng-yifan # mood: neutral
    -> readiness
* [We'll match it: year one free, and our on-site team for the May Day launch on top. I don't want money to be what decides this, and a founder about to make three hours look slow shouldn't pay for the privilege of going first. # move: unilateral-discount # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Good. (He writes FREE Y1 on the whiteboard.) Then the on-site team for the May Day launch is free as well, I assume. # speaker: deng-yifan # mood: pleased
    (Under his breath.) Free is what you pay for a pilot. # speaker: zhou-lei # mood: skeptical
    -> readiness
* [Not free. Your launch isn't a trial, and free software gets treated like one. Design-partner pricing for year one, yes — if Kuaima launches publicly with us on May Day and hosts reference visits, and we have your decision by the board date. # move: trade-concession, ask-two-gets]
    ~ trust = MIN(trust + 1, 8)
    A co-launch on stage. I was going to hold a press event anyway. (He thinks.) Reference visits, fine. Lanjian will send someone pretending to be a merchant, but fine. # speaker: deng-yifan # mood: interested # milestone: concession-traded
    -> readiness

=== readiness ===
{ patience <= 0: -> ending_walkout }
Deng puts the cap back on the marker and looks at you. So does Zhou. # speaker: narrator
* [Before I suggest anything — where are you both, honestly? Is Routewise the option you want to take to the board, or are we still one of three? # move: check-readiness]
    { trust >= 7 && zhou >= 4:
        An hour ago you were one of three. Now you're the one I want to take to the board. If Zhou's test passes. # speaker: deng-yifan # mood: pleased # milestone: preferred-vendor # phase: 3
        If it passes. (He nods.) # speaker: zhou-lei # mood: interested
    - else:
        Honestly? Still one of three. FleetPilot's map is still in my head. # speaker: deng-yifan # mood: neutral
    }
    -> plan
* [Shall we sign a letter of intent today? Then my team can block the May implementation slots for you. # move: premature-close # cause: pushed-for-signature]
    -> ending_pushed
* [I'll put all of this into a proposal — the window engine, the sandbox test, the rollout and the price — and send it to you both by Friday. You decide when you're ready. # move: send-brochure # cause: no-next-step]
    -> ending_drift

=== plan ===
{ trust >= 7: Deng hands you the marker. | Deng waits. } # speaker: narrator
* [Shall I have our PMO draft the full project plan? They've run forty rollouts like this — hubs, merchant checkouts, rider training and the Singles' Day load test on one chart by Monday. You and Zhou only need to approve it, and your board sees a plan on the twenty-sixth that looks like a bank's. # move: impose-solution-design # cause: no-next-step]
    Your PMO's plan. (He puts the marker down.) Omnia sent one of those. Two hundred pages. # speaker: deng-yifan # mood: skeptical
    -> ending_drift
* [Let's write it here, on your dates. Zhou's pass and fail criteria by Friday; the sandbox test on the Singles' Day replay before Spring Festival; you call Jiangcheng's founder; we build the board page together; decision after your board; five hubs on the first of May, the city by September. What would you change? # move: propose-mutual-plan, co-create-plan]
    ~ trust = MIN(trust + 1, 8)
    -> decide
* [Great. Then I'll send the contract tonight so it's ready for the board. # move: premature-close # cause: pushed-for-signature]
    -> ending_pushed

=== decide ===
{ zhou <= 2: -> ending_zhou_fleetpilot }
{ not has_case || not knows_process: -> ending_shelved }
{ trust < 7 || too_cautious: -> ending_deng_fleetpilot }
{ overpromised: -> ending_overpromised }
-> ending_won

=== ending_won ===
(He changes one thing: he moves the reference call to this week.) I want to hear from Jiangcheng's founder what it's like to be the biggest on your engine. # speaker: deng-yifan # mood: pleased # milestone: mutual-plan-agreed
(He adds a line of his own under the dates: 200 ms — 0 writes — stop if missed.) Criteria by Friday. I'll send them to you and to FleetPilot. If you both pass, the better one wins. # speaker: zhou-lei # mood: interested
Three weeks later your engine answers thirty-eight thousand replayed checkouts at 140 milliseconds. Zhou signs the technical line on Deng's board page himself. # speaker: narrator
Kuaima chooses Routewise as its preferred vendor, with a co-created plan: five hubs on May Day, the whole city by September, and a founder who knows exactly what he is promising on stage. # speaker: narrator # outcome: won
-> END

=== ending_overpromised ===
(He looks at the whiteboard.) Good. Then we have a plan — and we have what you promised. # speaker: deng-yifan # mood: pleased
Kuaima chooses Routewise. What you promised in the boardroom goes into Deng's board page, and then into the contract, word for word. # speaker: narrator
Then the promises come due. By April the integration needs Zhou's engineers after all, two of the launch hubs are late, and the May Day stage becomes a "soft launch". Deng had already repeated your words to Baicao and to his board; Baicao signs with Lanjian for three-hour windows. # speaker: narrator
(On the phone in June.) I told you I accept risk. I don't accept surprises. Zhou has FleetPilot in the sandbox. # speaker: deng-yifan # mood: annoyed
You won the bake-off by promising more than you knew you could deliver, and lost the account when the promises came due. # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_zhou_fleetpilot ===
(He listens, politely, to the end.) Thank you. We'll be in touch after the board. # speaker: deng-yifan # mood: neutral
{ knows_process: You knew the board needed Zhou's technical sign-off. | You find out only afterwards that Kuaima's board needs Zhou's technical sign-off on any system project. } His two-page recommendation goes to the board: FleetPilot — "API-first, no changes to our core systems, the vendor accepted our test criteria". # speaker: narrator
Deng liked your vision better, but he will not overrule his Head of Technology a year after the warehouse project. In March FleetPilot adds a "capacity check" to its API, built with Zhou's team. # speaker: narrator # outcome: lost # caused-by: lost-zhou
-> END

=== ending_shelved ===
(He shakes your hand.) Good meeting. We'll take it to the board. # speaker: deng-yifan # mood: interested
{ not knows_process:
    You never asked how Kuaima decides. The board, it turns out, meets on the twenty-sixth of February and accepts no system project without Zhou's technical sign-off. Nobody planned for it, and on the day Deng presents a vision without Zhou's signature on it. # speaker: narrator
- else:
    On the twenty-sixth Liang Qing asks the question Deng predicted — cost per order, and what if it doesn't work — and nobody has a page that answers it. # speaker: narrator
}
The board defers Kuaima Two Hours "until after Singles' Day". The circled 2H stays on the whiteboard; in the autumn Lanjian launches three-hour windows in Chengdu. # speaker: narrator # outcome: no-decision # caused-by: board-unprepared
-> END

=== ending_deng_fleetpilot ===
(He is polite, and already looking at the map.) You know our system well. FleetPilot understood what I want Kuaima to become. # speaker: deng-yifan # mood: neutral
Two weeks later Deng announces FleetPilot as Kuaima's "AI partner for Two Hours". Zhou sends you a short, kind message: your test results were good. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_pushed ===
(He looks at Zhou. Zhou looks at his laptop.) A signature. In a bake-off. Before Zhou has tested anything. # speaker: deng-yifan # mood: annoyed
That's what the warehouse project looked like in week one. # speaker: zhou-lei # mood: annoyed
On Thursday FleetPilot's engineers come back and ask Zhou for his test criteria. By March they are Kuaima's partner for Two Hours. # speaker: narrator # outcome: lost # caused-by: pushed-for-signature
-> END

=== ending_drift ===
On Friday your proposal goes out: thirty pages and a project plan from your PMO. Deng forwards it to Zhou with one word: "thoughts?" # speaker: narrator
Nobody owns the next step. The sandbox test never gets a date before Spring Festival, and the board sees three proposals and no plan. # speaker: narrator
Kuaima Two Hours is postponed "to the second half"; the bake-off ends without a winner, and without you in the room when it restarts. # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_walkout ===
Deng looks at his watch and stands up. # speaker: narrator
I have FleetPilot's engineers on a call at four. Zhou will see you out. # speaker: deng-yifan # mood: annoyed
Your forty-five minutes end after twenty. Deng's assistant sends a polite email the next week: Kuaima has shortlisted two vendors, and Routewise is not one of them. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
