# id: rfq-column-fodder
# title: 美源食品：周五前交一份报价
# objective: 与真正的决策者开展一次真实评估,而不是为赢不了的招标报价
# phase: 3
# segment: late-majority
# buyer: ding-xiaomei; 丁晓梅; 采购专员，美源食品; procurement; woman young
# buyer: ren-jun; 任军; 运营副总裁，美源食品; decision-maker; man
# minutes: 15
# difficulty: intermediate
# version: 4
# setting: phone
# brief: 美源食品在郑州生产包装乳制品和速冻水饺，从两个配送中心用90辆货车给河南各地的商超送货。五年来一直用FleetPilot的车载定位盒和车队软件，合同6月30日到期。今天上午，美源采购部发来一份询价函，抬头写着“尊敬的供应商”：TMS“续约或更换”，报价截止时间为周五下午5点，“两周内”定标，7月1日上线。
# brief: 你在美源一个人都不认识。发询价函的采购专员丁晓梅打来电话，确认你们有没有收到。纸面上，这个买方已经到了采购决策阶段；可是谁拍板、为什么要买、是不是已经内定了哪家，你都还不知道。给90辆车的TMS做一份完整报价，你的团队大约要花四天。

VAR trust = 2
VAR patience = 3
VAR knows_opening = false
VAR confirmed = false
VAR gave_price = false
VAR asked_access = false
VAR ren = 0

-> call

=== call ===
周一上午10:15。你桌上的电话响了，来电显示：美源食品。 # speaker: narrator
您好，我是美源食品采购部的丁晓梅。打电话是想跟您确认一下，您是否收到了我们运输管理系统的询价函。报价请在周五下午5点前提交，价格请按附件模板填写。Routewise会参加吗？ # speaker: ding-xiaomei # mood: neutral
* [会，当然会！谢谢您想着我们。周五前一定给您，我保证是我们最有竞争力的价格。 # move: chase-unqualified-deal]
    （她听起来松了口气。）太好了。您是第一家确认的。我给您登记上。 # speaker: ding-xiaomei # mood: pleased
    -> why
* [谢谢您邀请我们。在让团队花四天做报价之前，我想先问一句：美源希望通过这个项目达到什么目的？ # move: ask-goal]
    ~ trust += 1
    （短暂的停顿；她没想到会被反问。）达到什么目的？嗯……我们现在的合同6月到期，管理层想在续约之前先做个市场比较。 # speaker: ding-xiaomei # mood: neutral
    -> why
* [没问题。您了解过我们的TMS能为90辆车的车队做些什么吗？路径优化、实时预计到达时间、冷链监控……我花两分钟给您简单介绍一下。 # move: pitch-features # cause: lost-ding]
    ~ patience -= 1
    （电话那头噼里啪啦地敲着键盘。）这些模板第四部分都有。我只需要知道你们参不参加。 # speaker: ding-xiaomei # mood: neutral
    -> why

=== why ===
{ patience <= 0: -> ending_cut }
你一边听她说，一边打开询价函：十二页的需求清单，外加一份报价模板，每个明细项一栏。 # speaker: narrator
说明一下情况：我们和现有供应商的合同6月30日到期，公司规定，50万元以上的采购都要有三家报价。 # speaker: ding-xiaomei
* [一套系统用了五年，时间可不短了。公司要三家报价，通常就是准备换了，对吧？我们很愿意成为你们的新选择，也保证切换起来毫不费力。 # move: treat-curiosity-as-deal]
    （她有点没底地笑了一下。）我没说有谁想换。我说的是规定要三家报价。 # speaker: ding-xiaomei # mood: neutral
    -> process
* [现在的系统有什么用得不顺的地方吗？还是主要因为合同到期？ # move: ask-diagnostic]
    { trust >= 3:
        （她想了想。）据我所知，运营那边用得还行。是价格的问题。供应商的续约报价比上次高了18%。我们经理很不高兴。 # speaker: ding-xiaomei # mood: neutral # insider: incumbent-renewal-price
    - else:
        （谨慎地。）据我所知，运营那边用得还行。合同到期了，就得按规定来。 # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> process
* [做个比较总是明智的。丁女士，你们的流程真是非常严谨，像你们这种规模的公司，大多数都懒得这么做。 # move: flatter]
    谢谢。（她的语气没有任何变化。）只是按规定办事。 # speaker: ding-xiaomei # mood: neutral
    -> process

=== process ===
{ patience <= 0: -> ending_cut }
还有别的事吗？我还要给另外四家供应商打电话。 # speaker: ding-xiaomei
* [我想把工作安排好，所以问一下：周五之后，决定是怎么做的？除了采购还有谁参与？你们需要什么时候签约？ # move: ask-decision-process, ask-timeline]
    ~ trust += 1
    运营部门评估，任总——我们的运营副总裁——拍板，商务条款由我们经理签字确认。周五之后两周内定标。新系统必须在7月1日上线。 # speaker: ding-xiaomei # mood: neutral
    7月1日上线：定标之后只剩五周，要覆盖90辆车和五年的历史数据。只有系统已经在用的现任供应商才做得到。 # speaker: narrator
    -> spec
* [这个项目定了预算吗？ # move: qualify-budget]
    { trust >= 4:
        （纸张翻动的声音。）预算就是现有合同的金额。谁的报价在这个数以下，就算合规。 # speaker: ding-xiaomei # mood: neutral # insider: real-budget
        预算是按现任供应商上一次的价格定的：只设上限，不设下限。 # speaker: narrator
    - else:
        （纸张翻动的声音。）预算是我们经理的事。您把报价模板填好就行。 # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> spec
* [为了方便您做比较，我可以先告诉您，我们会给新客户折扣：全部90辆车在标价基础上优惠25%，整个合同期锁定不变。这样Routewise应该很有竞争力。 # move: unilateral-discount, percentage-discount-off-total # cause: gave-price]
    ~ gave_price = true
    （你听到她在打字。）优惠25%。记下了，谢谢您。这个很有帮助。 # speaker: ding-xiaomei # mood: pleased
    -> spec

=== spec ===
{ patience <= 0: -> ending_cut }
她在电话那头等着，你往下翻需求。翻到第三页，你停住了。 # speaker: narrator
R-17：“原生支持所有车辆上已安装的FP-300车载终端。”R-18：“DriveScore司机评分的延续性。”R-22：“五年历史数据的迁移，费用由供应商承担。”FP-300和DriveScore都是FleetPilot自家的产品名。 # speaker: narrator
对需求有什么问题吗？书面问题周三截止。 # speaker: ding-xiaomei
* [没有问题，我们全都能满足，包括FP-300终端。十五年来，市面上几乎所有的车载终端我们都对接过，迁移五年的历史数据对我们来说是家常便饭。 # move: overclaim]
    ~ trust -= 1
    （打字声。）“满足全部需求。”好的，我记一下。 # speaker: ding-xiaomei # mood: neutral
    你刚刚白纸黑字地承诺了原生支持竞争对手的专有硬件。 # speaker: narrator
    -> stakes
* [说实话，R-17和R-18都是FleetPilot的产品名。这份需求就是他们写的吧？典型的厂商锁定。 # move: bash-competitor # cause: lost-ding]
    ~ trust -= 1
    ~ patience -= 1
    （她的语气冷了下来。）需求是运营部门写的。我相信他们有充分的理由。您到底要不要提交问题？ # speaker: ding-xiaomei # mood: annoyed
    -> stakes
* [有好几条需求写的是FleetPilot自己的产品。FleetPilot是你们现在的供应商吗？他们也报价吗？有没有倾向哪一家？ # move: ask-competition]
    { trust >= 5:
        （停顿。）是的，FleetPilot是现在的供应商；是的，他们也报价。倾向……（她斟酌着措辞）……运营那边用惯了他们。我只能说这么多。 # speaker: ding-xiaomei # mood: neutral # milestone: competition-revealed # insider: favoured-vendor
    - else:
        （停顿。）FleetPilot是现在的供应商，他们也报价，跟其他家一样。评估的事我不便评论。 # speaker: ding-xiaomei # mood: neutral # milestone: competition-revealed
    }
    ~ trust += 1
    -> stakes

=== stakes ===
{ patience <= 0: -> ending_cut }
不过请你们一定要参加。我们真的需要三家认真的报价，不然这个项目我结不了。 # speaker: ding-xiaomei # mood: anxious
* [丁女士，我们一定不让您白忙。要说谁能让您交给经理的比价表有看头，那就是我们：我们的价格会很亮眼，十二页需求我们都会逐条答复。 # move: chase-unqualified-deal]
    （她的声音轻快起来。）这正是我们经理想听的。 # speaker: ding-xiaomei # mood: pleased
    -> test
* [我想认真对待，所以坦白问一句：离上线只有五周，美源要看到什么，才会更换供应商？ # move: ask-obstacles]
    { trust >= 5:
        （很长的停顿。）说实话？我不知道有什么能让他们换。任总有一次说过，要换的话，得是“省一大笔钱，而且零风险”。不过这是任总的决定，不是我的。 # speaker: ding-xiaomei # mood: anxious # insider: decision-criteria
    - else:
        （语气平稳。）评估标准在第二部分。价格、合规、客户案例。 # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> test
* [当然。我也很想多了解一下美源。下周您和您经理有空一起吃个午饭吗？ # move: rely-on-rapport]
    （很客气地。）询价期间，采购部不接受任何邀请。供应商须知第一页写着。 # speaker: ding-xiaomei # mood: neutral
    -> test

=== test ===
{ patience <= 0: -> ending_cut }
你又看了一眼上线日期：7月1日。 # speaker: narrator
* [没问题，询价的流程我懂，也不想给您这周添麻烦。我就照着文件来，所有问题都按供应商须知的要求，周三前书面发给您。 # move: accept-delegation-down]
    太好了。流程就是这样。 # speaker: ding-xiaomei # mood: pleased
    -> luoyang
* [要负责任地报价，我需要跟任总和运营部门的同事谈一个小时。您能在周五前帮忙安排一下吗？ # move: ask-to-meet-decision-maker]
    ~ trust += 1
    ~ asked_access = true
    （她犹豫了一下。）我可以问问他。不过说实话，询价期间他一般不见供应商。周三我给您回话。 # speaker: ding-xiaomei # mood: neutral
    -> luoyang
* [最后选哪家供应商，到底是谁说了算：您、您经理，还是任总？ # move: qualify-authority]
    ~ trust += 1
    任总定。我和我们经理负责保证流程干净、价格合理。 # speaker: ding-xiaomei # mood: neutral
    -> luoyang

=== luoyang ===
{ patience <= 0: -> ending_cut }
（她另一部电话在响。）我得挂了。哦，对了，模板第九部分洛阳那块请忽略。那是明年春天要开的新速冻配送中心，不在这次范围内。我们经理不小心留在里面了。 # speaker: ding-xiaomei
* [为什么不把洛阳也放进我们的报价里？两个配送中心打包，美源能拿到大得多的折扣，您经理的比价表上数字也更好看。 # move: impose-solution-design, unilateral-discount # cause: gave-price]
    ~ gave_price = true
    （她听起来有点心动，随即又谨慎起来。）那不在范围内。不过……发过来吧。我们经理就喜欢大折扣。 # speaker: ding-xiaomei # mood: pleased
    -> wednesday
* [明白，不在范围内。我只是想了解一下：洛阳需要哪些现在这套系统做不到的东西？ # move: ask-diagnostic]
    { trust >= 6:
        ~ knows_opening = true
        （她压低了声音；另一部电话还在响。）温度凭证。商超要求每一单速冻配送都有温度记录，FleetPilot做不了。试点阶段，任总的团队在手工导温度记录仪的数据。他每周都在抱怨。 # speaker: ding-xiaomei # mood: neutral # insider: incumbent-gap
    - else:
        （另一部电话还在响。）那是运营的项目，具体我不清楚。不在这次询价范围里。 # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> wednesday
* [好的，那我们就专注这次询价。谢谢您，丁女士。 # move: neutral]
    谢谢。问题周三前提交。 # speaker: ding-xiaomei # mood: neutral
    -> wednesday

=== wednesday ===
{ patience <= 0: -> ending_cut }
周三下午4:40。丁晓梅回电话了。 # speaker: narrator
{asked_access:我问了任总见面的事。他说询价期间不见供应商，只接受书面问题，答复会发给所有供应商。不好意思。|任总办公室发给所有供应商的通知：询价期间不安排与运营部门会面，只接受书面问题，答复发给所有人。}这是规定。 # speaker: ding-xiaomei # mood: neutral
* [我理解这个规定。私下问一句：这是走流程，还是其实已经基本定了？ # move: acknowledge-objection, clarify-objection]
    { trust >= 7:
        ~ confirmed = true
        （很长的沉默。再开口时，她的声音低了下来。）私下说。运营部门4月就已经测试了FleetPilot的新版本。任总想续约。我们经理想把那18%压回来。三家报价就是……用来压回来的。 # speaker: ding-xiaomei # mood: anxious # insider: favoured-vendor
    - else:
        （停顿。）就是走流程。每家供应商一视同仁。别的我不能多说。 # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> ballpark
* [规定有充分理由的时候是可以变通的。一份要花四天的报价，值得跟拍板的人谈一个小时。我自己给任总发一封简短、客气的邮件，直接约他见面。 # move: dismiss-objection # cause: lost-ding]
    ~ trust -= 1
    ~ patience -= 1
    （语气一下子严厉起来。）请千万别这样。绕开流程联系任总，Routewise会被取消资格，最后还会算到我头上。 # speaker: ding-xiaomei # mood: annoyed
    -> ballpark
* [那咱们俩商量商量。Routewise的价格要做到多少，任总才会认真考虑我们？ # move: negotiate-with-non-decision-maker, ask-what-price-works]
    （她张口就答。）比FleetPilot的续约价低20%。至少。而且迁移免费。 # speaker: ding-xiaomei # mood: pleased
    她根本不用想。你还没问，这个数字就已经准备好了。 # speaker: narrator
    -> ballpark

=== ballpark ===
{ patience <= 0: -> ending_cut }
{confirmed:（她清了清嗓子，又换回了公事公办的语气。）|（键盘噼啪作响。）} # speaker: narrator
您今天至少能给我一个预算价吧？就一个数字，放进我的比价表。我们经理在催。 # speaker: ding-xiaomei
* [没问题，我不想让您的表空着，也知道您经理在等。Routewise您就先按比美源现在的价格低20%左右填；90辆车的话，这是个稳妥的估算，周五前我再给您确定。 # move: unilateral-discount, percentage-discount-off-total, negotiate-with-non-decision-maker # cause: gave-price]
    ~ gave_price = true
    （飞快地打字。）低20%。谢谢。这正是我需要的。 # speaker: ding-xiaomei # mood: pleased
    -> squeeze
* [我不想给一个自己担保不了的数字。FleetPilot了解你们的线路和车辆；我什么都不了解就报个数，跟他们根本不是一个口径，对您也没有帮助。 # move: point-out-apples-to-oranges]
    { trust >= 7:
        （她叹了口气，但语气并不冷淡。）您是第二家这么说的供应商。另一家是Omnia。 # speaker: ding-xiaomei # mood: neutral # insider: rival-bidders
    - else:
        （她叹了口气。）那你们那一栏我先空着。 # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> squeeze
* [我们的标准价目表有用吗？我今晚就能发给您，这样你们那一栏就不是空的了。 # move: chase-unqualified-deal # cause: gave-price]
    ~ gave_price = true
    谢谢，这有帮助。（她听起来松了口气。） # speaker: ding-xiaomei # mood: pleased
    -> squeeze

=== squeeze ===
{ patience <= 0: -> ending_cut }
{gave_price:（她压低声音，带着鼓励的语气。）|（她又试了一次。）}您看，如果你们比FleetPilot低20%，任总就不得不认真考虑你们了。这一点我们经理会替你们争取。 # speaker: ding-xiaomei
* [FleetPilot这些年一直在多收你们的钱，五年的忠诚合作显然什么都没换来。你们值得更好的，我们会在价格上证明这一点。 # move: bash-competitor]
    ~ trust -= 1
    （她犹豫了一下。）我从没说过他们多收钱。（语气更正式了。）请不要在报价文件里评论其他供应商。 # speaker: ding-xiaomei # mood: skeptical
    -> decision
* [那就给我们记上比FleetPilot低20%。我今天就书面跟您经理确认，好吗？ # move: unilateral-discount, negotiate-with-non-decision-maker # cause: gave-price]
    ~ gave_price = true
    （她记了下来，很高兴。）太好了。我去告诉我们经理。 # speaker: ding-xiaomei # mood: pleased
    -> decision
* [那我就直说了：如果我们低20%，美源会选我们吗？价格是唯一的问题吗？离上线只有五周，任总能跟一家新供应商签约吗？ # move: ask-negotiation-preconditions]
    { trust >= 7:
        ~ confirmed = true
        （沉默。然后，声音很轻。）不会。我什么都没法向您保证。运营想要FleetPilot，任总不会在水饺旺季中途换供应商。（停了一下。）对不起。是您问的。 # speaker: ding-xiaomei # mood: anxious # insider: favoured-vendor
    - else:
        （沉默。）我不能替任总回答。报价是按价格和合规性评估的。 # speaker: ding-xiaomei # mood: neutral
    }
    ~ trust += 1
    -> decision

=== decision ===
{ patience <= 0: -> ending_cut }
{confirmed:现在你知道这份报价是拿来干什么的了。|你又看了一遍询价函：FleetPilot写的需求，五周的上线期，见不到拍板的人。} # speaker: narrator
那……周五前我能等到你们的报价吗？ # speaker: ding-xiaomei
* [能，周五前我们会提交最好的报价。现任供应商也会出岔子，需求也会变，谁说得准呢？至少能让我们在美源先迈进一只脚，让任总看到我们的名字。 # move: chase-unqualified-deal # cause: quoted-anyway]
    -> quoted
* [那我也跟您说实话：我们不参加了。我们的报价只会帮你们跟FleetPilot砍价。如果哪天有真正的评估，我希望凭实力来争取。 # move: walk-away-unqualified]
    -> declined
* [这次询价我们就不参加了。但能不能麻烦您帮我转给任总一页纸——不是报价，是一个关于洛阳的问题？他不感兴趣也没关系。 # move: walk-away-unqualified, ask-to-meet-decision-maker]
    -> note

=== quoted ===
你的团队花了四天，做了一份90辆车的报价。周五下午4:52提交。 # speaker: narrator
{ gave_price: -> ending_squeezed | -> ending_filed }

=== declined ===
{ gave_price: -> ending_number_out }
（停顿了一下，然后，出乎意料地，她轻轻笑了。）还从来没有人这么客气地拒绝过。一般都是干脆什么都不发。 # speaker: ding-xiaomei # mood: neutral
我会在档案里写上“已婉拒，附理由”。（声音低了些。）谢谢您这么坦诚。洛阳的项目启动时，我会记得Routewise的。 # speaker: ding-xiaomei # mood: pleased
-> ending_qualified

=== note ===
{ gave_price: -> ending_number_out }
{ knows_opening && trust >= 10: -> ren_call }
（她沉默了一会儿。）我会转交的。他看不看，我不敢保证。 # speaker: ding-xiaomei # mood: neutral
-> ending_note_unanswered

=== ren_call ===
（她沉默了一会儿。）温度记录仪的问题。（又停了一下。）好吧。一页纸，今晚发给我。我亲自放到他桌上。 # speaker: ding-xiaomei # mood: interested
下周二早上8:05。一个陌生的手机号码。 # speaker: narrator # enter: ren-jun
我是美源的任军。小丁把你那页纸给我了。你拒绝了我们的询价。供应商一般不会拒绝。为什么？ # speaker: ren-jun # mood: skeptical # milestone: access-granted
* [因为需求是FleetPilot写的，在找我们之前就已经定了。那三家报价是干什么用的，咱们都心知肚明，对吧，任总？ # move: bash-competitor # cause: lost-ren]
    ~ ren -= 1
    （冷冷地。）那份需求是我的运营团队写的，有充分的理由。FleetPilot五年来没耽误过一天。如果你打电话是来教训我的，那就到此为止吧。 # speaker: ren-jun # mood: annoyed
    -> ren_luoyang
* [因为这一单我没法公平地赢下来，我们的报价只会成为别人的压价筹码。丁女士提到，您的团队在手工导温度记录仪的数据。 # move: open-with-business-problem]
    ~ ren += 1
    （干笑了一声。）每周一都导。四十个记录仪，一台笔记本电脑，一个很不开心的班组长。 # speaker: ren-jun # mood: neutral
    -> ren_luoyang
* [既然聊到这儿了：我们的冷链模块能彻底解决洛阳的问题，每个冷藏箱实时测温、自动报警，还有一个商超可以自己查看的门户。我给您详细介绍一下。 # move: pitch-features, overclaim # cause: lost-ren]
    ~ ren -= 1
    （停顿。）“彻底。”（他听起来很疲惫。）你对洛阳还一无所知。 # speaker: ren-jun # mood: skeptical
    -> ren_luoyang

=== ren_luoyang ===
从明年3月起，商超要求每一单速冻配送都有温度记录。洛阳2月投用。 # speaker: ren-jun
* [现在试点是怎么做的？从车上的记录仪，到商超看到的记录，中间是怎么走的？ # move: ask-current-process]
    ~ ren += 1
    （他给你讲了一遍。）每个冷藏箱放一个记录仪。司机带回来。周一，班组长把数据导出来，打印温度曲线，扫描，再发邮件给商超。上个月有一家商超退回了整整一周的记录，因为PDF上的批次号错了。 # speaker: ren-jun # mood: anxious # milestone: pain-acknowledged
    -> ren_fleetpilot
* [您看过我们完整的冷链平台吗？带Routewise Labs的预测性报警。像洛阳这样的新配送中心，这就是整个行业的方向。 # move: prescribe-before-diagnosis, mismatched-pitch # cause: lost-ren]
    ~ ren -= 1
    “整个行业的方向。”（语气平淡。）我需要的是我那几家商超的方向，3月之前。 # speaker: ren-jun # mood: skeptical
    -> ren_fleetpilot

=== ren_fleetpilot ===
而且我不想要两套系统。车是FleetPilot在管。这一点我不会改。 # speaker: ren-jun # mood: skeptical
* [您也不该改。FleetPilot把车管得很好。缺的是温度记录：我们读取记录仪数据，把温度凭证发给每家商超，和FleetPilot并行。河南有三家速冻配送商就这么做。 # move: acknowledge-parity-then-differentiate, offer-peer-reference]
    ~ ren += 1
    （他沉默了。）和FleetPilot并行。不是替换。（停了一下。）哪几家？ # speaker: ren-jun # mood: interested # milestone: references-requested
    -> ren_requote
* [说实话，从长远看，一个平台对您更好：一个账号、一份合同、一条服务热线。洛阳一旦用上Routewise，下一步自然就是把车也迁过来，我们会让迁移毫不费力。 # move: impose-solution-design # cause: lost-ren]
    ~ ren -= 1
    （语气坚决。）那洛阳的事，也许我们也不必谈了。 # speaker: ren-jun # mood: annoyed
    -> ren_requote

=== ren_requote ===
他停了一下。 # speaker: narrator
还有一件事。小丁跟我说她的档案还差一家报价。既然我们都聊上了，你要不还是报一个？也算帮她个忙。 # speaker: ren-jun # mood: neutral
* [没问题，任总，很乐意帮丁女士把档案补齐。明天我就把90辆车的完整报价发给她，也让您顺便看看我们在车队和洛阳两方面都能做些什么。 # move: chase-unqualified-deal # cause: lost-ren]
    ~ ren -= 2
    （短暂的沉默。）好。谢谢。 # speaker: ren-jun # mood: neutral
    -> ren_plan
* [我还是不报了，希望您理解：那只会是一个拿来跟FleetPilot比的数字，续约您已经定了。我能凭本事赢得您生意的地方，是洛阳。 # move: walk-away-unqualified]
    ~ ren += 1
    （这次他是真的笑了。）小丁说你会这么说。好吧。谈洛阳。 # speaker: ren-jun # mood: interested
    -> ren_plan

=== ren_plan ===
那么，你有什么建议？ # speaker: ren-jun
* [按您的时间表来：这个月您给一家河南的参考客户打电话；6月我跟您的班组长过一个周一上午；7月在速冻试点上试用四周；8月底前您决定洛阳用不用。 # move: propose-mutual-plan]
    -> ren_decide
* [要不我今天就把洛阳的合同发给您？如果这个月签，我可以赶在夏季涨价前锁定我们的首发价格，您的班组长也能在2月投用之前，早早告别每周一那台笔记本。 # move: premature-close, push-quarter-end # cause: lost-ren]
    ~ ren -= 2
    -> ren_decide

=== ren_decide ===
{ ren >= 4: -> ending_won }
{ ren >= 1: -> ending_ren_later }
-> ending_ren_lost

=== ending_won ===
（他在记；你听得到笔的声音。）这个月打参考电话。6月你跟班组长过一个周一上午。7月试用。8月决定。 # speaker: ren-jun # mood: pleased # milestone: mutual-plan-agreed
续约还是给FleetPilot。这一点我要说清楚。 # speaker: ren-jun
你输掉了一场本来就赢不了的投标，却赢得了洛阳项目一次真正的评估机会：按任总的时间表，和拍板的人一起。 # speaker: narrator # outcome: won
-> END

=== ending_ren_later ===
（他很客气，但显然已经谈完了。）秋天给我发点资料吧。到时候看洛阳进展到哪儿了。 # speaker: ren-jun # mood: neutral
你见到了决策者，却没给他任何行动的理由；到了秋天，洛阳的温度项目躺在一张名单上，和另外三家供应商排在一起。 # speaker: narrator # outcome: no-decision # caused-by: lost-ren
-> END

=== ending_ren_lost ===
（冷冷地。）我想我了解得差不多了。谢谢你抽时间。 # speaker: ren-jun # mood: annoyed
任军把你那页洛阳的材料转给了FleetPilot的客户经理，只附了一句话：“这个你们能做吗？”FleetPilot找了一家记录仪厂商合作，洛阳最后上的是他们的系统。 # speaker: narrator # outcome: lost # caused-by: lost-ren
-> END

=== ending_squeezed ===
下周三，丁晓梅打电话来感谢你们参与。美源和FleetPilot续约了。 # speaker: narrator
你们的报价帮了大忙。（她是真心这么说的。）我们经理把比价表给FleetPilot看了以后，他们降了12%。 # speaker: ding-xiaomei # mood: pleased
你的报价做了陪标该做的事：把首选供应商的价格压了下来，搭上了团队四天的工夫，还留下一个以后每次续约都会被人拿出来压你的价格。 # speaker: narrator # outcome: lost # caused-by: quoted-anyway
-> END

=== ending_filed ===
定标日期过去了，杳无音信。两周后，丁晓梅给所有投标方发了邮件：“本次采购暂停。现有合同延期十二个月，待评估后再定。” # speaker: narrator
（电话里，带着歉意。）你们的报价在档案里。也许明年吧。 # speaker: ding-xiaomei # mood: neutral
四天的工作躺在一个文件夹里；美源什么也没决定，就和FleetPilot续了期，明年的询价函还会照样这么写。 # speaker: narrator # outcome: no-decision # caused-by: quoted-anyway
-> END

=== ending_number_out ===
（她犹豫了一下。）不参加了？可是……您已经给过我一个数字了。它就在比价表里。我们经理今天上午已经拿给FleetPilot看了。 # speaker: ding-xiaomei # mood: anxious
你退出了，但退得太晚：你给一个没法选你的人报出的数字，已经替FleetPilot发挥了作用；要是美源哪天再找你，那就是你的起始价。 # speaker: narrator # outcome: lost # caused-by: gave-price
-> END

=== ending_qualified ===
你把做报价的四天，投到了一个能赢的机会上；美源的档案里记下的Routewise，是诚实，而不是便宜。 # speaker: narrator # outcome: qualified-out
-> END

=== ending_note_unanswered ===
任总一直没有回复。你没有去追，也没有报价。 # speaker: narrator
你拒绝了一场赢不了的投标，省下了四天的工作，还在决策者的桌上留了一页纸，以备洛阳哪天需要你。 # speaker: narrator # outcome: qualified-out
-> END

=== ending_cut ===
（她的语气变得公事公办。）我这边记一下：Routewise没有其他问题。谢谢您抽出时间。 # speaker: ding-xiaomei # mood: annoyed
丁晓梅在供应商档案里把Routewise标成了“无响应”。明年洛阳项目招标的时候，名单上没有你们的名字。 # speaker: narrator # outcome: lost # caused-by: lost-ding
-> END
