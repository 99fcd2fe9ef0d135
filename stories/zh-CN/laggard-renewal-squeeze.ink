# id: laggard-renewal-squeeze
# title: 东升汽配的续约压价
# objective: 两个仓库续约三年,不白白让利
# phase: 3
# segment: laggards
# buyer: gao-deshun; 高德顺; 董事长，东升汽配; decision-maker; man senior
# buyer: wu-lihua; 吴丽华; 总会计师，东升汽配; financial-approver; woman glasses
# minutes: 20
# difficulty: advanced
# version: 5
# setting: office
# brief: 东升汽配从汉阳仓（35辆厢式货车）和规模小一些的孝感仓（20辆车，还在用纸质单据）给武汉周边约900家修理厂供货。一年前，高德顺只给汉阳仓买了Routewise的电子签收，原因是他最大的客户、全国连锁的汽车服务品牌AutoCare把它定为合作条件。他签了一年合同，9.6万元，说要“看看再说”。
# brief: 合同三周后到期。你提出了一份三年续约方案：覆盖两个仓、55辆车，含优先支持服务，每年14.8万元。高德顺和跟了他二十年的会计吴丽华答应见你，把事情“定下来”。你的笔记上写着：今年和AutoCare的签收纠纷大幅下降；但3月一次云服务故障，让汉阳仓整整一上午用不了App，你们的客服热线过了四个小时才接。吴丽华的外甥一直在给他们看QuickSign，一款一辆车30元的签名App。高德顺不止一次说过：纸从来不会宕机。

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
高德顺的办公室在配件仓库楼上，隔着地板都能听到叉车的声音。吴丽华面前放着一个贴满彩色标签的文件夹，还有一个她根本用不着的计算器。 # speaker: narrator
高德顺没让人给你泡茶。 # speaker: narrator
咱们都别浪费时间。去年，9.6万。今年你要14.8万。多了54%。老吴的外甥找到一个App，一辆车30块。而且纸从来不会宕机。你说吧。 # speaker: gao-deshun # mood: skeptical
* [我理解，一下涨54%确实多，我宁愿留住一个好客户，也不想赢一场争论。如果总价降15%，今天能把这事定下来吗？ # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （吴丽华在本子上写下“15%”，在下面画了两道线。）15%。算是个开始。 # speaker: wu-lihua # mood: pleased
    （高德顺一言不发。他看着你，好像你刚刚把去年那个价格的底细告诉了他。） # speaker: narrator
    -> outage
* [在谈别的之前，我先给您看看今年新版本的功能，有很多您还没见过，看完您对整个情况的看法就不一样了。 # move: pitch-features # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （他抬手打断了你。）去年的功能我就不想要。今年的我也不想要。 # speaker: gao-deshun # mood: annoyed
    -> outage
* [您这话在理。先不谈价格：过去这十二个月，它到底给您带来了什么，好的坏的都算？ # move: acknowledge-objection, review-value-delivered]
    ~ trust = MIN(trust + 1, 18)
    （他看了吴丽华一眼。）老吴，你来说。数字在你那儿。 # speaker: gao-deshun # mood: neutral
    （她翻开第一个标签。）和AutoCare的签收纠纷：以前每月41起，现在每月6起。全年扣款少了大约21万。AutoCare的供应商评分从C升到了A。 # speaker: wu-lihua # mood: neutral
    司机们还是在抱怨。还有3月那次。 # speaker: gao-deshun
    -> outage

=== outage ===
{ patience <= 0: -> ending_walkout }
{gave > 0:高德顺往椅背上一靠。|高德顺敲了敲桌子。} # speaker: narrator
3月14号。你们的系统整整瘫了一上午。60单货，一张签收确认都没有。AutoCare的采购9点就给我打电话。你们的客服热线1点才接。 # speaker: gao-deshun # mood: annoyed
* [那是我们云服务商的一次偶发故障。已经修好了，现在也做了冗余备份，不会再发生了。 # move: dismiss-objection, overclaim]
    ~ trust = MAX(trust - 2, 0)
    “不会再发生了。”（他转向吴丽华。）这句也记下来。 # speaker: gao-deshun # mood: skeptical
    -> implication
* [我知道3月那次让您很难受。但看看全年：您给AutoCare的扣款少了大约21万。一个糟糕的上午跟这个一比，总的来说它已经挣回两倍的钱了，您说是不是？ # move: tell-buyer-their-problem, numbers-without-buy-in]
    ~ trust = MAX(trust - 2, 0)
    “挣回两倍。”（他看都没看那些数字。）AutoCare又不是冲着你骂。 # speaker: gao-deshun # mood: annoyed
    -> implication
* [那个上午是我们的失误。您这边当时怎么样？司机们是怎么处理的，AutoCare又说了什么？ # move: acknowledge-objection, clarify-objection]
    ~ trust = MIN(trust + 1, 18)
    （他沉默了一会儿；他本以为你会找借口。）司机们又用回了纸。老熊车上一直放着复写单本，他向来如此。 # speaker: gao-deshun # mood: neutral
    AutoCare那次认了纸质单据。但他们采购说了，“就这一次”。（他看着你。）你要明白，我买的是这个。不是App。是早上7点有人接电话，而不是下午1点。 # speaker: gao-deshun # milestone: pain-acknowledged
    -> implication

=== implication ===
{ patience <= 0: -> ending_walkout }
吴丽华翻了一页。 # speaker: narrator
评分没问题。也没人说App不好用。但问题不在价值，高董。问题在价格。 # speaker: wu-lihua # mood: neutral
* [那我们就谈价格。您心里的数字是多少？ # move: ask-what-price-works, negotiate-before-value-accepted # cause: not-ready]
    ~ trust = MAX(trust - 1, 0)
    （她毫不犹豫。）去年的9.6万。两个仓一起。 # speaker: wu-lihua # mood: pleased
    （高德顺慢慢点了点头，好像他从没想到过，可现在一听又觉得理所当然。） # speaker: narrator
    -> risk
* [假设App只用在AutoCare的单子上，孝感继续用纸。明年孝感会是什么样子？ # move: ask-implication]
    ~ trust = MIN(trust + 1, 18)
    ~ value_accepted = true
    （她开始按计算器，又停了下来。）孝感现在用纸：每月18起纠纷，扣款大约9000。而且明年秋天AutoCare要在孝感周边开六家店。他们在那边也会要同样的签收确认。 # speaker: wu-lihua # mood: anxious
    （他搓了搓脸。）这么说孝感反正都得上。（停了一下。）好吧。它好用。我从来没说过它不好用。 # speaker: gao-deshun # mood: neutral # milestone: cost-quantified
    -> risk
* [您说得对，吴总，那我们就把价格算实。我们财务团队按您的数字算过：纠纷、扣款、评分，三年的回报是3.2倍。完整的投资回报表我带来了。 # move: numbers-without-buy-in # cause: not-ready]
    ~ trust = MAX(trust - 1, 0)
    （她接过表，翻过来看了看，把它扣在计算器下面。）你们财务团队的数字。 # speaker: wu-lihua # mood: skeptical
    -> risk

=== risk ===
{ patience <= 0: -> ending_walkout }
高德顺站起身，看着窗外的院子，一辆货车正歪歪扭扭地倒车。 # speaker: narrator
三年。我六十四了。跟一个已经出过一次问题的东西绑三年，时间可不短。 # speaker: gao-deshun # mood: anxious
* [我没法保证它永远不出故障。我能写进合同的是：指定一名工程师，早上6点到10点一小时内响应，做不到就抵扣服务费。孝感那边每次上10辆车，您说什么时候上就什么时候上。 # move: calibrate-expectations, offer-risk-reduction]
    ~ trust = MIN(trust + 2, 18)
    ~ risk_done = true
    （他转过身来。）写进合同。有名有姓。（对吴丽华。）一个人名，不是总机。 # speaker: gao-deshun # mood: neutral # milestone: risk-addressed
    复写单本还留在车上。当备胎。 # speaker: gao-deshun
    -> reference
* [要满足什么条件，您才会放心签三年而不是一年？ # move: ask-obstacles]
    ~ trust = MIN(trust + 1, 18)
    （他想了想。）早上7点有人接电话。还有孝感别一下子全上，那边的司机比我这边的还难弄。 # speaker: gao-deshun # mood: neutral
    那我们把这两条都写进去：指定工程师，送货时段一小时响应；孝感每次上10辆车，您说了算。 # speaker: seller
    ~ risk_done = true
    （他点了一下头。）写进合同。 # speaker: gao-deshun # milestone: risk-addressed
    -> reference
* [我们去年的系统可用率是99.7%。3月那次是我们所有客户当中唯一的一次故障，三百个工作日里只有一个上午。说实话，高董，数字说明一切；换作是我，凭这些数字签三年，问心无愧。 # move: dismiss-objection # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    一年99.7%，差的那一点就是整整一天。那一天是我的。（他重重地坐了下来。） # speaker: gao-deshun # mood: annoyed
    -> reference

=== reference ===
{ patience <= 0: -> ending_walkout }
高德顺抱起了胳膊。 # speaker: narrator
还有谁跟你们签了三年？别跟我说汽车厂，也别说上海那些大公司。要跟我差不多的。 # speaker: gao-deshun # mood: skeptical
* [今年好几家全国性的大型汽配分销商都跟我们续了约，其中两家是行业前五，都是走完整招标流程的。他们都觉得够安全，您说对东升来说是不是也够安全了？ # move: mismatched-pitch]
    ~ trust = MAX(trust - 1, 0)
    前五那些公司有一整层楼的IT。我只有老吴和一个外甥。（他摆了摆手。） # speaker: gao-deshun # mood: skeptical
    -> quicksign
* [说实话，几乎所有客户都会续约，我们的续约率是96%。数字说明您不会后悔的。 # move: numbers-without-buy-in]
    （他耸耸肩。）留下来的当然都留下来了。我想知道的是跟我一样的那些。 # speaker: gao-deshun # mood: neutral
    -> quicksign
* [襄阳的恒力轴承：家族企业，两个仓，也是AutoCare的供应商。第一年也磕磕绊绊，去年春天续了三年。胡总会把出过的问题也一并告诉您。 # move: offer-peer-reference]
    ~ trust = MIN(trust + 1, 18)
    老胡？（哼了一声，差点笑出来。）他比我还爱抱怨。要是连他都签了三年……（对吴丽华。）把他电话要来。我今晚给他打。 # speaker: gao-deshun # mood: interested # milestone: references-requested
    -> quicksign

=== quicksign ===
{ patience <= 0: -> ending_walkout }
吴丽华把一张打印件从桌上推过来：QuickSign的价格页，页边是她外甥写的批注。 # speaker: narrator
一辆车30块。55辆车，一年不到2万。你们是14.8万。你就当我是会计，给我解释解释，因为我就是会计。 # speaker: wu-lihua # mood: skeptical # milestone: competition-revealed
* [吴总，您看看那30块背后是谁。QuickSign是一家两个人的创业公司，只顾着冲下载量。要是他们明年倒闭了——大多数都会——您就等于把最大的客户AutoCare押在一家已经不存在的公司身上。我们做了十五年，还是深圳上市公司。 # move: bash-competitor # cause: lost-patience]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （高德顺一瞬间露出了兴趣。吴丽华在手机上打字。）这上面说，他们有三千个客户。而且出过故障的是你们。 # speaker: wu-lihua # mood: annoyed
    -> aside
* [30块我做不到。但我把价格降到一辆车180元，缩小一点差距，您看怎么样？ # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （她在本子上写下“180”，在下面画了条线。）原来之前那个价，从来就不是实价。 # speaker: wu-lihua # mood: pleased
    -> aside
* [如果只是签个名、拍张照，QuickSign和我们做的一样。但那30块不包括AutoCare的门户对接，不包括孝感山路上的离线模式，也不包括早上7点有人接电话。我们按您的表格，逐项对比一下？ # move: acknowledge-parity-then-differentiate, point-out-apples-to-oranges]
    ~ trust = MIN(trust + 1, 18)
    你们在吴丽华的表格里一起把这一页做了出来。AutoCare只接受认证过的接口；QuickSign不在其中，所以每个仓每天晚上都得有人手工上传文件：差不多要占掉两个文员大部分的时间，一年大约9万。离线模式没有；孝感的山路上没有信号。客服只能发邮件。 # speaker: narrator
    （她盯着自己那一栏看了很久。）还是便宜。便宜大约4万。 # speaker: wu-lihua # mood: neutral
    4万。（他点了点“客服：邮件”那一行。）换一个早上7点会接电话的人。 # speaker: gao-deshun # mood: neutral
    -> aside

=== aside ===
{ patience <= 0: -> ending_walkout }
高德顺的电话响了，是一个仓库主管，说少了一个变速箱。他走到走廊上去接。吴丽华等着门关上。 # speaker: narrator
私下说一句。只要我跟他说价格合适，他就会签。给我20%，我保证他今天签。 # speaker: wu-lihua # mood: neutral
* [谢谢您跟我说实话，吴总，您比谁都了解他。20%我做不到。不过私下说，如果您今天能让他拍板，我大概可以做到总价降12%。我要是给了，您今天能让他拍板吗？这事在他回来之前，就咱俩知道。 # move: negotiate-with-non-decision-maker, percentage-discount-off-total # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （她写下“12%”，第一次笑了。）12%。我就跟他说是我的主意。 # speaker: wu-lihua # mood: pleased
    -> preconditions
* [价格的事，我更希望高董在场的时候谈。不过您帮我个忙：最后他会怎么拍板？他还在担心什么？ # move: ask-decision-process, ask-obstacles]
    { trust >= 8:
        ~ knows_autocare = true
        （她换了一种眼神看你。）有道理。（她压低了声音。）他拍板；我只告诉他我们付不付得起。至于他担心什么……AutoCare的框架合同18个月后到期。要是他们不要我们了，他觉得自己就是花三年的钱，买一个没人要的系统。 # speaker: wu-lihua # mood: neutral # insider: owner-worry
        而且他儿子明年要接手孝感仓。他不想交给儿子一份退不掉的合同。 # speaker: wu-lihua
    - else:
        （她看了你一会儿。）他拍板；我只告诉他我们付不付得起。他担心什么，让他自己跟你说吧。 # speaker: wu-lihua # mood: neutral
    }
    ~ trust = MIN(trust + 1, 18)
    -> preconditions
* [谢谢您，吴总。我知道您会帮他把好关，这二十年来，这个公司显然一直是您在撑着。 # move: rely-on-rapport, flatter]
    ~ trust = MAX(trust - 1, 0)
    （她没有笑。）好听话又不能入账。 # speaker: wu-lihua # mood: skeptical
    -> preconditions

=== preconditions ===
高德顺回来坐下。 # speaker: narrator
行吧。谁都能拿到更好的价格。我也要更好的价格。 # speaker: gao-deshun # mood: neutral
* [先问三个问题。如果条款谈妥，两个仓是不是都选Routewise？价格是不是唯一剩下的问题？吴总今天能签吗？ # move: ask-negotiation-preconditions]
    ~ trust = MIN(trust + 1, 18)
    {
    - value_accepted && risk_done:
        ~ ready = true
        （他看看吴丽华；她极轻微地点了下头。）两个仓都选，只要支持服务那条写进合同。价格，还有……主要是价格。能。我说签，她今天就签。 # speaker: gao-deshun # mood: neutral # milestone: preferred-vendor
    - risk_done:
        （他皱起眉。）选你们？我还没认定你们比纸强。先证明这一点。 # speaker: gao-deshun # mood: skeptical
    - else:
        （他皱起眉。）价格是唯一的问题？不是。系统坏了的时候谁接电话，我到现在都不知道。 # speaker: gao-deshun # mood: skeptical
    }
    { ready: -> squeeze | -> not_ready }
* [这个价格反映的是您今年得到的价值：纠纷少了，扣款少了，AutoCare的评分到了A。我觉得现在这个价很公道。 # move: hold-price-with-value # cause: not-ready]
    {value_accepted:（他勉强点了点头。）对你来说公道。|（他耸耸肩。）你的价值。我的钱。} # speaker: gao-deshun
    -> squeeze
* [高董，我很想给您争取一个更好的价格，我觉得也争取得到。但我得先说清楚：这个价格跟我们31号的年底挂钩，我们经理只批这周内做决定的单子。您能这周给我答复吗？这样我才能把价格保住。 # move: push-quarter-end # cause: not-ready]
    ~ trust = MAX(trust - 2, 0)
    你们的年底。（他看了看墙上的日历。）我的合同三周后到期。我可以等三周零一天。 # speaker: gao-deshun # mood: annoyed
    -> squeeze

=== not_ready ===
吴丽华还是把笔准备好了，等着一个数字。 # speaker: narrator
* {not risk_done} [那价格可以先放一放。我没法保证它永远不出故障，但我可以写进合同：指定一名工程师，早上6点到10点一小时内响应，还有服务费抵扣。 # move: calibrate-expectations, offer-risk-reduction]
    ~ trust = MIN(trust + 1, 18)
    ~ risk_done = true
    （他放下了抱着的胳膊。）一个人名。写进合同。（停了一下。）还有孝感别一下子全上。 # speaker: gao-deshun # mood: neutral # milestone: risk-addressed
    每次10辆车，您说什么时候上就什么时候上。 # speaker: seller
    -> recheck
* {risk_done && not value_accepted} [那价格可以先放一放。如果除了AutoCare的单子，其他地方全都回到纸质，明年孝感会让您损失多少？ # move: ask-implication]
    ~ trust = MIN(trust + 1, 18)
    ~ value_accepted = true
    （她边算边说。）孝感每月18起纠纷，扣款9000。而且AutoCare明年秋天在孝感新开的六家店，反正也都要签收确认。 # speaker: wu-lihua # mood: anxious # milestone: cost-quantified
    -> recheck
* [明白，我不想让价格在您考虑的时候成为障碍。所以为了表示诚意，我现在就把总价降10%，其余的不管您怎么决定都算数。这样有帮助吗？ # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （她写下“10%”，画了个圈。）诚意。我们收下了。 # speaker: wu-lihua # mood: pleased
    （高德顺的表情没有变化。他还没认可这东西值多少钱，价格就先动了：这本身就告诉了他，这个价格值多少。） # speaker: narrator
    -> squeeze

=== recheck ===
{ value_accepted && risk_done:
    ~ ready = true
    （他看看吴丽华；她极轻微地点了下头。）好吧。两个仓，只要写进合同。那就谈价格。我说签，她今天就签。 # speaker: gao-deshun # mood: neutral # milestone: preferred-vendor
- else:
    （他揉了揉眼睛。）好一些了。还不够。你报价吧，我们再看。 # speaker: gao-deshun # mood: neutral
}
-> squeeze

=== squeeze ===
{ patience <= 0: -> ending_walkout }
吴丽华放下笔，照着本子念。 # speaker: narrator
{gave > 0:你已经让过一次了。所以：要么降25%，|要么降20%，}要么按去年的价格续一年，要么用QuickSign。我们就这几个选择。 # speaker: wu-lihua # mood: skeptical
* [好吧，咱们简单点：再续一年，两个仓，按去年的9.6万。三年的事下次再谈。 # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （她立刻记下来。）55辆车，9.6万。 # speaker: wu-lihua # mood: pleased
    （高德顺没有笑。要是价格十分钟就能降三分之一，那去年那个价又算什么？） # speaker: narrator
    -> extras
* [总价打折会变成以后每年的起点，所以不行。但如果您签三年，并且预付第一年，我就让孝感的车从各自上线那天才开始计费，并且三年锁价。今天能按这个签吗？ # move: trade-concession, ask-two-gets]
    { ready:
        ~ trust = MIN(trust + 2, 18)
    - else:
        ~ trust = MIN(trust + 1, 18)
    }
    （吴丽华重新算了一遍。孝感的20辆车，3月上10辆、6月上10辆，而不是从1月起全部计费：第一年大约少1.6万，而且三年不涨价。） # speaker: narrator
    这个……不算少了。（对高德顺。）预付款我可以从1月AutoCare的年终结算里出。 # speaker: wu-lihua # mood: neutral # milestone: concession-traded
    -> extras
* [这超出我的权限了，吴总。不过我先给10%，要是能换来高董今天签字，我再去跟我们经理争取到12%，您看怎么样？ # move: percentage-discount-off-total # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （她写下“10，也许12”。）那就是12。 # speaker: wu-lihua # mood: pleased
    （高德顺看着你，就像看着一辆歪歪扭扭倒车的货车。） # speaker: narrator
    -> extras

=== extras ===
{ patience <= 0: -> ending_walkout }
吴丽华翻到下一个标签。 # speaker: narrator
还有，孝感的司机要培训。免费。那20台手持终端按成本价。大家都这么做。 # speaker: wu-lihua # mood: neutral
* [没问题，孝感司机的培训我们全包了，20台手持终端也按成本价给您。对东升这样的客户，这是我们起码该做的，别让这些小事耽误了三年续约这个更大的决定。 # move: unilateral-discount # cause: gave-without-get]
    ~ gave = MIN(gave + 1, 2)
    （她勾了两个框。）好。那第一个月也免费吧。 # speaker: wu-lihua # mood: pleased
    -> defer
* [培训本来就在上线计划里：每次10辆车，每批司机培训一天。手持终端按成本价，可以，条件是9月AutoCare供应商大会上，高董讲讲用下来的情况。 # move: trade-concession]
    ~ trust = MIN(trust + 1, 18)
    （他哼了一声。）站在两百家供应商面前讲软件。（停了一下。）好用，我就说好用。不好用，我也照说。 # speaker: gao-deshun # mood: neutral # milestone: concession-traded
    可以。那条件就是这些。 # speaker: seller
    -> defer
* [全部加起来，要怎么样您今天才肯签？您把完整的清单给我，我看看能做什么。 # move: ask-what-price-works]
    ~ trust = MAX(trust - 1, 0)
    （吴丽华笑了，开始写清单。一共七条。） # speaker: narrator
    -> defer

=== defer ===
{ patience <= 0: -> ending_walkout }
高德顺一只手把吴丽华的文件夹合上。 # speaker: narrator
我想再考虑考虑。老合同先按月续着，过了元旦我再定。 # speaker: gao-deshun # mood: anxious
* [当然，高董。这是三年的决定，我宁愿您1月签得踏实，也不愿您今天签了后悔。那我元旦以后再给您打电话？方案随时为您准备着。 # move: accept-brush-off # cause: accepted-brush-off]
    -> ending_rollover
* {knows_autocare} [高董，我能直接问一句吗？是因为AutoCare的合同，还有您儿子吧？ # move: clarify-objection, check-readiness]
    ~ trust = MIN(trust + 1, 18)
    （他看看吴丽华，吴丽华抬头看着天花板。）她跟你说了。（长出一口气。）是。要是AutoCare明年不要我们了，我就在为一个没人要的系统付钱，这笔账还得我儿子来背。 # speaker: gao-deshun # mood: anxious
    -> autocare
* {not knows_autocare} [这十分钟里，好像有什么变了。如果不是价格，也不是服务，那还有什么让您放心不下？ # move: clarify-objection, check-readiness]
    ~ trust = MIN(trust + 1, 18)
    （他沉默了好一会儿。）AutoCare的合同18个月后到期。要是他们不要我们了，我就是花三年的钱，买一个没人要的系统。而且我儿子明年接手孝感。我不能给他套上一副甩不掉的枷锁。 # speaker: gao-deshun # mood: anxious
    ~ knows_autocare = true
    -> autocare
* [我理解。那我今天给的条件就要收回了：那是为今天做决定准备的。如果按月续，就还按原来的方案。 # move: withdraw-concession # cause: left-doubt-unexplored]
    ~ trust = MIN(trust + 1, 18)
    （他盯着你看了很久。）你不急着求单。好。我不跟急着求单的人买东西。（他站起来。）但我还是想考虑考虑。 # speaker: gao-deshun # mood: neutral
    -> ending_respected
* [我得跟您说实话：这个价格只保留到我们31号年底。过了那天我就没法保证了。能在那之前定下来吗？ # move: push-quarter-end, pressure-buyer # cause: pushed-year-end]
    ~ trust = MAX(trust - 2, 0)
    （他第一次笑了，笑得并不友善。）那过了31号，你会带着更好的价格来找我。 # speaker: gao-deshun # mood: annoyed
    -> ending_waited

=== autocare ===
{ patience <= 0: -> ending_walkout }
吴丽华停下了笔。 # speaker: narrator
* [高董，您真觉得AutoCare会甩掉它在湖北数一数二的供应商吗？您一年之内就从C升到了A，纠纷降到了每月6起。我拿我的提成跟您打赌。 # move: overclaim, flatter # cause: autocare-unresolved]
    ~ trust = MAX(trust - 2, 0)
    你拿你的提成打赌。我拿的是我的公司。（他摇了摇头。） # speaker: gao-deshun # mood: skeptical
    -> final
* [那我们就写进合同。如果AutoCare终止框架合同，或者取消签收确认的要求，第二年和第三年就只保留汉阳。作为交换：第一年预付，签三年。能按这个签吗？ # move: trade-concession, offer-risk-reduction]
    ~ trust = MIN(trust + 2, 18)
    ~ autocare_done = true
    （吴丽华慢慢地念给他听。他闭着眼睛听。） # speaker: narrator
    这么说，AutoCare要是走了，账单也跟着降。我儿子也不会被套住。（他睁开眼。）写进合同。不是写在邮件里。写进合同。 # speaker: gao-deshun # mood: neutral # milestone: risk-addressed
    -> final
* [您儿子会感谢您今天把价格锁定三年的。这是对他负责。 # move: pressure-buyer # cause: autocare-unresolved]
    ~ trust = MAX(trust - 2, 0)
    我儿子会不会感谢我，用不着你来告诉我。（他的声音很轻。） # speaker: gao-deshun # mood: annoyed
    -> final

=== final ===
{ patience <= 0: -> ending_walkout }
高德顺看着吴丽华。吴丽华看着她的本子。 # speaker: narrator
{trust >= 14:再给我念一遍。|那么，我们到底签的是什么？} # speaker: gao-deshun
* [签之前，既然您要跟我们合作三年：我再免费给您加上Routewise Labs的预测到达时间测试版，怎么样？早期客户免费使用，您的司机会是第一批用上的。 # move: mismatched-pitch # cause: beta-at-signing]
    ~ trust = MAX(trust - 3, 0)
    ~ offered_beta = true
    （他放下了笔。）测试版。（对吴丽华。）你看到了吧？这就又想改东西了。 # speaker: gao-deshun # mood: skeptical
    -> decide
* [三年，两个仓，只有我们今天谈定的内容，全部写进合同：支持服务、计费方式、AutoCare条款、第一年预付。如果没问题，我们签吧？ # move: close-when-ready]
    -> decide
* [（把合同推到桌子对面，不再多说。） # move: neutral]
    -> decide

=== decide ===
{ gave >= 2: -> ending_spiral }
{ not ready && gave > 0: -> ending_spiral }
{ not ready: -> ending_not_ready }
{ not autocare_done: -> ending_chained }
{ offered_beta: -> ending_lost }
-> ending_won

=== ending_won ===
（高德顺一页一页地读。用了十一分钟。没有人说话。） # speaker: narrator
（他用自己的笔，慢慢地签了字。）要是工程师早上7点不接电话，我就打给你。打到你家里。 # speaker: gao-deshun # mood: pleased
预付款我1月入账。我还会把我外甥那张QuickSign的打印件寄给你，让你记住你们花了我们多少钱。 # speaker: wu-lihua # mood: neutral # milestone: mutual-plan-agreed
{gave == 0:没有打折：孝感分期计费和三年锁价，换来了合同期和预付款。|但你白白送出去的折扣，现在成了吴丽华下次续约的起点。} # speaker: narrator
两个仓三年续约，支持服务和AutoCare的风险都写进了合同。 # speaker: narrator # outcome: won
-> END

=== ending_rollover ===
（他站了起来。）按月续。过了元旦再说。 # speaker: gao-deshun # mood: neutral
吴丽华跟你握了握手，把你的方案归档在QuickSign打印件的后面。 # speaker: narrator
老合同继续按月续着。1月，高德顺的儿子问，为什么要按月付钱，用一套谁都没拍板的系统；续约又在“再看看”里拖过了一年。 # speaker: narrator # outcome: no-decision # caused-by: accepted-brush-off
-> END

=== ending_respected ===
（走到门口，他回过头。）1月2号给我打电话。别提前。 # speaker: gao-deshun # mood: neutral
你离开的时候，价格守住了，但没有签字。高德顺让老合同按月续着；1月你打电话时，他还是没有决定，但他接了你的电话，而原来的方案仍然是起点。 # speaker: narrator # outcome: no-decision # caused-by: left-doubt-unexplored
-> END

=== ending_spiral ===
（高德顺从吴丽华手里拿过本子，把你的让步一条一条大声念出来。） # speaker: narrator
一个下午就能降这么多，那去年你就是在抢我的钱。（他把本子推回去。）AutoCare的单子用QuickSign，上传让外甥来弄。其他的回到纸质。 # speaker: gao-deshun # mood: annoyed
你每一次没换回任何东西的让步，都在告诉高德顺：这个价格从来就不是真的。东升没有续约。 # speaker: narrator # outcome: lost # caused-by: gave-without-get
-> END

=== ending_lost ===
（他看都没看合同。）不。不签三年。不跟你们签。 # speaker: gao-deshun # mood: skeptical
第二周，吴丽华给跑AutoCare的车订了QuickSign。孝感继续用纸，汉阳的车上也重新放回了纸质单据。 # speaker: narrator # outcome: lost # caused-by: beta-at-signing
-> END

=== ending_not_ready ===
（他把合同推回桌子对面，没有签。）我到现在都没法拿它跟纸比出个高低，三年可是一大笔钱。 # speaker: gao-deshun # mood: skeptical
老合同按月续着。东升没有一个人说过续约比复写单本更值，所以谁也没做决定。 # speaker: narrator # outcome: no-decision # caused-by: not-ready
-> END

=== ending_chained ===
（他把三年的条款读了两遍，然后合上文件夹。）那AutoCare要是走了呢？那就是我儿子来付这笔钱。不行。 # speaker: gao-deshun # mood: anxious
唯一要紧的那个担心，始终没有写进合同。高德顺让老合同按月续着，等着看AutoCare怎么做。 # speaker: narrator # outcome: no-decision # caused-by: autocare-unresolved
-> END

=== ending_waited ===
（他站起来，打开门。）过了31号再给我打电话。带着更好的价格。 # speaker: gao-deshun # mood: annoyed
他说到做到，把你们的年底等了过去。1月，续约从一个比你进门时更低的数字重新开始，而且仍然没有人做任何决定。 # speaker: narrator # outcome: no-decision # caused-by: pushed-year-end
-> END

=== ending_walkout ===
高德顺站起来，打开通往楼梯间的门；叉车声一下子大了起来。 # speaker: narrator
纸从来不会宕机。谢谢你跑一趟。 # speaker: gao-deshun # mood: annoyed
价格还没谈完，会就先散了。东升没有续约，任由合同到期，回到了复写单本，AutoCare的单子用QuickSign。 # speaker: narrator # outcome: lost # caused-by: lost-patience
-> END
