# id: first-meeting
# title: First meeting at Huaxin Cold Chain
# objective: A second meeting with the people who decide, on the buyer's own plan
# phase: 1
# segment: early-majority
# buyer: lin-wei; Lin Wei; COO, Huaxin Cold Chain; decision-maker; woman glasses
# buyer: zhou-qiang; Zhou Qiang; Dispatch Manager, Huaxin Cold Chain; user; man young
# minutes: 12
# difficulty: intro
# version: 4
# setting: office
# brief: Huaxin Cold Chain is a mid-size Shanghai carrier: 110 refrigerated trucks out of a cold store in Jiading, up to 30 owner-drivers in peak season, revenue of about 160 million yuan. Most of the work is fresh food for supermarkets; a smaller pharma business is growing, and under China's GSP rules pharma customers need a temperature record for every load. Every truck carries a FleetPilot GPS and temperature box, dispatch runs on Excel and WeChat, and the finance department runs on Omnia.
# brief: Your colleague Fang Jie sat next to the COO, Lin Wei, at a Shanghai Cold Chain Association dinner and got you thirty minutes. Lin has asked for nothing and has not decided she needs anything. By reputation she is careful and practical, wants proof from companies like hers, and has no time for vendors who want her to be "the first". She has asked her dispatch manager, Zhou Qiang, to sit in. Today is not about a sale: find out whether there is a real goal here and, if there is, leave with a next step she wants to take.

VAR trust = 2
VAR patience = 4
VAR knows_cost = false
VAR knows_process = false
VAR knows_rivals = false
VAR price_given = false
VAR overclaimed = false

-> arrival

=== arrival ===
Huaxin Cold Chain, Jiading. Tuesday, 9:30. The meeting room sits above the loading docks; below the window a row of white reefer trucks idles at the doors, compressors humming. # speaker: narrator
On the whiteboard, tomorrow's routes in three colours of marker. Next to it, pinned up with a magnet, a printout of a temperature curve with one stretch circled in red. # speaker: narrator
Lin Wei comes in with a tablet and a cup of tea. Behind her, a man in a Huaxin fleece carries a laptop. # speaker: narrator
Thank you for coming out to Jiading. This is Zhou Qiang, our dispatch manager: if we ever buy anything, he is the one who has to live with it. (She sits and lays her phone face-down.) Fang Jie was very persuasive at dinner. I have thirty minutes. What is this about? # speaker: lin-wei # mood: neutral
* [Thank you both. Let me start with who we are: Routewise was founded in Suzhou in 2011, we have more than four hundred customers and two hundred and eighty engineers, and last year we were named one of China's top ten logistics software vendors. # move: open-with-company-history # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    (She glances at her phone and doesn't pick it up.) Top ten. Congratulations. Fang Jie told me you understood cold chain. # speaker: lin-wei # mood: skeptical
    -> not_in_trouble
* [Fang Jie said you're growing pharma. Cold-chain COOs tell me the hard part isn't moving the boxes, it's proving afterwards that every load kept its temperature and its time window. Is that on your list, or is something else more pressing? # move: open-with-business-problem]
    ~ trust = MIN(trust + 1, 12)
    (She turns her phone over, then leaves it alone.) Proving it afterwards. (A glance at Zhou.) That is more specific than I expected. # speaker: lin-wei # mood: interested # milestone: agreed-to-talk
    -> not_in_trouble
* [I've brought a live demo: route optimisation, real-time temperature dashboards, e-POD and our open API. Ten minutes, and you'll see what it does for a fleet of a hundred and ten reefers. Shall I start with the temperature dashboards? # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    (She doesn't look at the laptop.) Zhou is the one who looks at screens. # speaker: lin-wei # mood: skeptical
    Zhou studies your laptop with polite interest. Lin studies the clock. # speaker: narrator
    -> not_in_trouble

=== not_in_trouble ===
{ patience <= 0: -> ending_walkout }
Let me save us some time. We are not in trouble. Every truck has a FleetPilot box, our customers renew, and Zhou gets a hundred trucks out of the gate before six every morning. (A small shrug.) So I am not sure what I would need. # speaker: lin-wei
* [That's exactly why I wanted to meet you. Fang Jie says Huaxin runs the tightest cold chain in Shanghai. How did you get a hundred trucks out before six? # move: flatter # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Fang Jie says that about everyone at dinner. (Drily.) It is why people like him. # speaker: lin-wei # mood: neutral
    (Zhou clears his throat.) Ms Lin. The Kangda audit. # speaker: zhou-qiang
    (A sigh.) Yes. All right. # speaker: lin-wei
    -> goal_stated
* [Then have you seen what we add on top of FleetPilot? Dispatch planning, a customer ETA portal, e-POD, automatic temperature reports. Most carriers find two or three things they can use straight away. # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Zhou looks up at "temperature reports", then back down at his laptop. # speaker: narrator
    Two or three things. (She makes no note.) We are not most carriers, and I have not told you yet what we do. # speaker: lin-wei # mood: skeptical
    (Zhou, quietly.) Ms Lin. The Kangda audit. # speaker: zhou-qiang
    -> goal_stated
* [Good to hear, and fair enough. Then forget software for a minute: what are you trying to achieve with Huaxin over the next year or two? # move: ask-goal]
    ~ trust = MIN(trust + 1, 12)
    (She considers the question, then puts her tea down.) Nobody from a software company has asked me that. All right. # speaker: lin-wei # mood: neutral
    -> goal_stated

=== goal_stated ===
{ patience <= 0: -> ending_walkout }
Pharma. It is eighteen percent of our revenue and the only part that still grows at a decent margin. The supermarkets took six percent off our fresh-food rates this year. I want pharma at thirty percent in two years. # speaker: lin-wei # milestone: goal-stated
Our anchor is Kangda Pharma Distribution: twenty-two million yuan a year. They audit all their carriers in February, and our contract is up for renewal in April. Everything I want in pharma starts with keeping Kangda. # speaker: lin-wei # mood: neutral
* [Then isn't our Pharma Cold Chain package exactly what Kangda needs? GSP-ready temperature reports, e-POD, and a portal their auditors can log into. Shall I have a proposal with you by Friday? # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    By Friday. (She looks at Zhou.) You don't know yet what happens to a Kangda order in this building. Neither does your proposal. # speaker: lin-wei # mood: skeptical
    -> trouble
* [Before I say anything about us: walk me through a Kangda delivery today, from their order to the signed handover at the hospital. Who does what? # move: ask-current-process]
    (She nods at Zhou.) Zhou, you tell it. I only see the complaints. # speaker: lin-wei # mood: neutral
    Kangda emails the orders by four in the afternoon, in Excel. My three dispatchers plan the next morning in our own Excel. Our trucks have FleetPilot boxes: position and temperature every two minutes, on FleetPilot's website. In peak we add up to thirty owner-drivers. They get their loads on WeChat and carry USB loggers that we download when they come back. # speaker: zhou-qiang # mood: neutral
    At the hospital the pharmacist signs a paper note and the driver photographs it into WeChat. For every Kangda load, GSP wants a temperature record. Liu, one of my dispatchers, builds them: FleetPilot export, logger file, photo, into one PDF. Two days a week, that is all she does. # speaker: zhou-qiang
    -> trouble
* [Pharma is where the whole industry is heading: IoT sensors, AI that predicts excursions, live dashboards for customers. Huaxin could be the first carrier in Shanghai with a fully predictive cold chain. # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    The first. (She says it the way a driver says "black ice".) I don't want to be the first at anything. I want Kangda to renew. # speaker: lin-wei # mood: skeptical
    -> trouble

=== trouble ===
{ patience <= 0: -> ending_walkout }
{ patience == 1:
    Lin turns her phone face-up and glances at it. # speaker: narrator
}
The boxes are fine. Nine days out of ten nobody looks at the records. The trouble is the tenth day. # speaker: zhou-qiang
(Drily.) Zhou is an optimist. # speaker: lin-wei
* [What happens on the tenth day? Take the last time something went wrong with a Kangda load: what went wrong, and what happened next? # move: ask-diagnostic]
    September. Insulin for Minhang Central Hospital, two to eight degrees. We moved it from one of our trucks into an owner-driver's van at our Minhang transfer point. Forty minutes with no record: the box stayed in one truck and the logger was still in the other. The insulin was probably fine. We couldn't prove it. # speaker: zhou-qiang # mood: anxious
    The hospital refused the load. (She looks at the curve on the wall.) It was not the first question Kangda asked us this year. It was the first one we could not answer. # speaker: lin-wei # mood: anxious # milestone: pain-acknowledged
    -> cost
* [Excel, WeChat and FleetPilot: your data lives in three places, with no single source of truth. Isn't that the real problem behind the tenth day? # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    (An eyebrow goes up.) Three places, and our customers renew. If that is a problem, it is a cheap one. # speaker: lin-wei # mood: annoyed
    (Zhou, half to himself.) It wasn't three places in September. It was one logger in the wrong truck at the Minhang transfer, and forty minutes we couldn't prove. # speaker: zhou-qiang # mood: anxious
    -> cost
* [That's exactly what our platform is for: it pulls in the FleetPilot data and the logger files, alerts dispatch on every excursion, and builds the GSP report automatically. # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Automatically? # speaker: zhou-qiang # mood: interested
    Every vendor says automatically. (To you.) You have not asked what goes wrong. # speaker: lin-wei # mood: skeptical
    (Zhou, quietly.) September went wrong. One logger in the wrong truck at the Minhang transfer, forty minutes we couldn't prove. # speaker: zhou-qiang # mood: anxious
    -> cost

=== cost ===
{ patience <= 0: -> ending_walkout }
September. Kangda charged us three hundred and eighty thousand yuan for that load. (Flatly.) Claims happen in this business. We paid it, and Kangda is still our customer. # speaker: lin-wei # mood: neutral
* [Did you know claims and rework cost cold-chain carriers two to four percent of revenue? On a hundred and sixty million that's three to six million a year. Shall I send you our ROI model? # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Industry figures. (She doesn't write it down.) Our claims last year were under one million. Your model doesn't know us. # speaker: lin-wei # mood: skeptical
    -> payoff
* [With Routewise a gap like that simply couldn't happen: every minute of every load recorded, guaranteed. You'd never pay a claim like that again. # move: overclaim # cause: overclaimed]
    ~ overclaimed = true
    (She types something on her tablet.) Never again, guaranteed. I will remember that. # speaker: lin-wei # mood: neutral
    -> payoff
* [You said everything in pharma starts with keeping Kangda. What would a load like September's mean if the auditors picked it in February? And for April? # move: ask-implication]
    ~ trust = MIN(trust + 1, 12)
    ~ knows_cost = true
    (She is quiet for a moment.) Their auditors pick twenty loads at random and ask for the full record. More than two incomplete and we are "conditional". Conditional carriers don't get the new Jiangsu lanes, and in April they put us out to tender. # speaker: lin-wei # mood: anxious
    Twenty-two million a year. And the two other pharma distributors I have been courting both ask the same first question: who do you carry for, and how did their audit go? (She says it aloud, maybe for the first time.) If Kangda goes, thirty percent pharma goes with it. # speaker: lin-wei # milestone: cost-quantified
    And Liu, the dispatcher who builds our temperature records, asked for a transfer last month. If she goes, nobody else knows how. # speaker: zhou-qiang # mood: anxious
    -> payoff

=== payoff ===
{ patience <= 0: -> ending_walkout }
(Zhou leans forward.) Ms Lin, if there were anything we could put in before February... # speaker: zhou-qiang # mood: interested
* [So: pharma to thirty percent, Kangda is the anchor, and the risk is a record you can't produce at the audit. If you could produce a complete one for any Kangda load in minutes, what would that change? # move: listen-and-summarize, ask-need-payoff]
    ~ trust = MIN(trust + 1, 12)
    (She corrects you, which is a good sign.) Not only the audit. Every query. Kangda sent us eleven last quarter and we answered seven properly. # speaker: lin-wei # mood: interested
    If I could answer every one the same day, I would walk into April asking for the Jiangsu lanes instead of defending the old ones. I could show the other distributors the same file. (A beat.) And my dispatchers would go back to dispatching. # speaker: lin-wei
    -> proof
* [Then let's not lose any time, because February is close. We could start a pilot on ten of your trucks next month, on the Kangda lanes, and have it running well before the auditors arrive. Shall I pencil it in with Zhou? # move: premature-close # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience = MAX(patience - 1, 0)
    Zhou nods eagerly. Lin does not. # speaker: narrator
    A pilot is a decision, and I have not made one. Twenty minutes ago I did not know your name. # speaker: lin-wei # mood: annoyed
    -> proof
* [Let me show you how we'd handle it. Five minutes on my laptop: the excursion alerts, the GSP report builder, the customer portal. # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Zhou leans in to watch. Lin watches Zhou. # speaker: narrator
    It is a nice screen. (She turns the laptop back towards you.) Everybody who sits in that chair has a nice screen. # speaker: lin-wei # mood: skeptical
    -> proof

=== proof ===
{ patience <= 0: -> ending_walkout }
I will be honest with you. Two vendors have sat where you are sitting this year, and both had nice screens. (She folds her arms.) Who have you actually done this for? Not Alibaba, not a car maker. A carrier like us. # speaker: lin-wei # mood: skeptical
* [Fair question. Have you seen the last industry report? It ranked us first in all six categories: better tracking, better planning and better reporting than anyone in China. Whoever you compare us with, we come out ahead. # move: claim-different-on-everything # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    First in all six. (Drily.) Then somebody's number two is lying, or you are. And you still haven't named a carrier. # speaker: lin-wei # mood: skeptical
    -> usage
* [Dongxu Cold Chain in Suzhou: ninety reefers, fresh food plus pharma, FleetPilot boxes like yours. Their pharma distributor flagged their records before an audit. I'll tell you what they did, and I can introduce you to their COO, He Jing. # move: share-success-story, offer-peer-reference]
    ~ trust = MIN(trust + 2, 12)
    Dongxu. (She sits up.) We bid against them for a hospital lane in Kunshan last year. Go on. # speaker: lin-wei # mood: interested
    They kept their FleetPilot boxes; Routewise reads them. The owner-drivers got Bluetooth loggers paired with our driver app. The real change was small: the temperature record hangs on the order, not on the truck, so it follows the load across a transfer. If it breaks for more than ten minutes, the dispatcher gets an alert while the truck is still at the dock. Four months later the audit came back with no findings, and claims went from seven the year before to one. # speaker: seller
    Four months. Not four weeks. (She types "He Jing, Dongxu" on her tablet.) I want to hear that from her, not from you. # speaker: lin-wei # milestone: references-requested
    -> usage
* [You'd be our first pharma carrier in Shanghai, which means flagship treatment: our product team would build the roadmap around Huaxin's needs. # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience = MAX(patience - 1, 0)
    Flagship. (A short laugh.) A flagship is where a vendor learns its lessons. I would rather be your fiftieth. # speaker: lin-wei # mood: annoyed
    -> usage

=== usage ===
{ patience <= 0: -> ending_walkout }
{ trust >= 7: She pushes her tablet to the middle of the table. | She glances at the clock above the whiteboard. } # speaker: narrator
Tell me how it would actually work here. Not the functions. A Kangda day. # speaker: lin-wei
* [Technically it's simple: an open REST API, MQTT ingestion every thirty seconds, Bluetooth logger pairing and a validated audit trail. Could your IT team give us one sprint before February? # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    A sprint. (She looks at Zhou.) Do we have a sprint? (Zhou shrugs.) Talk to me about Kangda, not about my IT department. # speaker: lin-wei # mood: annoyed
    -> limits
* [The way our best customers run it: we replace the FleetPilot boxes with our own sensors so everything sits on one platform, move dispatch onto Routewise from day one and retire the Excel sheets. One system, one record, nothing to reconcile by hand. # move: impose-solution-design # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    Take the boxes out of a hundred and ten trucks? Before February? # speaker: zhou-qiang # mood: anxious
    Nobody is touching the boxes. They work. # speaker: lin-wei # mood: annoyed
    -> limits
* [Take the September load. In the setup you'd want, when the record breaks at the Minhang transfer, who should know first, and what should they do? And what should Kangda's auditor see in February? # move: share-usage-scenario, build-vision-from-buyer-words]
    ~ trust = MIN(trust + 1, 12)
    Me. Or whoever is on dispatch. While the van is still at the dock. I call the driver, he moves the logger, and it is forty seconds, not forty minutes. # speaker: zhou-qiang # mood: interested
    And the auditor types in a Kangda order number, not a truck plate, and gets one file: temperatures, times, the pharmacist's signature. (She stops, hearing herself.) That is what I want. The boxes stay, Zhou keeps his screen, and nobody builds PDFs by hand. # speaker: lin-wei # mood: interested # milestone: vision-agreed
    -> limits

=== limits ===
{ patience <= 0: -> ending_walkout }
One question. Our owner-drivers carry Jingchuang USB loggers. Can your system read those live? # speaker: zhou-qiang # mood: neutral
* [Honestly, no. USB loggers are uploaded after the trip, as you do today. Live records need Bluetooth loggers, about three hundred and fifty yuan each, so ten thousand for thirty drivers, plus our app on their phones. Dongxu took two months. # move: admit-limitation]
    ~ trust = MIN(trust + 1, 12)
    (He nods slowly.) Ten thousand is nothing. Two months is realistic. They are not employees; you can't make them do anything. # speaker: zhou-qiang # mood: interested
    (She writes it down.) That is the first real number a vendor has given me this year. Our own trucks first, the owner-drivers after. Fine. # speaker: lin-wei # mood: interested # milestone: risk-addressed
    -> who_decides
* [Yes. We've integrated over forty logger brands, Jingchuang and the other USB ones included, and we read them all live, so the thirty owner-drivers keep the loggers they carry today, their records land in the same Kangda file as your own trucks', and they won't notice a thing. # move: overclaim # cause: overclaimed]
    ~ overclaimed = true
    Good. (He looks relieved.) # speaker: zhou-qiang # mood: pleased
    Any logger, live. (She writes it down, word for word.) # speaker: lin-wei # mood: neutral
    -> who_decides
* [That's a detail for our implementation team. Which model are they, exactly? They'll work it out with you once we get started. # move: hide-known-gap # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Once we get started. (Coolly.) Zhou asked because that is exactly where September happened. # speaker: lin-wei # mood: skeptical
    -> who_decides

=== who_decides ===
{ patience <= 0: -> ending_walkout }
Ms Lin, I could look into this with them. Try it on a couple of the Kangda lanes. # speaker: zhou-qiang # mood: interested
Zhou would try anything that means fewer PDFs. (But she doesn't say no.) # speaker: lin-wei
* [Zhou, that would be great. Could we set up a session on two Kangda lanes this week, and you brief Ms Lin once we have something to show? # move: accept-delegation-down # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Good. Zhou, you handle it. (She picks up her phone, and you feel the meeting move from her desk to his.) # speaker: lin-wei # mood: neutral
    -> obstacles
* [Happy to work with Zhou. But first: if Huaxin did this, is it your call, who else has a say, and by when would it need to be in place to matter for February? # move: qualify-authority, ask-decision-process, ask-timeline]
    ~ knows_process = true
    Operations systems are my call. Anything over five hundred thousand goes to our chairman, Mr Huang, together with Tang Min, our CFO. Sun Lei in IT will insist it talks to Omnia; our finance runs on it. # speaker: lin-wei # mood: neutral
    Timing: next year's budgets are fixed on the fifteenth of December. If it is not in my budget by then, it waits until July, and July is after the audit and after April. # speaker: lin-wei
    -> obstacles
* [To make it easy for Zhou to start: I'll give you the loggers free and waive the first three months, so there's nothing for anyone to sign off, and you'd have real Kangda records before February. # move: unilateral-discount # cause: gave-price]
    ~ price_given = true
    (For the first time she smiles.) Free is a price I understand. (She makes a note.) # speaker: lin-wei # mood: pleased
    -> obstacles

=== obstacles ===
{ patience <= 0: -> ending_walkout }
{ knows_process: So that is how we decide. | For the record: anything over five hundred thousand goes to our chairman, Mr Huang, and to Tang Min, our CFO. Sun Lei in IT will want his say too. } (She checks the time.) What else do you need from me? I have ten minutes. # speaker: lin-wei
* [Honestly, with what you've built on the pharma side, I'm sure Mr Huang will follow your lead on this. If you back it, the others will come round, won't they? # move: flatter # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Mr Huang follows nobody's lead. That is how he built the company. # speaker: lin-wei # mood: neutral
    -> rivals
* [Is Sun Lei worried about Omnia? He needn't be: we integrate with Omnia out of the box, finance postings included, and in practice, with the forty carriers we connect to ERPs, integration is never the problem. # move: dismiss-objection # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    Sun Lei will be glad to hear that integration is never the problem. He spent last spring proving the opposite to Omnia. # speaker: lin-wei # mood: annoyed
    -> rivals
* [Two uncomfortable questions, then. Who else would you look at, and is anyone already a favourite with Ms Tang or Sun Lei? And what could stop this, even if you liked it? # move: ask-competition, ask-obstacles]
    { trust >= 6:
        ~ knows_rivals = true
        (She almost smiles.) Uncomfortable is fine. Between us: Omnia presented their transport module to Ms Tang in the summer, "one system, one invoice", and she liked it. And FleetPilot tells Zhou their next version will do dispatch. # speaker: lin-wei # mood: neutral # milestone: competition-revealed # insider: favoured-vendor
        What could stop it? Sun Lei, if it means another interface to look after. Ms Tang, if it looks like a second system next to Omnia. And me, if it turns into a big project before February. # speaker: lin-wei
    - else:
        (She gives you a careful look.) Who likes whom in this building is not something I discuss with a vendor I met twenty minutes ago. You can assume you are not the only one who calls. # speaker: lin-wei # mood: neutral
        What could stop it? The usual things. Money, IT, and time before February. # speaker: lin-wei
    }
    -> rivals

=== rivals ===
{ patience <= 0: -> ending_walkout }
{ patience == 1:
    Lin turns her phone face-up again. # speaker: narrator
}
{
- knows_rivals:
    So tell me why I shouldn't take Omnia's module, or simply wait for FleetPilot's new version. # speaker: lin-wei
- trust >= 6:
    (She leans back.) You didn't ask, so I will tell you. Omnia has already shown Ms Tang their transport module, "one system, one invoice", and she liked it. FleetPilot tells Zhou their next version does dispatch. Why shouldn't I take one of those, or simply wait? # speaker: lin-wei # mood: skeptical # milestone: competition-revealed # insider: favoured-vendor
- else:
    (She leans back.) Omnia already runs our finance and sells a transport module. FleetPilot is in every truck and says dispatch is coming. Why shouldn't I take one of those, or simply wait? # speaker: lin-wei # mood: skeptical
}
* [Keep the FleetPilot boxes: they're good, and we read them. Omnia is a strong finance system, and we'd feed it. On tracking we're all much the same. Where we differ is what cost you September: one record per Kangda order, dock to signature, owner-drivers included. # move: acknowledge-parity-then-differentiate]
    ~ trust = MIN(trust + 1, 12)
    (Slowly.) Not instead of FleetPilot. Not instead of Omnia. Next to them. (She looks at Zhou.) That is a different conversation with Ms Tang. # speaker: lin-wei # mood: interested
    -> price
* [With respect, isn't waiting the most expensive option you have? The audit is in February and the renewal in April. If you wait for FleetPilot's next version, you walk into both with exactly the same gaps as in September, and Kangda will know it the moment they pick their twenty loads. # move: pressure-buyer # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    (Her voice cools.) I know when the audit is. I told you. # speaker: lin-wei # mood: annoyed
    -> price
* [Honestly? FleetPilot's dispatch has been "the next version" for three years, and Omnia's transport module is an ERP add-on nobody in logistics actually likes. # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    (She frowns.) FleetPilot's boxes have not missed a day in four years. And Ms Tang likes Omnia very much. I would not say that in front of her. # speaker: lin-wei # mood: skeptical
    -> price

=== price ===
{ patience <= 0: -> ending_walkout }
{ price_given: You said the loggers and the first three months are free. What does the rest cost? | Ballpark: what does something like this cost? } Ms Tang will ask me tonight, and I want a number, not a price list. # speaker: lin-wei # mood: neutral
* [A range I can stand behind rather than a number I'd take back: roughly four hundred and fifty to six hundred thousand a year for your own trucks, depending on scope. Is money set aside for this, or would it go into next year's budget? # move: calibrate-expectations, qualify-budget]
    (She writes the range down.) Nothing is set aside. If I want it, it goes into my December budget, and Ms Tang will want to know exactly what she gets for it. # speaker: lin-wei # mood: neutral
    -> business_case
* [List is about four hundred yuan per truck per month, a little over half a million a year for your own trucks. For Huaxin I can take thirty percent off the whole thing to get you started, so Ms Tang sees well under four hundred thousand. # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: gave-price]
    ~ price_given = true
    (She writes "30%" and underlines it.) Thirty percent. Ms Tang will like that. # speaker: lin-wei # mood: pleased
    -> business_case
* [What number would make this an easy yes for Ms Tang? Tell me, and I'll see what I can do. # move: ask-what-price-works # cause: gave-price]
    ~ price_given = true
    (No hesitation.) Under three hundred thousand, all in. Then we can talk. # speaker: lin-wei # mood: neutral
    She didn't need to think about it. That is now the number you will be measured against. # speaker: narrator
    -> business_case

=== business_case ===
{ patience <= 0: -> ending_walkout }
Ms Tang reads proposals the way Kangda's auditors read our records. Twenty at random, every line. # speaker: lin-wei
* [Our standard ROI model shows payback in seven months for a fleet your size, and it's built for exactly that kind of reader: every assumption listed line by line. I'll email it to Ms Tang directly today, so she has it before you speak to her. # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Directly. (She shakes her head.) She will bin it, and then ask me why a vendor is writing to her. And "a fleet my size" is not my fleet. # speaker: lin-wei # mood: skeptical
    -> readiness
* [Fang Jie knows Mr Huang from the association. I'm sure a word from him over dinner would make things easier with Ms Tang. # move: rely-on-rapport # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    (Coolly.) Ms Tang doesn't go to association dinners. That is why she is a good CFO. # speaker: lin-wei # mood: skeptical
    -> readiness
* [Then let's build her page together, from your numbers: what September cost, what the records cost Zhou's team each week, what's at stake with Kangda, against what this would cost. You present it; I only fill in our side. # move: build-business-case]
    ~ trust = MIN(trust + 1, 12)
    { knows_cost: (She is already typing.) Three hundred and eighty thousand in September. Twenty-two million at stake in April. A dispatcher who does nothing but PDFs. Against half a million. (She looks up.) That is a page Ms Tang will read. | (She starts typing.) I would need Zhou's numbers, and an honest figure for what is at stake with Kangda. A page I present, not a brochure from you. That, Ms Tang will read. } # speaker: lin-wei # mood: interested
    -> readiness

=== readiness ===
{ patience <= 0: -> ending_walkout }
{ trust >= 8: Lin checks the clock and, for the first time, doesn't seem to mind. | Lin checks the clock. } # speaker: narrator
We are nearly out of time. # speaker: lin-wei
* [Since Ms Tang will want a number: if we sign before our year-end on the thirty-first of December, I can lock in this year's pricing, well before the audit. Shall I put that in writing for her? # move: push-quarter-end # cause: pushed-year-end]
    ~ trust = MAX(trust - 2, 0)
    -> ending_pushed
* [Thank you both for your time. Shall I send you our brochure and the Dongxu case study, and follow up in a couple of weeks? # move: send-brochure # cause: sent-brochure]
    -> ending_brochure
* [Before I suggest anything: where does this sit for you, honestly? Something you want to act on before February, or something to keep an eye on? # move: check-readiness]
    { trust >= 8:
        (She thinks about it.) Half an hour ago I would have said keep an eye on. Now, I want Ms Tang and Sun Lei to hear this, and I want to talk to someone who has actually done it. # speaker: lin-wei # mood: interested
    - else:
        (She shrugs.) Honestly? Half of me thinks we will scrape through February the way we always do. But go on. # speaker: lin-wei # mood: neutral
    }
    -> plan

=== plan ===
So. What do you suggest? # speaker: lin-wei
* [How about a proposal? I'll write up the setup I'd recommend for Huaxin, Kangda lanes first and owner-drivers after, with full pricing, by Friday, so you have something concrete for Ms Tang before the fifteenth of December. # move: impose-solution-design # cause: imposed-proposal]
    -> ending_proposal
* [A plan on your dates, if it suits you. This week you call He Jing at Dongxu. Next week, ninety minutes here with you, Zhou, Sun Lei and Ms Tang, on your September records, not my slides. By the fifth of December you decide whether a Kangda trial goes into the budget. # move: propose-mutual-plan, ask-to-meet-decision-maker, ask-for-meeting]
    -> decide
* [Let me come back next week and give the full demo to you, Ms Tang and Sun Lei together: everything the platform can do, the Omnia integration for Sun Lei, the cost side for Ms Tang and the GSP reports for Zhou, so they judge it for themselves rather than from my summary. # move: ask-for-meeting, pitch-features # cause: demo-instead-of-plan]
    -> ending_beauty_contest

=== decide ===
{ trust >= 8 && overclaimed: -> ending_caught }
{ trust >= 8 && price_given: -> ending_shootout }
{ trust >= 8: -> ending_won }
-> ending_not_now

=== ending_won ===
(She takes the marker from the whiteboard and writes under tomorrow's routes: He Jing, this week. Working session, Thursday the 14th: Lin, Zhou, Sun Lei, Tang. Trial decision, 5 December. Budget, 15 December.) # speaker: lin-wei # mood: pleased # milestone: meeting-agreed # milestone: mutual-plan-agreed # phase: 2
I will ask Ms Tang myself. She will come if I tell her it is about September. Zhou, bring the September file. The real one. # speaker: lin-wei # milestone: access-granted
(Already opening his laptop.) I'll bring every query Kangda sent us this year. # speaker: zhou-qiang # mood: pleased
(At the door.) One more thing. If He Jing tells me something different from what you told me, Thursday is cancelled. (Almost a smile.) I don't expect she will. # speaker: lin-wei
You leave Jiading with no order and no pilot, but with a date with the people who decide, on Lin's own plan, three months before Kangda's audit. # speaker: narrator # outcome: won
-> END

=== ending_shootout ===
(She writes the plan on the whiteboard, and next to it, the price you talked about.) Thursday, then. Ms Tang will want that price in writing, of course. # speaker: lin-wei # mood: neutral # milestone: meeting-agreed
On Thursday Ms Tang opens the session with price before anyone mentions September. By Friday she has sent your figure to Omnia and FleetPilot and asked both to beat it. # speaker: narrator
We owe it to the chairman to compare. (Politely.) Let us talk again when all three offers are in. # speaker: lin-wei # mood: neutral
The evaluation turns into a price comparison you started yourself; it is not finished by the fifteenth of December, and the decision slides to July, after the audit. # speaker: narrator # outcome: no-decision # caused-by: gave-price
-> END

=== ending_caught ===
(She writes the plan on the whiteboard.) Thursday, then. I will call He Jing first. # speaker: lin-wei # mood: neutral # milestone: meeting-agreed
Two days later Lin calls you. # speaker: narrator
He Jing was very positive about you. She also told me it took them four months, new loggers for every owner-driver, and that the first two months still had gaps. (A pause.) That is not what you told me. Thursday is cancelled. # speaker: lin-wei # mood: annoyed
A pragmatist checks references, and the reference checked your promises; Huaxin puts Omnia's module into the December budget instead. # speaker: narrator # outcome: lost # caused-by: overclaimed
-> END

=== ending_not_now ===
(She listens to the whole plan, then shakes her head slightly.) That is a lot of people's time. Send me something in writing, and I will see whether it is worth Ms Tang's afternoon. # speaker: lin-wei # mood: neutral
You send it. She reads it, forwards it to nobody and files it under "after the audit". # speaker: narrator
The audit, the budget round and April all come and go with nothing decided; you never gave Lin enough reason to spend her own credibility on the plan. # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_brochure ===
(She stands and shakes your hand.) Thank you. Yes, send me the brochure. # speaker: lin-wei # mood: neutral
You send it that afternoon. Lin replies with a thumbs-up. Zhou forwards the case study to Liu, the dispatcher who builds the temperature records, who reads it on her last day in dispatch before her transfer. # speaker: narrator
Nobody at Huaxin was asked to do anything, so nobody did; in February Kangda's auditors pick twenty loads, and three records are incomplete. # speaker: narrator # outcome: no-decision # caused-by: sent-brochure
-> END

=== ending_proposal ===
A proposal. Fine, send it. # speaker: lin-wei # mood: neutral
Your twelve-page proposal arrives on Friday. Lin forwards it to Ms Tang, whom you have never met, and Ms Tang forwards it to Omnia with one line: "Can your module do this?" # speaker: narrator
Omnia's transport module goes into the December budget as "one system, one invoice", and your proposal becomes the requirement list it was measured against. # speaker: narrator # outcome: lost # caused-by: imposed-proposal
-> END

=== ending_beauty_contest ===
A demo. (She considers it.) All right, next Thursday. I will ask Ms Tang and Sun Lei. # speaker: lin-wei # mood: neutral # milestone: meeting-agreed
Thursday's demo is polished. Sun Lei asks about interfaces for forty minutes; Ms Tang asks how it compares with the Omnia module she saw in the summer. Nobody mentions September. # speaker: narrator
Ms Tang asks both vendors for a feature comparison. (Lin, afterwards, tired.) Maybe after the audit. # speaker: lin-wei # mood: neutral
You got the right people into the room and showed them screens instead of their own problem; the comparison is still open when the budget round closes. # speaker: narrator # outcome: no-decision # caused-by: demo-instead-of-plan
-> END

=== ending_pushed ===
(She puts her pen down.) Your year-end. # speaker: lin-wei # mood: annoyed
{ trust >= 8:
    I was beginning to think you were different from the others. I have not decided I need anything, and you are talking about your year-end. # speaker: lin-wei
- else:
    I have not decided I need anything, and you are talking about your year-end. # speaker: lin-wei
}
She is polite until the end of the meeting and doesn't return your calls. In January Zhou mentions on WeChat that Ms Tang has asked Omnia and FleetPilot for proposals. # speaker: narrator # outcome: lost # caused-by: pushed-year-end
-> END

=== ending_walkout ===
Lin turns her phone face-up and stands. # speaker: narrator
I am sorry, I have Kangda's quality manager at ten. Zhou will see you out. # speaker: lin-wei # mood: annoyed
Your thirty minutes end early. That evening Fang Jie gets a polite WeChat from Lin: "Thank you for the introduction. Not for us at the moment." In January Huaxin asks Omnia for a proposal. # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
