# id: rfq-column-fodder
# title: A quote by Friday for Meiyuan Foods
# objective: A real evaluation with the person who decides, instead of a quote into a bid you cannot win
# phase: 3
# segment: late-majority
# buyer: ding-xiaomei; Ding Xiaomei; Purchasing Specialist, Meiyuan Foods; procurement; woman young
# buyer: ren-jun; Ren Jun; Vice President of Operations, Meiyuan Foods; decision-maker; man
# minutes: 15
# difficulty: intermediate
# version: 4
# setting: phone
# brief: Meiyuan Foods makes packaged dairy and frozen dumplings in Zhengzhou and delivers to supermarkets across Henan from two distribution centres with 90 trucks. It has run FleetPilot's tracking boxes and fleet software for five years; the contract ends on 30 June. This morning a request for quotation arrived from Meiyuan's purchasing department, addressed "Dear Vendor": a TMS "renewal or replacement", quotes due Friday at 17:00, award "within two weeks", go-live 1 July.
# brief: You have never met anyone at Meiyuan. The purchasing specialist who sent the request, Ding Xiaomei, is on the phone to confirm you received it. The buyer is, on paper, at the decision stage; you do not yet know who decides, why they are buying, or whether anyone has already been chosen. A full quote for a 90-truck TMS costs your team about four days of work.

VAR trust = 2
VAR patience = 3
VAR knows_opening = false
VAR confirmed = false
VAR gave_price = false
VAR asked_access = false
VAR ren = 0

-> call

=== call ===
Monday, 10:15. Your desk phone rings; the caller ID says Meiyuan Foods. # speaker: narrator
Good morning, this is Ding Xiaomei from Meiyuan purchasing. I'm calling to confirm you received our RFQ for the transport management system. We need your quotation by Friday, 17:00. Price sheet in the attached template, please. Will Routewise be participating? # speaker: ding-xiaomei # mood: neutral
* [Yes, absolutely — thank you for thinking of us. You'll have it by Friday, and I'll make sure it's our sharpest price. # move: chase-unqualified-deal]
    (She sounds relieved.) Wonderful. You're the first to confirm. I'll put you down. # speaker: ding-xiaomei # mood: pleased
    -> why
* [Thank you for including us. Before I commit the team to four days on a quote: what is Meiyuan hoping to achieve with this project? # move: ask-goal]
    ~ trust += 1
    (A short pause; she wasn't expecting a question.) To achieve? Well — our current contract ends in June, and management wants a market comparison before renewing. # speaker: ding-xiaomei # mood: neutral
    -> why
* [Happy to. Have you had a chance to look at what our TMS does for a fleet of ninety trucks? Route optimisation, live ETA, cold-chain monitoring — let me give you the two-minute overview. # move: pitch-features # cause: lost-ding]
    ~ patience -= 1
    (Keys clatter on her end.) That's all in the template, section four. I just need to know if you're participating. # speaker: ding-xiaomei # mood: neutral
    -> why

=== why ===
{ patience <= 0: -> ending_cut }
You open the RFQ while she talks: a twelve-page requirement list and a price template with one column per line item. # speaker: narrator
For the file: the contract with our current supplier ends on 30 June, and company policy says three quotations for anything above five hundred thousand. # speaker: ding-xiaomei
* [Five years is a long time on one system. When a company asks for three quotes, it's usually ready for a change, isn't it? We'd love to be that change, and we'll make the switch painless. # move: treat-curiosity-as-deal]
    (A small, uncertain laugh.) I didn't say anybody wants a change. I said policy says three quotes. # speaker: ding-xiaomei # mood: neutral
    -> process
* [Is anything not working with the current system — or is this mainly about the contract ending? # move: ask-diagnostic]
    { trust >= 3:
        (She thinks about it.) Operations is fine with it, as far as I know. It's the price. The supplier's renewal offer came in eighteen percent higher than last time. My manager was not happy. # speaker: ding-xiaomei # mood: neutral # insider: incumbent-renewal-price
    - else:
        (Carefully.) Operations is fine with it, as far as I know. The contract is ending; the policy applies. # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> process
* [A comparison is always smart. You clearly run a very thorough process, Ms Ding — most companies your size don't bother. # move: flatter]
    Thank you. (Her tone doesn't change.) It's just the policy. # speaker: ding-xiaomei # mood: neutral
    -> process

=== process ===
{ patience <= 0: -> ending_cut }
Anything else? I have four more vendors to call. # speaker: ding-xiaomei
* [Just so I plan well: after Friday, how will the decision be made, who is involved besides purchasing, and when do you need to sign? # move: ask-decision-process, ask-timeline]
    ~ trust += 1
    Operations evaluates, Mr Ren — our VP of Operations — decides, and my manager signs off the commercial terms. Award within two weeks of Friday. The new system must be live on the 1st of July. # speaker: ding-xiaomei # mood: neutral
    Live on the 1st of July — five weeks after the award, for ninety trucks and five years of history. Only a supplier that is already installed could do that. # speaker: narrator
    -> spec
* [Is there a budget set for the project? # move: qualify-budget]
    { trust >= 4:
        (Papers rustle.) The budget is the current contract value. Whoever comes in under it is compliant. # speaker: ding-xiaomei # mood: neutral # insider: real-budget
        A budget set by the incumbent's last price, with a ceiling and no floor. # speaker: narrator
    - else:
        (Papers rustle.) The budget is my manager's business. Please just fill in the price template. # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> spec
* [So you can plan your comparison, I can already tell you we'll include our new-customer discount: twenty-five percent off list for all ninety trucks, fixed for the whole contract. That should put Routewise in a strong position. # move: unilateral-discount, percentage-discount-off-total # cause: gave-price]
    ~ gave_price = true
    (You hear her typing.) Twenty-five percent. Noted, thank you. That's very helpful. # speaker: ding-xiaomei # mood: pleased
    -> spec

=== spec ===
{ patience <= 0: -> ending_cut }
You scroll through the requirements while she waits. Page three stops you. # speaker: narrator
R-17: "Native support for the FP-300 telematics units already installed in all vehicles." R-18: "Continuity of DriveScore driver ratings." R-22: "Migration of five years of history at the vendor's cost." FP-300 and DriveScore are FleetPilot's own product names. # speaker: narrator
Do you have questions on the requirements? Questions in writing are due Wednesday. # speaker: ding-xiaomei
* [No questions — we can meet all of them, including the FP-300 units. We've connected to just about every telematics box on the market in fifteen years, and migrating five years of history is routine for us. # move: overclaim]
    ~ trust -= 1
    (Typing.) "Meets all requirements." Good. I'll note that. # speaker: ding-xiaomei # mood: neutral
    You have just promised native support for a competitor's proprietary hardware, in writing. # speaker: narrator
    -> stakes
* [Frankly, R-17 and R-18 are FleetPilot's product names. They wrote this spec, didn't they? It's a classic lock-in. # move: bash-competitor # cause: lost-ding]
    ~ trust -= 1
    ~ patience -= 1
    (Her voice cools.) Operations wrote the requirements. I'm sure they had good reasons. Do you want to submit a question or not? # speaker: ding-xiaomei # mood: annoyed
    -> stakes
* [Several requirements name FleetPilot's own products. Is FleetPilot your current supplier, and are they quoting? Is anyone favoured? # move: ask-competition]
    { trust >= 5:
        (A pause.) Yes, FleetPilot is the current supplier, and yes, they're quoting. Favoured — (she chooses her words) — operations is used to them. That's all I can say. # speaker: ding-xiaomei # mood: neutral # milestone: competition-revealed # insider: favoured-vendor
    - else:
        (A pause.) FleetPilot is the current supplier, and they're quoting, like everyone else. I can't comment on the evaluation. # speaker: ding-xiaomei # mood: neutral # milestone: competition-revealed
    }
    ~ trust += 1
    -> stakes

=== stakes ===
{ patience <= 0: -> ending_cut }
But please do participate. We really need three serious quotations; I can't close the file without them. # speaker: ding-xiaomei # mood: anxious
* [We'll make it worth your while, Ms Ding. If anybody can make your comparison table interesting for your manager, it's us: our price will stand out, and we'll answer every line of the twelve pages. # move: chase-unqualified-deal]
    (She brightens.) That's what my manager wants to hear. # speaker: ding-xiaomei # mood: pleased
    -> test
* [I'd like to be serious, so an honest question: what would Meiyuan need to see to change suppliers five weeks before go-live? # move: ask-obstacles]
    { trust >= 5:
        (A long pause.) Honestly? I don't know that anything would. Mr Ren said once that a switch would have to be "a very big saving with zero risk". But that's Mr Ren's decision, not mine. # speaker: ding-xiaomei # mood: anxious # insider: decision-criteria
    - else:
        (Evenly.) The evaluation criteria are in section two. Price, compliance, references. # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> test
* [Of course. And I'd love to get to know Meiyuan better. Would you and your manager have time for lunch next week? # move: rely-on-rapport]
    (Politely.) Purchasing doesn't accept invitations during an RFQ. It's in the vendor letter, page one. # speaker: ding-xiaomei # mood: neutral
    -> test

=== test ===
{ patience <= 0: -> ending_cut }
You look at the go-live date again: 1 July. # speaker: narrator
* [No problem — I know how an RFQ works, and I don't want to make your week harder. I'll work from the document and send all our questions to you in writing by Wednesday, as the vendor letter asks. # move: accept-delegation-down]
    Perfect. That's the process. # speaker: ding-xiaomei # mood: pleased
    -> luoyang
* [To quote responsibly I'd need an hour with Mr Ren and someone from operations. Could you arrange that before Friday? # move: ask-to-meet-decision-maker]
    ~ trust += 1
    ~ asked_access = true
    (She hesitates.) I can ask him. I'll be honest, he doesn't usually meet vendors during an RFQ. I'll let you know on Wednesday. # speaker: ding-xiaomei # mood: neutral
    -> luoyang
* [Who actually chooses the vendor in the end — you, your manager or Mr Ren? # move: qualify-authority]
    ~ trust += 1
    Mr Ren chooses. My manager and I make sure the process is clean and the price is right. # speaker: ding-xiaomei # mood: neutral
    -> luoyang

=== luoyang ===
{ patience <= 0: -> ending_cut }
(Her other line is ringing.) I have to go. Oh — please ignore section nine of the template, the Luoyang part. That's the new frozen-food DC opening next spring; it isn't in scope. My manager left it in by mistake. # speaker: ding-xiaomei
* [Why not put Luoyang in our quote as well? A bundle for both sites gets Meiyuan a much bigger discount, and your manager a better number for the table. # move: impose-solution-design, unilateral-discount # cause: gave-price]
    ~ gave_price = true
    (She sounds tempted, then cautious.) It's not in scope. But... send it. My manager likes big discounts. # speaker: ding-xiaomei # mood: pleased
    -> wednesday
* [Understood, out of scope. Just so I understand — what will Luoyang need that today's setup doesn't do? # move: ask-diagnostic]
    { trust >= 6:
        ~ knows_opening = true
        (She lowers her voice; the other line keeps ringing.) Temperature proof. The supermarket chains want a temperature record for every frozen delivery, and FleetPilot doesn't do that. Mr Ren's team is downloading loggers by hand in the pilot. He complains about it every week. # speaker: ding-xiaomei # mood: neutral # insider: incumbent-gap
    - else:
        (The other line keeps ringing.) That's an operations project; I don't know the details. It isn't part of this RFQ. # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> wednesday
* [Fine, we'll focus on this RFQ. Thanks, Ms Ding. # move: neutral]
    Thank you. Wednesday for questions. # speaker: ding-xiaomei # mood: neutral
    -> wednesday

=== wednesday ===
{ patience <= 0: -> ending_cut }
Wednesday, 16:40. Ding calls back. # speaker: narrator
{ asked_access: I asked Mr Ren about your meeting. He says no vendor meetings during the RFQ — written questions only, and the answers go to all vendors. I'm sorry. | A message from Mr Ren's office for all vendors: no meetings with operations during the RFQ, written questions only, and the answers go to everyone. } It's policy. # speaker: ding-xiaomei # mood: neutral
* [I understand the policy. Between us: is that the process, or is the decision more or less made? # move: acknowledge-objection, clarify-objection]
    { trust >= 7:
        ~ confirmed = true
        (A long silence. When she speaks again, it's quieter.) Between us. Operations already tested FleetPilot's new version in April. Mr Ren wants the renewal. My manager wants the eighteen percent back. The three quotes are... how we get it back. # speaker: ding-xiaomei # mood: anxious # insider: favoured-vendor
    - else:
        (A pause.) It's the process. Every vendor is treated the same. I can't say more than that. # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> ballpark
* [Policies can bend when there's a good reason. A four-day quote deserves an hour with the man who decides — I'll send Mr Ren a short, polite email myself and ask for the meeting directly. # move: dismiss-objection # cause: lost-ding]
    ~ trust -= 1
    ~ patience -= 1
    (Sharply.) Please don't. Contacting Mr Ren outside the process would disqualify Routewise, and it would come back on me. # speaker: ding-xiaomei # mood: annoyed
    -> ballpark
* [Then let's work it out between the two of us. What price would Routewise need to hit for Mr Ren to take us seriously? # move: negotiate-with-non-decision-maker, ask-what-price-works]
    (She answers at once.) Twenty percent below FleetPilot's renewal. At least. And migration free. # speaker: ding-xiaomei # mood: pleased
    She didn't need to think about it. The number was ready before you asked. # speaker: narrator
    -> ballpark

=== ballpark ===
{ patience <= 0: -> ending_cut }
{ confirmed: (She clears her throat and goes back to her official voice.) | (Keys clatter.) } # speaker: narrator
Could you at least give me a budget figure today? Just a number for my comparison table. My manager is asking for it. # speaker: ding-xiaomei
* [Sure — I don't want to leave your table empty, and I know your manager is waiting for it. Put Routewise at roughly twenty percent under what Meiyuan pays today; for ninety trucks that's a safe ballpark, and I'll firm it up by Friday. # move: unilateral-discount, percentage-discount-off-total, negotiate-with-non-decision-maker # cause: gave-price]
    ~ gave_price = true
    (Typing, fast.) Twenty percent under. Thank you. That's exactly what I needed. # speaker: ding-xiaomei # mood: pleased
    -> squeeze
* [I'd rather not give a number I can't stand behind. FleetPilot knows your routes and trucks; any figure from me, blind, would be apples against oranges, and it wouldn't help you. # move: point-out-apples-to-oranges]
    { trust >= 7:
        (She sighs, but not unkindly.) You're the second vendor to say that. The other one was Omnia. # speaker: ding-xiaomei # mood: neutral # insider: rival-bidders
    - else:
        (She sighs.) Then I'll leave your column empty for now. # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> squeeze
* [Would our standard price list help? I can send it tonight, so there's something in our column. # move: chase-unqualified-deal # cause: gave-price]
    ~ gave_price = true
    Thank you, that helps. (She sounds relieved.) # speaker: ding-xiaomei # mood: pleased
    -> squeeze

=== squeeze ===
{ patience <= 0: -> ending_cut }
{ gave_price: (She lowers her voice, encouraging.) | (She tries one more time.) } Look. If you came in twenty percent under FleetPilot, Mr Ren would have to take you seriously. My manager would make sure of it. # speaker: ding-xiaomei
* [FleetPilot has been overcharging you for years, and five years of loyal business has clearly earned you nothing. You deserve better than that, and we'll prove it on price. # move: bash-competitor]
    ~ trust -= 1
    (She hesitates.) I never said they were overcharging. (More formally.) Please keep comments about other vendors out of the submission. # speaker: ding-xiaomei # mood: skeptical
    -> decision
* [Then put us down for twenty percent under FleetPilot. Shall I confirm that to your manager in writing today? # move: unilateral-discount, negotiate-with-non-decision-maker # cause: gave-price]
    ~ gave_price = true
    (She writes it down, delighted.) Excellent. I'll tell my manager. # speaker: ding-xiaomei # mood: pleased
    -> decision
* [Plainly, then: if we were twenty percent under, would Meiyuan choose us? Is price the only issue — and could Mr Ren sign with a new supplier five weeks before go-live? # move: ask-negotiation-preconditions]
    { trust >= 7:
        ~ confirmed = true
        (Silence. Then, quietly.) No. I can't promise you anything. Operations wants FleetPilot, and Mr Ren won't change suppliers in the middle of the dumpling season. (A pause.) I'm sorry. You asked. # speaker: ding-xiaomei # mood: anxious # insider: favoured-vendor
    - else:
        (Silence.) I can't answer for Mr Ren. The quotes are evaluated on price and compliance. # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> decision

=== decision ===
{ patience <= 0: -> ending_cut }
{ confirmed: Now you know what the quote is for. | You look at the RFQ again: a FleetPilot spec, a five-week go-live and no access to the man who decides. } # speaker: narrator
So... can I count on your quotation by Friday? # speaker: ding-xiaomei
* [Yes, we'll send our best quote by Friday. Incumbents slip and requirements change, so who knows? At the very least it gets our foot in the door at Meiyuan and our name in front of Mr Ren. # move: chase-unqualified-deal # cause: quoted-anyway]
    -> quoted
* [Then I'll be straight with you too: we'll decline. Our quote would only help you negotiate with FleetPilot. If a real evaluation opens, I'd like to earn it. # move: walk-away-unqualified]
    -> declined
* [We'll pass on this RFQ. But would you pass Mr Ren one page from me — not a quote, a question about Luoyang? If he isn't interested, that's fine. # move: walk-away-unqualified, ask-to-meet-decision-maker]
    -> note

=== quoted ===
Your team spends four days on a ninety-truck quote. It goes in on Friday at 16:52. # speaker: narrator
{ gave_price: -> ending_squeezed | -> ending_filed }

=== declined ===
{ gave_price: -> ending_number_out }
(A pause, then, surprisingly, she laughs a little.) Nobody has ever declined politely before. They usually just don't send anything. # speaker: ding-xiaomei # mood: neutral
I'll write "declined, with reasons" in the file. (Quieter.) Thank you for being honest. I'll remember Routewise when Luoyang comes up. # speaker: ding-xiaomei # mood: pleased
-> ending_qualified

=== note ===
{ gave_price: -> ending_number_out }
{ knows_opening && trust >= 10: -> ren_call }
(She is quiet for a moment.) I'll pass it on. I can't promise he'll read it. # speaker: ding-xiaomei # mood: neutral
-> ending_note_unanswered

=== ren_call ===
(She is quiet for a moment.) The logger problem. (Another pause.) All right. One page, to me, tonight. I'll put it on his desk myself. # speaker: ding-xiaomei # mood: interested
The following Tuesday, 8:05. An unknown mobile number. # speaker: narrator # enter: ren-jun
This is Ren Jun, Meiyuan. Ding gave me your page. You declined our RFQ. Vendors don't usually decline. Why? # speaker: ren-jun # mood: skeptical # milestone: access-granted
* [Because FleetPilot wrote the spec and the decision was made before we were asked. We both know what the three quotes were for, don't we, Mr Ren? # move: bash-competitor # cause: lost-ren]
    ~ ren -= 1
    (Coolly.) My operations team wrote that spec, with good reasons. FleetPilot has not missed a day in five years. If you called to lecture me, we can stop here. # speaker: ren-jun # mood: annoyed
    -> ren_luoyang
* [Because I couldn't have won it fairly, and our quote would only have been a price for someone else. Ms Ding mentioned your team downloads temperature loggers by hand. # move: open-with-business-problem]
    ~ ren += 1
    (A dry laugh.) Every Monday. Forty loggers, one laptop, one very unhappy shift leader. # speaker: ren-jun # mood: neutral
    -> ren_luoyang
* [Now that we're talking — our cold-chain module would solve Luoyang completely: live temperature in every cold box, automatic alerts, and a portal the supermarket chains can check themselves. Let me walk you through it. # move: pitch-features, overclaim # cause: lost-ren]
    ~ ren -= 1
    (A pause.) Completely. (He sounds tired.) You know nothing about Luoyang yet. # speaker: ren-jun # mood: skeptical
    -> ren_luoyang

=== ren_luoyang ===
The chains want a temperature record for every frozen delivery from next March. Luoyang opens in February. # speaker: ren-jun
* [How does it work in the pilot today — from the logger in the truck to the record the supermarket sees? # move: ask-current-process]
    ~ ren += 1
    (He walks you through it.) Logger in each cold box. Driver brings it back. Monday, the shift leader downloads them, prints the curves, scans them, emails the chains. Last month one chain rejected a whole week because the PDF had the wrong batch number. # speaker: ren-jun # mood: anxious # milestone: pain-acknowledged
    -> ren_fleetpilot
* [Have you seen our full cold-chain platform, with predictive alerts from Routewise Labs? For a new DC like Luoyang it's where the whole industry is going. # move: prescribe-before-diagnosis, mismatched-pitch # cause: lost-ren]
    ~ ren -= 1
    Where the industry is going. (Flatly.) I need where my supermarkets are going, by March. # speaker: ren-jun # mood: skeptical
    -> ren_fleetpilot

=== ren_fleetpilot ===
And I don't want two systems. FleetPilot runs the trucks. I am not changing that. # speaker: ren-jun # mood: skeptical
* [You shouldn't. FleetPilot runs your trucks well. The gap is the temperature record: we'd read the loggers and send each chain its proof, next to FleetPilot. Three Henan frozen distributors do that. # move: acknowledge-parity-then-differentiate, offer-peer-reference]
    ~ ren += 1
    (He is quiet.) Next to FleetPilot. Not instead of. (A pause.) Which distributors? # speaker: ren-jun # mood: interested # milestone: references-requested
    -> ren_requote
* [Honestly, one platform would serve you better in the long run — one login, one contract, one support line. Once Luoyang is on Routewise, moving the trucks over is the natural next step, and we'd make it painless. # move: impose-solution-design # cause: lost-ren]
    ~ ren -= 1
    (Firmly.) Then perhaps we don't need to talk about Luoyang either. # speaker: ren-jun # mood: annoyed
    -> ren_requote

=== ren_requote ===
He pauses. # speaker: narrator
One more thing. Ding tells me her file is short one quote. Now that we're talking — would you send one after all? It would help her. # speaker: ren-jun # mood: neutral
* [Of course, Mr Ren, happy to help Ms Ding close her file. I'll have a full quote for the ninety trucks to her by tomorrow, and it will show you what we could do for the fleet as well as for Luoyang. # move: chase-unqualified-deal # cause: lost-ren]
    ~ ren -= 2
    (A short silence.) Good. Thank you. # speaker: ren-jun # mood: neutral
    -> ren_plan
* [I'd rather not, and I hope you'll understand why: it would only be a number against FleetPilot, on a renewal you've already decided. Where I can earn your business is Luoyang. # move: walk-away-unqualified]
    ~ ren += 1
    (He laughs, properly this time.) Ding said you would say that. All right. Luoyang. # speaker: ren-jun # mood: interested
    -> ren_plan

=== ren_plan ===
So. What do you propose? # speaker: ren-jun
* [On your timeline: you call a Henan reference this month; in June I spend a Monday morning with your shift leader; in July a four-week trial on the frozen pilot; you decide for Luoyang by the end of August. # move: propose-mutual-plan]
    -> ren_decide
* [Shall I send you a contract for Luoyang today? If you sign this month I can lock in our launch price before the summer increase, and your shift leader would be off that Monday laptop well before the February opening. # move: premature-close, push-quarter-end # cause: lost-ren]
    ~ ren -= 2
    -> ren_decide

=== ren_decide ===
{ ren >= 4: -> ending_won }
{ ren >= 1: -> ending_ren_later }
-> ending_ren_lost

=== ending_won ===
(He writes it down; you can hear the pen.) References this month. Your Monday with the shift leader in June. Trial in July. Decision by August. # speaker: ren-jun # mood: pleased # milestone: mutual-plan-agreed
And the renewal stays with FleetPilot. I want that clear. # speaker: ren-jun
You lost a bid you were never going to win and won a real evaluation for Luoyang, on Ren's timeline, with the man who decides. # speaker: narrator # outcome: won
-> END

=== ending_ren_later ===
(He sounds polite, and finished.) Send me something in the autumn. We'll see where Luoyang is by then. # speaker: ren-jun # mood: neutral
You reached the decision maker, and then gave him no reason to act; by autumn Luoyang's temperature project sits on a list with three other vendors. # speaker: narrator # outcome: no-decision # caused-by: lost-ren
-> END

=== ending_ren_lost ===
(Coolly.) I think I have what I need. Thank you for your time. # speaker: ren-jun # mood: annoyed
Ren forwards your Luoyang page to FleetPilot's account manager with one line: "Can you do this?" FleetPilot partners with a logger vendor, and Luoyang opens on their system. # speaker: narrator # outcome: lost # caused-by: lost-ren
-> END

=== ending_squeezed ===
The following Wednesday Ding calls to thank you for participating. Meiyuan has renewed with FleetPilot. # speaker: narrator
Your price was very helpful. (She means it kindly.) FleetPilot came down twelve percent once my manager showed them the table. # speaker: ding-xiaomei # mood: pleased
Your quote did exactly what column fodder does: it brought the favourite's price down, and cost your team four days and a price you will now be quoted back at every renewal. # speaker: narrator # outcome: lost # caused-by: quoted-anyway
-> END

=== ending_filed ===
The award date passes without a word. Two weeks later Ding emails all bidders: "The procurement has been suspended. The current contract is extended for twelve months pending review." # speaker: narrator
(On the phone, apologetic.) Your quote is in the file. Maybe next year. # speaker: ding-xiaomei # mood: neutral
Four days of work sit in a folder; Meiyuan extends with FleetPilot without deciding anything, and next year the RFQ will be written the same way. # speaker: narrator # outcome: no-decision # caused-by: quoted-anyway
-> END

=== ending_number_out ===
(She hesitates.) Declined? But — you already gave me a figure. It's in the comparison table. My manager showed it to FleetPilot this morning. # speaker: ding-xiaomei # mood: anxious
You walked away, but too late: the number you gave a buyer who couldn't choose you has already done its work for FleetPilot, and it will be your starting price if Meiyuan ever calls again. # speaker: narrator # outcome: lost # caused-by: gave-price
-> END

=== ending_qualified ===
You put the four days of quote work into an opportunity you can win, and Meiyuan's file records Routewise as honest rather than cheap. # speaker: narrator # outcome: qualified-out
-> END

=== ending_note_unanswered ===
Mr Ren never replies. You don't chase him, and you don't quote. # speaker: narrator
You declined a bid you could not win, saved four days of work, and left one page on the decision maker's desk in case Luoyang ever needs you. # speaker: narrator # outcome: qualified-out
-> END

=== ending_cut ===
(Her voice goes formal.) I'll note that Routewise has no further questions. Thank you for your time. # speaker: ding-xiaomei # mood: annoyed
Ding marks Routewise "non-responsive" in the vendor file. When Luoyang goes out to tender next year, your name is not on the list. # speaker: narrator # outcome: lost # caused-by: lost-ding
-> END
