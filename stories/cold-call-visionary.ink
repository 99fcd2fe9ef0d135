# id: cold-call-visionary
# title: Two minutes before the stand-up at Lanhai Fresh
# objective: A meeting with the VP who decides Suzhou, on her own goal
# phase: 1
# segment: early-adopters
# buyer: xu-ting; Xu Ting; Executive Assistant to the VP Supply Chain, Lanhai Fresh; gatekeeper; woman young
# buyer: shen-jiahui; Shen Jiahui; Co-founder and VP Supply Chain, Lanhai Fresh; decision-maker; woman
# minutes: 10
# difficulty: intermediate
# version: 3
# setting: phone
# brief: Lanhai Fresh sells fresh groceries through its app in Hangzhou with a thirty-minute delivery promise: 60 front warehouses, 1,300 riders, 20 million orders last year, growing 70 percent a year. Its co-founder and VP Supply Chain, Shen Jiahui, told a trade magazine last month that Lanhai will open Suzhou in October "and not by copying Hangzhou". Lanhai has never bought from Routewise and nobody there knows you. Omnia Systems runs its finance system.
# brief: This is a cold call, and the win is a first meeting with Shen — not a sale. You have one story that fits: last year Rongcheng Daojia, a fresh-grocery app in Chengdu, opened its city from 12 hubs instead of the 40 front warehouses it had planned, with Routewise re-planning every rider every minute; four months in it averaged 38 minutes. You also know the limits: nobody has done 30 minutes from so few sites, and Routewise does not forecast which stock goes into which hub. Shen's line is answered by her executive assistant.

VAR trust = 2
VAR patience = 4
VAR lied = false
VAR sounded_it = false
VAR overpromised = false
VAR note = 0
VAR gave_free = false

-> gk_open

=== gk_open ===
Tuesday, 16:20. You ask Lanhai's switchboard for Shen Jiahui's office. Two transfers, a burst of hold music, then a brisk voice. # speaker: narrator
Ms Shen's office, Xu Ting speaking. Is she expecting your call? # speaker: xu-ting # mood: neutral
* [She'll know the name — we met at the Fresh Retail Summit in Shanghai, and she said to give her a call. # move: misrepresent-relationship # cause: lost-trust]
    ~ lied = true
    (Her tone warms a degree.) Oh — the summit. Then I'll make sure she gets the message. # speaker: xu-ting # mood: pleased
    -> gk_email
* [No, she isn't — this is a cold call, and I'll be quick. I'm with Routewise. I work with fresh-grocery apps on how they deliver when they open a new city, and I'm calling about Suzhou. # move: open-with-business-problem]
    ~ trust = MIN(trust + 1, 15)
    (A pause; people don't often say "cold call" out loud to her.) Suzhou. All right, I'm listening. # speaker: xu-ting # mood: neutral
    -> gk_email
* [Not yet — let me introduce us. Routewise was founded in Suzhou fifteen years ago; we're one of China's leading transport-management platforms, four hundred customers, offices in nine cities. # move: open-with-company-history # cause: lost-trust]
    ~ patience = MAX(patience - 1, 0)
    (Keys clicking in the background.) Mm-hm. Four hundred customers. # speaker: xu-ting # mood: neutral
    -> gk_email

=== gk_email ===
{ lied: She'll be out of meetings late tonight. But she asks everyone to put things in writing first — even people she knows. | She gets forty vendor calls a week, so here is how it works. } Send me an email, xuting at lanhaifresh dot cn, and if it's relevant I'll make sure it reaches the right person. # speaker: xu-ting
* [Of course, xuting at lanhaifresh dot cn. Shall I send our brochure and a short product overview tonight, with a couple of fresh-grocery customer stories, so you can see whether it's one for Ms Shen? # move: accept-brush-off, send-brochure # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Perfect, thank you. (She sounds relieved; it was easy.) # speaker: xu-ting # mood: pleased
    -> gk_callback
* [It's about our AI route-optimisation engine: it re-plans every rider in under three seconds, with live ETAs, cold-chain sensor feeds and an open API. Could you pass that to Ms Shen? # move: pitch-specs-to-executive # cause: lost-trust]
    ~ sounded_it = true
    ~ patience = MAX(patience - 1, 0)
    Sensors and APIs. (Typing.) That sounds like one for Fang Lei, our head of IT systems. I'll pass your name to him. # speaker: xu-ting # mood: neutral
    You ask whether Ms Shen herself might still take two minutes. # speaker: narrator
    -> gk_slot
* [Happy to email you. So it doesn't land with the wrong person: it's about how Suzhou gets opened, not systems. Is that Ms Shen's decision, and when is she easiest to reach? # move: acknowledge-objection, ask-to-meet-decision-maker]
    ~ trust = MIN(trust + 1, 15)
    (She thinks about it.) The Suzhou network is hers, yes. All of it. She doesn't give vendors calendar slots, though. # speaker: xu-ting # mood: neutral
    -> gk_slot

=== gk_callback ===
You send it at 18:05: the brochure, the product overview, the page of customer logos. Five days of silence. The next Monday at 16:20 you call again. # speaker: narrator
Routewise, yes. I forwarded it. (Kindly, but plainly.) She gets two hundred emails a day, and she doesn't read brochures. # speaker: xu-ting # mood: neutral
-> gk_slot

=== gk_slot ===
She's in back-to-back meetings. Tomorrow she's at her desk at seven-forty, and sometimes she returns a call before the eight o'clock ops stand-up — if I tell her it's worth it. { sounded_it: Though if it's technical, she'll send you to Fang Lei anyway. } What should I tell her? # speaker: xu-ting
* [Tell her it's about how Rongcheng Daojia opened Chengdu from twelve hubs instead of forty front warehouses — that I'll take two minutes, and she can hang up after one. # move: share-success-story, fit-message-to-segment]
    ~ note = 2
    ~ trust = MIN(trust + 1, 15)
    Rongcheng. (You hear her writing.) She's mentioned them — not always kindly. All right: seven-fifty. If she doesn't call, she isn't interested, and please don't ring again this week. # speaker: xu-ting # mood: interested
    -> shen_pickup
* [Tell her there's a launch offer: a free three-month trial of Routewise for the Suzhou opening. No cost, no commitment. # move: unilateral-discount # cause: gave-it-free]
    ~ note = 1
    ~ gave_free = true
    Free for three months. (Writing.) That's a nice offer. I'll put it on her note. # speaker: xu-ting # mood: pleased
    -> shen_pickup
* [Tell her I only need fifteen minutes to show her a demo, set up on Hangzhou's own streets. Once she sees the platform re-plan her riders live, she'll get it straight away. # move: pitch-features # cause: lost-trust]
    ~ note = 3
    ~ sounded_it = true
    ~ patience = MAX(patience - 1, 0)
    A demo. (A small sigh.) I'll pass it on. # speaker: xu-ting # mood: skeptical
    -> shen_pickup

=== shen_pickup ===
{ patience <= 1: -> ending_no_callback }
~ patience = 3
The next morning, 7:52. Your mobile lights up with a Hangzhou landline. # speaker: narrator # enter: shen-jiahui
{
- lied:
    ~ trust = MAX(trust - 3, 0)
    ~ patience = 2
    Shen Jiahui. Xu Ting says we met at the summit in Shanghai. I wasn't at the summit; I was in Chengdu that week. (Flat.) So you started by lying to my assistant. You have one minute. # speaker: shen-jiahui # mood: annoyed # milestone: agreed-to-talk
- note == 1:
    Shen Jiahui. Xu Ting says you're giving something away for free. Nothing in software is free, so I'm curious what you actually want. I have the stand-up at eight. # speaker: shen-jiahui # mood: skeptical # milestone: agreed-to-talk
- note == 2:
    Shen Jiahui. Xu Ting's note says "Rongcheng, Chengdu, two minutes". That's the only reason I'm calling. The stand-up is at eight. # speaker: shen-jiahui # mood: neutral # milestone: agreed-to-talk
- else:
    Shen Jiahui. Xu Ting says you want to show me a demo. I don't watch demos. You have until my stand-up at eight. # speaker: shen-jiahui # mood: skeptical # milestone: agreed-to-talk
}
* [Thank you for calling back, Ms Shen. Very briefly who we are: Routewise, founded fifteen years ago in Suzhou, four hundred customers, one of the three largest transport-management vendors in China. # move: open-with-company-history # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    I can read your website. (A chair creaks.) Forty seconds left of my goodwill. # speaker: shen-jiahui # mood: annoyed
    -> question
* [Six years with fresh-grocery teams in Chengdu, Wuhan and Hangzhou. Founders tell me the same thing: every new city costs another forty front warehouses, and the rent arrives before the customers do. We helped Rongcheng Daojia open Chengdu another way. One question, then you tell me if it's worth a meeting. # move: open-with-business-problem, talk-business-outcomes]
    ~ trust = MIN(trust + 1, 15)
    (A short laugh.) Forty-five warehouses, in our Suzhou plan. Everybody brings me the rent problem. Nobody brings me an answer. # speaker: shen-jiahui # mood: interested
    -> question
* [Thanks for calling back. Routewise is the AI-native dispatch platform behind Rongcheng Daojia in Chengdu: real-time re-optimisation in under three seconds for five thousand stops, live ETAs for every one of your 1,300 riders, e-POD and cold-chain sensor feeds from all sixty front warehouses, in one cloud. # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ sounded_it = true
    Three seconds. (Unimpressed.) My IT team can read a datasheet. Why are you calling me? # speaker: shen-jiahui # mood: skeptical
    -> question

=== question ===
~ lied = false
~ note = 0
{ patience <= 0: -> ending_hangup }
So. Ask me something, or tell me what you're selling. # speaker: shen-jiahui
* [You told the magazine Suzhou won't be a copy of Hangzhou. If it works exactly the way you want — a year after opening, what's different? # move: ask-goal]
    ~ trust = MIN(trust + 1, 15)
    (She takes a breath, like someone who has been waiting to be asked.) # speaker: shen-jiahui # mood: interested
    -> goal
* [I'll be direct: the front-warehouse model doesn't scale. Rent and spoilage eat the margin in every new city — that's Lanhai's real problem in Suzhou. # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Thank you. I read the same analyst report. (Drily.) So do my investors. # speaker: shen-jiahui # mood: skeptical
    -> goal
* [First, congratulations — the way Lanhai has grown, everyone in fresh is watching what you do next. What's the secret? # move: flatter # cause: lost-trust]
    ~ patience = MAX(patience - 1, 0)
    The secret is that I don't spend my mornings on compliments. (A pause; she decides to answer anyway.) # speaker: shen-jiahui # mood: neutral
    -> goal

=== goal ===
{ patience <= 0: -> ending_hangup }
Thirty minutes, door to door, in Suzhou — from fifteen sites, not forty-five. If Suzhou works, we rebuild Hangzhou the same way next year, and the two big platforms can keep paying rent on their front warehouses. My CFO thinks I'm mad. (A beat.) And? # speaker: shen-jiahui # milestone: goal-stated
* [That's a big leap. Wouldn't the lower-risk route be to open Suzhou on the proven model, let us take ten or twelve percent off your delivery costs first, and then grow into hubs? # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    Ten percent. (Coldly.) That is my CFO's speech, word for word. I didn't co-found this company for ten percent. # speaker: shen-jiahui # mood: annoyed
    -> diagnosis
* [When your team models Suzhou from fifteen sites, what breaks first — the riders, the cold chain, or the dispatch? # move: ask-diagnostic]
    ~ trust = MIN(trust + 1, 15)
    Dispatch. (Instantly.) # speaker: shen-jiahui # mood: interested
    -> diagnosis
* [Fifteen sites, thirty minutes: that is exactly what our dynamic dispatch was built for. We can do that for you. # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    You can do it. (A pause.) You don't even know what's stopping us. # speaker: shen-jiahui # mood: skeptical
    -> diagnosis

=== diagnosis ===
{ patience <= 0: -> ending_hangup }
Our dispatch tool — Fang Lei's team built it for Hangzhou — batches orders every five minutes per warehouse, for riders inside a kilometre and a half. From fifteen hubs a rider covers four kilometres and crosses other zones, and the tool can't re-plan him once he's left. We tested it in Binjiang last month: the average went from twenty-eight minutes to fifty-one. # speaker: shen-jiahui # mood: anxious # milestone: pain-acknowledged
* [I ran the numbers before I called: forty-five front warehouses against fifteen hubs is roughly a forty-million-yuan difference a year. Shall I send you the model? # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    You modelled my company from a magazine article. (A pause.) Forty million. Whose rents did you use? # speaker: shen-jiahui # mood: skeptical
    -> proof
* [Have you seen what our engine does there? It re-plans every rider every sixty seconds, batches across zones, pushes new stops to the rider app mid-route, and connects to your order system through an open API. # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ sounded_it = true
    Good for your engine. That's a conversation for Fang Lei. # speaker: shen-jiahui # mood: neutral
    -> proof
* [So it isn't the sites that hold you back — it's a dispatch built for a kilometre and a half, asked to run four. If it stays that way, what does that do to Suzhou? # move: listen-and-summarize, ask-implication]
    ~ trust = MIN(trust + 1, 15)
    (Quiet for a moment.) Then we build forty-five front warehouses like everyone else. Thirty extra sites at about a million two each, all-in: thirty-six million a year. And we open in March instead of October — after the big two have already taken the city. # speaker: shen-jiahui # mood: anxious # milestone: cost-quantified
    -> proof

=== proof ===
{ patience <= 0: -> ending_hangup }
Everybody tells me dispatch is solvable. Nobody has shown me. Has anyone actually done this — in fresh — or is it a slide? # speaker: shen-jiahui
* [Let me explain how we'd do it: a proprietary solver with time-window constraints, machine-learned ETAs trained on two hundred million deliveries, re-optimisation in under three seconds, and a rider app that takes new stops mid-route, whichever of your sixty front warehouses a rider starts from. # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ sounded_it = true
    Solvers and machine learning. You sound like Fang Lei's vendors. I asked whether anyone has done it. # speaker: shen-jiahui # mood: skeptical
    -> honest
* [We're the safe choice: four hundred customers, ninety-nine point nine percent uptime, ten years without a failed go-live, fresh-grocery apps in Chengdu, Wuhan and Hangzhou among them. Nobody gets fired for choosing Routewise. # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    Safe. (A pause.) I'm trying to do something nobody in this country has done, and you're selling me "nobody gets fired". # speaker: shen-jiahui # mood: annoyed
    -> honest
* [Rongcheng Daojia in Chengdu, last year. They'd planned forty front warehouses for the city. Instead they opened with twelve hubs and put every rider on our dispatch, re-planned every minute, with stock runs from the DC four times a day instead of two. # move: share-success-story, fit-message-to-segment]
    ~ trust = MIN(trust + 2, 15)
    Four months in they averaged thirty-eight minutes, they never signed twenty-eight leases, and they were trading in Chengdu half a year before anyone expected them. They didn't improve the old model. They skipped it. # speaker: seller
    Thirty-eight. (You hear a pen.) Lao Pan at Rongcheng told me over dinner they'd found "a trick". He didn't say whose. # speaker: shen-jiahui # mood: interested
    -> honest

=== honest ===
{ patience <= 0: -> ending_hangup }
Other cities' averages don't open Suzhou. I need thirty minutes, from fifteen sites. Can you get us there? Yes or no. # speaker: shen-jiahui
* [I don't know yet, and I won't pretend to. Rongcheng got thirty-eight from twelve hubs; thirty from fifteen, nobody has done — that's the leap. And we don't forecast which stock goes into which hub; Rongcheng did that themselves. # move: calibrate-expectations, admit-limitation]
    ~ trust = MIN(trust + 2, 15)
    (Silence. Then, almost pleased:) Nobody has done it. That's the first straight answer I've had from a software company this year. # speaker: shen-jiahui # mood: interested
    -> omnia
* [Yes. Your order density is higher than Chengdu's, and Rongcheng reached thirty-eight from twelve hubs in their first four months; with fifteen hubs and a re-plan every minute, thirty is well within reach by the autumn. I'd put my own name on it. # move: overclaim]
    ~ overpromised = true
    (For the first time, she sounds pleased.) Good. Someone who says yes. I'll hold you to it. # speaker: shen-jiahui # mood: pleased
    -> omnia
* [Every city is different, and Suzhou is denser than Chengdu. Once we're in, our team will find the minutes. # move: hide-known-gap # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    That isn't a yes or a no. (She lets the silence sit.) # speaker: shen-jiahui # mood: skeptical
    -> omnia

=== omnia ===
{ patience <= 0: -> ending_hangup }
Omnia runs our finance system. Their account director is in this building every Thursday, and he says their logistics suite does dispatch too. Why shouldn't I just ask him? # speaker: shen-jiahui # milestone: competition-revealed
* [Honestly? Omnia is an ERP company. Their dispatch module is ten years old and was built for trucks with pallets, not 1,300 riders on a thirty-minute promise. Ask their account director on Thursday how many fresh-grocery apps run on it: you'd be their guinea pig for something they don't really do. # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Their finance system hasn't lost me a yuan in four years. (Cooler.) Careful. # speaker: shen-jiahui # mood: skeptical
    -> brushoff
* [Have you compared us side by side? We're ahead of Omnia on every front: speed, price, integration, support. It isn't close. # move: claim-different-on-everything # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Every front. (A short breath.) Then you're the first vendor in history with no weaknesses. # speaker: shen-jiahui # mood: skeptical
    -> brushoff
* [You should ask him. Omnia is strong on finance and warehousing. Whatever you choose has to talk to their finance system, and both of us can. The difference is what you just described: re-planning riders every minute at fresh-grocery density. That's all we do, and it's live in Chengdu. # move: acknowledge-parity-then-differentiate]
    ~ trust = MIN(trust + 1, 15)
    Every minute, at our density. (A pause.) Their man has never once said the word "rider". # speaker: shen-jiahui # mood: interested
    -> brushoff

=== brushoff ===
{ patience <= 0: -> ending_hangup }
Behind her a door opens; voices. The stand-up is gathering. # speaker: narrator
{ trust >= 10: Look — this is interesting. | Look. } I have to go in. Send me an email with something. # speaker: shen-jiahui # mood: neutral
* [Before you go — just fifteen minutes next week for a demo. Once you see the engine live, you'll get it. Tuesday at ten? # move: pressure-buyer, pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    ~ sounded_it = true
    I said email. (Sharper.) I don't watch demos. I watch results. # speaker: shen-jiahui # mood: annoyed
    -> delegate
* [I will — you've got people waiting. So it isn't one more email you don't open: what would it have to show for you to want an hour on this? Rongcheng's numbers, or your own Suzhou map? # move: acknowledge-objection, clarify-objection]
    ~ trust = MIN(trust + 1, 15)
    (She stops. You hear her tell someone "two minutes".) My map. Rongcheng's numbers I can get from Lao Pan over dinner. Fifteen sites on my Suzhou map, with my orders — that I'd give an hour to. # speaker: shen-jiahui # mood: interested
    -> delegate
* [Of course — the stand-up can't wait. I'll send you a short overview and the full Rongcheng case tonight, so you and your team have everything in one place whenever you have a quiet minute. # move: accept-brush-off, send-brochure # cause: accepted-brush-off]
    -> ending_email

=== delegate ===
{ patience <= 0: -> ending_hangup }
Anything real needs our data, and the data is Fang Lei's — he's our head of IT systems. Talk to Fang — he'll get you what you need, and he can tell me if it's any good. { sounded_it: Frankly, you sound like one of his people anyway. } # speaker: shen-jiahui
* [Gladly — we'll need Fang and his data. But you're deciding whether Suzhou opens on fifteen sites or forty-five, not which software to buy. Could the first hour be you and Fang together, so the map answers your questions too? # move: ask-to-meet-decision-maker, talk-business-outcomes]
    ~ trust = MIN(trust + 1, 15)
    (A beat.) Fair. Fang comes, I come. # speaker: shen-jiahui # mood: neutral # milestone: access-granted
    -> price
* [Perfect — Fang knows the data and the dispatch better than anyone. Shall I call him today and work it out with him? He can brief you when we're ready, and you only spend your time on this once there's something worth seeing. # move: accept-delegation-down # cause: delegated-down]
    Good. Xu Ting will send you his number. (Relieved; one thing off her list.) # speaker: shen-jiahui # mood: pleased
    -> ending_delegated
* [With respect, will IT see the business case? This has to be your decision, not Fang's. # move: dismiss-objection # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    Don't tell me how to run my team. Fang Lei built the dispatch that got us to twenty million orders. (Curtly.) Fine. If it comes to a meeting, I'll be in it. # speaker: shen-jiahui # mood: annoyed
    -> price

=== price ===
{ patience <= 0: -> ending_hangup }
One more thing. { overpromised: If it really does thirty minutes, like you said, | If it does what you say, } I don't need a circus. { gave_free: Xu Ting's note says the first three months are free. What does it cost after that? | What does it cost? } I could just sign for Suzhou and let my team get on with it. # speaker: shen-jiahui
* [For Suzhou, around one point two million yuan a year, all in. If you're ready, shall I send you the contract today and hold this year's price for you? One less thing for your team to chase. # move: premature-close, push-quarter-end # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    (A pause.) One point two. For something I haven't seen work on one street in Suzhou. (Dry.) You're quicker to sell than I am to buy, and I'm not slow. # speaker: shen-jiahui # mood: skeptical
    -> pitch_hour
* [I'd rather not sell you something neither of us has tested on your map. Let's see in that hour whether it's worth doing, then talk money. Who else would have to be convinced — your CFO? # move: check-readiness, ask-decision-process]
    ~ trust = MIN(trust + 1, 15)
    (She laughs.) Ma Wen. He'll want the rents, line by line. And anything over five million goes to Lu Haoran, our CEO. He trusts me, but he reads everything. # speaker: shen-jiahui # mood: neutral
    -> pitch_hour
* [For a launch partner like Lanhai we'd do Suzhou free for the first three months: zero risk while you decide. Would that make it easier with your CFO? # move: unilateral-discount, negotiate-before-value-accepted # cause: gave-it-free]
    ~ gave_free = true
    Free is nice. (Then, thinking it through:) Ma Wen will ask what it costs in month four, and why you're so keen to give it away. So do I. # speaker: shen-jiahui # mood: neutral
    -> pitch_hour

=== pitch_hour ===
{ patience <= 0: -> ending_hangup }
So what would this hour be? Make it worth it. I'm offered hours every day. # speaker: shen-jiahui
* [We'd show your CFO and your CEO that it's safe: references from four hundred customers, ISO certificates, uptime reports, our implementation method, and the plan for a go-live in October. Low risk, fully proven, so nobody has to take your word for it. # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Proven. (Flatly.) Proven is what I'm trying to get away from. # speaker: shen-jiahui # mood: skeptical
    -> ask_meeting
* [A full walkthrough of the platform, built around Suzhou: dispatch, tracking, proof of delivery, analytics and the rider app, with Lanhai's logo on every screen. About ninety minutes; I'll bring our solutions engineer and the Rongcheng dashboards, so Fang sees the whole thing end to end. # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ sounded_it = true
    Ninety minutes of tabs. (A sigh.) Fang would love it. # speaker: shen-jiahui # mood: skeptical
    -> ask_meeting
* [Not a demo. Fang sends a week of Binjiang orders, our planners put fifteen hubs on the Suzhou map, and in the room you throw the Friday rush at it — rain, four hundred orders in twenty minutes — and watch who picks up what. You'll know whether thirty minutes is in reach before you sign another lease. # move: fit-message-to-segment, share-usage-scenario]
    ~ trust = MIN(trust + 1, 15)
    Friday rain in Suzhou. (You can hear her smile.) That's the test I'd set myself. If it passes, nobody in fresh has opened a city like that. # speaker: shen-jiahui # mood: pleased # milestone: vision-agreed
    -> ask_meeting

=== ask_meeting ===
{ patience <= 0: -> ending_hangup }
Someone calls her name from the meeting room. # speaker: narrator
{ trust >= 13: All right. When, and who should be in the room? | (Unconvinced.) Maybe. What exactly are you asking me for? } # speaker: shen-jiahui
* [Thursday the 14th, two o'clock, your Hangzhou office, ninety minutes: you and Fang Lei, your CFO for the last half hour if possible. Agenda: the Suzhou map, Rongcheng's numbers, and whether there's a next step; if not, we say so. I'd need a week of anonymised orders from Fang by Monday. # move: ask-for-meeting]
    -> asked
* [Whenever suits you — I'll send Xu Ting a few options by email and we'll find a slot. # move: neutral # cause: no-date-asked]
    -> ending_drift
* [Why not go straight to a Suzhou pilot agreement? I'll send it today with Fang's data request attached, and the map session on the 14th becomes the kick-off: no time lost before October, and you can still stop after the first month if the Friday rush beats us. # move: premature-close # cause: pushed-pilot]
    -> ending_pushed

=== asked ===
{ trust >= 13: -> booked }
{ trust >= 7: -> ending_numbers_first }
-> ending_cold

=== booked ===
Thursday the 14th. Xu Ting will put it in and chase Fang for the data. (A pause.) Is there anything else you need from me? # speaker: shen-jiahui # mood: interested # milestone: meeting-agreed
* [Just the data. Would it help if our planners brought a full Suzhou network design — fifteen hub locations, fleet sizes, rider shifts, the lot — ready for you to sign off on the 14th? # move: impose-solution-design # cause: imposed-design]
    ~ trust = MAX(trust - 3, 0)
    Ready for me to sign off. (Cooler.) Bring the map. I'll decide where my hubs go. # speaker: shen-jiahui # mood: skeptical
    -> decide
* [Nothing else. We'll take care of everything — see you on the 14th. # move: neutral]
    Good. (She's already turning away from the phone.) # speaker: shen-jiahui # mood: neutral
    -> decide
* [One question, so nothing surprises us on the 14th: is anything already committed in Suzhou that could get in the way — leases signed, a board date, a system decision? # move: ask-obstacles, ask-timeline]
    ~ trust = MIN(trust + 1, 15)
    (A pause.) Six front-warehouse leases are already signed. The board sees the Suzhou plan on the 30th. If your map can't beat those six, it's over — better you know now. # speaker: shen-jiahui # mood: neutral # insider: committed-leases
    -> decide

=== decide ===
{ trust >= 13 && gave_free: -> ending_free_ride }
{ trust >= 13: -> ending_won }
-> ending_downgraded

=== ending_won ===
Xu Ting's calendar invitation arrives at 8:06: "Suzhou network — map session. Shen, Fang, Ma (15:00). Routewise." Fang Lei's order file follows on Friday. # speaker: narrator
{ overpromised: On a whiteboard in Hangzhou, under "Suzhou", Shen has written "Routewise: 30 min — yes". That promise will be the first thing she asks about on the 14th. | In the invitation's notes Shen has typed one line: "Friday rain. Nobody has done it. Let's see." } # speaker: narrator
You earned what a cold call can earn: ninety minutes with the person who decides Suzhou, on her goal, with an agenda she shaped herself. # speaker: narrator # outcome: won
-> END

=== ending_free_ride ===
The session on the 14th goes well. At the end Ma Wen, the CFO, asks one question: when do the three free months start? # speaker: narrator
Fang's team runs the free trial on two Suzhou hubs. Nobody at Lanhai had to decide anything to get it, so nobody owns it: it has no pass mark and no date, and Shen is busy with the board. # speaker: narrator
In month four your first invoice reaches Ma Wen as a surprise. He asks Omnia to quote the same thing for less, and Suzhou opens before anyone decides who runs its dispatch. # speaker: narrator # outcome: no-decision # caused-by: gave-it-free
-> END

=== ending_downgraded ===
On the 13th Xu Ting emails: Ms Shen has board preparation on Thursday; Fang Lei will attend the session on her behalf and report back. # speaker: narrator
Fang is courteous, takes notes and asks for a price list. Shen never comes back to the map, and Suzhou opens on the plan the board already knew. # speaker: narrator # outcome: no-decision # caused-by: imposed-design
-> END

=== ending_numbers_first ===
(She hesitates.) Send me Rongcheng's numbers first. If they're what you say, Xu Ting will find a slot. # speaker: shen-jiahui # mood: neutral
You send the numbers that afternoon. Xu Ting replies "received, thank you", and a slot never quite appears; Shen had listened, but you never gave her enough reason to spend an hour. # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_cold ===
(A short breath.) No. I don't think so. Thank you for calling. # speaker: shen-jiahui # mood: annoyed
She hangs up. The next time you call, Xu Ting is polite and immovable: Ms Shen is not taking vendor calls about Suzhou. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_drift ===
Sure. Send Xu Ting some times. (The line goes quiet; she's already in the room.) # speaker: shen-jiahui # mood: neutral
You email three options. Xu Ting answers a week later: Ms Shen's calendar is full until after the board meeting on the 30th. By then Suzhou's plan is set, and your hour has turned into "let's stay in touch". # speaker: narrator # outcome: no-decision # caused-by: no-date-asked
-> END

=== ending_pushed ===
A pilot agreement. (A short silence.) I haven't agreed to see you yet, and you're sending me a contract. # speaker: shen-jiahui # mood: annoyed
Don't send anything. I have a stand-up. # speaker: shen-jiahui
The line goes dead. When Lanhai's Suzhou dispatch project is announced in September, Routewise is not on the list. # speaker: narrator # outcome: lost # caused-by: pushed-pilot
-> END

=== ending_email ===
Good. (The line is already half-closed.) Xu Ting has the address. # speaker: shen-jiahui # mood: neutral
Your overview arrives between two hundred other emails. Shen forwards it to Fang Lei with "FYI". When Fang calls a month later, he wants a price list for a dispatch upgrade, and Suzhou has already been planned around forty-five front warehouses. # speaker: narrator # outcome: no-decision # caused-by: accepted-brush-off
-> END

=== ending_delegated ===
Fang Lei is busy, friendly and careful. He asks for API documentation, a security questionnaire and a price per rider. # speaker: narrator
Six weeks later he tells you his team will extend their own tool for Suzhou, "with a few ideas from your documentation". Shen never hears your name again; you were delegated to the person you sounded like. # speaker: narrator # outcome: no-decision # caused-by: delegated-down
-> END

=== ending_hangup ===
Shen Jiahui has heard enough. # speaker: narrator
I have a stand-up. Please don't call again. (Click.) # speaker: shen-jiahui # mood: annoyed
The line goes dead before eight. Xu Ting adds Routewise to the list of vendors Ms Shen does not take calls from. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_no_callback ===
The next morning, 7:50 comes and goes. So does 8:00. Your phone stays dark. # speaker: narrator
When you try Xu Ting again the day after, she is polite and brief: she passed the note on, and Ms Shen is not interested at this time. You never spoke to the person who decides Suzhou. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
