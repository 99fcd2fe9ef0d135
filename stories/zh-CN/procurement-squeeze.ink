# id: procurement-squeeze
# title: 瑞丰饮料：要么降15%，要么回到Omnia
# objective: 按决策者的日期签约,总价不打折扣
# phase: 3
# segment: early-majority
# buyer: zhao-min; 赵敏; 采购经理，瑞丰饮料配送; procurement; woman
# buyer: luo-hao; 罗浩; 运营总监，瑞丰饮料配送; decision-maker; man
# minutes: 15
# difficulty: advanced
# version: 4
# setting: office
# brief: 瑞丰饮料配送为长沙、株洲一带约4000家便利店和餐馆配送汽水、瓶装水和茶饮料：自有货车62辆，夏季旺季再通过微信群临时找最多45名个体司机。去年夏天，这些个体司机在调度眼里完全是“隐身”的，瑞丰最大的客户湘味超市因此给瑞丰亮了“黄牌”。运营总监罗浩花了两个月比较Routewise、Omnia Systems和FleetPilot，最后选了Routewise：三年方案总价124.5万元（实施费18万元，之后每年35.5万元），覆盖62辆自有车和个体司机模块。
# brief: 昨天，这个项目转到了采购经理赵敏手上。她的邮件只有几句：“Omnia的报价比你们低15%。总价降15%，否则我们回到Omnia。明天上午10点见面。”瑞丰的财务系统用的是Omnia的ERP；总经理方颖负责审批100万元以上的采购，她喜欢只跟一家供应商打交道。罗浩今天在株洲仓。夏季旺季6月1日开始。你现在坐在赵敏在长沙的会议室里。

VAR trust = 3
VAR patience = 3
VAR gave = 0
VAR knows_kpi = false
VAR apples = false
VAR value_ok = false
VAR risk_done = false
VAR liang_asked = false
VAR ready = false
VAR traded = false
VAR planned = false

-> demand

=== demand ===
瑞丰的总部在长沙环城路边上，楼下就是自家仓库。透过会议室的玻璃墙，能看到一托托缠好膜的瓶装茶，等着下午那一趟发车。 # speaker: narrator
赵敏面前的桌上扣着两张打印件，笔记本电脑上开着一张表格。她没有寒暄的意思。 # speaker: narrator
谢谢你过来。我就直说了，今天我还要见另外三家供应商。罗总选了你们的系统，我尊重：车是他管的。价格是我管的。同样三年，Omnia比你们低15%。总价降15%，不然这个项目就回到Omnia。我今天就要答复。 # speaker: zhao-min # mood: skeptical
* [明白，罗总的团队花了两个月，我也不想因为一个数字把这事搞砸。15%我做不到，但我希望能让您满意：总价降10%，今天就能定。 # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （她在一个单元格里敲下“10%”，把电脑朝你这边转了一点。）一开口就是10个点。很好。那离15%就只差5个点了。 # speaker: zhao-min # mood: pleased
    -> omnia
* [可以理解。这15%是怎么来的：是跟Omnia报价的差距，还是您必须完成的指标？ # move: acknowledge-objection, clarify-objection]
    ~ trust = MIN(trust + 1, 15)
    { trust >= 4:
        ~ knows_kpi = true
        （她第一次把视线从电脑上抬起来。）你想知道的话，两个都是。跟Omnia差18.5万。另外，凡是50万以上的合同，采购都必须做到比首轮报价节省8%。那是我的KPI，不是我个人的意见。 # speaker: zhao-min # mood: neutral # insider: savings-target
    - else:
        （头也没抬。）跟Omnia差18.5万。采购的指标从哪儿来，是采购自己的事。 # speaker: zhao-min # mood: neutral
    }
    -> omnia
* [明白。那您帮我一把：报到多少，您今天就能把这个项目结了？ # move: ask-what-price-works # cause: lost-patience]
    ~ patience -= 1
    15%。（她眼睛都没眨。）邮件里写了，你进门的时候我也说了。 # speaker: zhao-min # mood: annoyed
    -> omnia

=== omnia ===
{ patience <= 0: -> ending_walkout }
她把那两张打印件翻过来：一张是你们的方案，一张是Omnia的报价单，总价都用红笔圈了出来。 # speaker: narrator
Routewise，三年124.5万。Omnia，三年106万，同样是62辆车。你告诉我，同样的东西，瑞丰凭什么多付18.5万？ # speaker: zhao-min
* [因为它们根本不是同样的东西，罗总的团队测了两个月，已经证明了。路径优化、司机App、数据分析、售后服务，我们全面领先。这18.5万买的就是这个。 # move: claim-different-on-everything]
    ~ trust = MAX(trust - 1, 0)
    “全面领先。”（她什么都没记。）周一Omnia的销售也说了一模一样的话，只是换成了他们公司的名字。 # speaker: zhao-min # mood: skeptical
    -> value
* [Omnia是做ERP的，运输对他们来说只是个附加模块。您有没有找七月份用它排过车的人问问？ # move: bash-competitor # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （她的语气冷了下来。）我们的财务系统用的就是Omnia，而且是方总选的。“找人问问”这种话，我劝你说的时候小心一点。 # speaker: zhao-min # mood: annoyed
    -> value
* [要说给你们自己的62辆车排车，Omnia和我们差不多。区别在别的地方。我们能不能把两份报价一行一行、按同一口径对一遍？ # move: acknowledge-parity-then-differentiate, point-out-apples-to-oranges]
    ~ trust = MIN(trust + 1, 15)
    ~ apples = true
    （她犹豫了一下，把Omnia那张推到桌子中间。）你说。 # speaker: zhao-min # mood: neutral
    你们一起看。第4行：“实施及数据迁移：由认证合作伙伴负责，另行报价。”第7行：“分包商及承运商门户：计划于2027年版本发布。”瑞丰每年夏天要找的45名个体司机，一个字都没提。你们的报价单上写着实施费18万元，还有个体司机模块和微信司机App。 # speaker: narrator
    { trust >= 5:
        （她打开另一个文件。）罗总的评估记录里写着，这种规模的项目，Omnia的合作伙伴报价大约24万。（她停下来算了算。）这么说，它不是比你们低15%。它比你们还贵，而且不含个体司机。 # speaker: zhao-min # mood: neutral # milestone: competition-revealed # insider: rival-real-price
        这改变不了我的KPI。但改变了我的表格。 # speaker: zhao-min
    - else:
        （她在第4行下面划了一道，罗总的记录里写了什么，她只字未提。）实施另行报价。我会找Omnia要这个数。 # speaker: zhao-min # mood: neutral # milestone: competition-revealed
    }
    -> value

=== value ===
{ patience <= 0: -> ending_walkout }
{apples:她点了点你们报价单上个体司机那一行。|她又点了点你们的总价。} # speaker: narrator
我是买软件的，不管车。个体司机、微信App，那是罗总的事。采购凭什么为这个买单？ # speaker: zhao-min
* [去年夏天个体司机都在系统之外，最后让瑞丰付出了多少代价？我是说，从采购这边看。 # move: ask-implication]
    ~ trust = MIN(trust + 1, 15)
    ~ value_ok = true
    （她沉默了一会儿，然后打开电脑上的一个文件夹。）湘味超市。6月到8月迟到212次，每次罚1500元。他们开过来的罚单是31.8万。 # speaker: zhao-min # mood: anxious
    我把它谈到了19万。整个9月都耗在这件事上。他们还给了我们一张黄牌：再来一个糟糕的夏天，我们就会被踢出他们的区域供应商名单。那是一年3000万的生意。 # speaker: zhao-min # milestone: cost-quantified
    （她盯着个体司机那一行看了很久，好像它的价格变了似的。） # speaker: narrator
    -> blame
* [我们财务团队测算过：个体司机模块三年的回报是投入的3.4倍。我今天下午把表格发给您？ # move: numbers-without-buy-in]
    ~ trust = MAX(trust - 1, 0)
    “你们财务团队。”（她没有伸手去接。）每家供应商的表格都是三倍回报。Omnia的是四倍。 # speaker: zhao-min # mood: skeptical
    -> blame
* [罗总在这次评估上花了两个月，方案也是我们和他的团队一起做的。运营这方面，我觉得可以相信他的判断。 # move: rely-on-rapport]
    （语气平淡。）我当然相信他的判断。在车的问题上。在钱的问题上，公司相信的是我。 # speaker: zhao-min # mood: neutral
    -> blame

=== blame ===
{ patience <= 0: -> ending_walkout }
赵敏把电脑合上了一半。 # speaker: narrator
还有一件事，既然大家都说实话。要是你们的系统七月份出了问题，采购单上签的是我的名字，不是罗总的。在这栋楼里，从来没有人因为买了Omnia挨过批评。 # speaker: zhao-min # mood: anxious
* [我理解，单子上签的是您的名字。那这个担子我来替您扛，我个人向您保证：6月前全部上线，一样不落，而且不会出问题。旺季第一周我亲自守在株洲仓，您随时直接打我电话，白天晚上都行。我说到做到。 # move: overclaim]
    ~ trust = MAX(trust - 1, 0)
    （她在采购文件的封面上写下“保证6月前上线”，还在下面画了线。）这是你说的。这一页我会留着。 # speaker: zhao-min # mood: neutral
    -> number
* [说实话，没人会怪您。是罗总选的我们，这是他的决定；这件事上，采购只需要管商务条款。 # move: dismiss-objection # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    “只需要。”（她往椅背上一靠。）湘味的罚单来的时候，没有人让罗总去谈。他们找的是我。 # speaker: zhao-min # mood: annoyed
    -> number
* [有道理。您别光听我说：给武汉汉江饮料的采购负责人陶经理打个电话。他们50辆车，夏天30个个体司机，主要客户是湘味的兄弟连锁品牌，去年夏天之前上的线。另外，上线计划写进合同，落实到具体的人。 # move: offer-peer-reference, offer-risk-reduction]
    ~ trust = MIN(trust + 1, 15)
    “汉江。”（她把名字记下来。）一样的客户，一样的夏天。（停了一下。）采购对采购。这个我可以放进文件里。把陶经理的电话发给我。 # speaker: zhao-min # mood: interested # milestone: references-requested
    -> number

=== number ===
{ patience <= 0: -> ending_walkout }
她又打开了电脑。 # speaker: narrator
{gave > 0:你已经给了10个点。我要的是15。把差距补上，我们就谈完了。|{apples:口径不一样，我记下了。但还是那句话：降15%，行还是不行？|那么，降15%，行还是不行？}} # speaker: zhao-min # mood: neutral
* [谈数字之前，我先问三个问题。如果条款谈妥，Routewise是不是你们的供应商？价格是不是唯一剩下的问题？瑞丰这周能签吗？ # move: ask-negotiation-preconditions]
    ~ trust = MIN(trust + 1, 15)
    （她掰着手指数。）第一，罗总选了你们；方总还没签过任何放弃Omnia的东西。第二，价格，还有付款条件。第三……（她停住了）……我签不了。100万以上的，要罗总签字、方总审批。 # speaker: zhao-min # mood: neutral
    -> mandate
* [我看得出您需要拿出实实在在的节省，也感谢您一直对我这么坦诚。咱们别把今天上午谈出来的好势头丢了：差距我跟您各让一半，这周就把这事定下来。 # move: percentage-discount-off-total # cause: gave-without-get]
    {gave > 0:10和15各让一半，那就是12.5。|各让一半，那就是7.5。}（她敲着键盘。）记下了。看来有人推一把，价格就会动。 # speaker: zhao-min # mood: pleased
    ~ gave = MIN(gave + 1, 2)
    -> mandate
* [我们这个季度30号结束。如果瑞丰能在那之前签，我可以去跟我们总监申请点特别的条件，您看行吗？ # move: push-quarter-end # cause: lost-patience]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    你们的季度不是我的问题。（她还是记了一笔。）不过“特别的条件”，这句话我记下了。 # speaker: zhao-min # mood: skeptical
    -> mandate

=== mandate ===
{ patience <= 0: -> ending_walkout }
罗总今天一整天都在株洲仓。他跟我说：“小赵，商务这块你来。”所以把你们的最终底价给我，我今晚拿给他。 # speaker: zhao-min # mood: neutral
* [那咱们私下说，我的最终底价是总价降{gave > 0:13|8}%。您今晚拿给罗总，这个价我给您保留一周。这样您的文件也就有交代了吧，赵经理？ # move: negotiate-with-non-decision-maker, percentage-discount-off-total # cause: gave-without-get]
    （她敲下这个数字，第一次笑了。）{gave > 0:13个点。|8个点。}我现在就给他打电话，他会想听这个的。（她拨了号，把手机放在桌上。）罗总，我是赵敏。{gave > 0:Routewise又降了。|Routewise降价了。} # speaker: zhao-min # mood: pleased
    ~ gave = MIN(gave + 1, 2)
    -> liang
* [明白。我今晚把方案改好发给您，您再跟他讲。 # move: accept-delegation-down]
    ~ trust = MAX(trust - 1, 0)
    好。流程就是这样。（她给罗浩打电话告诉他。电话响了一声他就接了，她皱起了眉。）他说你要是还在，他现在就想跟你谈。（她把手机放到桌上。） # speaker: zhao-min # mood: neutral
    -> liang
* [数字背后的道理罗总还没听过，我不想光把一个数字发过去。能不能现在给他打个电话，十分钟就行？我改什么，都希望他和您同时听到。 # move: ask-to-meet-decision-maker]
    ~ trust = MIN(trust + 1, 15)
    ~ liang_asked = true
    （她犹豫了一下，看了看钟，然后拨了号。）罗总，我是赵敏。Routewise的销售在我这儿，说您不在场他就不谈数字。……对。开免提。（她把手机放在你们俩中间的桌上。） # speaker: zhao-min # mood: neutral # milestone: access-granted
    -> liang

=== liang ===
{ patience <= 0: -> ending_walkout }
电话里一阵杂音，叉车的倒车提示音，有人在喊月台号。罗浩正站在株洲的货场里。 # speaker: narrator # enter: luo-hao
{gave > 0:小赵说你们已经降过价了。那一开始的报价是干什么用的？|{liang_asked:小赵说我不在，你就不肯动数字。很好。下午的车回来之前，我有十分钟。|我有五分钟。}} # speaker: luo-hao # mood: neutral
我的难处是这样的。我选了你们。但方总只会问我一个问题：Omnia已经在管我们的财务了，为什么要比它多花钱？一家供应商，一张发票。我怎么跟她说？ # speaker: luo-hao
* [咱们一起给她做一页材料，用你们自己的数字：Omnia加上他们合作伙伴的实施费、他们管不了的个体司机、去年夏天湘味的罚款。您来讲，我们这边的部分我来补。 # move: build-business-case]
    ~ trust = MIN(trust + 1, 15)
    ~ value_ok = true
    {apples:（过了一会儿。）同口径的对比我表格里已经有了。Omnia不含实施，也不含个体司机。|（她皱起眉。）那我得拿到Omnia的真实价格，把合作伙伴算进去。我去问他们。} # speaker: zhao-min
    材料我来讲，数字用小赵的。不是你们发的宣传册。（背景里一声卡车喇叭。）方总信小赵算出来的数字。 # speaker: luo-hao # mood: interested
    -> peak
* [罗总，我来帮您把这事变简单。您花了两个月才选定我们，我不想让18.5万把这一切推翻：我们就按Omnia的总价来。这样您跟方总就什么都不用解释了：价格和Omnia一样，个体司机照样有。 # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （电话那头停了一下。）跟Omnia一个价。嗯。那我那页纸倒是能短不少。 # speaker: luo-hao # mood: pleased
    （赵敏敲着键盘，一言不发。她刚刚知道，Routewise的价格里有15%是水分。） # speaker: narrator
    -> peak
* [您就跟她说您信得过我们。演示您看过，团队您见过，她也信任您的判断。这才是关键。 # move: rely-on-rapport # cause: luo-not-ready]
    ~ trust = MAX(trust - 1, 0)
    方总在车的问题上信我的判断。一百万的事，她信的是Omnia的ERP和小赵的表格。 # speaker: luo-hao # mood: skeptical
    -> peak

=== peak ===
~ liang_asked = false
~ apples = false
{ patience <= 0: -> ending_walkout }
说实话，让我睡不着觉的不是钱，是6月。6月1日夏天一开始，个体司机就来了。要是我们还没上线，就又是去年那样一个夏天，湘味会把黄牌换成红牌。6月你能给我打包票吗？ # speaker: luo-hao # mood: anxious
* [如果担心的是这个，最稳妥的办法就是这周签。每多等一天，都是直接从实施周期里扣掉的。 # move: pressure-buyer # cause: luo-not-ready]
    ~ trust = MAX(trust - 1, 0)
    （电话里长长地吸了一口气。）别拿我的6月当筹码，来催我这周签。 # speaker: luo-hao # mood: annoyed
    -> lastissue
* [45个人全部在6月前上线，我不会承诺；谁要这么承诺，我反倒会担心。我能负责的是：62辆自有车5月中旬上线，武汉汉江饮料用了五周；20个固定的个体司机6月1日前用上App，夏天新找的随来随上。这些作为计划写进合同，指定项目负责人。 # move: calibrate-expectations, offer-risk-reduction]
    ~ trust = MIN(trust + 2, 15)
    ~ risk_done = true
    （一阵沉默，然后是笔尖划过纸的声音。）自有车5月中旬。20个固定司机6月前。其余的随来随上。（停了一下。）湘味的单子有三分之二是那20个固定司机送的。 # speaker: luo-hao # mood: neutral # milestone: risk-addressed
    （她也记了下来。）计划写进合同，落实到人。这对我的文件有用。 # speaker: zhao-min # mood: neutral
    -> lastissue
* [能。6月前上线，45个个体司机全部包括在内：汉江饮料只用了五周，我们会派最好的团队去株洲，旺季第一周我亲自在现场。我说到做到。 # move: overclaim # cause: luo-not-ready]
    ~ trust = MAX(trust - 1, 0)
    （他的声音一下子松了下来。）45个全部。好。这就是我想听的。 # speaker: luo-hao # mood: pleased
    （赵敏把这句话记了下来。去年夏天，瑞丰到7月才找齐第45个司机。） # speaker: narrator
    -> lastissue

=== lastissue ===
{ patience <= 0: -> ending_walkout }
那么，罗总。（她朝手机探过身去。）我还是需要我的15%。 # speaker: zhao-min # mood: neutral
小赵要她的数字，我要我的6月。（转向你。）我们现在谈到哪一步了？ # speaker: luo-hao
* [罗总，您比较了两个月才选了我们，在文书上多耗一天，离6月就少一天。咱们今天就签吧：您给赵经理一句准话，我一小时内把合同送过来，我们的团队周一就能进株洲。 # move: premature-close # cause: luo-not-ready]
    ~ trust = MAX(trust - 2, 0)
    今天？我人还站在株洲的货场里，方总一页纸都还没看到。 # speaker: luo-hao # mood: skeptical
    而且我们连一条条款都还没谈定。（她把电脑拉回自己面前。） # speaker: zhao-min # mood: skeptical
    -> trade
* [罗总，签字的是您，所以这三个问题问您。如果商务上的几点谈妥，您选的是我们而不是Omnia吗？这是最后一个问题了吗？您这周能签吗？ # move: ask-negotiation-preconditions]
    ~ trust = MIN(trust + 1, 15)
    { risk_done && value_ok:
        ~ ready = true
        选的是你们。这也是最后一个问题，前提是计划写进合同。我周五回长沙。如果小赵说条款没问题，我周五签，方总周一审批；今晚我就把那页材料给她。 # speaker: luo-hao # mood: neutral # milestone: preferred-vendor
    - else:
        说实话？还不行。{risk_done:我还是没法跟方总讲清楚贵在哪儿。|我还是不知道6月1日那天会怎么样。}让小赵做她的事，再看吧。 # speaker: luo-hao # mood: skeptical
    }
    -> trade
* [您二位要看到什么数字，这事才能签下来？ # move: ask-what-price-works # cause: luo-not-ready]
    ~ trust = MAX(trust - 1, 0)
    15%。（罗浩还没开口，她就答了。） # speaker: zhao-min # mood: pleased
    （罗浩什么也没说。他听得出来，谈话已经转到了唯一对赵敏有利的地盘上。） # speaker: narrator
    -> trade

=== trade ===
~ value_ok = false
~ risk_done = false
{ patience <= 0: -> ending_walkout }
{ready:罗总已经答应你了。行。|不管罗总怎么决定，}我还是需要一个能上报的节省。{knows_kpi:比首轮报价省8%，我跟你说过。}你能做什么？ # speaker: zhao-min # mood: neutral
* [好吧。您一直跟我很坦诚，罗总也想做成这件事，那最后这一步咱们就别争了：总价降5%，算是我们的诚意，您今天就有节省可以上报。 # move: percentage-discount-off-total # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （她敲下“5%”。）5个点。这个我能上报。 # speaker: zhao-min # mood: pleased
    （免提那头，罗浩一句话都没说。） # speaker: narrator
    -> terms
* [总价打折不行：那会变成以后每次续约的起点。但付款方式我可以改：个体司机的席位只按每个司机实际在用的月份计费，实施费分三个里程碑支付。作为交换，我需要两样东西：这周签下三年期合同，以及瑞丰作为具名参考客户，并发布一篇公开案例。这样可以吗？ # move: trade-concession, ask-two-gets]
    ~ trust = MIN(trust + 2, 15)
    ~ traded = true
    （她边算边说。）夏季司机一年只用五个月。一年少3万左右，三年9.4万。是首轮报价的7.5%。{knows_kpi:差不多就是我的8%了。}而且分期付款对我的现金流报表也有好处。 # speaker: zhao-min # mood: neutral
    接参考电话，可以。公开案例得方总定；瑞丰不上媒体。 # speaker: luo-hao # mood: neutral
    那就参考电话，加三年期。 # speaker: seller
    （她把这些写进草案。）三年期，参考电话，季节性席位，里程碑付款。这个我能上报。 # speaker: zhao-min # milestone: concession-traded
    -> terms
* [您要上报多少节省？您告诉我一个数，我去找我们总监想想办法。 # move: ask-what-price-works # cause: nothing-to-report]
    ~ trust = MAX(trust - 1, 0)
    15%。（她头也没抬。）{knows_kpi:8%是我的KPI。15%是我的要价。你刚才是在问我，你该按哪个付。|今天上午我就说过了。} # speaker: zhao-min # mood: pleased
    -> terms

=== terms ===
~ knows_kpi = false
{ patience <= 0: -> ending_walkout }
还有，付款账期90天。这是我们对所有供应商的标准。 # speaker: zhao-min # mood: neutral
* [（小事一桩，气氛好不容易缓和下来。就这么过去，接着往下谈。） # move: concede-silently # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （她头也不抬地在草案里敲下“90天”，过了一会儿，又加上一句“实施里程碑款同样90天”。） # speaker: narrator
    好。 # speaker: zhao-min # mood: pleased
    -> push
* [90天？恕我直言，我们是软件公司，不是银行。您一签字，我们的工程师当周就进株洲；30天是我们对所有客户的政策，恐怕改不了。 # move: dismiss-objection # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    那你们的政策马上就要碰上我们的政策了。 # speaker: zhao-min # mood: annoyed
    -> push
* [订阅费90天我可以接受，前提是第一笔实施里程碑款在签约后30天内支付。那笔钱是给工程师的，不是我们的利润。 # move: trade-concession]
    ~ trust = MIN(trust + 1, 15)
    订阅费90天，首笔里程碑款30天。（她想了想。）财务能接受。 # speaker: zhao-min # mood: neutral # milestone: concession-traded
    -> push

=== push ===
{ patience <= 0: -> ending_walkout }
赵敏看看手机，又看看你。 # speaker: narrator
还有一件事。如果我今天下午给Omnia打电话，他们会降价的。他们每次都降。总价再降3%，我今天就把这个项目结了。 # speaker: zhao-min # mood: neutral
* [3%，没问题，只要您今天签。 # move: percentage-discount-off-total, negotiate-with-non-decision-maker # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    再降3%，条件是今天签。（她敲着键盘。）记下了。 # speaker: zhao-min # mood: pleased
    （她并没有说今天会签。她也签不了：签字的是罗浩。） # speaker: narrator
    -> stall
* [那您就打，顺便让他们把合作伙伴的实施和承运商门户白纸黑字写下来，带上日期。{traded:您在付款方式上已经拿到了7.5%。}价格就按罗总那页材料上的来。 # move: hold-price-with-value]
    ~ trust = MIN(trust + 1, 15)
    （免提里，声音不高。）门户的事他说得没错，小赵。我3月问过Omnia，他们说“明年”。 # speaker: luo-hao # mood: neutral
    （她盖上笔帽。）我还是得问。 # speaker: zhao-min # mood: neutral
    -> stall
* [总价再降3%我做不到：那样我们谈好的一切都得推倒重来。但我希望您今天能带点成果回去，所以我们免费给所有夏季司机做一次培训，就在株洲现场。 # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （她在草案里加了一行。）免费培训。谢谢。（她清单上的要求一条也没划掉。） # speaker: zhao-min # mood: pleased
    -> stall

=== stall ===
{ patience <= 0: -> ending_walkout }
赵敏把打印件收进一个文件夹。 # speaker: narrator
好。下周我把这些都拿给方总，连同Omnia今天下午的回复一起，到时候再看。 # speaker: zhao-min # mood: neutral
这是采购最老的一招：先把桌上的东西全部收下，再拿去多比一轮价。 # speaker: narrator
* [当然。方总应该看到全部情况，我也宁愿您从容一些，而不是被赶着做决定。您需要多长时间都行；今天谈的一切都作数，如果Omnia的答复引出什么问题，随时找我。 # move: concede-silently # cause: let-her-shop-it]
    -> omnia_round
* {traded || gave > 0} [那我今天放到桌上的东西，就得收回来：那是换本周签约的，是按罗总6月的时间表给的。要是再跟Omnia比一轮，就从原始方案重新开始。 # move: withdraw-concession]
    ~ trust = MIN(trust + 1, 15)
    { gave > 0:
        ~ trust = MAX(trust - 2, 0)
        （她盯着你。）这是你今天上午自己提的。在我的记录里，方总会看我的记录。 # speaker: zhao-min # mood: annoyed
    }
    { ready: -> backed }
    { gave > 0: -> ending_spiral }
    -> ending_respected
* {not traded && gave == 0} [罗总，在进入新一轮之前问一句：离6月只剩六周了，这是您想要的吗？ # move: check-readiness]
    {ready:我想要，是的。但小赵得给方总带回去一个节省，到现在为止你什么能上报的都没给她。让她去比这一轮吧。|说实话，我还没想好。而且到现在为止，你什么能让小赵上报的都没给。让她去比这一轮吧。} # speaker: luo-hao # mood: neutral
    -> ending_no_saving
* [我现在就给我们总监打电话。如果您今天签，赶在我们季度结束前，我也许能给您争取点额外的东西。 # move: push-quarter-end # cause: let-her-shop-it]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    你们的季度。（罗浩的声音很平。）我的6月，你的季度，小赵的KPI。谁都有自己的时间表。 # speaker: luo-hao # mood: annoyed
    那我就把你的“额外的东西”放进比价表，跟Omnia的摆在一起。（她合上文件夹。） # speaker: zhao-min # mood: neutral
    -> omnia_round

=== omnia_round ===
{ gave > 0: -> ending_spiral }
{ ready: -> ending_stalled }
-> ending_lost

=== backed ===
小赵。（电话那头停了一下。）不比了。我不想再靠微信群熬一个6月。{traded:他给了你一个能上报的节省，也给了我一份能拿给方总看的计划。|他给了我一份能拿给方总看的计划，去年夏天让我们付出了什么，你也看到了。}周五签，就按这些条款。 # speaker: luo-hao # mood: neutral
（她看了你好一会儿，然后把文件夹放回桌上。）周五。（淡淡地。）你倒是不急着要这一单。这一条我也会写进文件；这是夸你。 # speaker: zhao-min # mood: neutral
-> plan

=== plan ===
{ patience <= 0: -> ending_walkout }
那就周五。跟我讲讲，从周五到6月1日，中间会怎么走。 # speaker: luo-hao
* [别等周五了。我一小时内就能把合同发给赵经理，省得白白耽误三天。 # move: premature-close # cause: no-mutual-plan]
    ~ trust = MAX(trust - 2, 0)
    我说了周五。方总还没看到那页材料。晚三天耽误不了我的6月；绕过她才会。 # speaker: luo-hao # mood: annoyed
    -> close
* [周五您签字。周一在株洲和您的调度员开启动会。自有车5月15日前上线，20个固定司机6月1日前上线，夏季新找的随来随上。陶经理周五前给赵经理打电话。 # move: propose-mutual-plan]
    ~ trust = MIN(trust + 1, 15)
    ~ planned = true
    （你能听到他在写字。）周一启动会。5月15日。6月1日。陶经理这周。 # speaker: luo-hao # mood: pleased # milestone: mutual-plan-agreed
    那就约陶经理周三。（她把这个记进自己的日历，而不是草案。） # speaker: zhao-min # mood: neutral
    -> close
* [最干净利落的是一次性上线：5月15日，62辆自有车和45个个体司机全部一起切换。一个切换周末，株洲一周集中培训，司机也不会搞不清自己该用哪套系统。 # move: impose-solution-design # cause: no-mutual-plan]
    ~ trust = MAX(trust - 1, 0)
    一次性全上？5月15日夏季司机都还没找来呢。（停了一下。）6月那部分你听到了吗？ # speaker: luo-hao # mood: skeptical
    -> close

=== close ===
{ patience <= 0: -> ending_walkout }
赵敏对着屏幕把草案一行一行读出来，罗浩在货场里听着。 # speaker: narrator
* [为了感谢您今天跟我们一起把这事理顺，要不我们6月在株洲再免费加一周驻场，让夏季新来的司机身边有人带？ # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （她加了一行。）6月免费驻场一周。谢谢。 # speaker: zhao-min # mood: pleased
    （免提里。）还有什么是本来就免费的？ # speaker: luo-hao # mood: skeptical
    -> decide
* [（点点头，不再多说，让条款自己说话。） # move: neutral]
    （赵敏读完，等着。罗浩也在等。谁都没说下一步谁来做什么。） # speaker: narrator
    -> decide
* [和她一起一行一行过一遍，然后问：“罗总，如果屏幕上就是这些内容，您周五签吗？” # move: close-when-ready]
    ~ trust = MIN(trust + 1, 15)
    {planned:如果屏幕上就是这些，签。周五上午10点，小赵办公室。|条款没问题。但方总会问我6月怎么落地，这个我手上还没有书面的东西。} # speaker: luo-hao # mood: neutral
    -> decide

=== decide ===
{ gave >= 2: -> ending_spiral }
{ not planned: -> ending_no_plan }
{ gave == 1: -> ending_won_discount }
-> ending_won

=== ending_won ===
周五上午10点。罗浩从仓库上来，身上穿着瑞丰的Polo衫，鞋上还沾着株洲货场的灰。 # speaker: narrator
（他逐行读完，在上线计划上签了名，然后签了合同。）5月中旬，20个固定司机6月前。6月要是出问题，我知道该打谁的电话。 # speaker: luo-hao # mood: pleased
（赵敏把合同归档。）我上报了7.5%的节省。一分没打折。我领导问我是怎么做到的。 # speaker: zhao-min # mood: pleased
总价一分没降就签下了：季节性席位和里程碑付款，换来了三年期和参考电话；上线计划写进了合同，签约也是按决策者定的日子。 # speaker: narrator # outcome: won
-> END

=== ending_won_discount ===
周五上午10点。罗浩在赵敏的办公室签了字，上线计划作为附件放进了合同。 # speaker: narrator
（赵敏把合同归档，接着又放进去一张纸，上面列着Routewise那天上午让出去的东西，文件夹上写着“Routewise：续约”。）下次用得上。 # speaker: zhao-min # mood: pleased
单子你拿下了，但瑞丰的采购档案里从此记着：Routewise一被施压就让步，而且什么都不要回。明年株洲扩建的项目一启动，赵敏开场就会拿出这张清单。 # speaker: narrator # outcome: won
-> END

=== ending_spiral ===
周一，方总在审批之前先看了赵敏的总结：Routewise一个上午让出去的所有东西，一行一行列得清清楚楚。 # speaker: narrator
她把清单发给Omnia，让他们给出最终报价。Omnia的回复里包含了合作伙伴的实施、三年价格冻结，还有“一家供应商，一张发票”。 # speaker: narrator
（赵敏给你打来电话，语气并不刻薄。）方总问我你们的真实价格到底是多少。我答不上来。 # speaker: zhao-min # mood: neutral
每一次没有换回任何东西的让步，都在告诉瑞丰：这个价格是虚的。合同给了Omnia，罗浩的个体司机又要靠微信群过一个夏天。 # speaker: narrator # outcome: lost # caused-by: gave-without-get
-> END

=== ending_stalled ===
（赵敏合上电脑。）谢谢。等方总看完所有材料，我再联系你。 # speaker: zhao-min # mood: neutral
Omnia要求再给两周，让合作伙伴报价。方总要求再做一次比较。赵敏两次找你要“最终”数字。 # speaker: narrator
到了6月1日，项目还压在采购那里。瑞丰又靠微信群过了一个夏天，决定“旺季过后再议”。 # speaker: narrator # outcome: no-decision # caused-by: let-her-shop-it
-> END

=== ending_no_saving ===
（赵敏合上电脑。）那我就去比这一轮。没有节省，方总不会签一份放弃Omnia的合同。 # speaker: zhao-min # mood: neutral
Omnia又往下压了压价；赵敏手里有他们的数字，你这边却没有任何能拿来对比上报的东西。罗浩力挺Routewise，方总要求“再比较一次”。 # speaker: narrator
6月1日到了，项目还悬着。瑞丰又靠微信群过了一个夏天。 # speaker: narrator # outcome: no-decision # caused-by: nothing-to-report
-> END

=== ending_no_plan ===
周五到了。罗浩什么都没签：方总对上线有几个问题，谁都答不上来，她要先看到书面答复。 # speaker: narrator
（赵敏在电话里，客客气气地。）方总想先看到项目计划再审批。也许等旺季过后吧。 # speaker: zhao-min # mood: neutral
商务条款已经谈好了，计划却没有。瑞丰带着微信群进入了6月，合同等着“夏天过后”。 # speaker: narrator # outcome: no-decision # caused-by: no-mutual-plan
-> END

=== ending_respected ===
（赵敏把文件夹夹在胳膊下。）那我们就从原始方案重新开始。 # speaker: zhao-min # mood: neutral
（免提里，罗浩叹了口气。）我去跟方总谈。 # speaker: luo-hao # mood: anxious
你离开的时候，价格守住了，让步也都收回了，但有签字权的人谁也没开口说要签。Omnia的新报价到了，方总要时间考虑，夏季司机都到岗了，项目还悬着。 # speaker: narrator # outcome: no-decision # caused-by: luo-not-ready
-> END

=== ending_lost ===
（赵敏站起身，你就知道会谈结束了。）谢谢。我们会通知你。 # speaker: zhao-min # mood: neutral
一周后，来了一封只有一句话的邮件：“经慎重比较，瑞丰决定将与Omnia的合作扩展到运输管理。”罗浩没有打电话来解释。 # speaker: narrator # outcome: lost # caused-by: let-her-shop-it
-> END

=== ending_walkout ===
赵敏合上电脑，站了起来。 # speaker: narrator
我想我需要的都拿到了。今天下午我就把项目交回Omnia。谢谢你抽时间过来。 # speaker: zhao-min # mood: annoyed
谈判还没结束，会议就先结束了。瑞丰和Omnia签了约；罗浩是从赵敏的总结里知道的。 # speaker: narrator # outcome: lost # caused-by: lost-patience
-> END
