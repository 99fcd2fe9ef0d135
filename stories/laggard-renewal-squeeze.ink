# id: laggard-renewal-squeeze
# title: The renewal squeeze at Dongsheng Auto Parts
# objective: A three-year renewal for both depots, with nothing given away
# phase: 3
# segment: laggards
# buyer: gao-deshun; Gao Deshun; Owner and Chairman, Dongsheng Auto Parts Distribution; decision-maker; man senior
# buyer: wu-lihua; Wu Lihua; Chief Accountant, Dongsheng Auto Parts Distribution; financial-approver; woman glasses
# minutes: 20
# difficulty: advanced
# version: 5
# setting: office
# brief: Dongsheng Auto Parts supplies about 900 repair shops around Wuhan from its Hanyang depot (35 vans) and a smaller depot in Xiaogan (20 vans, still on paper). A year ago Gao Deshun bought Routewise electronic proof of delivery for Hanyang only because AutoCare, the national car-service chain that is his biggest customer, made it a condition. He signed a one-year contract at ¥96,000 and said he would "see".
# brief: The contract ends in three weeks. You have proposed a three-year renewal covering both depots, 55 vans, with priority support: ¥148,000 a year. Gao and his accountant of twenty years, Wu Lihua, have agreed to meet you to "settle it". Your notes say: disputes with AutoCare fell sharply this year, but in March a cloud outage left Hanyang without the app for a morning, and your support line took four hours to answer. Wu's nephew has been showing them QuickSign, a ¥30-a-van signature app. Gao has said more than once that paper never crashed.

VAR trust = 4
VAR patience = 3
VAR gave = 0
VAR value_accepted = false
VAR risk_done = false
VAR knows_autocare = false
VAR ready = false
VAR autocare_done = false
VAR offered_beta = false

-> opening

=== opening ===
Gao's office is above the parts warehouse; you can hear forklifts through the floor. Wu Lihua has a folder with coloured tabs and a calculator she does not need. # speaker: narrator
Gao doesn't offer tea. # speaker: narrator
Let me save us both time. Last year, ninety-six thousand. This year you want one hundred and forty-eight. That is fifty-four percent more. Wu's nephew found an app for thirty yuan a van. And paper never crashed. So. # speaker: gao-deshun # mood: skeptical
* [I hear you — fifty-four percent is a big jump, and I'd rather keep a good customer than win an argument. If I take fifteen percent off the total, would that let us settle it today? # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (Wu writes "15%" on her pad and underlines it twice.) Fifteen. That's a start. # speaker: wu-lihua # mood: pleased
    (Gao says nothing. He looks at you as if you had just told him something about last year's price.) # speaker: narrator
    -> outage
* [Before we do anything else, let me show you what's new in this year's release — there's a lot you haven't seen yet, and it changes the picture. # move: pitch-features # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (Gao raises a hand.) I didn't want last year's features. I don't want this year's. # speaker: gao-deshun # mood: annoyed
    -> outage
* [Fair challenge. Before any price: what did the last twelve months actually do for you — good and bad? # move: acknowledge-objection, review-value-delivered]
    ~ trust = MIN(trust + 1, 18)
    (Gao glances at Wu.) Go on. Your numbers. # speaker: gao-deshun # mood: neutral
    (Wu opens the first tab.) Disputes with AutoCare: forty-one a month before, six a month now. Credit notes down about two hundred and ten thousand for the year. AutoCare's supplier scorecard went from C to A. # speaker: wu-lihua # mood: neutral
    And the drivers still complain about it. And March. # speaker: gao-deshun
    -> outage

=== outage ===
{ patience <= 0: -> ending_walkout }
{ gave > 0: Gao leans back. | Gao taps the desk. } # speaker: narrator
March the fourteenth. Your system was dead for a whole morning. Sixty deliveries, no confirmations. AutoCare's buyer called me at nine. Your support line answered at one. # speaker: gao-deshun # mood: annoyed
* [That was a one-off at our cloud provider. It's been fixed, and there's redundancy now — it won't happen again. # move: dismiss-objection, overclaim]
    ~ trust = MAX(trust - 2, 0)
    "Won't happen again." (He turns to Wu.) Write that down too. # speaker: gao-deshun # mood: skeptical
    -> implication
* [I know March hurt. But look at the whole year: your credit notes to AutoCare are down about two hundred and ten thousand. One bad morning against that — overall it paid for itself twice over, wouldn't you say? # move: tell-buyer-their-problem, numbers-without-buy-in]
    ~ trust = MAX(trust - 2, 0)
    "Clearly." (He doesn't look at the numbers.) You weren't the one AutoCare was shouting at. # speaker: gao-deshun # mood: annoyed
    -> implication
* [That morning was our failure. What happened on your side — what did the drivers do, and what did AutoCare say? # move: acknowledge-objection, clarify-objection]
    ~ trust = MIN(trust + 1, 18)
    (He is quiet for a moment; he expected an excuse.) The drivers went back to paper. Old Xiong had kept his carbon book in the van — he always does. # speaker: gao-deshun # mood: neutral
    AutoCare accepted the paper that once. But the buyer said "once". (He looks at you.) That is what I am buying, you understand. Not the app. Somebody who answers at seven, not at one. # speaker: gao-deshun # milestone: pain-acknowledged
    -> implication

=== implication ===
{ patience <= 0: -> ending_walkout }
Wu turns a page. # speaker: narrator
The scorecard is fine. Nobody says the app doesn't work. But value isn't the question, Mr Gao. Price is the question. # speaker: wu-lihua # mood: neutral
* [Then let's talk about price. What number did you have in mind? # move: ask-what-price-works, negotiate-before-value-accepted # cause: not-ready]
    ~ trust = MAX(trust - 1, 0)
    (Wu doesn't hesitate.) Last year's ninety-six. For both depots. # speaker: wu-lihua # mood: pleased
    (Gao nods slowly, as if he had never thought of it, and now it seems obvious.) # speaker: narrator
    -> risk
* [Suppose you kept the app only for AutoCare's orders and left Xiaogan on paper. What would Xiaogan look like next year? # move: ask-implication]
    ~ trust = MIN(trust + 1, 18)
    ~ value_accepted = true
    (Wu starts adding on her calculator, then stops.) Xiaogan is on paper now: eighteen disputes a month, about nine thousand in credit notes. And AutoCare opens six stores around Xiaogan next autumn. They'll want the same confirmations there. # speaker: wu-lihua # mood: anxious
    (Gao rubs his face.) So Xiaogan needs it anyway. (A pause.) All right. It works. I never said it doesn't work. # speaker: gao-deshun # mood: neutral # milestone: cost-quantified
    -> risk
* [You're right, Ms Wu, so let's make the price concrete. Our finance team ran your numbers — disputes, credit notes, the scorecard — and it comes to a three-point-two times return over three years. I've brought the full ROI sheet. # move: numbers-without-buy-in # cause: not-ready]
    ~ trust = MAX(trust - 1, 0)
    (Wu takes the sheet, turns it over, and puts it face down under her calculator.) Your finance team's numbers. # speaker: wu-lihua # mood: skeptical
    -> risk

=== risk ===
{ patience <= 0: -> ending_walkout }
Gao stands up and looks out at the yard, where a van is reversing badly. # speaker: narrator
Three years. I am sixty-four. Three years is a long time to be married to something that broke once already. # speaker: gao-deshun # mood: anxious
* [I can't promise it will never fail. I can put in writing a named engineer, one-hour response from six to ten in the morning, and service credits if we miss it. And Xiaogan goes in ten vans at a time, when you say so. # move: calibrate-expectations, offer-risk-reduction]
    ~ trust = MIN(trust + 2, 18)
    ~ risk_done = true
    (He turns round.) In writing. With a name. (To Wu.) A name, not a switchboard. # speaker: gao-deshun # mood: neutral # milestone: risk-addressed
    And the paper books stay in the vans. As the spare tyre. # speaker: gao-deshun
    -> reference
* [What would have to be true for you to feel safe signing for three years rather than one? # move: ask-obstacles]
    ~ trust = MIN(trust + 1, 18)
    (He thinks.) Somebody who answers at seven. And not everything at once in Xiaogan — those drivers are worse than mine. # speaker: gao-deshun # mood: neutral
    Then let's write both in: a named engineer with one-hour response in delivery hours, and Xiaogan ten vans at a time, when you say so. # speaker: seller
    ~ risk_done = true
    (He nods once.) In writing. # speaker: gao-deshun # milestone: risk-addressed
    -> reference
* [Our uptime last year was 99.7 percent. March was the only incident across all our customers, one morning out of three hundred working days. Honestly, Mr Gao, the numbers speak for themselves; I'd sign for three years on them with a clear conscience. # move: dismiss-objection # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    Ninety-nine point seven of a year is a whole day. It was my day. (He sits down heavily.) # speaker: gao-deshun # mood: annoyed
    -> reference

=== reference ===
{ patience <= 0: -> ending_walkout }
Gao folds his arms. # speaker: narrator
Who else signed with you for three years? Not the car makers, not the big boys in Shanghai. Somebody like me. # speaker: gao-deshun # mood: skeptical
* [Several of the big national parts distributors renewed with us this year, two of the top five among them, both after a full tender. If it's safe enough for them, wouldn't you agree it's safe enough for Dongsheng? # move: mismatched-pitch]
    ~ trust = MAX(trust - 1, 0)
    The top five have a floor of IT people. I have Wu and a nephew. (He waves it away.) # speaker: gao-deshun # mood: skeptical
    -> quicksign
* [Honestly, almost everybody renews — our retention is ninety-six percent. The numbers say you won't regret it. # move: numbers-without-buy-in]
    (He shrugs.) Everybody who stays, stays. I want to know about the ones like me. # speaker: gao-deshun # mood: neutral
    -> quicksign
* [Hengli Bearings in Xiangyang: family firm, two depots, AutoCare supplier. They renewed for three years last spring after a rough first year. Mr Hu will tell you what went wrong, too. # move: offer-peer-reference]
    ~ trust = MIN(trust + 1, 18)
    Old Hu? (A grunt that is almost a laugh.) He complains more than I do. If he signed for three years... (To Wu.) Get his number. I'll call him tonight. # speaker: gao-deshun # mood: interested # milestone: references-requested
    -> quicksign

=== quicksign ===
{ patience <= 0: -> ending_walkout }
Wu slides a printout across the desk: the QuickSign price page, with her nephew's notes in the margin. # speaker: narrator
Thirty yuan a van. Fifty-five vans, under twenty thousand a year. You are one hundred and forty-eight. Explain that to me like I'm an accountant, because I am. # speaker: wu-lihua # mood: skeptical # milestone: competition-revealed
* [Ms Wu, look at who's behind that thirty yuan. QuickSign is a two-person start-up chasing downloads. If they fold next year — and most of them do — you'd be betting AutoCare, your biggest customer, on a company that no longer exists. We've been here fifteen years, and we're listed in Shenzhen. # move: bash-competitor # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    (Gao looks interested for a second. Wu types on her phone.) They have three thousand customers, according to this. And you had an outage. # speaker: wu-lihua # mood: annoyed
    -> aside
* [I can't get to thirty. But what if I bring us down to one hundred and eighty a van, to close some of the gap? # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (Wu writes "180" on her pad and underlines it.) So the price was never the price. # speaker: wu-lihua # mood: pleased
    -> aside
* [For a signature and a photo, QuickSign does what we do. But the thirty doesn't include AutoCare's portal link, offline mode for the Xiaogan hills, or anyone at seven. Shall we compare them like for like, in your columns? # move: acknowledge-parity-then-differentiate, point-out-apples-to-oranges]
    ~ trust = MIN(trust + 1, 18)
    You build the page together, in Wu's columns. AutoCare only accepts certified connectors; QuickSign isn't one, so someone at each depot would upload the files by hand every evening: most of two clerks' time, about ninety thousand a year. Offline mode doesn't exist; Xiaogan loses signal on the hill roads. Support is by e-mail. # speaker: narrator
    (Wu looks at her own column for a long time.) It is still cheaper. By about forty thousand. # speaker: wu-lihua # mood: neutral
    Forty thousand. (Gao taps the line "support: e-mail".) For someone who answers at seven. # speaker: gao-deshun # mood: neutral
    -> aside

=== aside ===
{ patience <= 0: -> ending_walkout }
Gao's phone rings — a site manager, something about a missing gearbox. He goes out into the corridor. Wu waits until the door closes. # speaker: narrator
Between us. He will sign if I tell him the price is right. Give me twenty percent and I'll make sure he signs today. # speaker: wu-lihua # mood: neutral
* [I appreciate you being straight with me, Ms Wu — you know him better than anyone. Twenty I can't do. But between us, I could probably go to twelve percent off the total if you can get him over the line today. Could you get him over the line today if I did? Let's keep it between the two of us until he's back. # move: negotiate-with-non-decision-maker, percentage-discount-off-total # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (Wu writes "12%" and smiles for the first time.) Twelve. I'll tell him it was my idea. # speaker: wu-lihua # mood: pleased
    -> preconditions
* [I'd rather talk price with Mr Gao in the room. But help me: how will he make the final call, and what's still worrying him? # move: ask-decision-process, ask-obstacles]
    { trust >= 8:
        ~ knows_autocare = true
        (Wu looks at you differently.) Fair. (She lowers her voice.) He decides; I only tell him whether we can afford it. And what worries him... AutoCare's framework contract ends in eighteen months. If they drop us, he thinks he'll be paying three years for a system nobody asked for. # speaker: wu-lihua # mood: neutral # insider: owner-worry
        And his son takes over the Xiaogan depot next year. He doesn't want to hand him a contract he can't get out of. # speaker: wu-lihua
    - else:
        (Wu looks at you for a moment.) He decides; I only tell him whether we can afford it. What worries him, he can tell you himself. # speaker: wu-lihua # mood: neutral
    }
    ~ trust = MIN(trust + 1, 18)
    -> preconditions
* [Thank you, Ms Wu. I know you'll steer him right — you've clearly been the one holding this place together for twenty years. # move: rely-on-rapport, flatter]
    ~ trust = MAX(trust - 1, 0)
    (She doesn't smile.) Flattery is not a number. # speaker: wu-lihua # mood: skeptical
    -> preconditions

=== preconditions ===
Gao comes back and sits down. # speaker: narrator
Fine. Everybody gets a better price. I want a better price. # speaker: gao-deshun # mood: neutral
* [Three questions first. If we agree terms, is Routewise your choice for both depots? Is price the only thing left? And can Ms Wu sign today? # move: ask-negotiation-preconditions]
    ~ trust = MIN(trust + 1, 18)
    {
    - value_accepted && risk_done:
        ~ ready = true
        (He looks at Wu; she gives the smallest nod.) Both depots, if the support thing is in writing. Price, and... mostly price. And yes. If I say so, she signs today. # speaker: gao-deshun # mood: neutral # milestone: preferred-vendor
    - risk_done:
        (He frowns.) Your choice? I haven't decided you are worth more than paper. Show me that first. # speaker: gao-deshun # mood: skeptical
    - else:
        (He frowns.) Price the only thing? No. I still don't know who answers the phone when it breaks. # speaker: gao-deshun # mood: skeptical
    }
    { ready: -> squeeze | -> not_ready }
* [The price reflects the value you've had this year — disputes down, credit notes down, the AutoCare scorecard at A. I think it's fair as it stands. # move: hold-price-with-value # cause: not-ready]
    { value_accepted: (He nods, grudgingly.) Fair for you. | (He shrugs.) Your value. My money. } # speaker: gao-deshun
    -> squeeze
* [I'd like to get you a better price, Mr Gao, and I think I can. But I should be upfront: this pricing is tied to our year end on the thirty-first, and my manager only signs it off for decisions made this week. Could you give me your answer this week, so I can hold it? # move: push-quarter-end # cause: not-ready]
    ~ trust = MAX(trust - 2, 0)
    Your year end. (He looks at the calendar on the wall.) My contract ends in three weeks. I can wait three weeks and one day. # speaker: gao-deshun # mood: annoyed
    -> squeeze

=== not_ready ===
Wu has her pen ready anyway, waiting for a number. # speaker: narrator
* {not risk_done} [Then price can wait. I can't promise it never fails, but I can put in writing a named engineer, one-hour response from six to ten, and service credits. # move: calibrate-expectations, offer-risk-reduction]
    ~ trust = MIN(trust + 1, 18)
    ~ risk_done = true
    (He uncrosses his arms.) A name. In writing. (A pause.) And Xiaogan not all at once. # speaker: gao-deshun # mood: neutral # milestone: risk-addressed
    Ten vans at a time, when you say so. # speaker: seller
    -> recheck
* {risk_done && not value_accepted} [Then price can wait. If you went back to paper everywhere except AutoCare's orders, what would Xiaogan cost you next year? # move: ask-implication]
    ~ trust = MIN(trust + 1, 18)
    ~ value_accepted = true
    (Wu works it out aloud.) Eighteen disputes a month in Xiaogan, nine thousand in credit notes. And AutoCare's six new Xiaogan stores next autumn will want confirmations anyway. # speaker: wu-lihua # mood: anxious # milestone: cost-quantified
    -> recheck
* [Understood, and I don't want price to be what holds us up while you think it over. So as a sign of good faith, let me take ten percent off the total now, whatever you decide about the rest. Would that help? # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (Wu writes "10%" and circles it.) Good faith. We'll take it. # speaker: wu-lihua # mood: pleased
    (Gao's expression doesn't change. A price that moves before he has even agreed it is worth anything tells him what the price is worth.) # speaker: narrator
    -> squeeze

=== recheck ===
{ value_accepted && risk_done:
    ~ ready = true
    (Gao looks at Wu; she gives the smallest nod.) All right. Both depots, if that's in writing. Then it's price. And if I say so, she signs today. # speaker: gao-deshun # mood: neutral # milestone: preferred-vendor
- else:
    (Gao rubs his eyes.) Better. Not there yet. Say your price and we'll see. # speaker: gao-deshun # mood: neutral
}
-> squeeze

=== squeeze ===
{ patience <= 0: -> ending_walkout }
Wu puts her pen down and reads from her pad. # speaker: narrator
{ gave > 0: You've already moved once. So: twenty-five percent off, | Twenty percent off, } or a one-year renewal at last year's price, or QuickSign. Those are our options. # speaker: wu-lihua # mood: skeptical
* [All right — let's keep it simple: one more year, both depots, at last year's ninety-six. We can talk about three years next time. # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (Wu writes it down at once.) Ninety-six for fifty-five vans. # speaker: wu-lihua # mood: pleased
    (Gao doesn't smile. If the price can fall by a third in ten minutes, what was it last year?) # speaker: narrator
    -> extras
* [A percentage off the total would become every year's starting point, so no. But give me the three-year term and the year paid in advance, and I'll bill Xiaogan's vans only from the day each goes live and lock the price for three years. Can we sign today on that? # move: trade-concession, ask-two-gets]
    { ready:
        ~ trust = MIN(trust + 2, 18)
    - else:
        ~ trust = MIN(trust + 1, 18)
    }
    (Wu recalculates. Xiaogan's twenty vans going live ten in March and ten in June instead of all billed from January — about sixteen thousand less in the first year, and no increase for three years.) # speaker: narrator
    That is... not nothing. (To Gao.) The advance I can pay from AutoCare's year-end settlement in January. # speaker: wu-lihua # mood: neutral # milestone: concession-traded
    -> extras
* [That's out of my reach, Ms Wu. But what if I do ten percent now, and fight my manager for twelve if that's what it takes to get Mr Gao's signature today? # move: percentage-discount-off-total # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (Wu writes "10 — maybe 12".) So twelve. # speaker: wu-lihua # mood: pleased
    (Gao watches you the way he watches a van reversing badly.) # speaker: narrator
    -> extras

=== extras ===
{ patience <= 0: -> ending_walkout }
Wu turns to the next tab. # speaker: narrator
And the Xiaogan drivers need training. Free. And the twenty handhelds at cost. Everybody does that. # speaker: wu-lihua # mood: neutral
* [Sure, we'll include the training for the Xiaogan drivers and the twenty handhelds at cost. It's the least we can do for a customer like Dongsheng, and let's not let it get in the way of the bigger decision. # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    (She ticks two boxes.) Good. And the first month free, then. # speaker: wu-lihua # mood: pleased
    -> defer
* [Training is already in the rollout: ten vans at a time, a day with each group. Handhelds at cost, yes — if Mr Gao tells AutoCare's supplier day in September how it went. # move: trade-concession]
    ~ trust = MIN(trust + 1, 18)
    (Gao grunts.) Stand up in front of two hundred suppliers and talk about software. (A pause.) If it works, I'll say it works. If it doesn't, I'll say that too. # speaker: gao-deshun # mood: neutral # milestone: concession-traded
    Fair enough. Those are the terms. # speaker: seller
    -> defer
* [What would it take, all in, for you to sign today? Give me the full list and I'll see what I can do. # move: ask-what-price-works]
    ~ trust = MAX(trust - 1, 0)
    (Wu smiles and starts writing a list. It has seven items.) # speaker: narrator
    -> defer

=== defer ===
{ patience <= 0: -> ending_walkout }
Gao closes Wu's folder with one hand. # speaker: narrator
I want to think about it. Let's just roll over the old contract month to month, and I'll decide after the New Year. # speaker: gao-deshun # mood: anxious
* [Of course, Mr Gao. It's a three-year decision, and I'd rather you sign in January and feel good about it than sign today and regret it. Shall I call you after the New Year, then? The offer will be here whenever you're ready. # move: accept-brush-off # cause: accepted-brush-off]
    -> ending_rollover
* {knows_autocare} [May I ask directly, Mr Gao? Is it AutoCare's contract — and your son? # move: clarify-objection, check-readiness]
    ~ trust = MIN(trust + 1, 18)
    (He looks at Wu, who looks at the ceiling.) She told you. (A long breath.) Yes. If AutoCare drops us next year, I'm paying for a system nobody wants, and my son inherits the bill. # speaker: gao-deshun # mood: anxious
    -> autocare
* {not knows_autocare} [Something has changed in the last ten minutes. If it isn't the price and it isn't support — what is it that's still bothering you? # move: clarify-objection, check-readiness]
    ~ trust = MIN(trust + 1, 18)
    (He is silent for a while.) AutoCare's contract ends in eighteen months. If they drop us, I'm paying three years for a system nobody asked for. And my son takes over Xiaogan next year. I won't hand him a chain around his leg. # speaker: gao-deshun # mood: anxious
    ~ knows_autocare = true
    -> autocare
* [I understand. Then what I offered today comes off the table — it was for a decision today. If you roll over, it's at the original proposal. # move: withdraw-concession # cause: left-doubt-unexplored]
    ~ trust = MIN(trust + 1, 18)
    (He looks at you for a long time.) You are not desperate. Good. I don't buy from desperate people. (He stands.) But I still want to think. # speaker: gao-deshun # mood: neutral
    -> ending_respected
* [I should be honest: this pricing only holds until our year end on the thirty-first. After that I can't guarantee it. Can we settle it before then? # move: push-quarter-end, pressure-buyer # cause: pushed-year-end]
    ~ trust = MAX(trust - 2, 0)
    (He smiles for the first time, and it is not a nice smile.) Then after the thirty-first you will call me with a better one. # speaker: gao-deshun # mood: annoyed
    -> ending_waited

=== autocare ===
{ patience <= 0: -> ending_walkout }
Wu has stopped writing. # speaker: narrator
* [Mr Gao, do you really think AutoCare would drop one of its best suppliers in Hubei? You went from a C to an A on their scorecard in one year, and disputes are down to six a month. I'd bet my commission on it. # move: overclaim, flatter # cause: autocare-unresolved]
    ~ trust = MAX(trust - 2, 0)
    You would bet your commission. I would bet my company. (He shakes his head.) # speaker: gao-deshun # mood: skeptical
    -> final
* [Then let's write it in. If AutoCare ends the framework or drops the confirmation rule, years two and three fall back to Hanyang only. In return: year one in advance and the three-year term. Can we sign on that? # move: trade-concession, offer-risk-reduction]
    ~ trust = MIN(trust + 2, 18)
    ~ autocare_done = true
    (Wu reads it back to him slowly. He listens with his eyes closed.) # speaker: narrator
    So if AutoCare goes, the bill goes down. And my son is not chained. (He opens his eyes.) Put it in the contract. Not in an e-mail. In the contract. # speaker: gao-deshun # mood: neutral # milestone: risk-addressed
    -> final
* [Your son will thank you for locking in today's price for three years. It's the responsible thing to do for him. # move: pressure-buyer # cause: autocare-unresolved]
    ~ trust = MAX(trust - 2, 0)
    Don't tell me what my son will thank me for. (His voice is very quiet.) # speaker: gao-deshun # mood: annoyed
    -> final

=== final ===
{ patience <= 0: -> ending_walkout }
Gao looks at Wu. Wu looks at her pad. # speaker: narrator
{ trust >= 14: Read it to me once more. | So. What exactly are we signing? } # speaker: gao-deshun
* [Before you sign, since you'll be with us for three years: shall I add our Routewise Labs predictive ETA beta, free of charge? Early customers get it at no cost, and your drivers would be among the first. # move: mismatched-pitch # cause: beta-at-signing]
    ~ trust = MAX(trust - 3, 0)
    ~ offered_beta = true
    (He puts the pen down.) Beta. (To Wu.) You see? Already they want to change things. # speaker: gao-deshun # mood: skeptical
    -> decide
* [Three years, both depots, and only what we agreed today, in writing: support, billing, the AutoCare terms, year one in advance. If that's right, shall we sign? # move: close-when-ready]
    -> decide
* [(Slide the contract across the desk and say nothing more.) # move: neutral]
    -> decide

=== decide ===
{ gave >= 2: -> ending_spiral }
{ not ready && gave > 0: -> ending_spiral }
{ not ready: -> ending_not_ready }
{ not autocare_done: -> ending_chained }
{ offered_beta: -> ending_lost }
-> ending_won

=== ending_won ===
(Gao reads every page. It takes eleven minutes. Nobody speaks.) # speaker: narrator
(He signs, slowly, with his own pen.) If the engineer doesn't answer at seven, I call you. At home. # speaker: gao-deshun # mood: pleased
I'll book the advance for January. And I'm sending you my nephew's QuickSign printout, so you remember what you cost us. # speaker: wu-lihua # mood: neutral # milestone: mutual-plan-agreed
{ gave == 0: No discount: phased Xiaogan billing and a price lock were traded for term and prepayment. | But the discount you gave away for nothing is now Wu's starting point for the next renewal. } # speaker: narrator
Three-year renewal for both depots, with support and AutoCare risk written into the contract. # speaker: narrator # outcome: won
-> END

=== ending_rollover ===
(Gao stands.) Month to month. We'll talk after the New Year. # speaker: gao-deshun # mood: neutral
Wu shakes your hand and files your proposal behind the QuickSign printout. # speaker: narrator
The old contract rolls over. In January Gao's son asks why they're paying month-to-month rates for a system nobody decided on, and the renewal drifts into another year of "we'll see". # speaker: narrator # outcome: no-decision # caused-by: accepted-brush-off
-> END

=== ending_respected ===
(At the door he turns round.) Call me on the second of January. Not before. # speaker: gao-deshun # mood: neutral
You leave with your price intact and no signature. Gao rolls the old contract over month to month; when you call in January he still hasn't decided, but he takes the call, and the original proposal is still the starting point. # speaker: narrator # outcome: no-decision # caused-by: left-doubt-unexplored
-> END

=== ending_spiral ===
(Gao takes the pad from Wu and reads your concessions out loud, one after another.) # speaker: narrator
If you can drop this much in one afternoon, you were robbing me last year. (He pushes the pad back.) We'll put the AutoCare orders on QuickSign and the nephew will do the uploads. The rest goes back to paper. # speaker: gao-deshun # mood: annoyed
Every discount you gave without getting anything back told Gao the price was never real. Dongsheng does not renew. # speaker: narrator # outcome: lost # caused-by: gave-without-get
-> END

=== ending_lost ===
(Gao doesn't look at the contract.) No. Not three years. Not with you. # speaker: gao-deshun # mood: skeptical
Wu orders QuickSign for the AutoCare vans the following week. Xiaogan stays on paper, and paper goes back into Hanyang's vans too. # speaker: narrator # outcome: lost # caused-by: beta-at-signing
-> END

=== ending_not_ready ===
(Gao pushes the contract back across the desk, unsigned.) Three years is a lot of money for something I still can't weigh against paper. # speaker: gao-deshun # mood: skeptical
The old contract rolls over month to month. Nobody at Dongsheng has said the renewal is worth more than carbon books, so nobody decides. # speaker: narrator # outcome: no-decision # caused-by: not-ready
-> END

=== ending_chained ===
(Gao reads the three-year term twice, then closes the folder.) And if AutoCare goes? Then my son pays for this. No. # speaker: gao-deshun # mood: anxious
The one worry that mattered was never written into the contract. Gao rolls the old contract over month to month and waits to see what AutoCare does. # speaker: narrator # outcome: no-decision # caused-by: autocare-unresolved
-> END

=== ending_waited ===
(Gao stands and opens the door.) Call me after the thirty-first. With the better price. # speaker: gao-deshun # mood: annoyed
He waits your year end out, as he said he would. In January the renewal starts from a lower number than the one you walked in with, and still nobody has decided anything. # speaker: narrator # outcome: no-decision # caused-by: pushed-year-end
-> END

=== ending_walkout ===
Gao stands up and opens the door to the stairwell; the forklifts are suddenly loud. # speaker: narrator
Paper never crashed. Thank you for coming. # speaker: gao-deshun # mood: annoyed
The meeting is over before the price is. Dongsheng lets the contract lapse and goes back to carbon books, with QuickSign for AutoCare's orders. # speaker: narrator # outcome: lost # caused-by: lost-patience
-> END
