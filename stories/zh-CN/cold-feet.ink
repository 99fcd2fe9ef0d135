# id: cold-feet
# title: 云海跨境：临签约前的退堂鼓
# objective: 按全价签下第一期,计划和退出条款都让买方放心
# phase: 3
# segment: early-adopters
# buyer: tang-yuxin; 唐雨欣; 首席运营官，云海跨境履约; decision-maker; woman
# buyer: qiu-haiyan; 邱海燕; 首席财务官，云海跨境履约; financial-approver; woman glasses
# minutes: 15
# difficulty: advanced
# version: 4
# setting: office
# brief: 云海跨境履约总部在东莞，为珠三角约600家在亚马逊、TikTok Shop和Temu上开店的中国卖家揽收货物，在东莞、义乌和厦门的集货中心集中，再用卡车送到深圳和香港机场，赶当晚的航班：自有厢式货车60辆，个体司机约140名，去年增长70%。5月，经过两个月与Omnia Systems的对比评估，首席运营官唐雨欣为她最大胆的项目选定了Routewise：由一个控制塔统一运营的“截单保障”（14:00前揽收，当晚上航班）。你的方案：三个集货中心、约200辆车，赶在旺季前于10月1日全部上线。首年260万元（许可费180万元，实施费80万元）。
# brief: 原定12日签约。今天是6月22日。唐总已读了你最近的三条微信，一条都没回。你的大区总监希望这单在本季度内拿下，而本季度30日就结束。你知道，超过100万元的支出都要首席财务官邱海燕批准，而云海去年刚核销了一个仓储系统项目。唐总同意今天上午在东莞集货中心见你，“半小时”。

VAR tang = 3
VAR qiu = 2
VAR discount = 0
VAR overpromised = false
VAR invited = false
VAR phased = false
VAR case_built = false
VAR gave = false
VAR qiu_lost = false

-> arrival

=== arrival ===
上午9:30，云海东莞集货中心。贴着LAX、FRA、JFK标签的灰色麻袋顺着传送带从会议室窗外经过；墙上的屏幕在倒数香港航班的截载时间：21:40。 # speaker: narrator
唐雨欣端着两杯咖啡进来，手里拿着手机。她把手机屏幕朝上放在桌上。 # speaker: narrator
不好意思，不好意思，这两周忙疯了。别担心，我们这边没变。法务有几条意见，财务有几个问题，都是常规流程。会搞定的。 # speaker: tang-yuxin # mood: neutral
* [太好了。那我们把日子定下来？只要法务的意见这周能回来，30日前还来得及签，实施团队和本季度的价格我都给您留着。 # move: ignore-danger-signal, premature-close, push-quarter-end # cause: lost-tang]
    ~ tang = MAX(tang - 2, 0)
    （她脸上还挂着笑，眼里却没有笑意。）30日。对。你们的季度。 # speaker: tang-yuxin # mood: skeptical
    （她把手机翻过去，又翻回来。）反正你迟早也会听说。 # speaker: tang-yuxin
    -> tianqiao
* [好。我还带了点东西，能让财务的问题好回答一些：新版本有实时截载看板和承运成本仪表盘。我在电脑上给您看看；邱总肯定会喜欢这个成本视图。 # move: pitch-features # cause: lost-tang]
    ~ tang = MAX(tang - 1, 0)
    （她礼貌地看着演示，一只眼还瞟着手机。）不错。挺好的。（停顿。）不过海燕不会在乎什么仪表盘。 # speaker: tang-yuxin # mood: neutral
    （她叹了口气。）反正你迟早也会听说。 # speaker: tang-yuxin
    -> tianqiao
* [那就好。不过约好的日子过了两周都没消息，一般说明情况有变。到底出了什么事？坏消息我宁可今天听您说，也不想以后从别人那儿听到。 # move: ask-obstacles]
    ~ tang = MIN(tang + 1, 6)
    （她把手机扣在桌上。）好吧。反正你迟早会听说，不如我来说。 # speaker: tang-yuxin # mood: anxious
    -> tianqiao

=== tianqiao ===
去年10月我们上了一套新的仓储系统。项目叫“天桥”，供应商是科信软件。三个集货中心一个周末全部切换，离旺季只剩五周。整整两周，扫描枪打出来的面单都是错的。四万个包裹没赶上航班。 # speaker: tang-yuxin # mood: anxious
我们核销了410万。Voltan，那个充电宝品牌，我们的第二大卖家，走了。我们的CIO也跟着走了。 # speaker: tang-yuxin
{ tang >= 2:
    周一董事会上，卢董说：“不要再搞一次性全切了。”海燕要我在签任何超过100万的东西之前，先“停一停，想一想”。 # speaker: tang-yuxin # insider: board-mood
- else:
    所以财务想谨慎一点。就这么回事。 # speaker: tang-yuxin # mood: neutral
}
* [我们这边不会出这种事。要不我亲自跟董事会说，Routewise十五年来从没有过一次上线失败，这样有帮助吗？ # move: overclaim, dismiss-objection # cause: lost-tang]
    ~ tang = MAX(tang - 1, 0)
    （淡淡一笑。）科信的销售当时也说他们从没失败过。我可不想再拿供应商的原话去跟卢董讲了。 # speaker: tang-yuxin # mood: skeptical
    -> ten_percent
* [很遗憾。这一年，这栋楼里每个人都不好过。董事会回头看“天桥”，他们觉得到底是哪里出了问题：系统、时机，还是当初卖给他们的方式？ # move: acknowledge-objection, clarify-objection]
    ~ tang = MIN(tang + 1, 6)
    （她想了想才回答。）时机。一次性全切。还有，那份商业论证用的是科信的数字，不是我们自己的。海燕签了一份不是她自己做的论证。同样的事她不会干第二次。 # speaker: tang-yuxin # mood: neutral
    -> ten_percent
* [仓储系统完全是另一回事：扫描枪、面单、库存，每个包裹都要经手。TMS是架在你们运营之上的，风险根本不是一个量级。邱总一旦看清这个区别，自然就放心了。 # move: dismiss-objection # cause: lost-tang]
    ~ tang = MAX(tang - 1, 0)
    （她摇摇头。）在董事会眼里，软件就是软件。“这次不一样”——科信当初就是这么跟他们说的。 # speaker: tang-yuxin # mood: skeptical
    -> ten_percent

=== ten_percent ===
她身子前倾，两肘撑在桌上。 # speaker: narrator
听着。我还是想做。截单保障是这家公司五年来最好的点子，卖家们也都在要。我需要的是能拿给海燕的东西。一个甜头。你要是能让出10%，我今天就拿上楼，把她的签字拿下来。 # speaker: tang-yuxin # mood: interested
* [只要能帮到您，我什么都愿意考虑，不过先让我确认一下：如果明天我降10%，邱总就会签吗？还是价格背后其实是别的事？ # move: clarify-objection, ask-negotiation-preconditions]
    ~ tang = MIN(tang + 1, 6)
    { tang >= 4:
        （沉默了很久。）不会。她不会签。说实话，她根本没提过价格。她说的是“天桥”，是今年的现金，还有Omnia。 # speaker: tang-yuxin # mood: anxious # insider: approver-concerns
    - else:
        （她看了你一会儿。）我不知道海燕会怎么做。所以我才找你要这10%。 # speaker: tang-yuxin # mood: neutral
    }
    -> access
* [如果10%能让这事落地，那就给您。这个项目您争取了好几个月，不能卡在这儿；我今天下午就让我们总监批下来，您今天就能拿上楼。 # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: gave-discount]
    ~ discount = 1
    ~ gave = true
    ~ tang = MIN(tang + 1, 6)
    （她松了一口气。）谢谢。这正是我需要的。我今天上午就跟海燕说。 # speaker: tang-yuxin # mood: pleased
    -> access
* [邱总要看到什么数字才肯签？ # move: ask-what-price-works # cause: gave-discount]
    ~ discount = 1
    ~ gave = true
    （她毫不犹豫。）10%。也许15%；她会想说她谈下来的比我多。（你说你看看能怎么办。她在杯子上写了“10-15”。） # speaker: tang-yuxin # mood: pleased
    -> access

=== access ===
她瞥了一眼天花板，好像能透过它看见楼上的财务部。 # speaker: narrator
所以海燕那边交给我。我知道她怎么想。今晚把一页纸和你们的最优报价发给我，周四我拿去跟她讲。 # speaker: tang-yuxin # mood: neutral
* [那为什么不给她一个现在就动的理由？跟她说我们的价格30日以后要涨。财务总监都吃截止日期这一套。 # move: push-quarter-end # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    （她皱起眉。）“天桥”就是被截止日期逼出来的。科信当时也有一个。（不过既然你开了口，她还是给海燕发了条消息。） # speaker: tang-yuxin # mood: skeptical
    你的咖啡还没喝完，门就开了。云海的首席财务官邱海燕听说楼里来了个Routewise的人，还听说你们的价格30日以后要涨。 # speaker: narrator # enter: qiu-haiyan
    -> qiu_open
* [这件事不该您一个人扛。能不能一起见见邱总？她今天有十分钟的话就今天。不是去推销——是当面听她的顾虑，省得您来回转述。 # move: ask-to-meet-decision-maker]
    ~ invited = true
    ~ tang = MIN(tang + 1, 6)
    （她犹豫了。）她不喜欢供应商进她办公室。（然后她拿起电话。）海燕，我是雨欣。Routewise的客户经理在我这儿。你能给我们二十分钟吗？……她下来了。 # speaker: tang-yuxin # mood: neutral # milestone: access-granted
    -> qiu_open
* [没问题。您比我了解她多了，一个供应商直接找上她办公室，说不定反而让她更抵触。一页纸和我们的最优报价，今晚八点前发到您邮箱。 # move: rely-on-single-contact]
    （她点点头，松了口气。）好。这样大家都省事。 # speaker: tang-yuxin # mood: pleased
    你的咖啡还没喝完，门就开了。云海的首席财务官邱海燕听说楼里来了个Routewise的人。 # speaker: narrator # enter: qiu-haiyan
    雨欣。我们不是说好了吗：董事会之前不见供应商。（她还是坐了下来。）既然来了。 # speaker: qiu-haiyan # mood: annoyed
    -> qiu_open

=== qiu_open ===
{ invited: 邱海燕拿着一份打印出来的方案进来，上面贴满了黄色标签。她和你握了握手，在桌子尽头坐下。 | 邱总把一份打印出来的方案放在桌上，上面贴满了黄色标签。 } # speaker: narrator # enter: qiu-haiyan
{ invited:
    ~ qiu = MIN(qiu + 1, 12)
    ~ invited = false
}
我直说吧。我不反对Routewise。我反对的是：“天桥”核销410万才八个月，又要签260万。雨欣觉得我胆小。我觉得公司付我工资，就是让我胆小的。 # speaker: qiu-haiyan # mood: skeptical
* [完全理解。所以我带了我们的ROI模型：三个集货中心七个月回本。我带您过一遍表格？数字会说话。 # move: numbers-without-buy-in # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    （她没有打开。）科信的表格当时也会说话。它说九个月。 # speaker: qiu-haiyan # mood: skeptical
    （她一个一个敲着那些标签。）今年的现金。出了问题的退路。还有雨欣那份PPT里的数字。 # speaker: qiu-haiyan
    -> deck
* [唐总和我在这个项目上一起做了五个月。她比谁都了解运营，而且她很有信心。我真心觉得这个项目交在她手里很稳妥。 # move: rely-on-rapport # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    （邱总看了唐总一眼，唐总低头看着咖啡。）“天桥”当时也交在很稳妥的人手里。那个项目的负责人现在在杭州。 # speaker: qiu-haiyan # mood: skeptical
    （她一个一个敲着那些标签。）今年的现金。出了问题的退路。还有雨欣那份PPT里的数字。 # speaker: qiu-haiyan
    -> deck
* [经历了这样一年，不谨慎才是错的。在讲我们之前，我想先问一句：要满足哪些条件，您才会放心？您最担心的是什么？ # move: acknowledge-objection, ask-obstacles]
    ~ qiu = MIN(qiu + 1, 12)
    （她看了你一会儿，然后打开文件夹。）三件事。现金：今年要流出260万，而我刚付完义乌新楼的钱。退路：董事会想知道万一出问题，我们怎么退出。（她翻过一个标签。）还有雨欣PPT里的数字，我不信。 # speaker: qiu-haiyan # mood: neutral
    -> deck

=== deck ===
{ qiu <= 0: -> ending_omnia_early }
邱总翻到标着“4”的标签。 # speaker: narrator
雨欣董事会材料第四页：“运输成本降低30%，截载达标率99%”。（唐总在椅子上挪了挪。）这些数字是哪来的？ # speaker: qiu-haiyan # mood: skeptical
你知道是哪来的：你自己PPT的第十二页，一个客户最好的一个季度。 # speaker: narrator
* [来自我们客户的实际结果，说实话还算保守的。好几家客户都做到了30%以上。 # move: overclaim # cause: overpromised]
    ~ qiu = MAX(qiu - 2, 0)
    ~ overpromised = true
    （唐总点点头，松了口气。邱总在页边写下“30% / 99%：Routewise称保守”。）那你们不介意把它们写进合同吧。 # speaker: qiu-haiyan # mood: skeptical
    -> why_now
* [出自我的PPT，这事我应该跟唐总说得更清楚：那是一个客户最好的一个季度。东莞这边，我建议按到旺季时90%到94%的航空包裹能赶上截载来规划，运输成本节省更接近10%，而不是30%。还有一件事，之前没人跟您说过：机场货站没有数据接口，所以头几个月，截载时间要每天手工上传。 # move: calibrate-expectations, admit-limitation]
    ~ qiu = MIN(qiu + 2, 12)
    （唐总皱了皱眉，随后慢慢点头。）让海燕从你这儿听到，总比从董事长那儿听到好。 # speaker: tang-yuxin # mood: neutral
    （邱总划掉“30%”，在旁边写上“10？”。）90到94。这是这份方案里我信的第一个数字。 # speaker: qiu-haiyan # mood: interested
    -> why_now
* [我们别在PPT上绕了。真正的数字会在实施设计里出来，等我们一起把你们的线路梳理完就有了。 # move: hide-known-gap # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    （她把那页翻了回去。）科信就是这个顺序。先签字，数字以后再说。 # speaker: qiu-haiyan # mood: skeptical
    -> why_now

=== why_now ===
{ qiu <= 0: -> ending_omnia_early }
那么另一个问题，给我说实话。为什么是现在？为什么不等明年，等“天桥”消化完、Omnia续约谈完再说？ # speaker: qiu-haiyan # mood: neutral
* [这个问题值得好好验证。唐总，去年旺季机场截载那边出了什么情况？邱总，这在云海自己的账上花了多少钱？ # move: ask-implication]
    ~ qiu = MIN(qiu + 1, 12)
    11月有14%的航空包裹没赶上航班。大约11万个包裹顺延到了第二天晚上。 # speaker: tang-yuxin # mood: anxious
    { qiu >= 4:
        （邱总打开笔记本电脑往下翻。）改签附加费加上给卖家的补偿：一个季度160万。（她停下来。）还有两个卖家1月份跟我们说，他们在试菜鸟的截单服务。要是他们也像Voltan那样…… # speaker: qiu-haiyan # mood: anxious # milestone: cost-quantified # insider: ledger-losses
        （她没把话说完，在本子上写下“160万 + 2个卖家”。） # speaker: narrator
    - else:
        （邱总没有打开电脑。）我们的账是我们自己的事。很多，数字我心里有数。 # speaker: qiu-haiyan # mood: skeptical
    }
    -> omnia
* [因为30日以后我们的价格要调整。等一个季度，您还没省下一分钱，就要多花12%。 # move: push-quarter-end # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 2, 0)
    （语气平平。）那就多花12%。比这更糟的决定，我都花过更多的钱。 # speaker: qiu-haiyan # mood: annoyed
    -> omnia
* [等下去难道不是代价更大吗？你们每个月都在因为错过截载而亏钱，少说也有几十万，而且您的卖家可不会一直等着你们。 # move: tell-buyer-their-problem # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    （她挑起一边眉毛。）“少说”。你看过我们的账，是吗？ # speaker: qiu-haiyan # mood: skeptical
    -> omnia

=== omnia ===
{ qiu <= 0: -> ending_omnia_early }
然后还有Omnia。我们的财务系统是他们在跑。12月ERP续约，他们会把运输模块一起给我们，首年不收许可费。一家供应商。卢董喜欢“出了事只找一家”。 # speaker: qiu-haiyan # mood: neutral # milestone: competition-revealed
* [恕我直言，Omnia的运输模块只是ERP的一个附加功能。那又会是一次一次性全切，操盘的人连一辆车都没调度过。又一个“天桥”。 # move: bash-competitor # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 2, 0)
    （冷冷地。）Omnia给我们管了六年账，一分钱没丢过。“天桥”不是Omnia做的。 # speaker: qiu-haiyan # mood: annoyed
    -> exit
* [Omnia是个很有分量的选项。在开票、干线调度和报表上，他们的模块能做到我们能做的，而且一家供应商对财务来说确实是个优势。区别在于唐总的那个保障：用个体司机，从六百个卖家那里做头程揽收，卡着固定的航班截载时间来排。请他们用你们自己的线路演示这一点。 # move: acknowledge-parity-then-differentiate]
    ~ qiu = MIN(qiu + 1, 12)
    关键就在这儿。Omnia的演示里有干线。没有那六百个揽收点。 # speaker: tang-yuxin # mood: interested
    （邱总记了一笔。）我会让他们演示。用我们的线路。 # speaker: qiu-haiyan # mood: neutral
    -> exit
* [在对云海真正重要的每个方面，我们都领先Omnia：为你们六百个卖家做的头程路径规划、到机场的实时跟踪、个体司机App、数据分析，还有就在东莞而不是在北京的支持团队。他们的模块是ERP的附加功能；我们的产品就是为你们这样的运营打造的。说实话，真的没法比。 # move: claim-different-on-everything # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    “没法比”。（干巴巴地。）人人都这么说自己卖的东西。 # speaker: qiu-haiyan # mood: skeptical
    -> exit

=== exit ===
{ qiu <= 0: -> ending_omnia_early }
现在说卢董会先问我的那个问题。万一失败了，我们怎么退出？“天桥”是个两年的合同，我们想走都走不了。 # speaker: qiu-haiyan # mood: anxious
* [不会失败的。Routewise在华南上线过两百多个项目；说实话，我想不出你们会遇到什么需要退出的情况。 # move: dismiss-objection, overclaim # cause: overpromised]
    ~ qiu = MAX(qiu - 2, 0)
    ~ overpromised = true
    （她写下“不会失败”，还在外面画了个框。）我会引用你的原话。 # speaker: qiu-haiyan # mood: skeptical
    -> vision
* [我亲自给您兜底。您有我的手机号；一旦出任何问题，我当天就到东莞。 # move: rely-on-rapport # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 1, 0)
    科信的客户经理也这么说过。他那个号码现在已经打不通了。 # speaker: qiu-haiyan # mood: skeptical
    -> vision
* [那我们从一开始就把退路设计进去，怎么退由您选。一个方案：只做东莞，9月中旬上线，旺季里不上任何新东西；12月设一道关卡，按您定的成功标准衡量：截载达标率、每车揽收量、司机使用率。过不了关就停，义乌和厦门一分钱都不收。或者第一步再小一点：东莞只做头程揽收，干线以后再说。 # move: offer-risk-reduction, offer-options]
    ~ qiu = MIN(qiu + 2, 12)
    ~ phased = true
    （她写得很慢。）按我们的数字设关卡。过不了关，义乌不收钱。旺季不上线。（她抬起头。）这个，我能跟卢董讲清楚。 # speaker: qiu-haiyan # mood: interested # milestone: risk-addressed
    -> vision

=== vision ===
{ qiu <= 0: -> ending_omnia_early }
唐总停下了笔。 # speaker: narrator
{ phased:
    等等。一个集货中心？整个项目的意义就在于网络。如果保障只在东莞有效，那就是个试点，不是突破。董事会会说这是个小项目，我攒的那点信用就全花在一个小项目上了。 # speaker: tang-yuxin # mood: annoyed
- else:
    （对邱总。）海燕，要是现在停下来，这个保障就死了。卖家不会等我们一年。（对你。）也别跟我说把它做小。小项目就是试点，不是突破，我攒的那点信用就全花在一个试点上了。 # speaker: tang-yuxin # mood: annoyed
}
* [那我们就保留三个集货中心。只要把实施团队加倍，东莞、义乌、厦门照样能在10月1日前全部上线。 # move: overclaim # cause: overpromised]
    ~ tang = MIN(tang + 1, 6)
    ~ qiu = MAX(qiu - 1, 0)
    ~ overpromised = true
    （唐总眼睛一亮。）这还差不多。 # speaker: tang-yuxin # mood: pleased
    （邱总在本子上写下“10月1日前3个中心”。）离旺季五周。又来了。 # speaker: qiu-haiyan # mood: skeptical
    -> reference
* [也许邱总说得对，今年不是搞突破的时候。我们可以先在东莞做基础跟踪，等局面稳一点，再回到截单保障上来。 # move: mismatched-pitch # cause: lost-tang]
    ~ tang = MAX(tang - 3, 0)
    （她盯着你。）我要是想要跟踪，5月份就买FleetPilot了。 # speaker: tang-yuxin # mood: annoyed
    （邱总什么都没说，但看起来几乎有点同情你。） # speaker: narrator
    -> reference
* [5月份您跟我说，突破在于“一个能卖给卖家的承诺：两点前揽收，当晚上航班”。旺季里，这个承诺在哪儿最值钱？哪个集货中心扛着航空货量？如果东莞10月就能做出这个承诺，那是试点，还是正式发布？ # move: build-vision-from-buyer-words, fit-message-to-segment]
    ~ tang = MIN(tang + 1, 6)
    （她想了想。）东莞占航空货量的70%。义乌反正大多是海运。（慢慢地。）如果东莞这个旺季把保障卖出去，义乌的卖家自己就会来要。 # speaker: tang-yuxin # mood: interested
    那不是试点。那是正式发布。（她在本子最上方写下“发布：东莞，旺季”。） # speaker: tang-yuxin # mood: pleased # milestone: vision-agreed
    -> reference

=== reference ===
{ qiu <= 0: -> ending_omnia_early }
谁做过这个？别给我宣传册。要像我们这样的。 # speaker: qiu-haiyan # mood: neutral
* [说实话，大湾区像你们这个规模的，还没有谁跑通过完整的控制塔，连大的第三方物流都还没有。云海会是第一家，而这恰恰是唐总想要的优势：那两个在试菜鸟截单服务的卖家有了留下来的理由，东莞的每个卖家都会听说，东莞的同行们下个旺季就只能忙着学你们，而不是你们去学别人。 # move: mismatched-pitch # cause: lost-qiu]
    ~ qiu_lost = true
    ~ tang = MIN(tang + 1, 6)
    ~ qiu = MAX(qiu - 1, 0)
    （唐总笑了。邱总把笔帽盖上了。）第一家。科信的新版本，我们也是第一家。 # speaker: qiu-haiyan # mood: skeptical
    -> business_case
* [宁波的宏运跨境：三个集货中心，大约四百个卖家，同样是赶夜航班的问题。他们先只做宁波；十二周内截载达标率从86%升到96%。金华慢一些，用了四个月，因为个体司机抵触App。他们的首席运营官林志强好的坏的都会跟您讲；他们的财务总监何总会告诉您实际花了多少钱。 # move: share-success-story, offer-peer-reference]
    ~ qiu = MIN(qiu + 1, 12)
    （她记下了名字。）财务总监对财务总监。好。我还想听听金华的情况，不只是宁波。 # speaker: qiu-haiyan # mood: interested # milestone: references-requested
    林志强？我在亚马逊卖家峰会上见过他。他会跟海燕说实话；他这人只会说实话。 # speaker: tang-yuxin # mood: interested
    -> business_case
* [Routewise在深圳上市，有四百多家客户，做物流软件十五年。我们不会消失，这本身就是一种背书。 # move: open-with-company-history]
    （她客气地点点头。）科信也是上市公司。我要的是像我们这样的。 # speaker: qiu-haiyan # mood: neutral
    -> business_case

=== business_case ===
{ qiu <= 0: -> ending_omnia_early }
董事会7月18日开。站在卢董面前的是我。我要是推荐这个，需要一页我自己信得过的材料。 # speaker: qiu-haiyan # mood: neutral
* [那我们就一起把这一页做出来，用你们的数字：去年旺季误航花了多少钱，第一期花多少，关卡和退出各花多少，再加一个我能担保的截载达标率区间。由您和唐总来写；我只补上我们这一边，再核对一下是否实事求是。 # move: build-business-case]
    ~ qiu = MIN(qiu + 1, 12)
    ~ case_built = true
    （她已经在写了。）去年旺季的损失对第一期的投入，加上关卡和退路。一页纸。（对唐总。）雨欣，我要11月按集货中心分的改签数据。 # speaker: qiu-haiyan # mood: interested
    今晚给你。 # speaker: tang-yuxin # mood: pleased
    -> readiness
* [今晚我就把我们的ROI计算器发给您和卢董，里面已经按跨境履约行业的基准数据预填好了：截载达标率、改签附加费、揽收工时、卖家流失率。算下来首年回报率300%，18日之前董事长还可以自己动手调一调各项假设。 # move: numbers-without-buy-in # cause: no-business-case]
    ~ qiu = MAX(qiu - 1, 0)
    （她皱了皱眉。）请不要直接发给董事长。也别用行业基准。用我们的账。 # speaker: qiu-haiyan # mood: annoyed
    -> readiness
* [唐总很会讲，董事会也信任她。只要她有您的支持站出来，我相信董事会会跟的。 # move: rely-on-rapport # cause: no-business-case]
    ~ qiu = MAX(qiu - 1, 0)
    （唐总低头看着桌子。）董事会当初也信任“天桥”的负责人。问题就在这儿。 # speaker: qiu-haiyan # mood: skeptical
    -> readiness

=== readiness ===
{ qiu <= 0: -> ending_omnia_early }
10:20。邱总看着唐总；唐总看着你。 # speaker: narrator
* [在我提任何下一步之前，说实话：两位现在是什么想法？这件事18日你们会推荐给董事会吗，还是还缺点什么？ # move: check-readiness]
    { qiu >= 10:
        （邱总想了一会儿。）有关卡、有退路，再跟何总通个电话，可以，我能推荐。那剩下的就是钱了。 # speaker: qiu-haiyan # mood: neutral
    - else:
        （邱总摇摇头。）说实话？我还没到那一步。不过你接着说；剩下的我也想听听。 # speaker: qiu-haiyan # mood: skeptical
    }
    { tang >= 4:
        我5月就认定了。现在还是。 # speaker: tang-yuxin # mood: interested
    - else:
        （唐总什么也没说。她望着外面的传送带。） # speaker: narrator
    }
    -> price
* [我觉得问题都解答了。我今天就把修改后的合同发过来，这样你们30日前就能签，10月的日子也保得住，好吗？ # move: premature-close, push-quarter-end # cause: pushed-close]
    -> ending_pushed
* [你们俩肯定需要时间私下商量，不用供应商在场。董事会之后我等你们的消息；在那之前有任何问题，随时给我打电话。 # move: ignore-danger-signal # cause: waited-for-board]
    -> ending_drift

=== price ===
{ qiu <= 0: -> ending_omnia_early }
邱总翻到最后一个标签。 # speaker: narrator
{ discount > 0:
    雨欣跟我说你们能让10%。那我们就从这儿开始。Omnia首年免费，我需要20%。 # speaker: qiu-haiyan # mood: neutral
- else:
    现在谈钱。Omnia的模块首年免费。260万对零。我需要你们让一大步。20%算是个开始。 # speaker: qiu-haiyan # mood: neutral
}
* [20%我做不到，邱总，但我明白您的难处：260万对Omnia的零，这一页确实不好讲。我可以在总价上让15%，三个集货中心都算，这样18日您在卢董面前就有实实在在的东西可讲。 # move: percentage-discount-off-total # cause: gave-discount]
    ~ discount = 2
    ~ gave = true
    （她写下“15%”，在下面画了一道线。）15%。这算是有松动了。 # speaker: qiu-haiyan # mood: pleased
    -> trade
* [谈数字之前，我想直接问您：如果条款合适，你们会选我们而不是Omnia吗？钱是不是唯一剩下的问题？如果我们谈妥了，您能在18日提交董事会、下一周就签吗？ # move: ask-negotiation-preconditions]
    { qiu >= 10:
        （她瞥了唐总一眼，唐总点点头。）是的。合同里有关卡和退路，你们就是我们的选择。而且问题其实不在总价，在于今年要流出260万。 # speaker: qiu-haiyan # mood: neutral # milestone: preferred-vendor # insider: preferred-vendor
    - else:
        （她犹豫了一下。）还不是。Omnia还在考虑范围内。不过钱确实重要，没错。主要是今年的现金。 # speaker: qiu-haiyan # mood: neutral
    }
    -> trade
* [数字要到多少，您才会推荐？ # move: ask-what-price-works # cause: gave-discount]
    ~ discount = 2
    ~ gave = true
    （她眼都不眨。）总价降20%。实施费全免。白纸黑字。（你说要回去跟总监商量。） # speaker: qiu-haiyan # mood: pleased
    -> trade

=== trade ===
{ qiu <= 0: -> ending_omnia_early }
（她放下笔。）不管总价多少，现金才是我真正的难题。我不能让260万今年就流出去。 # speaker: qiu-haiyan # mood: anxious
* [那我把实施费免了，80万，算是“天桥”之后我们的一点诚意。 # move: unilateral-discount # cause: gave-discount]
    ~ discount = 2
    ~ gave = true
    （她记下来，有点意外。）80万。说免就免。 # speaker: qiu-haiyan # mood: pleased
    （唐总咧嘴笑了。邱总没笑；她在想这个价格里还藏着什么。） # speaker: narrator
    -> plan
* [（点点头，在本子上写下“Omnia = 免费”，说你去看看总监那边能做什么。） # move: concede-silently # cause: gave-discount]
    ~ discount = 2
    ~ gave = true
    ~ qiu = MAX(qiu - 1, 0)
    （她把你的沉默当成了默许。）好。周五之前，我等你们拿出点像样的东西。 # speaker: qiu-haiyan # mood: neutral
    -> plan
* [那我们就改钱什么时候付，不改它买什么。云海今年只为东莞付钱：120万，含许可费和实施费。义乌和厦门等你们通过12月的关卡之后再开票，按今天的单中心价格。作为交换：如果通过关卡，签三年；云海做我们的参考客户，下一位来打听的财务总监，由您亲自接电话。这个方案您能拿到董事会去吗？ # move: trade-concession, ask-two-gets]
    ~ phased = true
    {
    - discount == 1:
        ~ discount = 0
        ~ tang = MAX(tang - 1, 0)
        ~ qiu = MAX(qiu - 1, 0)
        还有，那10%我现在就收回，趁它还没写进任何人的笔记。用分期付款来代替。 # speaker: seller
        （唐总脸红了。）你今天早上跟我说的是10%。 # speaker: tang-yuxin # mood: annoyed
        （邱总抬起一只手。）先听完。现在说清楚，总比写进合同里好。 # speaker: qiu-haiyan # mood: neutral
    - discount == 2:
        ~ discount = 0
        ~ qiu = MAX(qiu - 2, 0)
        这个方案也代替我们刚才谈的折扣。我宁可动日期，也不动价格。 # speaker: seller
        （邱总眯起眼睛。）刚才还是折扣，现在变成付款计划了。（她敲了敲本子。）行。付款计划至少我核得了。 # speaker: qiu-haiyan # mood: skeptical
    }
    （邱总在本子上算了算。）今年付120万，而不是260万。通过关卡才签三年。再加一两个参考电话。（她点点头。）这样去董事会，就是另一番谈法了。 # speaker: qiu-haiyan # mood: interested # milestone: concession-traded
    -> plan

=== plan ===
{ qiu <= 0: -> ending_omnia_early }
唐总看看邱总，又看看你。 # speaker: narrator
那么，接下来怎么走？ # speaker: tang-yuxin # mood: neutral
* [那就按你们的日子定个计划。这周邱总给宏运的何总打电话，唐总给林志强打电话。7月12日前我们一起把关卡标准写出来。18日董事会看你们的那一页；如果批了，当周签约，8月1日东莞启动，9月中旬上线，赶在旺季之前。 # move: propose-mutual-plan]
    -> decide
* [太好了。我今晚就把合同发过来，今天上午谈定的都写进去：先做东莞、12月的关卡、分期付款，还有和宏运那边的电话。只要30日前签字，我保证实施团队下周就进场，10月的旺季上线日期也能稳稳地保住，时间上还绰绰有余。 # move: premature-close, push-quarter-end # cause: pushed-close]
    -> ending_pushed
* [细节我和唐总来敲定，邱总，最终版本我们再发给您签字。不用再占用您的时间了。 # move: rely-on-single-contact # cause: lost-qiu]
    ~ qiu_lost = true
    ~ qiu = MAX(qiu - 2, 0)
    （邱总合上文件夹。）这件事需要的恰恰就是我的时间。发给我们两个人。 # speaker: qiu-haiyan # mood: skeptical
    -> decide

=== decide ===
{ overpromised: -> ending_penalty }
{ tang <= 1: -> ending_cancelled }
{ qiu >= 10 && tang >= 4 && phased && case_built && discount == 0: -> ending_won }
{ qiu >= 8 && discount > 0: -> ending_margin }
{ qiu >= 5: -> ending_next_year }
-> ending_omnia

=== ending_won ===
（邱总亲手写下：本周，何总。7月12日，关卡标准。7月18日，董事会。8月1日，启动。）把草稿发给我，关卡和退路写在第一页，不要放在附件里。 # speaker: qiu-haiyan # mood: pleased # milestone: mutual-plan-agreed
东莞赶旺季。义乌和厦门过了年再说。（她咧嘴一笑。）是正式发布，不是试点。 # speaker: tang-yuxin # mood: pleased
7月24日，云海按全额单中心价格签下第一期：东莞，今年120万元，12月按云海自己的成功标准设一道关卡，外加书面的退出条款。你的季度没能算上这一单，你们总监一直嘟囔，直到看见那条三年的条款。 # speaker: narrator # outcome: won
-> END

=== ending_margin ===
（邱总把计划写下来，折扣也写在旁边，写了两遍。）好。我会带去董事会，把你们的让步写在第一行。 # speaker: qiu-haiyan # mood: pleased
18日董事会批准，云海签了约。在你们的毛利复盘会上，大区总监把云海这单和它的实施成本摆在一起：打完折后，第一期勉强够付项目团队。 # speaker: narrator
更糟的是，邱总给董事会的说明写着“Routewise为对标Omnia做出让步”。义乌、厦门和以后每一次续约，都会从这个数字谈起。CRM里记的是赢单；毛利复盘把它算作输单。 # speaker: narrator # outcome: lost # caused-by: gave-discount
-> END

=== ending_penalty ===
三天后，邱总改过的合同来了。你今天上午许下的每一个承诺都在里面，用的是你的原话，每一条后面都附上了罚则。 # speaker: narrator
你们法务拒绝为销售的说法承担无上限的罚则。你打电话给邱总解释。 # speaker: narrator
Routewise自己说的话自己都不肯签，我凭什么签Routewise？（停顿。）我要把Omnia的免费首年提交董事会。至少他们什么都没向我承诺过。 # speaker: qiu-haiyan # mood: annoyed
18日，董事会选择了“更稳妥”的Omnia模块。唐总的截单保障成了“ERP二期”，没人给它排期。 # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_cancelled ===
（唐总合上本子。）跟两位说实话。我在董事会那儿已经没剩多少信用了，争不动了。“天桥”之后不行，为了它现在这个样子更不行。 # speaker: tang-yuxin # mood: anxious
18日，唐总亲自撤回了控制塔项目。卖家们还在要截单保障；云海还在用微信给个体司机派单。项目取消了，你的拥护者也不想再当拥护者了。 # speaker: narrator # outcome: lost # caused-by: lost-tang
-> END

=== ending_next_year ===
（邱总合上文件夹，语气并不重。）我会提交董事会。我没法跟你保证我会推荐。 # speaker: qiu-haiyan # mood: neutral
18日，卢董要求“再稳妥一点”。邱总还不想在上面签自己的名字，建议等Omnia续约之后再议。 # speaker: narrator
{
- discount > 0:
    她本子上的那个折扣告诉她，价格有水分；她要等着看水分有多大。项目挪到了明年的预算里；旺季来了，还是微信派单，又有十万个包裹没赶上当晚的航班。 # speaker: narrator # outcome: no-decision # caused-by: gave-discount
- not case_built:
    她要的那一页、用她自己的数字算的账，始终没人做出来。项目挪到了明年的预算里；旺季来了，还是微信派单，又有十万个包裹没赶上当晚的航班。 # speaker: narrator # outcome: no-decision # caused-by: no-business-case
- qiu_lost:
    她今天上午听到的话，太多都像“天桥”了。项目挪到了明年的预算里；旺季来了，还是微信派单，又有十万个包裹没赶上当晚的航班。 # speaker: narrator # outcome: no-decision # caused-by: lost-qiu
- tang < 4:
    本来会为它去争的唐总，没有去争。项目挪到了明年的预算里；旺季来了，还是微信派单，又有十万个包裹没赶上当晚的航班。 # speaker: narrator # outcome: no-decision # caused-by: lost-tang
- else:
    上午给出、中午又收回的折扣，让她拿不准真正的价格是多少。项目挪到了明年的预算里；旺季来了，还是微信派单，又有十万个包裹没赶上当晚的航班。 # speaker: narrator # outcome: no-decision # caused-by: gave-discount
}
-> END

=== ending_omnia ===
（邱总站起来，收好她的标签。）谢谢。我会把两个选项都提交董事会。 # speaker: qiu-haiyan # mood: neutral
她把两个方案并排摆出来：Routewise，260万；Omnia，今年零支出。董事会选了免费的首年和单一供应商。唐总的保障进了Omnia的产品路线图，没有日期。 # speaker: narrator # outcome: lost # caused-by: lost-qiu
-> END

=== ending_omnia_early ===
（你话说到一半，邱总就合上了文件夹。）我听得差不多了。雨欣，我们把Omnia的报价和ERP续约一起提交董事会。 # speaker: qiu-haiyan # mood: annoyed
（唐总一路无话，把你送到电梯口。）我早提醒过你，她很谨慎。 # speaker: tang-yuxin # mood: anxious
{ overpromised:
    7月，云海选择了“更稳妥”的Omnia模块。你的方案留在了那个贴满黄色标签的文件夹里。 # speaker: narrator # outcome: lost # caused-by: overpromised
- else:
    7月，云海选择了“更稳妥”的Omnia模块。你的方案留在了那个贴满黄色标签的文件夹里。 # speaker: narrator # outcome: lost # caused-by: lost-qiu
}
-> END

=== ending_pushed ===
（邱总摘下眼镜。）30日之前。“天桥”当初就是这么签下来的。 # speaker: qiu-haiyan # mood: annoyed
（唐总看着你，好像你刚刚证实了一件她希望不是真的事。） # speaker: tang-yuxin # mood: annoyed
三天后唐总发来消息：董事会冻结了所有新的系统项目，一直到明年。12月，Omnia的ERP续约连同运输模块一起通过了。 # speaker: narrator # outcome: lost # caused-by: pushed-close
-> END

=== ending_drift ===
（她们俩都和你握了握手。）谢谢。董事会之后我们再联系。 # speaker: tang-yuxin # mood: neutral
没有人答应去做任何事。18日，董事会把唐总那份旧PPT和Omnia的免费方案并排一看，要求“明年再议”。你的跟进消息都显示已读，没有回复。 # speaker: narrator # outcome: no-decision # caused-by: waited-for-board
-> END
