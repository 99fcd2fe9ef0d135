# id: innovator-sandbox-eval
# title: The bake-off in the robot lab at Qiyun Robotics
# objective: Become the evaluator's choice, on the terms she defines
# phase: 2
# segment: innovators
# buyer: lu-haoran; Lu Haoran; Lead Robotics Software Engineer, Qiyun Robotics; champion; man young
# buyer: helen-kwok; Dr Helen Kwok; Head of R&D, Qiyun Robotics; decision-maker; woman glasses
# minutes: 20
# difficulty: intermediate
# version: 4
# setting: office
# brief: Qiyun Robotics in Hangzhou builds autonomous mobile robots for hospitals and is launching "Qiyun Street": sidewalk delivery robots that carry parcels and takeaway from the gate of a residential compound to the apartment door, riding the lifts on their own. The launch is 1 September with Lanting Property: twelve compounds, 200 robots, 2,000 next year if it works. The robots need a route-optimisation engine that can re-plan the whole fleet live when a lift breaks down or a gate closes.
# brief: Qiyun is in a two-week technical bake-off: the Routewise Labs open routing API (beta), an open-source stack of VROOM and OSRM that Qiyun's engineers have extended, and FleetPilot's commercial routing API. Today is day eight. Lu Haoran, the lead engineer, found the Labs beta himself, has built the test harness and is openly a fan. Dr Helen Kwok, Head of R&D, makes the choice; the COO, Zhang Wei, signs the cheque. You've been invited to the lab "to walk through the results".
# brief: Be ready for your own limits: the Labs beta times out above roughly 1,500 vehicles in one request, models battery as range rather than charge curves, has no SLA, and Labs does not release the solver's source code. The engineering lead in Labs will not commit to dates for any of it.


VAR trust = 3
VAR patience = 3
VAR gap_admitted = false
VAR gap_hidden = false
VAR knows_process = false
VAR vision_built = false
VAR risk_known = false
VAR sla_honest = false
VAR promised = false
VAR plan_agreed = false
VAR refused = false

-> lab_door

=== lab_door ===
The lab is a converted warehouse: a mock residential lobby built from plywood, a real lift door bolted to a steel frame, and four knee-high white robots parked in a row like ducklings. # speaker: narrator
Lu Haoran meets you at the door in a hoodie printed with a VROOM logo crossed out in marker. # speaker: narrator
Okay, honestly? Your re-plan latency is insane. I've basically decided. We just need the numbers to look clean for Helen and we're done. # speaker: lu-haoran # mood: pleased
* [Great to hear — why don't you present the results to Helen, then? You've done the hard part, you know what she trusts better than anyone, and I'll back you up on anything technical she asks. # move: rely-on-single-contact]
    Perfect. She trusts my numbers. (He beams.) Mostly. # speaker: lu-haoran # mood: pleased
    -> dashboard
* [Shall we go straight to the benchmarks, then? The numbers will speak for themselves. # move: numbers-without-buy-in]
    Yes! (He's already walking.) I love a vendor who wants to see data. # speaker: lu-haoran # mood: pleased
    -> dashboard
* [Glad it's going well. How will Helen choose between the three — and who else has a say before anything is bought? # move: ask-decision-process]
    ~ trust += 1
    ~ knows_process = true
    (He slows down.) Helen picks. Zhang Wei, our COO, signs the cheque. # speaker: lu-haoran # mood: neutral
    (He hesitates.) Where each of them leans... ask me again once I've seen how you handle test D. # speaker: lu-haoran
    -> dashboard

=== dashboard ===
He drops into a chair in front of three monitors. A results table fills the centre screen. # speaker: narrator
Four tests. A: static morning plan, 200 robots. All three within two percent — open source is basically as good. B: live re-plan when a lift goes down. You: 0.4 seconds. FleetPilot: 3.1. Open source: 9.2. # speaker: lu-haoran # mood: interested
C: charging. FleetPilot won that. D: scale, two thousand robots in one request. (He taps a key.) Kicking it off now. Takes about forty minutes. # speaker: lu-haoran
* [Before D finishes: the beta times out above roughly 1,500 vehicles in one request. You'll see it fail — better from me than from the log. # move: admit-limitation]
    ~ trust += 2
    ~ gap_admitted = true
    (He stares at you, then at the progress bar.) ...Huh. Okay. (He types a note.) Nobody's ever told me their thing would fail before it failed. # speaker: lu-haoran # mood: neutral
    Can I shard it — per compound? # speaker: lu-haoran
    That's how I'd test it. Twelve requests, not one. # speaker: seller
    { knows_process:
        (Quieter.) Since you're straight with me: Zhang likes FleetPilot — they have an SLA and a salesman who plays golf. And Helen leans to open source. She says our core IP is navigation, and she won't let any vendor own a piece of the robot's brain. # speaker: lu-haoran # mood: neutral # insider: decision-makers-leanings # milestone: competition-revealed
    }
    -> charging
* [Let's let test D speak for itself. The engine has surprised your team all week, and 2,000 robots is exactly the kind of number it likes. # move: hide-known-gap # cause: hid-the-gap]
    ~ gap_hidden = true
    (He grins.) That's the spirit. (He cracks his knuckles and watches the progress bar.) # speaker: lu-haoran # mood: pleased
    -> charging
* [Honestly, the table already says it: 0.4 seconds against 3.1 and 9.2 is an order of magnitude on the test that matters most, and once the scale run is in we'll lead across the board. # move: claim-different-on-everything, hide-known-gap # cause: hid-the-gap]
    ~ gap_hidden = true
    (He hesitates.) Across the board? You lost C. (He points at the screen.) Says so right there. # speaker: lu-haoran # mood: skeptical
    -> charging

=== charging ===
He scrolls to test C. FleetPilot's charging plans are clean; yours send six percent of robots on a detour to a charger they didn't need. # speaker: narrator
FleetPilot's EV module is properly mature. Helen will see this row first. She always reads the row where we lose. # speaker: lu-haoran # mood: anxious
* [Isn't FleetPilot's module built for trucks? It's rigid — once you go beyond their templates, you'll hit a wall. # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (He frowns.) It did fine on our templates. Those are the only ones I've got. # speaker: lu-haoran # mood: skeptical
    -> source_ask
* [They won it fairly — our beta treats battery as range. Where we differ is test B: what the fleet does when a lift dies at 7:40. # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    (He nods slowly.) That's... exactly how I'd put it to Helen. Charging we plan the night before. Lifts die whenever they like. # speaker: lu-haoran # mood: interested
    -> source_ask
* [Don't worry about C. Charge curves are already on our roadmap — Labs is working on them now — and they'll land well before your September launch, so by go-live that row flips. # move: overclaim # cause: overpromised]
    ~ promised = true
    (He writes "charge curves — before Sept" on a sticky note and puts it on the monitor.) Great. Helen will ask for that in writing. # speaker: lu-haoran # mood: pleased
    -> source_ask

=== source_ask ===
He swivels round. # speaker: narrator
Two things I need, if you win. Source access to the solver, so we can patch it ourselves at three in the morning. And unlimited API credits for the rest of the bake-off — I'm hitting the sandbox cap every afternoon. # speaker: lu-haoran # mood: interested
* [Unlimited credits, done, on me — you shouldn't be rationing tests in the second week of a bake-off. And source access: leave that with me. I know the Labs team, and I'll make it happen. # move: unilateral-discount, overclaim # cause: overpromised]
    ~ promised = true
    (He high-fives you, slightly awkwardly.) This is why I wanted you. # speaker: lu-haoran # mood: pleased
    -> architecture
* [Let me check with Labs on both and come back to you by Friday. # move: avoid-hard-question]
    (He shrugs.) Sure. Friday is day eleven. # speaker: lu-haoran # mood: neutral
    -> architecture
* [Credits, yes, to the end of the bake-off, if Helen's review goes in the calendar this week. Source, no: Labs doesn't release it. You can have the API spec and the engineer. # move: trade-concession, admit-limitation]
    ~ trust += 2
    (His face falls on "no", then recovers.) No source. Okay. At least you didn't pretend. (He thinks.) Helen's review... I'll ask her. # speaker: lu-haoran # mood: neutral # milestone: concession-traded
    -> architecture

=== architecture ===
He pulls an architecture diagram onto the left monitor: Qiyun's own fleet manager on ROS 2, their own maps, their own lift-control bridge, and one grey box labelled "ROUTING ENGINE (TBD)". # speaker: narrator
This is the bit I care about. The grey box. # speaker: lu-haoran
* [So: your fleet manager, maps and lifts stay yours, and the grey box is a stateless call on every re-plan — swappable if we disappoint. # move: build-vision-from-buyer-words]
    ~ trust += 1
    ~ vision_built = true
    (He sits up.) Swappable. Yes. Helen will love "swappable". (He writes it on the diagram.) # speaker: lu-haoran # mood: interested # milestone: vision-agreed
    -> helen_access
* [Honestly, wouldn't you get more from moving fleet management onto our platform too? Tracking, ETAs and dispatch in one place — one vendor, one integration, much less for your team to maintain. # move: impose-solution-design # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    (He puts a finger on the diagram.) The fleet manager is the robot. Helen would throw you out of the window. We're on the ground floor, so it wouldn't even hurt. # speaker: lu-haoran # mood: annoyed
    -> helen_access
* [Have you seen what else our API can fill in here? Live tracking, ETA prediction and a carrier module — all plug-in endpoints you could wire into that diagram next to the grey box. # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (He glances at the diagram, then at you.) We don't have carriers. We have robots. # speaker: lu-haoran # mood: skeptical
    -> helen_access

=== helen_access ===
His phone buzzes. He reads it and makes a face. # speaker: narrator
Helen. She's stuck in board prep. She says: "Haoran, just send me your recommendation by Friday." (He looks up.) Honestly, that's fine. I'll write it up. She'll go with what I say. # speaker: lu-haoran # mood: neutral
* [Fine by me — shall I leave the write-up to you, then? You know what she needs. # move: accept-delegation-down, rely-on-single-contact # cause: kept-from-helen]
    (He opens a blank document.) Cool. I'll do it tonight. # speaker: lu-haoran # mood: pleased
    -> report
* [Could you ask her for fifteen minutes, today or tomorrow? I'd rather she hears our limits and the open-source question from me. # move: ask-to-meet-decision-maker]
    { trust >= 4:
        ~ trust += 1
        (He hesitates, then types.) ...She says she has fifteen minutes now, between meetings. She's coming down. (He looks at you.) She never does that. # speaker: lu-haoran # mood: anxious # milestone: access-granted
        -> helen_open
    - else:
        ~ refused = true
        (He types, waits, reads.) She says: "If it's good, Haoran will tell me." (He shrugs.) Sorry. I'll write it up. # speaker: lu-haoran # mood: neutral
        -> report
    }
* [Let's make your write-up bulletproof, then. I'll draft the comparison section for you tonight — I've written a dozen of these for management, I know what a Head of R&D looks for, and you can just drop it in. # move: rely-on-single-contact, accept-delegation-down # cause: kept-from-helen]
    (He looks relieved.) You'd do that? Amazing. I hate writing. # speaker: lu-haoran # mood: pleased
    -> report

=== report ===
You spend the next hour with Haoran on his recommendation. He types fast, in capital letters. # speaker: narrator
{ not gap_admitted:
    Halfway through, test D finishes in red: TIMEOUT at 1,500 vehicles. Haoran types "D: FAILED" into the report without looking at you. # speaker: narrator
}
ROUTEWISE: FASTEST. (He stops.) How do I answer the open-source thing? She'll ask why pay when VROOM is free. # speaker: lu-haoran # mood: anxious
* [Put that open source is a hobby project with no one accountable: when it breaks at 3 a.m. the week before launch, there's nobody to call, just you and a GitHub issue. Helen will get it. # move: bash-competitor]
    ~ trust = MAX(trust - 1, 0)
    (He types it, then deletes half of it.) She maintains two open-source libraries herself. I'll soften it. # speaker: lu-haoran # mood: anxious
    -> report_close
* [Tell her the truth: on static plans open source is as good, and free. Our case is live re-plan — write what a dead lift at 7:40 costs with a nine-second re-plan. # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    (He types for a long time.) That's better. That's what I actually think. # speaker: lu-haoran # mood: neutral
    -> report_close

=== report_close ===
He saves the file: "bakeoff_final_v3_REALfinal.docx". # speaker: narrator
I'll send it Friday. What should I say about next steps? # speaker: lu-haoran
* [Say we'd like a decision by the end of the month, so you can lock in beta pricing before it goes up with general availability — it keeps your budget clean and gives Helen a date to work to. # move: push-quarter-end # cause: pushed-deadline]
    -> ending_report_push
* [Ask her to name the date she'll decide and what she'd need to see by then — and say I'd welcome fifteen minutes with her before it. # move: ask-timeline, ask-to-meet-decision-maker]
    { refused: -> ending_report_refused | -> ending_report_drift }

=== helen_open ===
Dr Helen Kwok comes in with a laptop under one arm and a coffee in the other. She doesn't sit. # speaker: narrator # enter: helen-kwok
Fifteen minutes. Haoran is in love with your API. I am not. (She glances at the results table.) You're fast. Fast at what, for whom, and why should I care? # speaker: helen-kwok # mood: skeptical
* [What does this decision have to achieve for you? The September date with Lanting, keeping the robot's brain in-house, something else? # move: ask-goal]
    ~ trust += 1
    (She sits down.) All of it. September is the date the board sees. And I will not end up running a routing company instead of a robot company — or letting a vendor own a piece of the robot. # speaker: helen-kwok # mood: neutral # milestone: goal-stated
    -> helen_oss
* [Have you looked at the p95? A 0.4-second re-plan on 200 robots, adaptive large-neighbourhood search in C++, incremental re-optimisation, gRPC streaming — twenty times faster than your open-source stack. # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (She reads the table instead of listening.) I can read, thank you. Haoran built the table. # speaker: helen-kwok # mood: skeptical
    -> helen_oss
* [Haoran and I have been working very closely all week. He'll tell you — it's been a great partnership, and the results show it. # move: rely-on-rapport # cause: lost-trust]
    ~ patience -= 1
    (She looks at Haoran, who suddenly finds his shoes interesting.) I'm sure. (To you.) I asked why I should care. # speaker: helen-kwok # mood: annoyed
    -> helen_oss

=== helen_oss ===
{ patience <= 0: -> ending_helen_leaves }
She sets the coffee down on the table. # speaker: narrator
Here's my problem. Open source: we own it, nobody can raise the price or kill the product. On test A, it's as good as you for free. Tell me why I shouldn't have Haoran build the rest. # speaker: helen-kwok
* [Because open source is fine until the maintainer moves on. Nobody is accountable, nobody picks up the phone at 7:40 when a lift dies, and you'd be betting a launch your board is watching on volunteers. # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    (Coldly.) I am one of those volunteers. I maintain two libraries on GitHub. (She crosses her arms.) Go on. # speaker: helen-kwok # mood: annoyed
    -> helen_scale
* [You should, for the static plan: it's as good, and free. But that "free" doesn't include the live re-plan Haoran hasn't built yet. # move: point-out-apples-to-oranges]
    ~ trust += 1
    (She glances at Haoran.) Is that right? (He nods.) How long? (He says "three weeks". She writes "three months".) # speaker: helen-kwok # mood: neutral
    -> helen_scale
* [On test A you're right — same quality, and free. Keep open source there. The difference is test B: when a lift dies at 7:40, we re-plan the fleet in 0.4 seconds, not 9. # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    { vision_built:
        (Quietly.) And it's a stateless call. Swappable. # speaker: lu-haoran
        (Her eyebrows go up a millimetre.) Keep open source for A. Swappable for B. (She writes both down.) That's a different proposal from the one I expected. # speaker: helen-kwok # mood: interested
    - else:
        (She thinks.) Keep open source for A. (She writes it down.) That's not what I expected a vendor to say. # speaker: helen-kwok # mood: neutral
    }
    -> helen_scale

=== helen_scale ===
{ patience <= 0: -> ending_helen_leaves }
Haoran's screen chimes. Test D has finished. The log ends in red: TIMEOUT at 1,500 vehicles. # speaker: narrator
{ gap_admitted:
    (Quickly.) Expected — they told us this morning. I'm re-running it sharded, per compound. # speaker: lu-haoran # mood: neutral
    (She looks at you.) You told him before it ran? # speaker: helen-kwok # mood: neutral
- else:
    ~ trust = MAX(trust - 2, 0)
    (Haoran stares at the log, then at you, and says nothing.) # speaker: lu-haoran # mood: annoyed
    (Helen doesn't look at the screen. She looks at you.) Did you know? # speaker: helen-kwok # mood: skeptical
}
* [Yes. The beta tops out around 1,500 vehicles per request, and I won't promise a date for more. How many robots would ever have to be planned together — across compounds, or within one? # move: admit-limitation, calibrate-expectations, clarify-objection]
    ~ trust += 1
    ~ gap_admitted = true
    (She thinks.) Within one. The biggest compound will have three hundred. Each compound is its own world anyway — the robots can't cross the street between them. (She nods once.) Sharded per compound, then. (To Haoran:) Run it. # speaker: helen-kwok # mood: neutral
    -> discover
* [That's a beta artefact of the shared sandbox. The production engine scales to five thousand vehicles, and a distributed solver lands in Q4 — well before you get anywhere near 2,000 robots. # move: overclaim # cause: overpromised]
    ~ promised = true
    (She writes "Q4 — distributed — 5,000" on her pad and underlines it twice.) I'll quote you on that in the contract. # speaker: helen-kwok # mood: skeptical
    -> discover
* { gap_admitted } [How many robots would ever have to be planned together in one request — across compounds, or within one? # move: clarify-objection]
    ~ trust += 1
    (She thinks.) Within one. A robot in Lanting East can't cross the road to Lanting West. The biggest compound will have... three hundred? # speaker: helen-kwok # mood: neutral
    So we shard. Per compound. # speaker: lu-haoran
    -> discover
* { not gap_admitted } [Before we get to that — how many robots would ever have to be planned together in one request, across compounds or within one? # move: avoid-hard-question]
    (She waits a moment before answering.) Within one. The biggest compound will have three hundred. (She writes something on her pad.) You didn't answer my question. # speaker: helen-kwok # mood: skeptical
    -> discover

=== discover ===
{ patience <= 0: -> ending_helen_leaves }
She taps the nine-second figure in row B. # speaker: narrator
Haoran thinks nine seconds is a disaster. Is it? A robot can wait nine seconds. They don't have lunch breaks. # speaker: helen-kwok # mood: skeptical
* [Isn't it obviously a disaster? The lobby gridlocks and your launch fails on day one. # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (She smiles thinly.) On day one. You've seen our lifts, then? # speaker: helen-kwok # mood: annoyed
    -> value
* [Our benchmarks show re-plan latency correlating with on-time delivery at 0.8 across our customer base. I can send you the analysis tonight, with Haoran's nine seconds and our 0.4 plotted on the same curve. # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (She doesn't reach for her pen.) Your customers drive vans on roads. Mine ride lifts. # speaker: helen-kwok # mood: neutral
    -> value
* [Maybe not. Haoran, in your sim, what do the other robots do during those nine seconds when a lift dies at 7:40? # move: ask-implication]
    ~ trust += 1
    (He pulls up the sim.) They keep driving to the dead lift. They queue. Then the re-plan arrives and half of them turn round. In the sim it cascaded: a fourteen-minute backlog in the lobby. # speaker: lu-haoran # mood: anxious
    (A silence.) Lanting's promise is door delivery within thirty minutes of the parcel reaching the gate. Fourteen minutes of lobby... and the lifts die twice a week. # speaker: helen-kwok # mood: anxious # milestone: pain-acknowledged
    -> value

=== value ===
{ patience <= 0: -> ending_helen_leaves }
Helen checks her watch. # speaker: narrator
Say I believe you. Zhang will ask why we pay a vendor for something my team could build. And he'll ask what it costs. # speaker: helen-kwok
* [Let's build his case with your numbers: three months of Haoran's team on a re-plan engine, against what a missed Lanting launch would cost. # move: build-business-case]
    ~ trust += 1
    (She pulls a chair to the whiteboard.) Four engineers for three months... (Haoran: "Three weeks." She ignores him.) Against Lanting's penalty clause and the next 1,800 robots. (She steps back.) Zhang will understand that. # speaker: helen-kwok # mood: interested # milestone: cost-quantified
    -> obstacles
* [To make it easy for Zhang, let me take cost off the table: a thirty percent launch discount off the whole package if you choose us this month. That turns "why pay a vendor" into a much smaller number. # move: percentage-discount-off-total, negotiate-before-value-accepted, push-quarter-end # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (She raises an eyebrow.) Thirty percent of what, for what? I haven't chosen anything. # speaker: helen-kwok # mood: skeptical
    -> obstacles
* [Shall I send you our standard ROI deck tonight? Benchmarks from thirty logistics customers. # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (She nods politely.) Send it to Haoran. # speaker: helen-kwok # mood: neutral
    -> obstacles

=== obstacles ===
{ patience <= 0: -> ending_helen_leaves }
Haoran's second monitor shows the sharded run crawling through compound four. Helen glances at it, then back at you. # speaker: narrator
* [So — can we call it for Routewise? If Haoran's sharded run passes tonight, I'll send the order form in the morning and we can start on your September launch straight away. # move: premature-close # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (She picks up her coffee.) The bake-off ends on day fourteen. It's day eight. # speaker: helen-kwok # mood: annoyed
    -> sla
* [What could still make you choose open source or FleetPilot? I'd rather hear it now than on day fourteen. # move: ask-obstacles]
    ~ trust += 1
    { trust >= 10:
        ~ risk_known = true
        (She considers you.) Two things. Zhang wants FleetPilot because they put 99.9% in the contract. And our lead investor wants anything in the robot's decision loop to be something we could replace in a month. # speaker: helen-kwok # mood: neutral # insider: favoured-vendor
    - else:
        (She considers you.) The usual things. Risk, and what Zhang is willing to sign. You'll hear on day fourteen. # speaker: helen-kwok # mood: neutral
    }
    -> sla
* [Is there anything else you'd like to see from us before day fourteen? # move: avoid-hard-question # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (She shrugs.) Haoran will tell you. # speaker: helen-kwok # mood: neutral
    -> sla

=== sla ===
{ patience <= 0: -> ending_helen_leaves }
{ risk_known: She comes back to the first thing. | She stands, then turns back. } # speaker: narrator
FleetPilot gives us 99.9% uptime in writing. What does your beta give us? # speaker: helen-kwok # mood: skeptical
* [We'll match 99.9% in the contract. Our real uptime has been better than that all year. # move: overclaim # cause: overpromised]
    ~ promised = true
    (She nods slowly.) In writing, then. Zhang's lawyers read everything. # speaker: helen-kwok # mood: neutral
    -> plan
* [Honestly, SLAs are mostly paperwork — a service credit after the fact doesn't move a single robot. What matters is that the engine is fast, and you've seen that with your own eyes this week. # move: dismiss-objection # cause: dodged-sla]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (Flatly.) Zhang doesn't sign what I've seen with my own eyes. He signs paper. # speaker: helen-kwok # mood: annoyed
    -> plan
* [Nothing in writing — the beta has no SLA. But give each call a deadline, and if we miss it, your fleet manager falls back to the open-source plan: slow, not stopped. # move: admit-limitation, offer-risk-reduction]
    ~ trust += 2
    ~ sla_honest = true
    (Under his breath.) Fallback to VROOM. That's... actually elegant. # speaker: lu-haoran # mood: interested
    (She looks at you for a long moment.) No SLA, with a fallback we own. Zhang won't love it. The investor will. # speaker: helen-kwok # mood: interested # milestone: risk-addressed
    -> plan

=== plan ===
{ patience <= 0: -> ending_helen_leaves }
She picks up her laptop. Five minutes over. # speaker: narrator
What happens next, then? # speaker: helen-kwok
* [Shall I lock beta pricing for you? If you sign before the thirtieth, I can hold it for two years — after that it goes up with general availability. # move: push-quarter-end, unilateral-discount # cause: no-mutual-plan]
    ~ trust = MAX(trust - 2, 0)
    (She stops at the door.) Your month-end is not my launch plan. # speaker: helen-kwok # mood: annoyed
    -> decide
* [I'll send you both a summary of the results and our proposal tonight — the sharded run, the fallback, the pricing — so you have everything in one place. Let me know when you've decided. # move: send-brochure # cause: no-mutual-plan]
    -> decide
* [Haoran reruns D sharded tonight and finishes the integration by day twelve. Day fourteen: you, Haoran and I go through it, and if you choose us, we meet Zhang together with the contract. Does that work for you? # move: propose-mutual-plan]
    ~ trust += 1
    ~ plan_agreed = true
    -> decide

=== decide ===
{ patience <= 0: -> ending_helen_leaves }
{ promised: -> ending_promises_lost }
{ not plan_agreed: -> ending_extended }
{ not sla_honest: -> ending_fleetpilot }
{ gap_hidden: -> ending_gap_found }
{ trust >= 14: -> ending_won }
-> ending_open_source

=== ending_won ===
(She pauses at the door.) Day fourteen, ten o'clock. Bring the engineer who wrote the solver, not a slide deck. { vision_built: (To Haoran:) And put "swappable" in the first line of the write-up. | (To Haoran:) And write down exactly where the fallback sits. } # speaker: helen-kwok # mood: pleased # milestone: mutual-plan-agreed
Six days later the sharded run passes: twelve compounds, 0.5 seconds, fallback tested. Helen writes to Zhang: Routewise for live re-plan, open source for the static morning plan, no SLA, fallback owned by Qiyun. # speaker: narrator # milestone: preferred-vendor # phase: 3
Routewise is Helen's choice, on the terms she defined, with your limits already in her decision: you meet Zhang together next week. # speaker: narrator # outcome: won
-> END

=== ending_promises_lost ===
On day fourteen Zhang's lawyers put FleetPilot's contract and yours side by side, and ask Labs to sign what you promised in the lab: the dates, the roadmap, the guarantees. # speaker: narrator
Labs can't sign any of it. Helen calls you herself. # speaker: narrator
I liked your engine. But you told me things that turned out not to be true, and now I'm the one who has to explain that to Zhang. We're going with FleetPilot. # speaker: helen-kwok # mood: annoyed
The promises that won the room lost the contract: Qiyun buys FleetPilot. # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_fleetpilot ===
On day fourteen Helen tells Zhang she prefers Routewise for live re-plan. Zhang asks one question: "What does their SLA say?" # speaker: narrator
Helen has no answer, because you never gave her one she could take upstairs. # speaker: narrator
I wanted you. Zhang wanted paper. He got FleetPilot's 99.9% and I got a slower engine. (A sigh.) Next time, give me something I can defend. # speaker: helen-kwok # mood: anxious
You won the engineer and the head of R&D, and lost the signature on the one risk you left unanswered: Qiyun buys FleetPilot. # speaker: narrator # outcome: lost # caused-by: dodged-sla
-> END

=== ending_gap_found ===
Six days later the sharded run passes. Helen's note to Zhang still has one line about Routewise that nobody can miss: "Vendor knew test D would fail and let it run." # speaker: narrator
I can work with a beta that has limits. I can't work with a vendor who lets my engineer find them in a log. We're going with FleetPilot. # speaker: helen-kwok # mood: annoyed
The gap was survivable; hiding it from the engineer who was testing it was not. Qiyun buys FleetPilot. # speaker: narrator # outcome: lost # caused-by: hid-the-gap
-> END

=== ending_extended ===
On day fourteen Helen writes to all three vendors: the bake-off is extended "to include additional scenarios", and Haoran's team is asked to prototype a re-plan of its own. # speaker: narrator
Three weeks later the September launch is moved to October, and nobody mentions the routing engine in the project meeting. # speaker: narrator
You met the decision maker but left her without a plan to a decision: the evaluation drifts into no decision. # speaker: narrator # outcome: no-decision # caused-by: no-mutual-plan
-> END

=== ending_open_source ===
Helen's email arrives on day fourteen, to all vendors, two lines long. # speaker: narrator
"Thank you for your time. Qiyun will build on its open-source stack and keep routing in-house." # speaker: helen-kwok # mood: neutral
The decision maker never found a reason to pay for what her team could own: you lose to open source. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_helen_leaves ===
Helen closes her laptop mid-sentence. # speaker: narrator
I've heard enough. Haoran, send me your write-up; I'll decide from that. (She leaves her coffee behind.) # speaker: helen-kwok # mood: annoyed
Haoran's write-up arrives on day fourteen. Helen chooses the open-source stack "for control". Haoran sends you a sad-face emoji and nothing else. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_report_push ===
Haoran's report goes to Helen on Friday with "decision by month-end to secure beta pricing" in bold. # speaker: narrator
Helen forwards it to Zhang with one line: "Vendor is pushing. Let's see FleetPilot's final offer." Two weeks later Haoran tells you, miserably, that Zhang signed FleetPilot. # speaker: lu-haoran # mood: anxious
You stayed with the enthusiast, let him carry the case to a decision maker you never met, and pushed your timeline onto hers: you lose to FleetPilot. # speaker: narrator # outcome: lost # caused-by: pushed-deadline
-> END

=== ending_report_drift ===
Haoran sends his report. Helen replies: "Thanks. Let's discuss after the Lanting milestone review." The review is moved twice. # speaker: narrator
A month later Haoran is still using the sandbox at night. Nobody has decided anything, and you still haven't met Helen. # speaker: narrator
The fan was won; the decision maker never was, because you let him carry the case alone. The bake-off ends in no decision. # speaker: narrator # outcome: no-decision # caused-by: kept-from-helen
-> END

=== ending_report_refused ===
Haoran sends his report, with your request for fifteen minutes at the bottom. Helen replies to him alone: "Thanks. After the Lanting review." The review is moved twice. # speaker: narrator
By the time you asked to meet her, Haoran had seen enough of your pitch to stop arguing for it upstairs. The bake-off ends in no decision. # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END
