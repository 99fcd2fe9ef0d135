# id: innovator-first-contact
# title: The founder who broke the beta at Hopwing
# objective: A dated test with the decision maker, with the risks on the table early
# phase: 1
# segment: innovators
# buyer: zhou-yifan; Zhou Yifan; CTO and co-founder, Hopwing; champion; woman young
# buyer: marcus-ong; Marcus Ong; CEO and co-founder, Hopwing; decision-maker; man
# minutes: 15
# difficulty: intro
# version: 4
# setting: video
# brief: Hopwing is a 38-person drone-delivery startup in Shenzhen. Its CTO and co-founder, Zhou Yifan — ex-DJI flight control, PhD from ETH Zürich — found the Routewise Labs open routing API beta on a developer forum and has made 14,000 sandbox calls in nine days. Last night she posted in the forum that the solver "returns infeasible on problems a first-year student could solve by hand". Your Labs colleague passed the thread to you, and she accepted a twenty-minute video call "if it isn't a sales call".
# brief: You know the beta well enough to be honest about it. Tang Rui, the Labs engineering lead, told you this morning: the solver times out above roughly 300 stops when time windows are tighter than five minutes; synchronised drone-to-van hand-offs ("rendezvous constraints") work but are beta with no SLA; battery is modelled as range, not charge. There is no date for any of the fixes.
# brief: You don't yet know whether Hopwing has a business goal behind the experiments or whether Yifan is simply taking your engine apart for fun. That is the first thing to find out.

VAR trust = 2
VAR patience = 4
VAR goal_found = false
VAR gap_disclosed = false
VAR knows_authority = false
VAR marcus_onside = false
VAR credits_traded = false
VAR credits_given = false
VAR risk_known = false
VAR plan_agreed = false

-> opening

=== opening ===
The video connects onto a workbench. Propeller arms, a soldering station, a whiteboard dense with equations. Zhou Yifan is in a grey hoodie, eating noodles out of a paper cup, the Routewise API docs open on a second monitor. # speaker: narrator
Hi. I've got twenty minutes and a flight test at four. Your forum person said you'd have answers. (She puts the noodles down.) So? # speaker: zhou-yifan # mood: neutral
* [Thanks for taking our beta apart in public — it's useful. Before anything else, let me give you the big picture: Routewise Labs, where it fits in our fifteen years in logistics and four hundred customers, and where the routing API is heading next. # move: open-with-company-history # cause: lost-trust]
    ~ patience -= 1
    ~ trust = MAX(trust - 1, 0)
    (She picks the noodles back up.) I read the "About" page. It has a stock photo of a man pointing at a globe. # speaker: zhou-yifan # mood: annoyed
    Can we talk about the solver? # speaker: zhou-yifan
    -> the_bug
* [Teams flying drones rarely struggle with the flight leg itself; where I see them stuck is the hand-off to the ground — a van, a nurse, a locker. Is that anywhere near what you're testing? # move: open-with-business-problem]
    ~ trust += 1
    (She stops chewing.) ...Huh. Yes. Nearly exactly that. (She turns the second monitor towards the camera.) Which is why I need to know whether your solver is broken or I am. # speaker: zhou-yifan # mood: interested
    -> the_bug
* [Great to have you on the beta! Shall I set up a guided onboarding? One of our solution consultants walks your team through the API step by step, so nothing gets missed. # move: mismatched-pitch # cause: lost-trust]
    ~ patience -= 1
    ~ trust = MAX(trust - 1, 0)
    (A long pause.) I've read your docs. All of them. Including the two pages that contradict each other. I don't need a walkthrough, I need a stack trace. # speaker: zhou-yifan # mood: annoyed
    -> the_bug

=== the_bug ===
She shares her screen: a JSON request with 412 stops, four-minute time windows, and a response that says, simply, INFEASIBLE. # speaker: narrator
I can solve a relaxed version by hand in an afternoon. Your solver gives up after thirty seconds. Is that the engine, or am I holding it wrong? # speaker: zhou-yifan # mood: skeptical
* [It's the engine. Above roughly 300 stops with windows under five minutes, the beta times out and reports infeasible. Engineering knows; I won't invent a fix date. # move: admit-limitation]
    ~ trust += 2
    ~ gap_disclosed = true
    (She actually laughs.) Thank you. That's the first straight answer I've had from a vendor this year. The FleetPilot guy told me to "contact support". # speaker: zhou-yifan # mood: interested
    It should say timeout, not infeasible. That cost me two nights. # speaker: zhou-yifan
    -> why_it_matters
* [That shouldn't happen — the engine is production-grade and routinely handles thousands of stops. It'll be a configuration detail; I'll have support look at your request. # move: overclaim # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    (She raises one eyebrow.) "Production-grade". Your own docs call it beta in a red box. (She types something.) I've just sent you the request. It's eleven kilobytes. Find the configuration detail. # speaker: zhou-yifan # mood: skeptical
    -> why_it_matters
* [Before I guess: are the four-minute windows hard constraints, and what happens if you widen them to ten? # move: ask-diagnostic]
    ~ trust += 1
    (She tries it live.) Ten minutes... solves in six seconds. So it's the windows. (She squints at you.) You knew that, didn't you. # speaker: zhou-yifan # mood: neutral
    Suspected. Above about 300 stops with windows that tight, the beta times out and calls it infeasible. # speaker: seller
    ~ gap_disclosed = true
    Hm. Should say timeout. # speaker: zhou-yifan
    -> why_it_matters

=== why_it_matters ===
{ patience <= 0: -> ending_dropped }
She leans back and pulls the hood off. # speaker: narrator
Anyway. What I really wanted to know is whether you can plan drones and vans as one fleet. Drones have range, vans have parking, and they have to meet. Nobody does that properly. It's a fun problem. # speaker: zhou-yifan # mood: interested
* [That's the fun kind of problem. Is it for something Hopwing has to deliver, or research for now? What would it let you do that you can't do today? # move: ask-goal]
    { trust >= 2:
        ~ goal_found = true
        ~ trust += 1
        (She glances off-screen, then back.) Not research. Kangda Pharma Distribution. Lab samples and urgent medicines between eleven hospital campuses in Nanshan and Futian. Drones rooftop to rooftop, vans to the places we can't land. # speaker: zhou-yifan # mood: neutral
        The paid pilot starts in ten weeks. If it works, Kangda is sixty percent of next year's revenue. So — yes. Fun, and also the company. # speaker: zhou-yifan # milestone: goal-stated
        -> current
    - else:
        (She shrugs.) Research, mostly. I like breaking things. Why — do you need a "use case" for your CRM? # speaker: zhou-yifan # mood: skeptical
        -> curiosity
    }
* [We do mixed fleets already. Have you tried the fleet-profile endpoint? You define a drone as a vehicle type with an 18-kilometre range and the solver handles the rest. # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    I know the endpoint. I've called it four thousand times. (Flatly.) Range isn't battery, and "handles the rest" isn't an answer. # speaker: zhou-yifan # mood: skeptical
    -> curiosity
* [Honestly, you may be the first company in China doing this properly. Let's get you into our innovation partner programme and open a commercial trial straight away. # move: treat-curiosity-as-deal, flatter # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (She looks at you the way she looked at the INFEASIBLE response.) I said it was a fun problem. I didn't say I was buying anything. # speaker: zhou-yifan # mood: annoyed
    -> curiosity

=== curiosity ===
{ patience <= 0: -> ending_dropped }
She pulls the keyboard back towards her. # speaker: narrator
Let's stay technical, then. Your rendezvous constraint — drone and van at the same point within a window. Is that real, or is it a slide? # speaker: zhou-yifan # mood: neutral
* [Real, and beta: it works on small problems, no SLA, battery modelled as range only. I can put you in touch with the engineer who wrote it. # move: fit-message-to-segment, admit-limitation]
    ~ trust += 2
    ~ gap_disclosed = true
    (She nods slowly.) An engineer. Not a consultant. Okay. # speaker: zhou-yifan # mood: interested
    -> curiosity_goal
* [It's real, and it's the most advanced synchronised-routing capability on the market. It handles drones, vans, batteries, weather — the whole picture, in a single solve, at whatever scale you throw at it. # move: overclaim # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    Weather. (She types "weather" into your API docs search box. Zero results. She turns the screen so you can see it.) # speaker: zhou-yifan # mood: annoyed
    -> curiosity_goal
* [Rather than me describing it, what would you need to see it do before you'd believe it? # move: clarify-objection]
    ~ trust += 1
    Two hundred stops, twelve drones, three vans, fifteen rendezvous points, and an honest runtime. (She half-smiles.) That's a real answer, for once. # speaker: zhou-yifan # mood: neutral
    -> curiosity_goal

=== curiosity_goal ===
{ patience <= 0: -> ending_dropped }
She checks the time in the corner of her screen. Eleven minutes left. # speaker: narrator
* [Can I ask plainly — is there a project at Hopwing this would serve, with a date and someone who'd pay for it? If not, that's fine; I just want to know. # move: ask-goal, qualify-budget]
    { trust >= 3:
        ~ goal_found = true
        ~ trust += 1
        (She hesitates, then decides.) Fine. Kangda Pharma. Lab samples between eleven hospital campuses, drones plus vans, paid pilot in ten weeks. If it works, it's most of next year's revenue. # speaker: zhou-yifan # mood: neutral # milestone: goal-stated
        I didn't lead with it because every vendor who hears "pharma" sends me a brochure. # speaker: zhou-yifan
        -> current
    - else:
        (She shakes her head.) No project. No budget. I'm testing engines for the joy of it and you're on my list, between a French research solver and a thing from a hackathon. # speaker: zhou-yifan # mood: neutral
        -> curiosity_close
    }
* [Let me send over a proposal for our early-access plan anyway: it's cheaper to lock in now than when the beta goes commercial, and your 14,000 calls would already count towards the first tier. # move: treat-curiosity-as-deal, pressure-buyer # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (She sighs.) Send whatever you like. It goes to a folder called "later". # speaker: zhou-yifan # mood: annoyed
    -> curiosity_close
* [What else is on your list of engines to test? # move: ask-competition]
    ~ trust += 1
    A French research solver, OR-Tools with my own extensions, and a FleetPilot API key I got by pretending to be a florist. (A grin.) Yours is the only one that even tries rendezvous. # speaker: zhou-yifan # mood: interested # milestone: competition-revealed
    -> curiosity_close

=== curiosity_close ===
{ patience <= 0: -> ending_dropped }
Someone calls her name off-screen. The flight test. # speaker: narrator
I have to go. So what happens now — are you going to call me every week? # speaker: zhou-yifan # mood: neutral
* [No. You're testing, not buying, and that's fine. I'll connect you with Tang Rui in Labs and raise your sandbox limit. If a real project appears, call me. # move: walk-away-unqualified]
    -> ending_qualified_out
* [I'd like to set you up as an innovation account — early access to new Labs features, a named contact for anything you break — and check in every couple of weeks with a proposal for when you're ready. # move: chase-unqualified-deal # cause: chased-curiosity]
    -> ending_curiosity_drift
* [Let's book a full demo with our solutions team next week — the whole platform, so you see everything we can do beyond the API. # move: treat-curiosity-as-deal, mismatched-pitch # cause: chased-curiosity]
    -> ending_curiosity_drift

=== current ===
{ patience <= 0: -> ending_dropped }
She pulls a map of Shenzhen onto the shared screen: eleven hospital rooftops in red, three van depots in blue. # speaker: narrator
* [That's exactly what our Mixed-Fleet Orchestrator is built for — drones and vans in one plan. I'd put all eleven campuses on it from day one. # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (She frowns.) You don't know how we plan today. You don't know where it breaks. And "Orchestrator" is not in your docs. # speaker: zhou-yifan # mood: skeptical
    -> diagnose
* [When does the pilot actually start, and what has to be ready by then? # move: ask-timeline]
    ~ trust += 1
    June second. Kangda's quality team audits the first two weeks. Before that, we need a plan that works with real samples, not my test JSON. # speaker: zhou-yifan # mood: neutral
    -> diagnose
* [How do you plan the Kangda runs in the trial today — drones, vans, and the moment they meet? # move: ask-current-process]
    ~ trust += 1
    (She almost looks embarrassed.) Drones: a Python script I wrote over a weekend, OR-Tools underneath. Vans: Wang, our dispatcher, with a spreadsheet. They're planned separately. # speaker: zhou-yifan # mood: neutral
    They meet in the hospital car park. Mostly by luck. # speaker: zhou-yifan
    -> diagnose

=== diagnose ===
{ patience <= 0: -> ending_dropped }
She zooms in on one red roof: Nanshan People's Hospital. A van icon sits beside it, not moving. # speaker: narrator
* [When a hand-off misses in the trial, what actually happens — who waits for whom, and what breaks first? # move: ask-diagnostic]
    ~ trust += 1
    The drone can't wait — it has eleven minutes of hover reserve, then it has to land somewhere. So the van waits. Sometimes twenty minutes, on a kerb outside Nanshan People's. # speaker: zhou-yifan # mood: neutral
    And when a drone gets held for wind, Wang finds out from the driver. By phone. # speaker: zhou-yifan # milestone: pain-acknowledged
    -> implication
* [So isn't the real problem your weekend script — two planners that don't talk? It won't survive the pilot; you need one engine. # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (Coolly.) My weekend script flew nine hundred sorties without a crash. The vans are the problem. Or the car park. Or the wind. You don't know which. # speaker: zhou-yifan # mood: annoyed
    -> implication
* [(Say nothing; let her keep talking about the car park.) # move: neutral]
    (She goes on for a minute about parking attendants and a security guard who thinks the drones are filming him, then stops.) Why are you so quiet? # speaker: zhou-yifan # mood: neutral
    -> implication

=== implication ===
{ patience <= 0: -> ending_dropped }
She scrolls to a log file. # speaker: narrator
Last Tuesday two blood samples sat in a van for forty minutes. They have a two-hour stability window. They expired. Kangda's quality manager, Ms Fang, noticed. # speaker: zhou-yifan # mood: anxious
* [Did you know our customers typically cut hand-off waiting by a third? Shall I send you the ROI model tonight? It usually pays back inside a quarter. # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    "Typically." (She doesn't look up.) Your customers deliver sofas. Mine deliver blood. # speaker: zhou-yifan # mood: skeptical
    -> depth
* [If that happens twice in the pilot's audit weeks, what does Kangda do — and what does that mean for Hopwing? # move: ask-implication]
    ~ trust += 1
    (Quiet for a moment.) The pilot gate is ninety-eight percent of samples inside their stability window. Miss it and Kangda gives the route to a ground courier. # speaker: zhou-yifan # mood: anxious
    Then sixty percent of next year's revenue goes with it, and our Series B story is "we fly drones for fun". (She rubs her eyes.) I hadn't said that out loud before. # speaker: zhou-yifan # milestone: cost-quantified
    -> depth
* [A cold-chain customer of ours in Shanghai had a similar issue: they cut late deliveries by forty percent in three months once dispatch and tracking were joined up. # move: share-success-story, mismatched-pitch]
    (Politely.) Trucks. In Shanghai. Different physics. (She makes a note anyway.) # speaker: zhou-yifan # mood: neutral
    -> depth

=== depth ===
{ patience <= 0: -> ending_dropped }
She pushes the map aside. # speaker: narrator
Straight question. Is your solver your own, or a wrapper around OR-Tools with a logo on it? And is the rendezvous constraint real? # speaker: zhou-yifan # mood: skeptical
* [Yes, our own engine, and rendezvous constraints are fully supported — you'll find them in the API reference under synchronisation. # move: hide-known-gap # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    { gap_disclosed:
        (She frowns.) "Fully supported." Ten minutes ago you told me the beta times out. Which is it? # speaker: zhou-yifan # mood: skeptical
    - else:
        Good. (She makes a note.) I'll build the Kangda test on it, then. If it falls over in front of Ms Fang, I'll know whom to call. # speaker: zhou-yifan # mood: neutral
    }
    -> rival
* [Our own: adaptive large-neighbourhood search, C++ core. Rendezvous works but is beta — no SLA, thin docs, battery as range. Tang Rui wrote it; I can connect you. # move: fit-message-to-segment, admit-limitation]
    ~ trust += 2
    ~ gap_disclosed = true
    (She writes "ALNS — Tang Rui" on the whiteboard behind her.) No SLA I can live with for a test. Lying to me about it I can't. # speaker: zhou-yifan # mood: interested
    -> rival
* [It's fully proprietary AI, patent pending, trained on fifteen years of our routing data. It handles drones, vans, batteries and weather out of the box — it's production-ready for a pilot like Kangda's. # move: overclaim # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    Weather. (She types "weather" into your API docs search box. Zero results. She turns the screen so you can see it.) # speaker: zhou-yifan # mood: annoyed
    -> rival

=== rival ===
{ patience <= 0: -> ending_dropped }
{ trust >= 6:
    Honestly, Leo — my lead engineer — thinks we should just extend OR-Tools ourselves. It's free, we own it. Between us, he's probably right. # speaker: zhou-yifan # mood: neutral # milestone: competition-revealed # insider: internal-favourite
- else:
    Why wouldn't we just extend OR-Tools ourselves? Leo, my lead engineer, knows it well. It's free, and we'd own it. # speaker: zhou-yifan # mood: skeptical
}
* [Open-source routing is a research toy. Nobody serious runs a pharma pilot for Kangda on a weekend project with no support contract and no one to call at three in the morning: you'd be betting the company on it. # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    (Sharply.) My weekend project flew nine hundred sorties. Google runs half the planet's routing experiments on OR-Tools. (She folds her arms.) Try again. # speaker: zhou-yifan # mood: annoyed
    -> credits
* [For static routing, OR-Tools is excellent and free — I'd use it too. The hard part is re-planning a hand-off live when a drone is held for wind. That's what Leo would be building. # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    (She thinks.) Live re-plan of the rendezvous. Yes. Leo estimated three months for that. Leo's estimates are optimistic by a factor of pi. # speaker: zhou-yifan # mood: interested
    -> credits
* [What has Leo built on OR-Tools so far, and what does he think is hardest? # move: clarify-objection]
    ~ trust += 1
    The drone planner. He thinks the hardest bit is when the plan breaks mid-flight and you have to move the meeting point. He hasn't started that. # speaker: zhou-yifan # mood: neutral
    -> credits

=== credits ===
{ patience <= 0: -> ending_dropped }
She pastes her sandbox dashboard into the chat: 14,212 calls, a red bar at the ten-thousand monthly limit. # speaker: narrator
Practical thing. To test the Kangda data properly I need maybe a hundred thousand calls. Can you lift the limit? # speaker: zhou-yifan # mood: neutral
* [Done — I'll make it unlimited for you, no charge, for as long as you need. Consider it our contribution to the Kangda project; I'd rather you test on real data than watch a counter. # move: unilateral-discount]
    ~ credits_given = true
    (She brightens.) Nice. Thank you. (She is already typing the next request.) # speaker: zhou-yifan # mood: pleased
    -> authority
* [Yes, for six weeks — if Leo can share the anonymised Tuesday hand-off logs with Tang Rui, and you'll walk us through the results when you're done. # move: trade-concession]
    ~ trust += 1
    ~ credits_traded = true
    (She considers it.) Anonymised logs, yes. Ms Fang will want a data agreement first. And a readout... fine. If it works, you'll want it more than I do. # speaker: zhou-yifan # mood: neutral
    -> authority
* [I'll need to check with my manager what's possible and come back to you. # move: neutral]
    (A small sigh.) Vendors. Okay. Before Thursday, please. # speaker: zhou-yifan # mood: neutral
    -> authority

=== authority ===
{ patience <= 0: -> ending_dropped }
She glances at the clock. Seven minutes. # speaker: narrator
* [You're the CTO and it's your architecture — if you're happy with it, that's the decision, right? Then we can get you straight onto a paid plan. # move: rely-on-single-contact, premature-close # cause: no-next-step]
    ~ trust = MAX(trust - 1, 0)
    (She hesitates a beat too long.) Technically... yes. (She doesn't sound sure.) # speaker: zhou-yifan # mood: neutral
    -> marcus
* [Let's not spoil a good technical conversation with procurement questions. I'll sort out the commercial side later. # move: avoid-hard-question # cause: no-next-step]
    (She nods, relieved.) Good. I hate that part. # speaker: zhou-yifan # mood: pleased
    -> marcus
* [If this ended up in the Kangda pilot, who would decide to pay for it, and is there money for tooling before June? # move: qualify-authority, qualify-budget]
    ~ trust += 1
    ~ knows_authority = true
    { trust >= 6:
        (She makes a face.) Marcus. My co-founder, CEO. He signs anything over twenty thousand yuan. There's a tooling budget since the bridge round — about fifteen thousand a month — and he guards it like a dragon. # speaker: zhou-yifan # mood: neutral # milestone: budget-confirmed # insider: real-budget
        He thinks I buy toys. He's not entirely wrong. # speaker: zhou-yifan
    - else:
        Marcus. My co-founder, CEO. He signs anything over twenty thousand yuan. (Flatly.) What's in the budget is his business, not something I tell a vendor on the first call. # speaker: zhou-yifan # mood: neutral
    }
    -> marcus

=== marcus ===
{ patience <= 0: -> ending_dropped }
A man in a white shirt leans into the frame behind her, laptop under his arm. # speaker: narrator # enter: marcus-ong
Yifan, the investors' call is in ten minutes — (he sees you) — oh. Hello. Are we buying toys again? # speaker: marcus-ong # mood: skeptical
{ knows_authority: (Yifan mouths: "Marcus.") | (Yifan, flatly: "Marcus. CEO.") } # speaker: narrator
* [We've got an adaptive large-neighbourhood search solver with rendezvous constraints, sub-second re-optimisation, REST and gRPC endpoints — Yifan's been stress-testing it. # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (Marcus's eyes glaze over.) Great. Sounds like a Yifan thing. (To her:) Ten minutes. (He starts to leave.) # speaker: marcus-ong # mood: neutral
    -> marcus_q
* [No toys. Yifan's been testing whether Hopwing can pass Kangda's pilot audit when drones hand off to vans. That's the question I'd like to help answer. # move: talk-business-outcomes]
    ~ marcus_onside = true
    ~ trust += 1
    (He stops and sits on the edge of the desk.) The Kangda audit. (To Yifan:) Is that where the blood samples went? # speaker: marcus-ong # mood: interested
    (She nods.) The van waited forty minutes. # speaker: zhou-yifan
    -> marcus_q
* [Yifan is one of the sharpest engineers I've spoken to this year. If she thinks it's worth testing, I'd trust her judgement on it. # move: rely-on-rapport # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (Marcus smiles thinly.) I always trust her judgement. It's her spending I audit. (He checks his watch.) # speaker: marcus-ong # mood: neutral
    -> marcus_q

=== marcus_q ===
{ patience <= 0: -> ending_dropped }
Marcus folds his arms. # speaker: narrator
We're a startup. We count chopsticks. { credits_given: Yifan says you've already made the calls unlimited and free. So what would we ever be paying for, | What does it cost, } and why wouldn't Leo just build it? # speaker: marcus-ong # mood: skeptical
* [For a startup, would forty percent off the early-access list price, locked for the whole pilot, take cost off the table? Then Leo can stay on the aircraft. # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (Marcus raises his eyebrows.) Forty percent off what? You haven't told me what it does for us yet. (To Yifan:) Be careful, they're keen. # speaker: marcus-ong # mood: skeptical
    -> obstacles
* [Before price: what would passing Kangda's pilot be worth to Hopwing — and what would it cost to have Leo build a rendezvous planner instead? # move: ask-need-payoff]
    ~ trust += 1
    ~ marcus_onside = true
    (He actually thinks about it.) Passing the pilot is the Series B. Leo building it... (Yifan: "Three months. Times pi.") ...is a quarter of our engineering team not working on the aircraft. # speaker: marcus-ong # mood: interested
    If your thing gets us through June, the cost isn't the question. If it doesn't, any price is too much. # speaker: marcus-ong
    -> obstacles
* [Let me send you our ROI calculator — most customers see a payback of under four months. # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (He nods without interest.) Send it to Yifan. (He's looking at his phone.) # speaker: marcus-ong # mood: neutral
    -> obstacles

=== obstacles ===
{ patience <= 0: -> ending_dropped }
Marcus stands. Yifan looks at you: three minutes. # speaker: narrator
* [One more question, and it may be bad news: what could stop Hopwing from using an outside routing API in the Kangda pilot at all? # move: ask-obstacles]
    ~ trust += 1
    ~ risk_known = true
    (She and Marcus look at each other.) Ms Fang. Kangda's quality team reviews every third-party system that touches sample data. It took FleetPilot's tracker six weeks. # speaker: zhou-yifan # mood: anxious
    (Grimly.) Six weeks out of ten. Good question. # speaker: marcus-ong # milestone: risk-addressed
    -> next_step
* [Shall I send Leo the integration guide tonight? It's a standard REST API; any IT team can plug it into the pilot in a day. # move: avoid-hard-question # cause: skipped-obstacles]
    (Yifan shrugs.) Sure. Send it. # speaker: zhou-yifan # mood: neutral
    -> next_step

=== next_step ===
{ patience <= 0: -> ending_dropped }
Someone off-screen calls Yifan's name again. # speaker: narrator
So. What now? # speaker: zhou-yifan
* [Let's get the paid early-access plan started this week so you're ready for June second. I can send Marcus the order form today, and Tang Rui can start on the Kangda data as soon as it's signed. # move: premature-close # cause: no-next-step]
    ~ trust = MAX(trust - 2, 0)
    (Marcus, from the door:) We're not signing anything from a twenty-minute call. # speaker: marcus-ong # mood: annoyed
    -> decide
* [A proposal: two weeks of the Tuesday logs through rendezvous with Tang Rui; Leo and Tang Rui agree the pass mark up front; Marcus joins the readout on the 14th and decides. # move: propose-mutual-plan]
    ~ trust += 1
    ~ plan_agreed = true
    -> decide
* [Let's keep it light: carry on testing, and call me whenever you're ready to talk commercially. # move: neutral # cause: no-next-step]
    (Yifan nods, already half out of her chair.) Sure. # speaker: zhou-yifan # mood: neutral
    -> decide

=== decide ===
{ patience <= 0: -> ending_dropped }
// The goal is known on every path here; what is left is whether she believes you, whether Marcus heard why it matters, and whether anyone was asked to decide.
{ trust < 6 || not marcus_onside: -> ending_lost }
{ not knows_authority || not plan_agreed: -> ending_no_decision }
{ trust < 13: -> ending_lost }
{ risk_known: -> ending_won }
-> ending_review_stall

=== ending_won ===
(Marcus pauses at the door.) The fourteenth. Bring the engineer, not slides. And start the paperwork with Ms Fang on Monday — I'm not losing four weeks to a form. # speaker: marcus-ong # mood: interested # milestone: meeting-agreed
(Yifan is already writing "14th — readout — Tang Rui" on the whiteboard.) Send me the data agreement tonight. I'll get Leo to anonymise the logs. # speaker: zhou-yifan # mood: pleased # milestone: mutual-plan-agreed
You leave the call with a goal, a decision maker, a dated test against Kangda's gate and the compliance risk on the table ten weeks early: Hopwing's evaluation is now yours to lose. # speaker: narrator # outcome: won
-> END

=== ending_review_stall ===
(Marcus pauses at the door.) The fourteenth, then. Bring the engineer, not slides. # speaker: marcus-ong # mood: interested # milestone: meeting-agreed
The readout goes well. Marcus says yes on the spot. Then Yifan forwards Kangda's supplier questionnaire: forty pages, a data-protection audit, six weeks minimum. Nobody had asked. # speaker: narrator
We can't wait six weeks. We'll start the pilot on the weekend script and revisit you in the autumn. Sorry — I really wanted this one. # speaker: zhou-yifan # mood: anxious
A goal, a sponsor and a plan, undone by the one obstacle nobody looked for: the pilot starts without you, and the decision slides to "later". # speaker: narrator # outcome: no-decision # caused-by: skipped-obstacles
-> END

=== ending_no_decision ===
{ plan_agreed:
    The readout on the 14th goes well. Then Marcus asks who is paying for it, and from which budget. Yifan had assumed it was her call; nobody had asked. "Not before June," says Marcus. "Let's revisit after the pilot." # speaker: narrator
- else:
    Yifan keeps testing. Every few days the sandbox logs show another thousand calls, then another. Marcus never asks about it; Ms Fang never hears of it. # speaker: narrator
}
Six weeks later Yifan messages: "Leo built a rendezvous hack on OR-Tools. It mostly works. Your solver is nicer. Let's talk after the pilot." # speaker: zhou-yifan # mood: neutral
The interest was real and so was the goal, but nobody decided anything: Hopwing runs its pilot on the weekend script. # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_lost ===
Yifan's reply to your follow-up email comes two days later, one line long. # speaker: narrator
"Decided to build on OR-Tools in-house. At least when it breaks I know why." # speaker: zhou-yifan # mood: skeptical
She never quite believed what you told her, and Marcus never heard why it mattered: Hopwing goes open source. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_dropped ===
Yifan looks at the clock, then at you. # speaker: narrator
I'm going to stop here. I have a flight test, and this has turned into a sales call. (The video freezes on her reaching for the mouse.) # speaker: zhou-yifan # mood: annoyed
That evening a new post appears in the developer forum: "Routewise Labs: good solver, don't take the call." # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_qualified_out ===
(She pauses, hand on the laptop lid.) That's... refreshingly unweird. Okay. Send me Tang Rui. # speaker: zhou-yifan # mood: pleased
Two months later an email arrives from her: "Remember the fun problem? It's now a paid pilot with a pharma distributor. Still have that engineer?" # speaker: narrator
No goal today meant no opportunity today. You qualified out honestly, kept the door open, and she came back with a real project. # speaker: narrator # outcome: qualified-out
-> END

=== ending_curiosity_drift ===
Your calendar invitations are accepted, then moved, then declined. Yifan's sandbox calls drop to zero within a month. # speaker: narrator
The CRM shows "Hopwing — innovation account — 30% probability" for two quarters, until your manager asks what the goal was. You don't know. # speaker: narrator # outcome: no-decision # caused-by: chased-curiosity
-> END
