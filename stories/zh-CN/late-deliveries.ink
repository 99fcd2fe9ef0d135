# id: late-deliveries
# title: 汇荣五金：说好中午，就是中午
# objective: 成为首选供应商,并按买方的日期定下通往决策的计划
# phase: 2
# segment: early-majority
# buyer: tang-yue; 唐悦; 计划经理，汇荣五金; coach; woman young
# buyer: zheng-weidong; 郑卫东; 董事长兼总经理，汇荣五金; decision-maker; man senior
# buyer: lu-min; 陆敏; 财务经理，汇荣五金; financial-approver; woman glasses
# minutes: 15
# difficulty: intermediate
# version: 4
# setting: office
# brief: 汇荣五金做建筑五金分销：合页、门锁、拉手、移门轨道、紧固件，从苏州相城区的一座仓库发货，供应苏州、昆山、吴江约260家门窗厂、橱柜厂和装修公司。12辆4.2米货车，一位老调度——老胡——守着一块白板，年营收1.18亿元。汇荣的承诺是“下午四点前下单，明天中午前到工地”，可这个承诺一再落空。3月，最大的客户、昆山一家门窗厂转投了另一家经销商，利润跟着少了一半。
# brief: 董事长郑卫东已经下了决心：必须改，并让计划经理唐悦去查原因、拟方案。Omnia Systems已经来过两次，推的是面向小企业的一体化套件，还帮唐悦的需求清单“理了理格式”；周五它要向郑总做方案汇报。唐悦上周邀请了Routewise。你们约了一个小时，就在她装卸区楼上的办公桌前谈。郑总和财务经理陆敏你都还没见过。

VAR trust = 3
VAR patience = 3
VAR access = false
VAR knows_cost = false
VAR discounted = false
VAR promised_all = false

-> desk

=== desk ===
周一上午10点40分。唐悦的办公桌靠着窗，楼下就是装卸区。一台叉车正把一托托门合页送进货车，司机按着喇叭不撒手。这辆车本该7点半就出发。 # speaker: narrator
谢谢您跑一趟相城。（她把一份装订好的文件从桌上推过来。）这是我们的需求清单，三十八条。Omnia的客户经理帮我理了格式——他们给几百家企业做过。能不能请您标一下Routewise能覆盖哪几条，周五前给我报个价？郑总要把几个方案摆在桌上看。 # speaker: tang-yue # mood: neutral
* [没问题。整张清单我们都能覆盖，那我就每一条都打勾，周五前把报价放到您桌上，好吗？ # move: overclaim # cause: overpromised]
    ~ promised_all = true
    （她松了口气，记了一笔。）太好了。Omnia也是每条都打了勾，这样至少大家站在同一起跑线上。 # speaker: tang-yue # mood: pleased
    -> goal
* [可以。不过先把清单放一放：是什么事让郑总决定现在就动手？他希望哪些地方变得不一样？ # move: ask-goal]
    ~ trust = MIN(trust + 1, 10)
    （她把清单放下。）还没人问过我这个。Omnia的人一上来先讲他们的组织架构图。 # speaker: tang-yue # mood: interested
    -> goal
* [与其打勾，不如我直接演示给您看？笔记本上二十分钟实时调度——订单一进来就重排车辆，客户还没打电话就先收到短信——比三十八条清单说得清楚多了。 # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （她看了一眼墙上的钟。）Omnia演示了两个小时，很漂亮。可我这三十八条还是得一条条填。 # speaker: tang-yue # mood: skeptical
    -> goal

=== goal ===
{ patience <= 0: -> ending_tang_closed }
唐悦朝窗外点点头。那辆货车终于开出了院子。 # speaker: narrator
那是7点半去昆山的车。3月份，昆山的明创门窗——跟了我们九年的最大客户——转投了佳达五金。他们的采购负责人跟郑总说：“佳达前一天晚上给我一个两小时的到货时段，而且说到做到。你们说中午，下午三点才到。”郑总要让“中午前到”重新说到做到。他还想把明创拿回来。 # speaker: tang-yue # milestone: goal-stated
* [那您要的就是路径优化加实时跟踪，对吧？这正是我们的核心，也是我们给十来辆车规模的经销商做得最好的。我把它放在答复的第一条，让郑总一眼就看到。 # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （她慢慢记下来。）路径优化。Omnia管这个叫“一体化计划”。每家都有自己的叫法。 # speaker: tang-yue # mood: skeptical
    -> causes
* [我猜猜看：是你们的业务员给明创承诺了调度做不到的时间——问题一般都是从这儿开始的，不是吗？ # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （她微微皱眉。）客户骂的都是我们的业务员。我可不会跟他们说是他们的错。 # speaker: tang-yue # mood: skeptical
    -> causes
* [拿一张订单带我从头走一遍吧。比如一家工厂下午三点打电话要合页：从这通电话到货车开到他们门口，中间都发生了什么？ # move: ask-current-process]
    ~ trust = MIN(trust + 1, 10)
    业务员把订单录进我们的开票系统——2012年到现在一直用这一套。四点仓库打印拣货单。我们的调度老胡，在这儿干了二十年，在白板上排第二天的线路，基本靠记性。四点以后的订单，他第二天早上七点再往里塞。车装完了，司机7点半出发。出发以后谁在哪儿就没人知道了，直到客户给业务员打电话。 # speaker: tang-yue # mood: interested
    -> causes

=== causes ===
{ patience <= 0: -> ending_tang_closed }
唐悦打开一个文件夹，里面是手写的统计表。 # speaker: narrator
我5月份做了一次抽样。两个星期，一共746单，有219单是过了中午才到的——准时率71%。郑总一直以为我们有九成。 # speaker: tang-yue
* [这219单，您知道时间都耽误在哪儿了吗——装车、线路、订单进来得晚，还是别的？ # move: ask-diagnostic]
    ~ trust = MIN(trust + 1, 10)
    （她用手指顺着表格往下划。）我都统计了。90单：车出发晚了，因为老胡七点还在重新排线路。60单：线路顺序不对——顺路的小店先拿到了货，工厂的生产线却停着等。37单：装车时才发现缺货，只能先送一部分，再跑第二趟。32单：堵车，或者进不了工地大门。 # speaker: tang-yue # mood: anxious
    （她看着自己的数字。）这么一写……三分之二出在我们自己怎么排计划上，不在路上。 # speaker: tang-yue # milestone: pain-acknowledged
    -> cost
* [您看过我们带自动到达短信的实时跟踪吗？这746单，客户再也不用打电话催货，业务员也不用再猜车在哪儿了。 # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （她在页边写下“到达短信”。）Omnia也发短信。（她合上文件夹。） # speaker: tang-yue # mood: neutral
    -> cost
* [71%很正常：行业基准显示，白板排线比系统排线低二三十个百分点。 # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （她敲了敲统计表。）我花两个星期数出来，不是为了听人说我“在正常范围内”。 # speaker: tang-yue # mood: skeptical
    -> cost

=== cost ===
{ patience <= 0: -> ending_tang_closed }
郑总说也许没那么糟。他说七十一分在学校里也算及格。（她没有笑。） # speaker: tang-yue
* [说实话？用上Routewise，一个月内准时率就能上95%。 # move: overclaim # cause: overpromised]
    ~ promised_all = true
    （她写下“95%——一个月”，还划了线。）这正是郑总想听的。这句话我能原样写进去吗？ # speaker: tang-yue # mood: pleased
    -> the_list
* [那到现在为止，送货晚点让汇荣损失了多少——丢了多少客户，丢了多少钱？ # move: ask-implication]
    ~ trust = MIN(trust + 1, 10)
    ~ knows_cost = true
    明创一年是950万。吴江两家橱柜厂跟着他们去了佳达——又是400万。1350万的营业额，毛利率大概19%……（她在一张统计表背面算起来。）一年250万的毛利。我们去年的净利润是280万。 # speaker: tang-yue # mood: anxious
    （她放下笔。）再丢一个明创，汇荣就亏损了。这句话我以前从没写下来过。 # speaker: tang-yue # milestone: cost-quantified
    -> the_list
* [我们的投资回报模型能帮上忙吗？它显示12辆车规模的经销商一年大约能挽回200万，我今晚就把表格发给您，附在您给郑总的建议里。 # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （客气地。）Omnia也发过一份。他们的说是300万。 # speaker: tang-yue # mood: neutral
    -> the_list

=== the_list ===
{ patience <= 0: -> ending_tang_closed }
她又拿起那份需求清单。 # speaker: narrator
我的难处在这儿。郑总要我给他一个全貌——财务、库存、客户、车辆都要有。而这份清单……说实话，是Omnia的格式。 # speaker: tang-yue
你翻看清单。第1到9条是关于送货的。第10到23条：总账、工资、销售漏斗、员工考勤、固定资产。第24到38条：库存、采购、报表。 # speaker: narrator
* [我能直说吗？这里有一半是Omnia照着自己的套件写的。总账、工资、CRM——这是把专业厂商挡在门外的老套路。 # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （她脸微微一红。）这是我写的，他们只是帮着理了格式。（语气冷了下来。）郑总要我给他一个全貌。 # speaker: tang-yue # mood: annoyed
    -> rewrite
* [没问题——三十八条我们全都能覆盖。没有自己模块的地方，我们就找合作伙伴来做，郑总照样能看到他要的全貌。 # move: overclaim # cause: overpromised]
    ~ promised_all = true
    （她在页眉打了个勾。）三十八条全覆盖。那就看价格了。 # speaker: tang-yue # mood: pleased
    Routewise在苏州并没有做总账、工资或人事的合作伙伴。 # speaker: narrator
    -> rewrite
* [我们拿您的抽样来检验一下：这些条目里，哪几条当初能留住明创？ # move: ask-need-payoff]
    ~ trust = MIN(trust + 1, 10)
    （她拿起红笔一条一条地过，花了四分钟。）九条。和老胡一起排线路。前一天晚上给两小时到货时段。要晚点的时候提前预警。签收凭证。装车前就知道缺货，而不是到了车边才知道。（她看着另外二十九条。）明创可不是因为工资才走的。 # speaker: tang-yue # mood: interested
    -> rewrite

=== rewrite ===
{ patience <= 0: -> ending_tang_closed }
可下周一我得给郑总交一份清单。要是我砍掉二十九条，Omnia的人会跟他说我有偏向。（停顿。）也许我确实有。 # speaker: tang-yue # mood: anxious
* [那就别砍——重新搭。把您查出的原因放在最前面，用您自己的话和数字。库存那一条也留着，虽然那是Omnia的强项，不是我们的：库存我们不做，郑总应该看到这一点。 # move: build-vision-from-buyer-words, admit-limitation]
    ~ trust = MIN(trust + 2, 10)
    （她翻开一张新纸。）“车出发晚，是因为计划七点才排。”“小店先送，工厂干等。”“缺货到了车边才发现。”（她抬起头。）您在告诉我Omnia哪里比你们强？（停顿。）正因为这样，别的话他才会信。 # speaker: tang-yue # mood: pleased
    -> inside
* [为什么不直接用我们的标准需求模板呢？六十条，我们大多数客户都用这个——放在郑总桌上会专业得多。 # move: impose-solution-design # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （她叹了口气。）所以我要么用Omnia的格式，要么用你们的。哪个都不是我自己的。 # speaker: tang-yue # mood: skeptical
    -> inside
* [就这样放着吧——周五之前没必要跟Omnia的人起冲突。总账、工资、考勤那几条我们就答“通过合作伙伴实现”，郑总拿到他要的全貌，具体细节等您选定以后我们再慢慢理。 # move: hide-known-gap, overclaim # cause: overpromised]
    ~ promised_all = true
    （她肩膀松了下来。）好。周五前我也不想跟Omnia的人争。 # speaker: tang-yue # mood: pleased
    -> inside

=== inside ===
{ patience <= 0: -> ending_tang_closed }
{ trust >= 6:
    唐悦看了一眼开着的门，起身把门关上。 # speaker: narrator
    私下跟您说一句：我更希望你们赢。Omnia的人跟郑总讲了一个小时“数字化转型”，一次都没问过我货车的事。而且一个九个月的ERP项目最后全会压到我头上。您需要我做什么？ # speaker: tang-yue # mood: interested # insider: coach-preference
- else:
    唐悦把清单理整齐，看了一眼钟。 # speaker: narrator
    决定的是郑总，不是我。我只是把方案放到他桌上。那么——您需要我做什么？ # speaker: tang-yue # mood: neutral
}
* [那您愿意做我们的拥护者吗？和我一起把清单做完，由您亲自拿给郑总——他信任您，您也比任何人都了解他。 # move: rely-on-single-contact]
    （她笑了。）我尽量。他会听我的……大多数时候。 # speaker: tang-yue # mood: pleased
    话题就停在这里。你并不知道还有谁有发言权、Omnia开了什么条件，也不知道郑总打算什么时候拍板。 # speaker: narrator
    -> access_ask
* [要是能帮您加快进度的话：我们的年中优惠6月30日截止。汇荣在那之前签约，实施费全免。这也能让您在郑总面前更有底气。 # move: push-quarter-end, unilateral-discount # cause: gave-discount]
    ~ trust = MAX(trust - 1, 0)
    ~ discounted = true
    （她笑了笑，倒没什么恶意，还是在页边记下了“实施费全免”。）签约？我连清单都还没交给郑总。他做事有自己的节奏——从来没人能拿个日期逼他拍板。 # speaker: tang-yue # mood: skeptical
    -> access_ask
* [帮我理一理这件事会怎么决定：除了郑总还有谁有发言权，他还在看哪些方案，有多少预算，什么时候定。 # move: ask-decision-process, ask-competition, qualify-budget]
    ~ trust = MIN(trust + 1, 10)
    郑总一个人拍板，没有别人。我们的财务经理陆敏，十万以上的开支都要她批。明创走了以后，她一笔都不批。 # speaker: tang-yue # mood: neutral
    { trust >= 7:
        Omnia周五向他汇报套件方案：第一年138万，九个月上线。 # speaker: tang-yue # insider: rival-offer # milestone: competition-revealed
        他跟我说的是“50万以内，九月旺季之前要能用起来”。 # speaker: tang-yue # insider: real-budget # milestone: budget-confirmed
        （压低声音。）还有第三个选项。我们的销售总监陈浩——郑总的小舅子——说多招两个司机、付加班费，软件就别搞了。郑总也挺喜欢这个主意。这个月一分钱都不用花。 # speaker: tang-yue # mood: anxious # insider: internal-rival
    - else:
        Omnia周五向他汇报。他们报了什么价、郑总打算花多少——（她耸耸肩）——那得郑总自己跟您说，轮不到我。 # speaker: tang-yue # mood: neutral
    }
    -> access_ask

=== access_ask ===
{ patience <= 0: -> ending_tang_closed }
这周我写建议书，下周一向他汇报。我还能做什么？ # speaker: tang-yue # mood: neutral
* [要不郑总有什么问题，都由我来书面回答？他问什么您就转给我，我保证当天回复，周一您带着答案去汇报就行。 # move: accept-delegation-down # cause: kept-from-owner]
    （她点点头。）这样最省事。反正他也不太喜欢见供应商。 # speaker: tang-yue # mood: neutral
    -> zheng
* [能不能在Omnia周五汇报之前，介绍我见一下郑总？三十分钟，您也在场，就谈您查出来的问题。 # move: ask-to-meet-decision-maker]
    ~ trust = MIN(trust + 1, 10)
    ~ access = true
    （她犹豫了一下，拿起电话用苏州话说了一分钟。）周四上午十点。陆敏也会参加。（她放下电话。）别让我看起来像是已经选定你们了。 # speaker: tang-yue # mood: neutral # milestone: access-granted
    -> zheng
* [做一套完整的演示PPT和跟Omnia的功能对比表，会有帮助吗？您可以替我们向他汇报。 # move: pitch-features, accept-delegation-down # cause: kept-from-owner]
    ~ trust = MAX(trust - 1, 0)
    （她看看那份厚厚的清单，又看看你。）所以你们的PPT也得我来讲。（疲惫地笑了笑。）好吧，发过来吧。 # speaker: tang-yue # mood: neutral
    -> zheng

=== zheng ===
{ access:
    ~ patience = 3
    ~ trust = 2 + trust / 2
- else:
    ~ patience = 2
    ~ trust = MAX(trust / 2 - 1, 0)
}
{ access: 周四，上午十点。|周五下午。Omnia刚跟郑总谈完两个小时，唐悦打来电话：郑总愿意给Routewise二十分钟，“既然人家开口了”。 }郑卫东的办公室在仓库夹层的尽头：一套茶盘，一本广东合页厂送的挂历，一扇朝着装卸区的窗。{ access:唐悦在你旁边坐下。|Omnia的宣传册还摊在茶盘上，唐悦坐在靠墙的位置。 }陆敏拿着一本厚厚的笔记本，坐在门边。 # speaker: narrator # enter: zheng-weidong # enter: lu-min
（他也不问，直接给你倒上茶。）小唐说你们是做物流的。Omnia说物流单独搞一套系统已经过时了——一套系统管所有事。我就是个小公司，凭什么要买两套系统？ # speaker: zheng-weidong # mood: skeptical
* [我能先介绍一下我们公司吗？2011年在苏州成立，四百多家客户，九个城市设有办公室，深圳上市，中国十大快递公司里有三家…… # move: open-with-company-history # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    （他瞥了陆敏一眼。）Omnia也是从公司历史讲起的。他们的历史更长。 # speaker: zheng-weidong # mood: annoyed
    -> vision
* [也许您不该买。唐经理跟我讲了明创的事。先不谈系统：到九月旺季，要做到什么程度，您才会说这事解决了？ # move: open-with-business-problem, talk-business-outcomes]
    ~ trust = MIN(trust + 1, 10)
    （他放下茶杯。）嗯。Omnia问的是我的五年规划。 # speaker: zheng-weidong # mood: interested
    -> vision
* [您难道不想走在行业前面吗？再过五年，像样的经销商都会用AI来优化线路，汇荣完全可以做苏州的第一家。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    （淡淡一笑。）走在前面。我不用走在谁前面，我要的是准时。 # speaker: zheng-weidong # mood: skeptical
    -> vision

=== vision ===
{ patience <= 0: -> ending_walkout }
说好中午就是中午。我就要这个。（他用手指转着茶杯。）明创的采购负责人石经理跟我说：什么时候你能前一天晚上给我一个两小时的时段，要晚的话提前告诉我、别等晚了再说，就再来找我。这又不是造原子弹。所以——你们的系统怎么做到？别照着宣传册讲，就讲我的周二。 # speaker: zheng-weidong # milestone: goal-stated
* [我就拿您的周二来说说？明创的订单下午三点进来。四点半，老胡拿到一份十二辆车的建议计划，哪里他更清楚就改哪里——工地大门他最熟。六点，石经理收到“合页，九点到十一点”。9点40分，货车堵在昆山绕城高速上。汇荣这边谁应该第一个知道，赶在她打电话之前？ # move: share-usage-scenario, build-vision-from-buyer-words]
    ~ trust = MIN(trust + 1, 10)
    我。或者她对接的业务员。现在我们是等她发火了才知道。 # speaker: tang-yue # mood: interested
    （他在一本Omnia宣传册的背面写下“前一晚给时段——晚点先预警”。）老胡还能说了算。好。要是让电脑来告诉他昆山在哪儿，他非辞职不可。 # speaker: zheng-weidong # mood: interested # milestone: vision-agreed
    -> omnia_map
* [您看过我们的调度在这样一个周二能做什么吗？十二类约束条件的动态路径优化、基于电子围栏的电子签收、司机App、给石经理用的客户门户、四十个KPI数据看板、开放API，还有一个控制塔——只要有一辆车在昆山绕城高速上晚了，马上就把十二辆车全部重新排一遍。 # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    （他一个眼神，把问题推给了唐悦。）小唐，功能的事你跟他谈。 # speaker: zheng-weidong # mood: annoyed
    -> omnia_map
* [要不我跟您讲讲我们最好的客户是怎么用的？固定配送片区、固定每日班次，三点以后的订单一律顺延到后天送。老胡的白板就可以撤了。 # move: impose-solution-design # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    我们的门窗厂都是四点下单。天天如此。 # speaker: tang-yue # mood: anxious
    而且老胡在这儿的年头比白板还长。 # speaker: zheng-weidong # mood: skeptical
    -> omnia_map

=== omnia_map ===
{ patience <= 0: -> ending_walkout }
Omnia的人也给我看了一张地图，上面也有货车。也给客户发短信。那你们有什么不一样？ # speaker: zheng-weidong
* [说实话？凡是要紧的地方我们都更强：排线、跟踪、手机App、服务，还有价格。 # move: claim-different-on-everything # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    （他挑了挑眉。）哪里都强。Omnia也是哪里都强。这个星期可真够长的。 # speaker: zheng-weidong # mood: skeptical
    -> references
* [他们的人有没有告诉您，那个运输模块是收购来的，他们的小客户几乎没人用？您让他给一个真正在上面跑车的客户：江苏一家有十几辆4.2米货车、正在用Omnia运输模块、您能打电话过去问的经销商。郑总，他要是能说出一家来，我才意外。 # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    （他往椅背上一靠。）他们的人说过你会讲这种话。他提到你们的时候可客气得很。 # speaker: zheng-weidong # mood: annoyed
    -> references
* [我们两家都能把十二辆车放在地图上、给客户发短信——这是基本功。区别在于四点半和老胡一起出的那份计划，专为十几辆车设计，六周就能用起来，而不是九个月。Omnia更强的地方——库存、财务——我们不去争。您的开票系统照旧用。 # move: acknowledge-parity-then-differentiate, admit-limitation]
    ~ trust = MIN(trust + 1, 10)
    { promised_all:
        （唐悦猛地看了你一眼。周一你对她承诺的可比这多得多。） # speaker: narrator
    }
    （第一次从笔记本上抬起头。）开票系统不用换？那旺季我就不用重新培训三个开票员了。 # speaker: lu-min # mood: interested
    六周。九月之前。（他记了下来。） # speaker: zheng-weidong # mood: neutral
    -> references

=== references ===
{ patience <= 0: -> ending_walkout }
谁在用？别跟我说快递巨头——要像我这样的。我不喜欢当第一个。我的叉车是等常州的老吴买了以后才买的，然后我还等了一年，看他的坏不坏。 # speaker: zheng-weidong
* [无锡的天宇紧固件：十四辆车，给门窗厂送螺丝，中午前到货率原来是74%。上线十周后到了93%——而且他们的调度照样自己排计划。他们老板方立群说您可以直接给他打电话。 # move: share-success-story, offer-peer-reference]
    ~ trust = MIN(trust + 1, 10)
    老方？永康五金展上那个卖螺丝的？（他差点笑出来。）他什么都要挑毛病。老方要是说好用，那就是真好用。（他把名字记下来。）我亲自给他打。 # speaker: zheng-weidong # mood: interested # milestone: references-requested
    -> price
* [大客户能让您放心吗？中国十大快递公司里有三家在用Routewise——几千辆车。十二辆车完全不在话下。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    几千辆车。（他看向窗外自己那十二辆。）那我就是你们最小的客户了。最小的客户打电话，谁来接？ # speaker: zheng-weidong # mood: skeptical
    -> price
* [郑总，我给您的比推荐客户更实在——推荐客户说的毕竟是别人家的车。我们有足够的信心把它写进合同：八周内准时率达到95%，做不到的话第一年费用全部退还。这种条款Omnia可不敢签。 # move: overclaim # cause: overpromised]
    ~ promised_all = true
    （慢慢地。）保证。（他写下来，划了线。）陆敏，你也记一下。 # speaker: zheng-weidong # mood: pleased
    -> price

=== price ===
{ patience <= 0: -> ending_walkout }
陆敏把笔记本翻到一页，上面圈着一个数字。 # speaker: narrator
Omnia的方案第一年138万，全包。你们只管车，肯定便宜得多。能便宜多少？ # speaker: lu-min # mood: neutral
* [不管Omnia报多少，我们至少比它低40%——这个我亲自给您保证。明创已经丢了，只是为了解决送货问题，您不该付一整套套件的价钱。价格不会成为我们之间的障碍。 # move: unilateral-discount, negotiate-before-value-accepted # cause: gave-discount]
    ~ discounted = true
    比Omnia低40%。（她写下来，圈了起来。）谢谢，这很有用。 # speaker: lu-min # mood: pleased
    -> page
* [十二辆车，含开票系统对接：第一年大约42万。但Omnia那个数字买的是财务、库存和销售，要九个月；我们的是六周把送货问题解决。汇荣要买的是哪一个？ # move: point-out-apples-to-oranges]
    ~ trust = MIN(trust + 1, 10)
    （她看着自己那一页。）我把它们放在同一栏里了。（她在两者之间画了一条线。） # speaker: lu-min # mood: neutral
    { trust >= 6:
        （她看了郑总一眼，郑总点点头。）50万以内，是郑总定的数。 # speaker: lu-min # insider: real-budget # milestone: budget-confirmed
    }
    我想买的是“中午前”。（对陆敏说。）分成两栏。 # speaker: zheng-weidong # mood: neutral
    -> page
* [您要看到什么数字才能点头？ # move: ask-what-price-works # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （毫不犹豫。）30万，全包，实施费免掉。（她写下来，好像你已经答应了似的。） # speaker: lu-min # mood: neutral
    -> page

=== page ===
{ patience <= 0: -> ending_walkout }
不管买什么，陆敏都得跟银行解释清楚。明创走了以后，银行每个季度都要看我们的报表。 # speaker: zheng-weidong # mood: anxious
* [那我们就做一页纸，用您的数字，不用我们的：流失的客户值多少钱、唐经理统计的219单晚到，对比我们的价格。陆经理来讲，我只填我们那一部分。 # move: build-business-case]
    ~ trust = MIN(trust + 1, 10)
    { knows_cost: （唐悦把周一那张统计表递给她，背面的算式还在。陆敏已经在写了。）一年250万的毛利，对比你们的价格。这个银行看得懂。 | （她停下笔。）我们从来没算过这笔账。（唐悦在一张统计表背面算了出来：丢了1350万营业额，一年250万毛利。） } # speaker: lu-min # mood: interested
    ~ knows_cost = true
    一页我自己来讲的纸，不是宣传册。（她点点头。） # speaker: lu-min # milestone: cost-quantified
    -> overtime
* [说实话，陆经理，第一个星期您就能看到价值。唐经理已经看过它能做什么了——这件事您就相信我吧。 # move: rely-on-rapport # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    银行的报表里可没有“相信我”这一栏。 # speaker: lu-min # mood: skeptical
    -> overtime
* [要不我把我们的投资回报计算器发给陆经理？我们客户第一年的平均回报率是280%，格式本来就是给银行看的，还能按车、按线路、按月拆分回报——她只要填进12辆车和唐经理的746单就行。 # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    Omnia的计算器算出来是310%。（她没有记。） # speaker: lu-min # mood: skeptical
    -> overtime

=== overtime ===
{ patience <= 0: -> ending_walkout }
郑卫东转向窗户。楼下装卸区，两个司机正为一托货吵架。 # speaker: narrator
我跟你说说我的另一个选项。我的销售总监陈浩——我老婆的弟弟——说：再招两个司机，给老胡的侄子安排张桌子当第二个调度，旺季付加班费。一年30万。不用软件，不搞项目，没有风险。也许他是对的。 # speaker: zheng-weidong # mood: neutral
* [加班什么时候解决过系统问题？车多了，还是一样乱。 # move: dismiss-objection # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    陈浩卖了二十五年五金。你说的“乱”，是他的客户。 # speaker: zheng-weidong # mood: annoyed
    -> next
* [这确实是个选项，账面上也更便宜。唐经理抽样里的那些原因，多两个司机能解决哪几个？ # move: acknowledge-objection, clarify-objection]
    ~ trust = MIN(trust + 1, 10)
    郑总，车出去的时候只装了六成，问题不在车。那219单里有90单，是因为计划早上七点才排。 # speaker: tang-yue # mood: anxious
    （沉默了很久。）也就是说，我花30万，让半空的车晚点跑。{ knows_cost:为了保住250万。}陈浩不会高兴的。可丢了明创的不是陈浩，是我。 # speaker: zheng-weidong # mood: neutral # milestone: risk-addressed
    -> next
* [您每多等一周，佳达就在给您的客户打电话——明创只是第一个。九月旺季马上就到，现在没工夫拿加班去试；旺季之前您得把真正的解决方案落地。 # move: pressure-buyer # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    你进门之前，佳达就在给我的客户打电话了。下个月他们还会打。 # speaker: zheng-weidong # mood: annoyed
    -> next

=== next ===
{ patience <= 0: -> ending_walkout }
他看看钟，又看看唐悦。 # speaker: narrator
那么，接下来怎么办？ # speaker: zheng-weidong
* [我今天就把合同发过来？汇荣6月30日前签约的话，年中优惠还包含实施费，您也能在旺季前早早上线。 # move: premature-close, push-quarter-end, unilateral-discount # cause: pushed-for-signature]
    -> ending_pushed
* [我来写一份完整的方案书，周一前发给您和唐经理。您慢慢看，准备好了随时给我打电话。 # move: send-brochure # cause: no-next-step]
    -> ending_drift
* [先问一句——说实话，您现在考虑到哪一步了？如果想好好比一比：您这周给方总打个电话；唐经理和我拿老胡的昆山线路跟白板并行跑两周，不签合同；唐经理按她的清单给两家打分；陆经理拿到那一页纸；您在7月15日旺季前做决定。 # move: check-readiness, propose-mutual-plan]
    -> decide

=== decide ===
{ discounted: -> ending_price }
{ promised_all: -> ending_promise }
{ not access: -> ending_split }
{ trust >= 9 && knows_cost: -> ending_won }
{ trust >= 5: -> ending_overtime }
-> ending_omnia

=== ending_won ===
说实话？要是一个星期前，我就选陈浩那个加司机的办法了。（他把Omnia的宣传册翻过来，在背面亲手写下计划。）这周打给老方。昆山线路跑两周，老胡和小唐负责。小唐给两家打分。陆敏的那一页纸。15号做决定。 # speaker: zheng-weidong # mood: pleased # milestone: mutual-plan-agreed
周五我会告诉Omnia的人，我们现在按小唐的清单比，不按他的。要是你们这两周跑出来跟老方那十周一个样，我要认真确认的就是你们这一家。 # speaker: zheng-weidong # milestone: preferred-vendor # phase: 3
（她已经在白板上老胡的线路下面写日期了。） # speaker: tang-yue # mood: pleased
你离开时已是汇荣的首选供应商，手里有一份按郑总自己的日期走到拍板的计划：他亲自打的推荐客户电话、他的调度亲手跑的试运行、他的财务经理亲自讲的一页纸。 # speaker: narrator # outcome: won
-> END

=== ending_price ===
（他写下计划，旁边是陆敏的笔迹，记着你给的折扣。）好。老方、两周试运行、那一页纸。还有你们的折扣，就按你说的。 # speaker: zheng-weidong # mood: pleased
周五，陆敏把你给的条件拿给Omnia的客户经理看。到了周一，Omnia的方案降到了79万，运输模块“第一年免费”。 # speaker: narrator
什么都有，只比你们多37万。而且你自己跟我们说过，区别只在价格。（他听上去几乎有些抱歉。）我们选套件。 # speaker: zheng-weidong # mood: neutral
你的折扣把一场比谁更对路的较量变成了比价格，还给了Omnia一个明确要压过的数字；汇荣买了套件。 # speaker: narrator # outcome: lost # caused-by: gave-discount
-> END

=== ending_promise ===
行。老方、两周试运行、那一页纸。（他记下来。） # speaker: zheng-weidong # mood: neutral
试运行很顺利：两周里昆山线路中午前到货率88%，老胡也喜欢四点半出的计划。可唐悦的打分表上，一栏是每家承诺了什么，一栏是试运行实际做到了什么，你们这两栏对不上。 # speaker: narrator
两周做到88%，不错。可你承诺的比你能拿出来的多，现在你说的每句话我都得核实。Omnia至少承诺的都是我能核实的东西。 # speaker: zheng-weidong # mood: annoyed
汇荣选了Omnia；你为了赢得这次会面许下的承诺，成了郑卫东对你们整份方案唯一记住的一行。 # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_split ===
（他把日期写了下来——写在唐悦的记事本上，不是他自己的。）行。小唐去跑你们的两周，写进她的建议里。 # speaker: zheng-weidong # mood: neutral
试运行很顺利。可你只见了郑总二十分钟，排在Omnia的两个小时之后，还是因为唐悦开口替你要的。Omnia的客户经理给他打了两次电话，说唐悦的清单是供应商改过的；陈浩说加班就行；陆敏说再等等。 # speaker: narrator
这栋楼里每个人想要的都不一样。旺季过了我再定。 # speaker: zheng-weidong # mood: anxious
唐悦一个人扛着你们的方案，高层没有人真正对这个决定负责；郑卫东把事情往后推，陈浩的两个新司机8月上岗。 # speaker: narrator # outcome: no-decision # caused-by: kept-from-owner
-> END

=== ending_overtime ===
{ knows_cost: （他想了想，摇摇头。）听起来有道理。可旺季还有九周，我不想新系统和旺季撞在一起。 | （他想了想。）给陈浩的司机花30万，我看得见。你们的系统能给我省多少，我看不见。 } # speaker: zheng-weidong # mood: neutral
九月先靠陈浩的加班撑过去。过了春节，我们再重新看——你们和Omnia一起。 # speaker: zheng-weidong
汇荣招了两个司机，旺季准时率到了76%，老胡的白板还在；明创留在了佳达，这个项目和Omnia的宣传册一起进了抽屉。 # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_omnia ===
（他站起来和你握手。）谢谢。小唐会通知你们。 # speaker: zheng-weidong # mood: neutral
两周后唐悦打来电话，语气很抱歉。郑总选了Omnia：一家供应商、一张账单，还有一个把他当老板来谈的销售。九个月的ERP迁移开始了，货车还在白板上排。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_pushed ===
30号。（他放下茶杯。）那是你们的日历，不是我的。 # speaker: zheng-weidong # mood: annoyed
我是知道它管用了才做决定，不是等你们的优惠到期才做。小唐，周一照原计划把建议交给我。 # speaker: zheng-weidong
周一唐悦的建议书里，Routewise被写成“试运行之前就催着签约”；郑卫东从一个从没催他签字的供应商那里买了套件。 # speaker: narrator # outcome: lost # caused-by: pushed-for-signature
-> END

=== ending_drift ===
（他点点头，像是庆幸眼下什么都不用决定。）发过来吧。我们会看的。 # speaker: zheng-weidong # mood: neutral
周一，你的方案书和Omnia的放在了一起。没人给老方打电话，什么也没试，谁的日历上都没有日期；陈浩的两个新司机8月上岗，这个决定一直等到了春节以后。 # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_tang_closed ===
（唐悦合上文件夹，把需求清单塞了回去。）我想我要的都有了。周五前把你们打好勾的清单和报价发给我，跟别家一样。 # speaker: tang-yue # mood: annoyed
周一唐悦的建议书把Routewise和Omnia放在同一栏里，只是少了二十九条。郑卫东选了什么都能答上的那套套件。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_walkout ===
郑卫东看了看表，站起身来。 # speaker: narrator
我有一辆去吴江的车晚了三个小时。小唐送送你们。 # speaker: zheng-weidong # mood: annoyed
会面结束了。郑卫东不接你的跟进电话，唐悦也觉得尴尬，不再回微信；汇荣和Omnia签了约。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
