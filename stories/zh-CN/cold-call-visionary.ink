# id: cold-call-visionary
# title: 蓝海生鲜早会前的两分钟
# objective: 与决定苏州网络的副总裁约到一次会面,谈的是她自己的目标
# phase: 1
# segment: early-adopters
# buyer: xu-ting; 许婷; 供应链副总裁助理，蓝海生鲜; gatekeeper; woman young
# buyer: shen-jiahui; 沈佳慧; 联合创始人兼供应链副总裁，蓝海生鲜; decision-maker; woman
# minutes: 10
# difficulty: intermediate
# version: 3
# setting: phone
# brief: 蓝海生鲜在杭州通过自家App卖生鲜，承诺30分钟送达：60个前置仓，1300名骑手，去年2000万单，每年增长70%。联合创始人兼供应链副总裁沈佳慧上个月接受行业杂志采访时说，蓝海10月要进苏州，“而且不是照搬杭州”。蓝海从没买过Routewise的东西，那边也没人认识你。蓝海的财务系统用的是Omnia Systems。
# brief: 这是一通陌生电话，赢的标准是和沈总约上第一次见面，而不是成交。你手上有一个对得上的案例：去年成都的生鲜App蓉城到家开城时，没有按计划建40个前置仓，而是只用了12个中心仓，Routewise每分钟为每个骑手重新规划一次；四个月后平均送达时间38分钟。你也清楚局限：还没有人用这么少的站点做到30分钟，而且Routewise不做“哪些货进哪个仓”的预测。沈总的电话由她的助理接听。

VAR trust = 2
VAR patience = 4
VAR lied = false
VAR sounded_it = false
VAR overpromised = false
VAR note = 0
VAR gave_free = false

-> gk_open

=== gk_open ===
周二，16:20。你请蓝海的总机转沈佳慧办公室。转了两次，一段等待音乐，然后是一个干脆利落的声音。 # speaker: narrator
沈总办公室，我是许婷。沈总知道您要打来吗？ # speaker: xu-ting # mood: neutral
* [她知道我是谁——我们在上海的生鲜零售峰会上见过，她说让我给她打电话。 # move: misrepresent-relationship # cause: lost-trust]
    ~ lied = true
    （她的语气热络了一点。）哦——峰会上。那我一定把话带到。 # speaker: xu-ting # mood: pleased
    -> gk_email
* [不知道，这是一通陌生电话，我长话短说。我是Routewise的。我专门帮生鲜App解决开新城时怎么配送的问题，这次打来是为了苏州的事。 # move: open-with-business-problem]
    ~ trust = MIN(trust + 1, 15)
    （她顿了一下；很少有人直接跟她说“陌生电话”。）苏州。好，您说。 # speaker: xu-ting # mood: neutral
    -> gk_email
* [还不知道——我先介绍一下我们公司。Routewise十五年前在苏州成立，是国内领先的运输管理平台之一，有四百家客户，在九个城市设有办公室。 # move: open-with-company-history # cause: lost-trust]
    ~ patience = MAX(patience - 1, 0)
    （背景里有敲键盘的声音。）嗯哼。四百家客户。 # speaker: xu-ting # mood: neutral
    -> gk_email

=== gk_email ===
{lied:她今晚开完会会比较晚。不过她要求所有人都先书面发过来——认识的人也一样。|她一周要接四十个供应商电话，所以我们是这么处理的。}您发封邮件给我，xuting@lanhaifresh.cn，如果相关，我会转给合适的人。 # speaker: xu-ting
* [好的，xuting@lanhaifresh.cn。那我今晚把我们的宣传册和一份简短的产品介绍发过去，再附几个生鲜客户的案例，您看看适不适合转给沈总？ # move: accept-brush-off, send-brochure # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    太好了，谢谢。（她听上去松了口气：这个好打发。） # speaker: xu-ting # mood: pleased
    -> gk_callback
* [是关于我们的AI路径优化引擎：三秒内为每个骑手重新规划路线，实时预计到达时间、冷链传感器数据接入，还有开放API。您能把这些转给沈总吗？ # move: pitch-specs-to-executive # cause: lost-trust]
    ~ sounded_it = true
    ~ patience = MAX(patience - 1, 0)
    传感器和API。（打字声。）这听上去应该找方磊，我们的IT系统负责人。我把您的名字转给他。 # speaker: xu-ting # mood: neutral
    你问沈总本人是否还有可能抽两分钟。 # speaker: narrator
    -> gk_slot
* [可以，我发邮件给您。为了不发错人，我说一句：这件事是关于苏州怎么开城，不是系统。这是沈总拍板的事吗？她什么时候最方便联系？ # move: acknowledge-objection, ask-to-meet-decision-maker]
    ~ trust = MIN(trust + 1, 15)
    （她想了想。）苏州的网络归她管，对，全归她管。不过她从不给供应商约时间。 # speaker: xu-ting # mood: neutral
    -> gk_slot

=== gk_callback ===
你在18:05发出邮件：宣传册、产品介绍、一页客户logo。五天没有回音。下周一16:20，你又打了过去。 # speaker: narrator
Routewise，对。我转过去了。（很客气，但说得很明白。）她一天两百封邮件，而且她不看宣传册。 # speaker: xu-ting # mood: neutral
-> gk_slot

=== gk_slot ===
她一天的会排得满满的。明天她七点四十到办公室，有时候会在八点运营早会前回几个电话——如果我跟她说值得回的话。{sounded_it:不过要是技术方面的事，她反正也会让您去找方磊。}我该怎么跟她说？ # speaker: xu-ting
* [请您跟她说，是关于蓉城到家怎么用12个中心仓、而不是40个前置仓开了成都——我只占用两分钟，她听一分钟就可以挂。 # move: share-success-story, fit-message-to-segment]
    ~ note = 2
    ~ trust = MIN(trust + 1, 15)
    蓉城。（你听见她在写。）她提起过他们——不全是好话。好，七点五十。她要是没打，就是没兴趣，那这周请不要再打来了。 # speaker: xu-ting # mood: interested
    -> shen_pickup
* [请您跟她说，我们有个开城优惠：苏州开城期间Routewise免费试用三个月。不花钱，也不用做任何承诺。 # move: unilateral-discount # cause: gave-it-free]
    ~ note = 1
    ~ gave_free = true
    免费三个月。（在写。）这个条件挺好的。我写在给她的留言上。 # speaker: xu-ting # mood: pleased
    -> shen_pickup
* [请您跟她说，我只需要十五分钟给她看个演示，用杭州本地的真实街道搭好的。只要她看到平台实时为她的骑手重新派单，马上就会明白。 # move: pitch-features # cause: lost-trust]
    ~ note = 3
    ~ sounded_it = true
    ~ patience = MAX(patience - 1, 0)
    演示。（轻轻叹了口气。）我会转达的。 # speaker: xu-ting # mood: skeptical
    -> shen_pickup

=== shen_pickup ===
{ patience <= 1: -> ending_no_callback }
~ patience = 3
第二天早上，7:52。你的手机亮了，是一个杭州的座机号码。 # speaker: narrator # enter: shen-jiahui
{
- lied:
    ~ trust = MAX(trust - 3, 0)
    ~ patience = 2
    我是沈佳慧。许婷说我们在上海的峰会上见过。我没去峰会；那周我在成都。（语气平淡。）所以你一开口就骗了我的助理。你有一分钟。 # speaker: shen-jiahui # mood: annoyed # milestone: agreed-to-talk
- note == 1:
    我是沈佳慧。许婷说你们要免费送东西。软件没有免费的，所以我很好奇你们到底想要什么。我八点有早会。 # speaker: shen-jiahui # mood: skeptical # milestone: agreed-to-talk
- note == 2:
    我是沈佳慧。许婷的留言上写着“蓉城，成都，两分钟”。我回电话就是因为这个。早会八点开始。 # speaker: shen-jiahui # mood: neutral # milestone: agreed-to-talk
- else:
    我是沈佳慧。许婷说你想给我看演示。我不看演示。我八点开早会，在那之前你说。 # speaker: shen-jiahui # mood: skeptical # milestone: agreed-to-talk
}
* [谢谢您回电话，沈总。非常简单地介绍一下我们：Routewise，十五年前在苏州成立，四百家客户，国内三大运输管理软件厂商之一。 # move: open-with-company-history # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    你们官网我自己会看。（椅子吱呀一声。）我的耐心还剩四十秒。 # speaker: shen-jiahui # mood: annoyed
    -> question
* [我跟成都、武汉、杭州的生鲜团队打了六年交道。创始人们跟我说的都是同一件事：每开一个新城，就要再建四十个前置仓，房租比顾客先到。我们帮蓉城到家换了一种方式开成都。我问您一个问题，然后您告诉我值不值得见一面。 # move: open-with-business-problem, talk-business-outcomes]
    ~ trust = MIN(trust + 1, 15)
    （短促地笑了一声。）我们的苏州计划里是四十五个仓。人人都跟我讲房租问题。没人给我带来答案。 # speaker: shen-jiahui # mood: interested
    -> question
* [谢谢您回电话。Routewise是成都蓉城到家背后的AI原生调度平台：五千个配送点三秒内实时重新优化，1300名骑手每人都有实时预计到达时间，电子签收，六十个前置仓的冷链传感器数据全部接入，都在一朵云上。 # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ sounded_it = true
    三秒。（不为所动。）产品参数我的IT团队自己会看。你为什么打给我？ # speaker: shen-jiahui # mood: skeptical
    -> question

=== question ===
~ lied = false
~ note = 0
{ patience <= 0: -> ending_hangup }
那好。要么问我点什么，要么说说你在卖什么。 # speaker: shen-jiahui
* [您跟杂志说苏州不会照搬杭州。如果一切完全按您想的来——开城一年后，有什么不一样？ # move: ask-goal]
    ~ trust = MIN(trust + 1, 15)
    （她吸了口气，像是一直在等人问这个问题。） # speaker: shen-jiahui # mood: interested
    -> goal
* [我就直说了：前置仓模式没法规模化。每到一个新城，房租和损耗都会吃掉利润——这才是蓝海在苏州真正的问题。 # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    谢谢。那份分析师报告我也看过。（淡淡地。）我的投资人也看过。 # speaker: shen-jiahui # mood: skeptical
    -> goal
* [首先要恭喜您——蓝海这样的增长，整个生鲜圈都在看你们下一步怎么走。秘诀是什么？ # move: flatter # cause: lost-trust]
    ~ patience = MAX(patience - 1, 0)
    秘诀就是我早上不花时间听恭维话。（顿了顿；她还是决定回答。） # speaker: shen-jiahui # mood: neutral
    -> goal

=== goal ===
{ patience <= 0: -> ending_hangup }
苏州，门到门30分钟——用十五个站点，而不是四十五个。苏州要是跑通了，明年我们就用同样的方式重建杭州，让那两家大平台接着给他们的前置仓交房租去。我们财务总监觉得我疯了。（停了一下。）然后呢？ # speaker: shen-jiahui # milestone: goal-stated
* [这一步跨得很大。风险更低的做法，难道不是先按成熟模式开苏州，让我们先帮您把配送成本降个10%到12%，然后再慢慢过渡到中心仓吗？ # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    10%。（冷冷地。）这是我们财务总监的原话，一字不差。我出来创业不是为了这10%。 # speaker: shen-jiahui # mood: annoyed
    -> diagnosis
* [您的团队用十五个站点推演苏州的时候，最先撑不住的是什么——骑手、冷链，还是调度？ # move: ask-diagnostic]
    ~ trust = MIN(trust + 1, 15)
    调度。（脱口而出。） # speaker: shen-jiahui # mood: interested
    -> diagnosis
* [十五个站点，30分钟：我们的动态调度就是为这个设计的。这个我们能帮您做到。 # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    你们能做到。（停顿。）你连我们卡在哪里都不知道。 # speaker: shen-jiahui # mood: skeptical
    -> diagnosis

=== diagnosis ===
{ patience <= 0: -> ending_hangup }
我们的调度工具——是方磊的团队为杭州开发的——每个仓每五分钟合并一批订单，派给一公里半以内的骑手。如果从十五个中心仓出发，一个骑手要跑四公里，还要跨别的片区，而骑手一出门，工具就没法再给他重新规划。上个月我们在滨江测试过：平均送达时间从28分钟变成了51分钟。 # speaker: shen-jiahui # mood: anxious # milestone: pain-acknowledged
* [打电话前我算过：四十五个前置仓对比十五个中心仓，一年大约差4000万元。要不要我把模型发给您？ # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    你根据一篇杂志文章给我的公司建了个模型。（停顿。）4000万。你用的是谁家的房租？ # speaker: shen-jiahui # mood: skeptical
    -> proof
* [您看过我们的引擎在这种场景下能做什么吗？每六十秒为每个骑手重新规划一次，跨片区合单，骑手在路上也能收到新增的配送点，还通过开放API对接您的订单系统。 # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ sounded_it = true
    那恭喜你们的引擎。这个你去跟方磊谈。 # speaker: shen-jiahui # mood: neutral
    -> proof
* [所以卡住您的不是站点——而是一套为一公里半设计的调度，要去跑四公里。如果一直这样，对苏州意味着什么？ # move: listen-and-summarize, ask-implication]
    ~ trust = MIN(trust + 1, 15)
    （沉默了一会儿。）那我们就跟所有人一样建四十五个前置仓。多出来三十个站点，每个全算下来一年大约120万，一年就是3600万。而且我们得明年3月才能开城，而不是10月——那时候两家大平台早就把这座城市占下了。 # speaker: shen-jiahui # mood: anxious # milestone: cost-quantified
    -> proof

=== proof ===
{ patience <= 0: -> ending_hangup }
人人都跟我说调度的问题能解决。没人给我看过。到底有没有人真的做成过——在生鲜行业——还是只是一页PPT？ # speaker: shen-jiahui
* [我给您讲讲我们会怎么做：自研的求解器，支持时间窗约束，用两亿单配送数据训练的机器学习预计到达时间，三秒内重新优化，骑手App在路上也能接收新增配送点，不管骑手从您六十个前置仓中的哪一个出发。 # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ sounded_it = true
    求解器和机器学习。你说话跟方磊那些供应商一个样。我问的是有没有人做成过。 # speaker: shen-jiahui # mood: skeptical
    -> honest
* [我们是稳妥的选择：四百家客户，99.9%的系统可用率，十年没有一次上线失败，其中就有成都、武汉和杭州的生鲜App。选Routewise，没人会因此丢饭碗。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    稳妥。（停顿。）我要做的是国内还没人做成过的事，你却跟我推销“没人会丢饭碗”。 # speaker: shen-jiahui # mood: annoyed
    -> honest
* [去年成都的蓉城到家。他们原计划在成都建四十个前置仓。结果他们只用十二个中心仓开城，所有骑手都上了我们的调度，每分钟重新规划一次，配送中心每天补货四次而不是两次。 # move: share-success-story, fit-message-to-segment]
    ~ trust = MIN(trust + 2, 15)
    四个月后，他们的平均送达时间是38分钟，少签了二十八份租约，而且比所有人预期的早半年就在成都开张了。他们不是改良了老模式，而是直接跳过了它。 # speaker: seller
    38分钟。（你听见笔的声音。）蓉城的老潘吃饭时跟我说，他们找到了一个“窍门”。没说是谁家的。 # speaker: shen-jiahui # mood: interested
    -> honest

=== honest ===
{ patience <= 0: -> ending_hangup }
别的城市的平均数开不了苏州。我要的是30分钟，用十五个站点。你们能帮我们做到吗？能，还是不能。 # speaker: shen-jiahui
* [我现在还不知道，也不想装知道。蓉城用十二个中心仓做到了38分钟；十五个做到30分钟，还没人做到过——这就是要跨的那一步。另外，我们不做哪些货进哪个仓的预测；那是蓉城自己做的。 # move: calibrate-expectations, admit-limitation]
    ~ trust = MIN(trust + 2, 15)
    （沉默。然后，几乎有点高兴：）还没人做到过。这是今年我从软件公司那里听到的第一个痛快话。 # speaker: shen-jiahui # mood: interested
    -> omnia
* [能。您的订单密度比成都还高，蓉城头四个月就用十二个中心仓做到了38分钟；您有十五个中心仓、每分钟重新规划一次，到秋天做到30分钟完全没问题。这件事我可以拿我个人的信誉给您打包票。 # move: overclaim]
    ~ overpromised = true
    （她第一次听起来很满意。）好。总算有人说“能”。我会让你兑现的。 # speaker: shen-jiahui # mood: pleased
    -> omnia
* [每个城市都不一样，苏州的密度比成都还高。等我们进场以后，我们的团队会把时间抠出来的。 # move: hide-known-gap # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    这既不是能，也不是不能。（她就这么沉默着，不接话。） # speaker: shen-jiahui # mood: skeptical
    -> omnia

=== omnia ===
{ patience <= 0: -> ending_hangup }
我们的财务系统是Omnia的。他们的客户总监每周四都在我们楼里，他说他们的物流套件也能做调度。我为什么不直接问他？ # speaker: shen-jiahui # milestone: competition-revealed
* [说实话？Omnia是做ERP的。他们的调度模块已经十年了，是为拉托盘的卡车设计的，不是为承诺30分钟送达的1300名骑手。周四您问问他们的客户总监，有几家生鲜App在用：您会成为他们的试验品，试的还是他们并不擅长的东西。 # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    他们的财务系统四年来没让我损失过一分钱。（语气冷了些。）说话小心点。 # speaker: shen-jiahui # mood: skeptical
    -> brushoff
* [您把我们两家放在一起比过吗？我们在各个方面都领先Omnia：速度、价格、集成、服务。根本不在一个档次。 # move: claim-different-on-everything # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    各个方面。（短促地呼了口气。）那你们就是有史以来第一家没有短板的供应商了。 # speaker: shen-jiahui # mood: skeptical
    -> brushoff
* [您应该问问他。Omnia在财务和仓储上很强。不管您选谁，都得跟他们的财务系统对接，这一点我们两家都能做到。区别在于您刚才说的：在生鲜的密度下每分钟为骑手重新规划。我们只做这个，而且在成都已经跑起来了。 # move: acknowledge-parity-then-differentiate]
    ~ trust = MIN(trust + 1, 15)
    每分钟，在我们这种密度下。（停顿。）他们那位可从来没说过“骑手”这两个字。 # speaker: shen-jiahui # mood: interested
    -> brushoff

=== brushoff ===
{ patience <= 0: -> ending_hangup }
她身后有门打开的声音，人声。早会的人在陆续进场。 # speaker: narrator
{trust >= 10:听我说——这件事挺有意思。|听我说。}我得进去了。你发封邮件给我，随便附点什么。 # speaker: shen-jiahui # mood: neutral
* [您先别走——下周给我十五分钟做个演示就行。只要您看到引擎实时运行，马上就会明白。周二上午十点可以吗？ # move: pressure-buyer, pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    ~ sounded_it = true
    我说了发邮件。（语气变硬。）我不看演示。我看结果。 # speaker: shen-jiahui # mood: annoyed
    -> delegate
* [好——您那边有人在等。为了不让它变成又一封您不会点开的邮件：里面得有什么，您才愿意花一个小时？蓉城的数字，还是您自己的苏州地图？ # move: acknowledge-objection, clarify-objection]
    ~ trust = MIN(trust + 1, 15)
    （她停下了。你听见她跟别人说“两分钟”。）我的地图。蓉城的数字我找老潘吃顿饭就知道了。在我的苏州地图上放十五个站点，用我的订单——这个我愿意给一个小时。 # speaker: shen-jiahui # mood: interested
    -> delegate
* [当然——早会不能等。我今晚就把一份简短的介绍和完整的蓉城案例一起发给您，这样您和团队有空的时候，所有资料都在一个地方，随时可以看。 # move: accept-brush-off, send-brochure # cause: accepted-brush-off]
    -> ending_email

=== delegate ===
{ patience <= 0: -> ending_hangup }
要做点实际的东西就得用我们的数据，数据在方磊那里——他是我们的IT系统负责人。你去找方磊——他会给你需要的东西，东西好不好，他也能告诉我。{sounded_it:说实话，你听起来本来就像他那边的人。} # speaker: shen-jiahui
* [好的——我们肯定需要方总和他的数据。不过您要决定的是苏州用十五个还是四十五个站点开城，而不是买哪个软件。第一个小时能不能您和方总一起参加，这样地图也能回答您的问题？ # move: ask-to-meet-decision-maker, talk-business-outcomes]
    ~ trust = MIN(trust + 1, 15)
    （停了一下。）有道理。方磊来，我也来。 # speaker: shen-jiahui # mood: neutral # milestone: access-granted
    -> price
* [太好了——数据和调度没有人比方总更清楚。那我今天就给他打电话，跟他一起把事情理顺，好吗？等我们准备好了由他向您汇报，只有等到真有值得看的东西了，您才需要花时间在这上面。 # move: accept-delegation-down # cause: delegated-down]
    好。许婷会把他的电话发给你。（松了口气；清单上又划掉一件事。） # speaker: shen-jiahui # mood: pleased
    -> ending_delegated
* [恕我直言，IT能看到商业价值吗？这必须是您的决定，而不是方总的。 # move: dismiss-objection # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    别教我怎么管我的团队。方磊做的调度系统撑起了我们2000万单。（语气生硬。）行吧。真要开会，我会参加。 # speaker: shen-jiahui # mood: annoyed
    -> price

=== price ===
{ patience <= 0: -> ending_hangup }
还有一件事。{overpromised:如果真像你说的能做到30分钟，|如果真像你说的那样，}我不需要搞那么大阵仗。{gave_free:许婷的留言上说前三个月免费。那之后多少钱？|多少钱？}我可以直接把苏州签了，让我的团队去落地。 # speaker: shen-jiahui
* [苏州的话，全包大约一年120万元。如果您准备好了，我今天就把合同发给您，还可以帮您锁定今年的价格，好吗？这样您的团队也少一件要操心的事。 # move: premature-close, push-quarter-end # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    （停顿。）120万。买一个我还没见它在苏州哪怕一条街上跑通过的东西。（淡淡地。）你卖得比我买得还快，而我可不慢。 # speaker: shen-jiahui # mood: skeptical
    -> pitch_hour
* [一个我们俩都没在您的地图上验证过的东西，我不想就这么卖给您。先用那一个小时看看值不值得做，再谈钱。还得说服谁——您的财务总监？ # move: check-readiness, ask-decision-process]
    ~ trust = MIN(trust + 1, 15)
    （她笑了。）马文。他会要房租明细，一行一行地看。超过500万的事要报我们CEO陆浩然。他信任我，但他什么都要看。 # speaker: shen-jiahui # mood: neutral
    -> pitch_hour
* [像蓝海这样的开城合作伙伴，苏州前三个月我们免费：您做决定期间零风险。这样跟财务总监那边是不是好说一些？ # move: unilateral-discount, negotiate-before-value-accepted # cause: gave-it-free]
    ~ gave_free = true
    免费挺好。（接着，她想明白了：）马文会问第四个月起要多少钱，还有你们为什么这么急着白送。我也想问。 # speaker: shen-jiahui # mood: neutral
    -> pitch_hour

=== pitch_hour ===
{ patience <= 0: -> ending_hangup }
那这一个小时到底谈什么？得让我觉得值。每天都有人找我要一个小时。 # speaker: shen-jiahui
* [我们会向您的财务总监和CEO证明这是稳妥的：四百家客户的案例、ISO认证、系统可用率报告、我们的实施方法论，还有10月上线的计划。风险低、久经验证，谁都不用只凭您的一句话。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    久经验证。（语气平淡。）我想摆脱的恰恰就是“久经验证”。 # speaker: shen-jiahui # mood: skeptical
    -> ask_meeting
* [围绕苏州做一次完整的平台演示：调度、跟踪、电子签收、数据分析和骑手App，每个界面上都放蓝海的logo。大约九十分钟；我会带上我们的解决方案工程师和蓉城的数据看板，让方总从头到尾看个全貌。 # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ sounded_it = true
    九十分钟，一个标签页接一个标签页。（叹了口气。）方磊会很喜欢的。 # speaker: shen-jiahui # mood: skeptical
    -> ask_meeting
* [不是演示。方总发一周的滨江订单过来，我们的规划师把十五个中心仓放到苏州地图上，到时候在会议室里您拿周五晚高峰去考它——下雨，二十分钟四百单——看谁接了哪一单。在您签下一份租约之前，您就会知道30分钟能不能做到。 # move: fit-message-to-segment, share-usage-scenario]
    ~ trust = MIN(trust + 1, 15)
    苏州的周五雨天。（你能听出她在笑。）这正是我自己会出的考题。要是能过，生鲜行业还没有人这样开过一座城。 # speaker: shen-jiahui # mood: pleased # milestone: vision-agreed
    -> ask_meeting

=== ask_meeting ===
{ patience <= 0: -> ending_hangup }
会议室里有人在叫她的名字。 # speaker: narrator
{trust >= 13:好吧。什么时候，谁应该在场？|（不太信服。）也许吧。你到底想让我答应什么？} # speaker: shen-jiahui
* [14日周四下午两点，您杭州的办公室，九十分钟：您和方总，如果可以的话，最后半小时请财务总监也参加。议程：苏州地图、蓉城的数字，以及有没有下一步；如果没有，我们就直说。我需要方总在周一前给我一周的脱敏订单数据。 # move: ask-for-meeting]
    -> asked
* [您什么时候方便都行——我给许婷发几个时间选项，我们再约。 # move: neutral # cause: no-date-asked]
    -> ending_drift
* [为什么不直接签一份苏州试点协议呢？我今天就把协议发过去，附上给方总的数据需求，14日的地图会就作为项目启动会：10月前一点时间都不耽误，而且要是周五晚高峰把我们考倒了，第一个月后您还可以叫停。 # move: premature-close # cause: pushed-pilot]
    -> ending_pushed

=== asked ===
{ trust >= 13: -> booked }
{ trust >= 7: -> ending_numbers_first }
-> ending_cold

=== booked ===
14日周四。许婷会排进日程，并且催方磊准备数据。（停顿。）还需要我做什么吗？ # speaker: shen-jiahui # mood: interested # milestone: meeting-agreed
* [只要数据就行。要不要我们的规划师带一套完整的苏州网络设计过来——十五个中心仓的选址、车队规模、骑手排班，全套的——14日直接请您拍板？ # move: impose-solution-design # cause: imposed-design]
    ~ trust = MAX(trust - 3, 0)
    直接请我拍板。（语气冷了些。）把地图带来就行。我的中心仓放在哪，我自己定。 # speaker: shen-jiahui # mood: skeptical
    -> decide
* [没有了。剩下的都交给我们——14日见。 # move: neutral]
    好。（她已经转身要走了。） # speaker: shen-jiahui # mood: neutral
    -> decide
* [我再问一个问题，免得14日有意外：苏州那边有没有已经定下来、可能会有影响的事——已经签的租约、董事会的日期、系统方面的决定？ # move: ask-obstacles, ask-timeline]
    ~ trust = MIN(trust + 1, 15)
    （停顿。）已经签了六个前置仓的租约。董事会30日审苏州的方案。如果你们的地图比不过这六个仓，那就没戏了——你最好现在就知道。 # speaker: shen-jiahui # mood: neutral # insider: committed-leases
    -> decide

=== decide ===
{ trust >= 13 && gave_free: -> ending_free_ride }
{ trust >= 13: -> ending_won }
-> ending_downgraded

=== ending_won ===
8:06，许婷的日程邀请到了：“苏州网络——地图研讨会。沈、方、马（15:00）。Routewise。”周五，方磊的订单文件也发了过来。 # speaker: narrator
{overpromised:杭州的一块白板上，在“苏州”下面，沈总写了一行：“Routewise：30分钟——能”。14日她第一件要问的就是这个承诺。|邀请的备注里，沈总只打了一行字：“周五雨天。没人做到过。看看吧。”} # speaker: narrator
你拿到了一通陌生电话所能拿到的：和决定苏州方案的人见面九十分钟，围绕她的目标，议程由她亲自定。 # speaker: narrator # outcome: won
-> END

=== ending_free_ride ===
14日的研讨会很顺利。最后，财务总监马文只问了一个问题：三个月免费期从什么时候开始算？ # speaker: narrator
方磊的团队在苏州两个中心仓上跑免费试用。蓝海没有任何人需要为此做任何决定，所以也没有人对它负责：它没有合格标准，也没有截止日期，沈总又忙着准备董事会。 # speaker: narrator
第四个月，你的第一张发票让马文大吃一惊。他请Omnia用更低的价格报同样的东西，苏州还没决定由谁来做调度，就已经开城了。 # speaker: narrator # outcome: no-decision # caused-by: gave-it-free
-> END

=== ending_downgraded ===
13日，许婷发来邮件：沈总周四要准备董事会；方磊会代她参加研讨会，事后向她汇报。 # speaker: narrator
方磊很客气，记了笔记，要了一份价目表。沈总再也没有回头看那张地图，苏州按董事会早已知道的方案开了城。 # speaker: narrator # outcome: no-decision # caused-by: imposed-design
-> END

=== ending_numbers_first ===
（她犹豫了一下。）先把蓉城的数字发给我。如果确实像你说的那样，许婷会找个时间。 # speaker: shen-jiahui # mood: neutral
你当天下午就把数字发了过去。许婷回复“已收到，谢谢”，而那个时间始终没有真正排出来；沈总听进去了，但你始终没给她足够的理由拿出一个小时。 # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_cold ===
（短促地呼了口气。）不用了。我觉得没必要。谢谢你的电话。 # speaker: shen-jiahui # mood: annoyed
她挂了电话。你下次再打过去，许婷客客气气，但纹丝不动：沈总不接关于苏州的供应商电话。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_drift ===
行。给许婷发几个时间吧。（电话那头安静下来；她已经进了会议室。） # speaker: shen-jiahui # mood: neutral
你发了三个时间选项。许婷一周后才回复：沈总的日程排满了，要等到30日董事会之后。到那时苏州方案已经定了，你的一个小时变成了“保持联系”。 # speaker: narrator # outcome: no-decision # caused-by: no-date-asked
-> END

=== ending_pushed ===
试点协议。（短暂的沉默。）我都还没答应见你，你就要给我发合同。 # speaker: shen-jiahui # mood: annoyed
什么都别发。我要开早会了。 # speaker: shen-jiahui
电话断了。9月蓝海公布苏州调度项目时，名单上没有Routewise。 # speaker: narrator # outcome: lost # caused-by: pushed-pilot
-> END

=== ending_email ===
好。（电话那头已经快挂了。）地址许婷那里有。 # speaker: shen-jiahui # mood: neutral
你的介绍夹在另外两百封邮件中间送到了。沈总把它转给方磊，只写了“供参考”。一个月后方磊打来电话，要的是一份调度系统升级的价目表，而苏州已经按四十五个前置仓规划好了。 # speaker: narrator # outcome: no-decision # caused-by: accepted-brush-off
-> END

=== ending_delegated ===
方磊很忙，很友好，也很谨慎。他要了API文档、一份安全问卷，还有按骑手计的报价。 # speaker: narrator
六周后他告诉你，他们团队会为苏州扩展自己的工具，“借鉴了你们文档里的一些思路”。沈总再也没听到过你的名字；你像哪种人，客户就安排哪种人跟你打交道。 # speaker: narrator # outcome: no-decision # caused-by: delegated-down
-> END

=== ending_hangup ===
沈佳慧已经听够了。 # speaker: narrator
我要开早会了。请不要再打来了。（咔嗒。） # speaker: shen-jiahui # mood: annoyed
还没到八点，电话就断了。许婷把Routewise加进了沈总不接电话的供应商名单。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_no_callback ===
第二天早上，7:50过去了。8:00也过去了。你的手机一直没亮。 # speaker: narrator
隔天你再打给许婷，她客气而简短：留言她转达了，沈总目前没有兴趣。你始终没能和决定苏州方案的人说上话。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
