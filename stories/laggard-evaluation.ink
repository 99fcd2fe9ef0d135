# id: laggard-evaluation
# title: Whiteboard, Excel or Routewise at Yuzhen Foods
# objective: A trial with a decision date, as the owner's preferred option
# phase: 2
# segment: laggards
# buyer: pan-yuzhen; Pan Yuzhen; Owner, Yuzhen Foods; decision-maker; woman senior
# buyer: kevin-lu; Kevin Lu; Operations Manager, Yuzhen Foods; champion; man young
# buyer: he-songlin; He Songlin; Senior Dispatcher, Yuzhen Foods; opponent; man senior
# minutes: 18
# difficulty: intermediate
# version: 5
# setting: office
# brief: Yuzhen Foods distributes frozen dumplings, noodles and sauces from one depot in Foshan: 18 vans, about 600 restaurants and the 42 stores of Hemei Supermarkets. Pan Yuzhen built the company from a market stall and signs every cheque. Since March, Hemei demands 30-minute delivery windows with an arrival notice, and fines ¥500 per late drop. Last month's fines came to ¥38,000.
# brief: Kevin Lu, the operations manager Ms Pan hired from a big e-commerce logistics firm two years ago, invited you. He wants Routewise. Ms Pan is comparing three options: Routewise, FleetPilot Basic (¥80 per van per month, tracking and arrival texts), and what she calls "Old He doing it in Excel", which costs nothing. He Songlin has planned every route on a whiteboard and a spreadsheet for 25 years. Kevin has booked you into the dispatch room with He; Ms Pan "may drop in".

VAR trust = 3
VAR patience = 3
VAR he_support = 0
VAR access_kept = false
VAR value_case = false
VAR pan_here = false
VAR big_deck = false
VAR waited = false

-> corridor

=== corridor ===
Kevin meets you at the gate in a Routewise-blue polo shirt he clearly bought for the occasion. He talks fast as you cross the yard between idling vans. # speaker: narrator
I've told Ms Pan you're the future. Old He thinks you're here to replace him. Ms Pan thinks it's all a waste of money. Honestly, if we show her the AI stuff — the predictive ETAs — she'll see it. # speaker: kevin-lu # mood: interested
* [You know her best, Kevin. Wouldn't the predictive ETA demo be the strongest way in? If Ms Pan sees Routewise Labs working on her own vans, it speaks for itself. # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Yes! (He grins.) I'll make sure she sees that part. # speaker: kevin-lu # mood: pleased
    (You both know Ms Pan has never bought anything described as "the future". Kevin doesn't seem to.) # speaker: narrator
    -> kevin_competition
* [Great to have you on side, Kevin. Then let's keep it simple: you present it to Ms Pan later, you know her best. # move: rely-on-single-contact]
    Sure, I can do that. She listens to me. Mostly. # speaker: kevin-lu # mood: pleased
    -> kevin_competition
* [Before we go in: how will Ms Pan actually decide between us, FleetPilot Basic and Excel — and who else has a say? # move: ask-decision-process]
    ~ trust += 1
    (He slows down.) She decides. She signs every cheque. Her sister-in-law does the books and will check the numbers. And... if Old He says no, she says no. He has been here longer than the forklifts. # speaker: kevin-lu # mood: neutral
    -> kevin_competition

=== kevin_competition ===
Kevin stops at the dispatch-room door. # speaker: narrator
Anyway. FleetPilot were here on Monday. Their man was in and out in twenty minutes. # speaker: kevin-lu
* [FleetPilot Basic is a toy — it's a tracking dot and a text message. I wouldn't worry about them. # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (Kevin looks uncomfortable.) Ms Pan liked him, though. He didn't talk much. And it's cheap. # speaker: kevin-lu # mood: anxious
    -> dispatch_room
* [Where does Ms Pan lean today, honestly? If it were decided this afternoon, what would she pick? # move: ask-competition]
    ~ trust += 1
    { trust >= 5:
        (A pause.) Excel. Because it's free. And if Hemei keeps fining her, FleetPilot, because it's cheap. I'm the only one who wants you. # speaker: kevin-lu # mood: anxious # milestone: competition-revealed # insider: owner-leaning
    - else:
        (He hesitates, then shrugs.) You'd have to ask her. She doesn't tell me which way she's leaning; she tells me what things cost. # speaker: kevin-lu # mood: neutral
    }
    -> dispatch_room
* [Good to know. So what do you personally want to see from Routewise today? # move: neutral]
    The optimiser. The big map with all the routes moving. It's beautiful. # speaker: kevin-lu # mood: pleased
    -> dispatch_room

=== dispatch_room ===
The dispatch room is a whiteboard the size of a wall, covered in district names, van numbers and magnets. A laptop shows a spreadsheet with colour codes only one person understands. # speaker: narrator
He Songlin doesn't get up. He is eating sunflower seeds and piling the shells neatly on a delivery note. # speaker: narrator # enter: he-songlin
So. You're the computer that's going to do my job. # speaker: he-songlin # mood: skeptical
* [Nobody's replacing you. Our optimiser just does in thirty seconds what takes you two hours every night — you'll have your evenings back. # move: dismiss-objection, overclaim # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    ~ patience -= 1
    Two hours. (He spits a shell into his hand.) You've known me two minutes and you already know my evenings. # speaker: he-songlin # mood: annoyed
    -> he_process
* [Kevin tells me the routes for all 18 vans live in your head. Isn't that a risk for Yuzhen? If you're off sick one morning, who plans tomorrow? # move: tell-buyer-their-problem # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    (He looks at Kevin, not at you.) Is that what you say about me when I'm not here? # speaker: he-songlin # mood: annoyed
    (Kevin studies the floor.) # speaker: narrator
    -> he_process
* [I'm not here to do anyone's job. I'd like to learn how you do it. Would you walk me through how tomorrow's routes get built? # move: ask-current-process]
    ~ he_support = MIN(he_support + 1, 4)
    ~ trust += 1
    (He shrugs, but puts the seeds down.) Sit. You'll be bored. # speaker: he-songlin # mood: neutral
    -> he_process

=== he_process ===
{ patience <= 0: -> ending_thrown_out }
He points at the wall with a marker. # speaker: narrator
Restaurants send orders on WeChat until nine at night — later, if they feel like it. I put them in Excel by district. Each van gets a district — Chancheng, Nanhai, Shunde. I know which driver knows which back door. Hemei stores go first because of their windows. Then I write it on the board and the drivers photograph it at five. # speaker: he-songlin
* [That's a lot to hold in one spreadsheet. Have you seen how our planner handles Hemei's windows, driver skills and live traffic? Let me show you on the laptop. # move: pitch-features # cause: alienated-he]
    ~ he_support = MAX(he_support - 1, -1)
    ~ patience -= 1
    (He doesn't turn to look.) I have a laptop. It has Excel. # speaker: he-songlin # mood: skeptical
    -> he_objection
* [Which Hemei drops miss their window — is it the same routes every week, and what happens on those mornings? # move: ask-diagnostic]
    ~ he_support = MIN(he_support + 1, 4)
    ~ trust += 1
    (He answers without checking anything.) Shunde. Seven Hemei stores on van 12 plus fifteen restaurants. One restaurant adds twenty boxes at half past ten at night, I reshuffle in my head, and at eight the next morning I'm one stop behind all day. # speaker: he-songlin # mood: neutral
    And the store managers don't know when we're coming, so they call me. Twenty calls a morning. Last month thirty-eight thousand in fines. Ms Pan shouted at me, not at Hemei. # speaker: he-songlin # milestone: pain-acknowledged
    -> he_objection
* [Honestly, for eighteen vans that's impressive. I've seen big depots with whole teams that don't plan as tightly as this. # move: flatter]
    (He shrugs.) Big depots have big budgets. # speaker: he-songlin # mood: neutral
    -> he_objection

=== he_objection ===
{ patience <= 0: -> ending_thrown_out }
He taps one magnet on the board. # speaker: narrator
Your computer. Does it know the Lecong store's back gate is locked until seven? That the Daliang store won't take frozen after eleven? That Xiao Mo can't reverse into Ronggui market? # speaker: he-songlin # mood: skeptical
* [It learns all of that automatically. After a few weeks of GPS data it knows which gates are locked when and where each van loses time — you won't have to tell it anything. # move: dismiss-objection, overclaim # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    (He laughs, not kindly.) GPS knows Xiao Mo can't reverse? Then it knows more than his wife. # speaker: he-songlin # mood: annoyed
    -> usage
* [No. It won't know any of that unless you tell it, and some of it — Xiao Mo's reversing — it never will. That's why you'd keep the last word on every route. # move: acknowledge-objection, admit-limitation]
    ~ he_support = MIN(he_support + 2, 4)
    ~ trust += 1
    (He looks at you properly for the first time.) The last word. (A pause.) Kevin said the computer decides. # speaker: he-songlin # mood: neutral # milestone: risk-addressed
    -> usage
* [How many rules like that are there, roughly — and where are they written down today, apart from in your head? # move: clarify-objection]
    ~ he_support = MIN(he_support + 1, 4)
    (He thinks.) Forty? Fifty? Some are on the board. Most are here. (He taps his temple.) And I'm not writing them down for a machine that's going to get me sacked. # speaker: he-songlin # mood: skeptical
    -> usage

=== usage ===
{ patience <= 0: -> ending_thrown_out }
Kevin jumps in before you can continue. # speaker: narrator
Show him the full planning board. The drag-and-drop, the live map, the whole thing. # speaker: kevin-lu # mood: interested
* [Sure. Shall I walk you both through the full demo, all fourteen modules? You'll see why it's the market leader. # move: pitch-features, claim-different-on-everything # cause: alienated-he]
    ~ he_support = MAX(he_support - 1, -1)
    ~ patience -= 1
    Fourteen. (He picks the sunflower seeds back up.) # speaker: he-songlin # mood: skeptical
    (Twenty minutes later Kevin is delighted and He has not looked at the screen once.) # speaker: narrator
    -> pan_arrives
* [Let's do it properly: replace the whiteboard and the spreadsheet with the planning board from day one. One clean system, the drivers get their routes on their phones, and nobody photographs a wall at five in the morning. # move: impose-solution-design # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    (He puts his marker down very carefully.) Then you can plan the routes as well. # speaker: he-songlin # mood: annoyed
    -> pan_arrives
* [Maybe later. Mr He, picture tonight at nine: your Excel as it is now. One button, and van 12 gets a proposed order for Shunde inside Hemei's windows. You drag Lecong to after seven. Then what should happen? # move: share-usage-scenario]
    ~ he_support = MIN(he_support + 1, 4)
    ~ trust += 1
    (He thinks for a long moment.) Then I check it. If it's stupid I change it. And the stores... (slowly) the stores get the message, not me. No twenty calls. # speaker: he-songlin # mood: interested
    I keep my Excel? # speaker: he-songlin
    You keep your Excel, and the board, and the last word. Only the Hemei runs go through the planner at first. # speaker: seller
    (He doesn't say yes. He writes "van 12" on a sticky note.) # speaker: narrator # milestone: vision-agreed
    -> pan_arrives

=== pan_arrives ===
{ patience <= 0: -> ending_thrown_out }
~ pan_here = true
The door opens. Pan Yuzhen comes in with a thermos of tea and a folder under her arm. Kevin stands up. Old He does not. # speaker: narrator # enter: pan-yuzhen
Kevin says you are the future. I don't need the future. I need Hemei to stop fining me. (She sits.) FleetPilot is eighty a van. Old He's Excel is free. You are two hundred and twenty. Why would I pay you more? # speaker: pan-yuzhen # mood: skeptical
* [FleetPilot Basic is fine for tracking, but that's all it is. Everything else — planning, windows, reporting — we do better. There's really no comparison. # move: claim-different-on-everything # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Everybody says "no comparison". That's why I compare. # speaker: pan-yuzhen # mood: skeptical
    -> kevin_vision
* [On tracking and arrival texts, FleetPilot Basic does what we do — I won't pretend otherwise. The difference is what's costing you money: Basic shows He where van 12 is; it doesn't order van 12's stops to meet Hemei's windows. # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    (She looks at He.) Is that true? # speaker: pan-yuzhen # mood: neutral
    { he_support >= 2: (He shrugs.) The dots don't help me. I know where the vans are. I don't know which one will be late. | (He shrugs.) Dots, orders. It's all the same to me. } # speaker: he-songlin
    -> kevin_vision
* [Fair question, Ms Pan, and for two hundred and twenty you should know exactly who you're paying. Let me start with what Routewise is — fifteen years in logistics software, more than four hundred customers, listed in Shenzhen — and then why we're different. # move: open-with-company-history # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (She unscrews her thermos.) I asked you a question about eighty and two hundred and twenty. # speaker: pan-yuzhen # mood: annoyed
    -> kevin_vision

=== kevin_vision ===
{ patience <= 0: -> ending_thrown_out }
Kevin can't contain himself. # speaker: narrator
And Ms Pan, Routewise Labs has AI predictions — it learns the traffic. We'd be the most advanced distributor in Foshan! # speaker: kevin-lu # mood: interested
Ms Pan's face closes like a shop shutter. # speaker: narrator
* [Kevin's right, Ms Pan. In two years every distributor in Foshan will plan with AI, and the late ones will be catching up with Hemei's fines on top. Wouldn't you rather be first than last? # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    First. (She looks at Kevin as if he had suggested selling the depot.) The first one into the water finds the rocks. # speaker: pan-yuzhen # mood: annoyed
    -> value
* [(Say nothing and let Kevin finish his point.) # C2-2 # why: Let the champion's AI pitch speak for Routewise in front of a laggard owner; silence is a message too. # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (Kevin carries on for another minute about machine learning. Ms Pan lets him, then turns to you.) Is this what I'm paying two hundred and twenty for? # speaker: pan-yuzhen # mood: skeptical
    -> value
* [That's for much later, if ever. Ms Pan, what I've heard is this: Hemei's fines stop, He keeps planning the way he plans, and you spend as little as possible getting there. Correct me where I'm wrong. # move: listen-and-summarize, fit-message-to-segment]
    ~ trust += 2
    (She puts the thermos down.) That is it exactly. (To Kevin, not unkindly.) You see? This one listens. # speaker: pan-yuzhen # mood: neutral # milestone: goal-stated
    (Kevin looks deflated for a moment, then nods.) # speaker: narrator
    -> value

=== value ===
{ patience <= 0: -> ending_thrown_out }
She opens her folder. Inside: Hemei's fine notices, stapled, with figures circled in red. # speaker: narrator
My sister-in-law will ask what I get for the money. Numbers. Not feelings. # speaker: pan-yuzhen
* [Then here are numbers: our customers typically see eighteen percent fewer kilometres and a quarter less overtime, with payback in four months. Shall I send your sister-in-law the ROI calculator tonight? # move: numbers-without-buy-in # cause: no-value-case]
    ~ trust = MAX(trust - 1, 0)
    "Typically". (She doesn't write it down.) My sister-in-law will ask whose kilometres. # speaker: pan-yuzhen # mood: skeptical
    -> excel
* [Could we build it from your folder? Last month's fines, how many were on van 12, what He's late nights cost — and you tell me which figures your sister-in-law will believe. # move: build-business-case]
    ~ trust += 2
    ~ value_case = true
    You work it out on He's whiteboard, in her numbers. Fines ¥38,000, of which ¥26,500 on the Shunde and Nanhai runs. Hemei reviews any supplier late more than 5% three months running — and Hemei is 22% of turnover. Routewise for the five Hemei vans: ¥1,100 a month. # speaker: narrator
    (She looks at the board for a long time.) Eleven hundred against twenty-six thousand. Even if you only fix half. (To He.) Even if he only fixes half. # speaker: pan-yuzhen # mood: interested # milestone: cost-quantified
    -> excel
* [Ms Pan, Kevin knows your operation inside out, and we've gone through it carefully together. We both believe it's the right call for Yuzhen — I think you can trust us on this. # move: rely-on-rapport # cause: no-value-case]
    ~ trust = MAX(trust - 1, 0)
    Kevin believes a lot of things. (She closes the folder.) Believing is not a number. # speaker: pan-yuzhen # mood: skeptical
    -> excel

=== excel ===
{ patience <= 0: -> ending_thrown_out }
She leans back. # speaker: narrator
Now tell me why He can't just do it in Excel and send the stores a WeChat message himself. That's free. # speaker: pan-yuzhen
* [Honestly? For your restaurant routes, Excel is fine and I'd leave them there. It's only the Hemei runs where windows bite. And one limit: we can't fix orders that come in after nine — those stay He's call. # move: calibrate-expectations, admit-limitation]
    ~ trust += 1
    ~ he_support = MIN(he_support + 1, 4)
    (He sits up a little.) The restaurants stay mine. # speaker: he-songlin # mood: interested
    (Ms Pan nods slowly.) So not everything. Only the part that costs me. # speaker: pan-yuzhen # mood: neutral
    -> access
* [With respect, He's already working until midnight. Excel is the reason he's working until midnight. # move: tell-buyer-their-problem # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    (He stands up.) I work until midnight because restaurants order until midnight. # speaker: he-songlin # mood: annoyed
    -> access
* [He could. How many store managers would he need to message each morning, and what happens to the Shunde run while he's typing? # move: ask-implication]
    ~ trust += 1
    (She does it in her head.) Forty-two stores. Every morning. (She looks at He.) You'd never leave the phone. # speaker: pan-yuzhen # mood: neutral
    (Old He grunts, which from him sounds like agreement.) # speaker: narrator
    -> access

=== access ===
{ patience <= 0: -> ending_thrown_out }
She checks her watch and stands. # speaker: narrator
Good. Kevin will work out the details with you and bring me a recommendation. I have a supplier coming at four. # speaker: pan-yuzhen
* [Of course. Kevin knows the operation and knows what you look for — he and I will put it together this week, and he'll bring you a recommendation you can read in five minutes. # move: accept-delegation-down # cause: no-access]
    (She nods and is already at the door.) # speaker: narrator
    (Kevin gives you a thumbs-up. Old He watches you with an expression you can't read.) # speaker: narrator
    -> reference
* [Happy to work through the details with Kevin and Mr He. Could we then have twenty minutes with you, so you decide on what you've seen, not on our slides? # move: ask-to-meet-decision-maker]
    ~ access_kept = true
    ~ trust += 1
    (She stops at the door and considers you.) Twenty minutes. Thursday next week, eight o'clock, before the vans come back. Bring He, not slides. # speaker: pan-yuzhen # mood: neutral # milestone: meeting-agreed
    -> reference
* [Before you go — you've seen the fines, the windows and what He needs. If Kevin's recommendation is Routewise, can we agree today that you'll sign it? It would save you another meeting. # move: premature-close # cause: no-access]
    ~ trust = MAX(trust - 2, 0)
    (She turns round at the door.) I'll sign what I decide to sign. # speaker: pan-yuzhen # mood: annoyed
    -> reference

=== reference ===
{ patience <= 0: -> ending_thrown_out }
{ access_kept: She lingers a moment at the door. | She stops at the door, as if she had just remembered something. } # speaker: narrator
One more thing. Who else uses this? Not the big ones in Shenzhen. People like us. # speaker: pan-yuzhen
* [We work with several of the biggest retail and e-commerce logistics operations in the country. If it works for them, it'll work for Yuzhen. # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    The big ones have IT departments. I have Kevin. (She leaves.) # speaker: pan-yuzhen # mood: skeptical
    -> kevin_after
* (jin) [Jinwei Foods in Dongguan — family-owned, frozen goods, 22 vans, also supplying Hemei. They put only their Hemei vans on Routewise last autumn; their dispatcher still plans the rest by hand. I can ask Ms Jin to call you. # move: offer-peer-reference]
    ~ trust += 1
    Jin Meifang? (She almost laughs.) She still writes invoices with a fountain pen. If she did it... Ask her to call me. # speaker: pan-yuzhen # mood: interested # milestone: references-requested
    -> kevin_after
* [Here's a case study from a cold-chain customer in Shanghai: they cut late deliveries by forty percent in three months. # move: share-success-story]
    (She takes the sheet, glances at the glossy photos, and folds it into her folder.) Shanghai. # speaker: pan-yuzhen # mood: neutral
    -> kevin_after

=== kevin_after ===
Ms Pan has gone. Kevin closes the door and lowers his voice. # speaker: narrator
Look, between us — she's never going to get it. She's from another era. If you make the proposal big enough, with the Labs stuff in it, I can sell it to her as a package. Trust me. # speaker: kevin-lu # mood: interested
* [I appreciate it, Kevin. But she decides, and she told us what she'll buy: the Hemei vans, minimal change. I'd rather help you make that small version succeed. # move: build-vision-from-buyer-words, fit-message-to-segment]
    ~ trust += 1
    (He hesitates, then shrugs with a rueful smile.) Small. Okay. Small is better than Excel. # speaker: kevin-lu # mood: neutral
    -> he_last
* [You know her better than I do, and she listens to you. Why not go big — full fleet, Labs ETA, the planning board — and you pitch it to her as one package? One yes is easier to get than three. # move: impose-solution-design, rely-on-single-contact # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    Yes. I'll build the deck this weekend. # speaker: kevin-lu # mood: pleased
    (You have just offered to sell Ms Pan the opposite of what she asked for, through the one person she already thinks is dreaming.) # speaker: narrator
    -> he_last
* [Between us, I agree — the whiteboard era is over, and she'll see it once it's running. Let's just get a foot in the door with something small and grow it from there. # move: tell-buyer-their-problem # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    (A chair scrapes in the dispatch room. Old He has heard.) # speaker: narrator
    -> he_last

=== he_last ===
Old He is packing up the sunflower seeds when you come back in. # speaker: narrator
{ he_support >= 3: You. What you told me in there. Did you mean it? | So. Is that it? } # speaker: he-songlin # mood: skeptical
* [To be honest, the first two weeks will be slower, not faster, while you teach it the gates and the times. After that, you judge. # move: calibrate-expectations]
    ~ he_support = MIN(he_support + 1, 4)
    ~ trust += 1
    (He nods slowly.) Slower first. At least you say it. The FleetPilot man said it was quicker from day one. # speaker: he-songlin # mood: neutral
    -> plan
* [Trust me, Mr He — once it knows your gates, the planner does the Hemei runs in minutes, and within a month you'll wonder how you ever managed without it. # move: overclaim # cause: alienated-he]
    ~ he_support = MAX(he_support - 1, -1)
    I managed for twenty-five years. (He zips his bag.) # speaker: he-songlin # mood: skeptical
    -> plan
* [What would make you say no to it, Mr He? Better I hear it now than in front of Ms Pan. # move: ask-obstacles]
    ~ he_support = MIN(he_support + 1, 4)
    (He considers.) If it moves my restaurants. If the drivers get two orders, one from me and one from the machine. If I can't switch it off. # speaker: he-songlin # mood: neutral
    Three things, then. Restaurants stay with you. One order, yours. And a switch. # speaker: seller
    (He grunts.) Write it down. # speaker: he-songlin
    -> plan

=== plan ===
Kevin walks you back to the gate. # speaker: narrator
{ access_kept: So, Thursday. What do we bring? | So. What now? } # speaker: kevin-lu
* [Let's propose this to her: four weeks on van 12 and the other Hemei vans only, He keeps Excel and the last word, we count late drops and fines each week, a peer she trusts calls Ms Pan first, and Ms Pan decides at the end of the four weeks. # move: propose-mutual-plan]
    -> decide
* [Let's put a proposal for the whole fleet in front of her with a ten percent launch discount if she signs by month end — that'll get her attention. # move: push-quarter-end, unilateral-discount # cause: discount-deck]
    ~ trust = MAX(trust - 2, 0)
    ~ big_deck = true
    -> ending_kevin_deck
* [Let's wait and see what FleetPilot proposes first, then we can position against it. # C12-2 # why: Left without a next step the buyer takes; waiting for the rival hands FleetPilot the timeline and gives Ms Pan nothing to decide. # cause: wait-and-see]
    ~ waited = true
    -> ending_drift

=== decide ===
{ not access_kept: -> ending_kevin_deck }
{ he_support <= 1: -> ending_he_veto }
{ not value_case: -> ending_drift }
{ trust < 9: -> ending_lost }
-> ending_won

=== ending_won ===
Thursday, eight o'clock. { reference.jin: Ms Pan has spoken to Jin Meifang the night before. | Ms Pan has rung two distributors she knows the night before. } Old He brings his sticky note with "van 12" on it and a list, written by hand, of forty-three gates, times and people. # speaker: narrator
Four weeks. The Hemei vans only. He keeps the last word. If the fines don't halve, we stop and I pay nothing more. (She looks at He.) Agreed? # speaker: pan-yuzhen # mood: pleased
(He shrugs.) Agreed. # speaker: he-songlin # mood: neutral
Kevin, you make sure He gets whatever he needs from them. Not the other way round. # speaker: pan-yuzhen # milestone: mutual-plan-agreed # milestone: preferred-vendor # phase: 3
Ms Pan agrees a four-week trial on the Hemei vans with a decision date, He as its owner and Routewise as her preferred option over FleetPilot and Excel. # speaker: narrator # outcome: won
-> END

=== ending_drift ===
{ waited:
    FleetPilot's proposal arrives on Monday: one page, eighty a van. Kevin forwards it with "your move?". By the time yours is ready, Ms Pan has stopped asking about either. # speaker: narrator
- else:
    A week later Ms Pan hears the proposal out, nods, and says she wants to see whether Hemei actually enforces the review in the summer. # speaker: narrator
}
Not now. Maybe after the Mid-Autumn rush. We'll manage with He's Excel until then. # speaker: pan-yuzhen # mood: neutral
{ waited:
    Nobody says no. Nobody says yes. You waited for the competitor to set the next step, and nobody set one: the evaluation quietly goes back into Kevin's drawer. # speaker: narrator # outcome: no-decision # caused-by: wait-and-see
- else:
    Nobody says no. Nobody says yes. Without a case in her own numbers, the fines stay cheaper than deciding: the evaluation quietly goes back into Kevin's drawer. # speaker: narrator # outcome: no-decision # caused-by: no-value-case
}
-> END

=== ending_he_veto ===
On Thursday He Songlin doesn't come to the meeting. He has told Ms Pan he will retire early if "the machine" plans his routes. # speaker: narrator
Twenty-five years he has planned my routes. I am not losing him for a computer. (She closes her folder.) We'll do it in Excel. He will try harder. # speaker: pan-yuzhen # mood: annoyed
The opponent you never won over decides it: Yuzhen Foods stays with the whiteboard, and nothing is bought. # speaker: narrator # outcome: no-decision # caused-by: alienated-he
-> END

=== ending_kevin_deck ===
{ big_deck: Kevin builds a thirty-slide deck and presents it to Ms Pan himself: full fleet, planning board, Labs ETA, a launch discount. | Kevin presents your plan to Ms Pan on his own. You are not in the room. } # speaker: narrator
Kevin tells you afterwards, quietly: she asked one question — "what does it cost?" — and then asked her sister-in-law to order FleetPilot Basic for the Hemei vans. Eighty a van. "Enough." # speaker: kevin-lu # mood: anxious
{ big_deck: The proposal was built for the champion instead of the owner, and the discount nobody asked for told her the price was soft. | Without access to the decision maker, your plan reached her second-hand, in someone else's words. } # speaker: narrator
{ big_deck:
    You lose to the cheapest option. # speaker: narrator # outcome: lost # caused-by: discount-deck
- else:
    You lose to the cheapest option. # speaker: narrator # outcome: lost # caused-by: no-access
}
-> END

=== ending_lost ===
On Thursday Ms Pan is polite and brief. # speaker: narrator
Thank you. FleetPilot is cheaper, and you have not shown me why you are worth the difference. We'll try theirs on the Hemei vans. # speaker: pan-yuzhen # mood: neutral
Yuzhen Foods buys FleetPilot Basic. You never quite turned the comparison from price into fit. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_thrown_out ===
{ pan_here: Ms Pan closes her folder. | He Songlin stands up, pockets his marker and his sunflower seeds, and walks out to the vans without a word. } # speaker: narrator
{ pan_here:
    I think we've heard enough. Kevin, see our guest out. He, the Shunde van is waiting. # speaker: pan-yuzhen # mood: annoyed
- else:
    (Kevin looks at the empty chair, then at you.) Ms Pan won't come now. He will tell her everything before lunch. # speaker: kevin-lu # mood: anxious
}
{ pan_here:
    The meeting ends early. Two weeks later Kevin messages you: they've gone with FleetPilot Basic. # speaker: narrator # outcome: lost # caused-by: lost-trust
- else:
    The meeting ends early. Two weeks later Kevin messages you: they've gone with FleetPilot Basic. # speaker: narrator # outcome: lost # caused-by: alienated-he
}
-> END
