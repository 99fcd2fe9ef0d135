# id: key-account-trust
# title: 恒泰建材：六年的老客户和一封函
# objective: 在竞争对手的评审之前,定下试用和决策日期
# phase: 1
# segment: late-majority
# buyer: gao-jianguo; 高建国; 总经理，恒泰建材; decision-maker; man senior glasses
# buyer: pan-li; 潘丽; 调度主管，恒泰建材; user; woman
# minutes: 15
# difficulty: intermediate
# version: 5
# setting: office
# brief: 恒泰建材是合肥一家区域性建材经销商，经营水泥、瓷砖和石膏板：自有货车18辆，随叫随到的个体司机30来个，员工240人。Routewise的运输模块他们已经用了六年。两个月前你从孙浩手里接过这个客户，孙浩调去了上海大区。孙浩人缘很好；去年续约时，为了压住FleetPilot的报价，他给了30%的“老客户折扣”。
# brief: 上周，总经理高建国打了Routewise的客服热线，问“你们有没有管外协司机的东西”。调度主管潘丽在电话里告诉你，恒泰最大的客户华兴建工集团给所有供应商发了一封函，说的是工地送货迟到的问题。高总没要方案，也没说他想要什么；他到底需要什么、需不需要，他自己才刚开始琢磨。高总为人谨慎，花钱仔细，听说以前在软件上吃过亏。你在恒泰的货场有一个小时。

VAR trust = 3
VAR patience = 3
VAR met_gao_early = false
VAR knows_cost = false
VAR discount_promised = false
VAR overpromised = false
VAR knows_process = false
VAR told_jinlu = false

-> yard

=== yard ===
恒泰的货场里一股湿水泥味。一辆叉车“嘀嘀”叫着，在一垛垛裹着蓝膜的地砖托盘之间穿行。 # speaker: narrator
潘丽在调度室门口朝你招手，脖子上挂着耳麦，身后桌上摆着两部手机。 # speaker: narrator
你来啦！快进来快进来，我去泡茶。高总在跟华兴通电话，估计得一会儿。说真的，你有什么直接跟我讲就行——你们的系统我一天用八个小时，给他讲我比谁都讲得明白。 # speaker: pan-li # mood: pleased
* [谢谢潘主管——天天用它八个小时的可是您。那咱们边喝茶边过一遍，等高总打完电话，您再跟他汇报，好吗？ # move: rely-on-single-contact, flatter # cause: lost-trust]
    ~ patience -= 1
    （她笑开了花，又拉过来一把椅子。）总算有人知道来问真正干活的人了！ # speaker: pan-li # mood: pleased
    你和潘丽聊了二十分钟。她给你看她和个体司机们的微信群，还有那些她闭着眼都会点的界面。然后门开了。 # speaker: narrator
    -> gao_arrives
* [想先听听您的看法，潘主管：现在华兴工地的一张订单，是怎么到司机手里的？ # move: ask-current-process]
    ~ knows_process = true
    （她压低声音。）我们自己的车没问题，都在Routewise里。麻烦的是个体司机。我打电话、发微信约车，然后人就“消失”了，一直到工地打电话来冲我吼。 # speaker: pan-li # mood: interested
    她还没来得及往下说，门就开了。 # speaker: narrator
    -> gao_arrives
* [茶我就不客气了。华兴的函是发给高总的，能不能麻烦您跟他说一声我到了？我想先听他讲，细节再跟您请教。 # move: ask-to-meet-decision-maker]
    ~ met_gao_early = true
    ~ trust += 1
    （她犹豫了一下，拿起内线电话。）高总，Routewise的人到了。……他说你现在就上去，他有四十分钟。 # speaker: pan-li # mood: neutral
    -> gao_arrives

=== gao_arrives ===
{ met_gao_early: 高建国的办公室在二楼，就在装卸区上方。他五十多岁，老花镜推在额头上，桌上合着一个华兴建工的文件夹。潘丽拿着笔记本跟你进来。 | 高建国走进调度室，老花镜推在额头上。他看了看那两只茶杯，又看了看你。 } # speaker: narrator # enter: gao-jianguo
{ met_gao_early: 坐。|看来小潘已经带你参观过了。}Routewise我们用了六年。小孙一年来两趟，中秋送月饼，续约给折扣。那么，你今天给我带了什么来？ # speaker: gao-jianguo # mood: neutral
* [您了解过Routewise Labs正在做的到达时间预测吗？它会自己学习路况和工地的规律。我用电脑给您演示一下，看它会怎么改变潘主管的一天，好吗？ # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    （他没看电脑。）“学习”。“改变”。小孙以前也说升级会改变很多东西。确实变了——变了两天。 # speaker: gao-jianguo # mood: skeptical
    -> goal
* [首先请您放心，一切照旧。而且我已经确认过了，您的老客户价格以后照样保留。跟我合作，您不会比跟孙浩的时候多花一分钱。 # move: unilateral-discount # cause: promised-discount]
    ~ discount_promised = true
    （他慢慢点头，记了一笔。）好。这个开头对。小孙明白，我们是长期客户。 # speaker: gao-jianguo # mood: pleased
    -> goal
* [今天不做演示。听说华兴给供应商发了函。先不说我们——今年对恒泰来说，什么样的结果才算好？ # move: ask-goal]
    ~ trust += 1
    （他把眼镜从额头上摘下来，放在文件夹上。）嗯。挺直接。好吧。 # speaker: gao-jianguo # mood: neutral
    -> goal

=== goal ===
{ patience <= 0: -> ending_walkout }
他打开华兴的文件夹，转过来让你看抬头。 # speaker: narrator
华兴占我们营业额的35%。他们新出了供应商考核表：工地送货95%要在预约的两小时窗口内送到，还要有电子签收。上个季度我们是81%。十周后他们考核我们。我要保住A类供应商的资格。我要的就这一条。 # speaker: gao-jianguo # milestone: goal-stated
* [95%准时加电子签收，我们的承运商模块配上实时到达追踪，就是专门干这个的。我周五前把方案放到您桌上，离十周的期限还早得很，您看行吗？ # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    周五前。（他合上文件夹。）81%是怎么来的，你问都没问。 # speaker: gao-jianguo # mood: skeptical
    -> late_where
* [高总，咱们合作六年了，您跟华兴也打了这么多年交道，他们了解您。不管他们出什么难题，Routewise都站在恒泰这边。 # move: rely-on-rapport]
    （淡淡一笑。）小孙也这么说过。华兴打分可不看感情。 # speaker: gao-jianguo # mood: neutral
    -> late_where
* [先不谈建议。您给我讲讲，现在华兴工地的一趟货是怎么走的：从他们下单，到托盘卸在工地上。 # move: ask-current-process]
    ~ trust += 1
    ~ knows_process = true
    （他朝潘丽点点头。）小潘，你说。 # speaker: gao-jianguo
    华兴的工地提前一天预约时间窗口。我们自己的十八辆车在Routewise里排。可工地的货有六成是个体司机拉的——三十个人，开自己的车。我在微信上约他们。车一出货场，我就什么都不知道了，一直到工地打电话来。 # speaker: pan-li # mood: interested
    -> late_where

=== late_where ===
{ patience <= 0: -> ending_walkout }
{ knows_process: 高总敲了敲考核表。 | 高总把文件夹翻了一页。 } # speaker: narrator
{ knows_process: 情况就是这样。|细节小潘回头可以跟你讲。}华兴每次都给我们发一张迟到清单。上个季度43单。 # speaker: gao-jianguo
* [43单迟到，大部分是您系统里看不见的个体司机——把这个解决了，考核分自然就上去了，您说是不是？ # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    说得倒简单。（他看向潘丽，潘丽低头看着笔记本。）要真这么简单，小孙早就解决了。我自己的车也有迟到的，这你还不知道吧。 # speaker: gao-jianguo # mood: annoyed
    -> cost
* [这43单里，个体司机的有几单，自己车的有几单？迟到又是因为什么——路上堵、装车慢，还是时间窗口改了？ # move: ask-diagnostic]
    ~ trust += 1
    ~ knows_process = true
    （潘丽抢在高总前面回答。）个体司机31单，我们自己的12单。个体司机那31单里，有一半是工地改了时间窗口，我没能及时联系上司机。 # speaker: pan-li # mood: interested
    （高总看着她，像是第一次听到这个数字。）一半。就因为改了窗口。 # speaker: gao-jianguo # mood: anxious # milestone: pain-acknowledged
    -> cost
* [我们的追踪App能把这些司机全显示在地图上。电子围栏、自动到达打卡、拍照签收——承运商模块里全都有。 # move: pitch-features # cause: lost-trust]
    ~ trust -= 1
    （潘丽看起来挺感兴趣，高总没有。）哪家软件公司没有地图？地图可告诉不了我这43单为什么迟到。 # speaker: gao-jianguo # mood: skeptical
    -> cost

=== cost ===
{ patience <= 0: -> ending_walkout }
他摘下眼镜，揉了揉鼻梁。 # speaker: narrator
十周。也许他们会网开一面。我们给他们供货九年了。 # speaker: gao-jianguo
* [那要是他们不网开一面呢——丢了A类资格，对恒泰具体意味着什么？ # move: ask-implication]
    ~ trust += 1
    ~ knows_cost = true
    （他说得很慢，像是第一次把这话说出口。）B类供应商拿不到新项目的招标邀请。滨湖医院、两个地铁车辆段——那是明年的量。差不多9000万元。 # speaker: gao-jianguo # mood: anxious
    还有银行。银行给我们核授信额度，看的是前三大合同。（他把眼镜戴回去。）不行。我不能指望网开一面。 # speaker: gao-jianguo # milestone: cost-quantified
    -> rescue
* [这笔账您算过吗？像您这样规模的经销商，准时率差14个百分点，通常要损失8%到12%的营收。我可以把我的测算模型发给您。 # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust -= 1
    通常。（他没有记。）我开的不是“通常”的公司，我开的是这一家。 # speaker: gao-jianguo # mood: skeptical
    -> rescue
* [别指望网开一面。用了Routewise，考核之前您一定能到95%——我亲自盯着。 # move: overclaim # cause: overpromised]
    ~ trust -= 2
    ~ overpromised = true
    （他在本子上写下“考核前95%”，还划了两道线。）亲自盯着。我记住了。 # speaker: gao-jianguo # mood: skeptical
    -> rescue

=== rescue ===
{ patience <= 0: -> ending_walkout }
他往后一靠，抱起胳膊。 # speaker: narrator
我不需要全省最聪明的系统。我需要从这个坑里爬出来，而且爬的时候别又掉进另一个坑。你们公司真把谁从这种坑里拉出来过吗？还是全靠宣传册？ # speaker: gao-jianguo
* [要不我先给您演示一下承运商模块？招标派单、承运商评分、电子签收、电子围栏、微信通知：四十多项功能，市面上最全，每一项都是为恒泰这样的坑设计的。 # move: pitch-features, claim-different-on-everything # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    （他抬手打断你。）四十项功能。我问的是一个坑。 # speaker: gao-jianguo # mood: annoyed
    -> old_wound
* [芜湖的金路建材，去年春天：二十五个个体司机，准时率78%，被开发商列入观察期。后来他们保住了A类资格，怎么做到的，徐总可以亲口告诉您。 # move: share-success-story, offer-peer-reference]
    ~ trust += 2
    ~ told_jinlu = true
    （他坐直了。）金路？徐峰？我们从佛山同一家瓷砖厂进货。 # speaker: gao-jianguo # mood: interested
    他们没改调度方式。他们给个体司机开了一个微信小程序，跟运输模块打通：接单，提货时点一下，到工地门口再点一下，拍一张签收单。工地一改时间窗口，调度在一个界面上就能看到影响了谁。九周从78%做到94%。 # speaker: seller
    九周。不是奇迹——是九周。（他在本子上写下“徐峰”。）我得先给他打个电话，才能信。 # speaker: gao-jianguo # milestone: references-requested
    -> old_wound
* [我们Labs团队正在试点一个AI，能提前两小时预测迟到。两家全国性的电商平台在用。您会是安徽第一家用上它的建材经销商。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    第一家。（他说这三个字的口气，就像别人说“小白鼠”。）我要的是你们救过的客户，不是你们拿来做实验的客户。 # speaker: gao-jianguo # mood: annoyed
    -> old_wound

=== old_wound ===
{ patience <= 0: -> ending_walkout }
潘丽在椅子上挪了挪。高总没看她。 # speaker: narrator
有件事你该知道。两年前的十月，你们一次升级让我们的调度在旺季瘫了两天。小潘在纸上排了四十辆车。小孙说再也不会发生了。现在华兴正盯着我们，我凭什么要在这套系统上再加一个新模块？ # speaker: gao-jianguo # mood: skeptical
* [那是老的本地部署版本。我们把所有客户都迁到云上以后，可用率一直在99.9%，升级都在夜里分批推送，每次只推几家客户。那样的事根本不可能再发生了。 # move: dismiss-objection # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    “不可能再发生。”（他看向潘丽。）那年九月我们听到的也是这句话。 # speaker: gao-jianguo # mood: annoyed
    -> usage
* [您完全有理由这么问，高总。事故记录我看过了，但我更想听您亲口说说，最让您难受的是系统瘫痪本身，还是我们的处理方式。 # move: acknowledge-objection, clarify-objection]
    ~ trust += 2
    （他沉默了一会儿。）是处理方式。整整六个小时没有任何人通知我们。还是小潘从一个司机那里听说，系统到处都瘫了。 # speaker: gao-jianguo # mood: neutral
    而且升级偏偏放在十月。谁会在十月升级啊？ # speaker: pan-li
    （高总点点头。）所以说。要是再上什么新东西，不能在旺季上，出了问题得有人赶在我的司机之前告诉我。 # speaker: gao-jianguo # milestone: risk-addressed
    -> usage
* [要不我把私人手机号留给您？我不是孙浩，高总。不管白天黑夜，出了任何问题，您打给我，我马上到。 # move: rely-on-rapport]
    （他看都没看，就把你的名片揣进了口袋。）小孙也有手机。十月那会儿，关机了。 # speaker: gao-jianguo # mood: neutral
    -> usage

=== usage ===
{ patience <= 0: -> ending_walkout }
{ trust >= 7: 他把本子推到桌子中间。 | 他瞥了一眼墙上的钟。 } # speaker: narrator
说说实际会怎么运转。别讲功能。讲真实的一天。 # speaker: gao-jianguo
* [为什么不照我们最好的客户那样做？每个个体司机都装上我们的司机App，调度改成自动派单，系统按成本和司机评分分配每一单。从第一天起，潘主管就不用再在微信上追着司机跑了。 # move: impose-solution-design # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    自动。（潘丽轻轻吸了口气。）我的个体司机不是我的员工。一半的人会干脆不接我们的活。 # speaker: gao-jianguo # mood: skeptical
    -> promise
* [就拿一个周二来说：8点10分，华兴滨湖工地把10点的瓷砖送货改到11点半。现在，潘主管要等工长吼起来才知道。有了这套东西以后，谁应该最先看到？看到以后做什么？ # move: share-usage-scenario]
    ~ trust += 1
    我。（潘丽立刻回答。）我要看到这一单是哪个司机在拉，他还赶不赶得上；赶不上的话，就从货场调一辆我们自己的车换他。 # speaker: pan-li # mood: interested
    她看到的就是这样一个界面：改过的窗口，在小程序里接了这单的司机，他在提货点的最后一次打卡。她给他打电话，或者把这单换掉。工地收到新的预计到达时间。到了工地门口，司机再点一下，拍下签收单：这就是华兴要的凭证。 # speaker: seller
    （高总看看你，又看看潘丽。）司机还开自己的车，小潘还用她的手机，华兴拿到它要的凭证。 # speaker: gao-jianguo # mood: interested # milestone: vision-agreed
    -> promise
* [您想象一下：工地还没打电话，Labs的AI就已经预见到滨湖的延误，自动重新派车，再给工长发短信通知新时间。潘主管什么都不用碰——系统自己就搞定了。 # move: mismatched-pitch, overclaim # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    （潘丽的笑容没了。）那我一天干什么？ # speaker: pan-li # mood: skeptical
    （高总也没笑。）一个“自己就搞定”的系统。十月份我就用过一个，用了两天。 # speaker: gao-jianguo # mood: skeptical
    -> promise

=== promise ===
{ patience <= 0: -> ending_walkout }
高总拿起笔。 # speaker: narrator
十周后考核。你能不能四周内让三十个个体司机全部上线，真正用起来？我得给华兴看点实实在在的东西。 # speaker: gao-jianguo
* [四周，三十个司机全部上线——没问题。我亲自把我们最好的实施团队派到恒泰，趁司机在货场门口排队等装车就给他们注册好，考核前六周您就能拿着凭证去见华兴。 # move: overclaim # cause: overpromised]
    ~ trust -= 1
    ~ overpromised = true
    （他记了下来。）四周。三十个全上。 # speaker: gao-jianguo # mood: pleased
    （潘丽停下笔。）高总，老张现在用的还是2016年的手机。一半的人连微信都不升级，要等春节侄子回来帮他们弄。 # speaker: pan-li # mood: anxious
    （高总皱着眉看看本子，又看看你。）嗯。 # speaker: gao-jianguo # mood: skeptical
    -> foam
* [日期的事咱们先别卡着。等您定下来，我们的项目团队会跟潘主管一起排一份详细的时间表。 # move: hide-known-gap # cause: lost-trust]
    ~ trust -= 1
    我是知道了日期才做决定，不是先做决定再知道日期。我问这个问题，就是这个意思。 # speaker: gao-jianguo # mood: skeptical
    -> foam
* [说实话，做不到。系统对接要三周，个体司机上手快慢得看他们自己，而且小程序读不了老的GPS盒子。先从您的固定司机做起，考核前到95%是做得到的。 # move: calibrate-expectations, admit-limitation]
    ~ trust += 2
    {told_jinlu:金路|芜湖的金路建材，一家跟您一样的经销商}那边，二十五个司机到第六周上了十八个；剩下七个一直拖到第十周。我宁可按这个来排计划，也不想跟您许诺四周。 # speaker: seller
    （潘丽使劲点头。）那十个固定司机拉了华兴七成的货。这十个上了，其他人慢慢会跟上。 # speaker: pan-li # mood: interested
    （高总写下“对接3周——先上10个固定司机——第6周”，盯着看了好一会儿。）这是头一回有软件公司给我一个实打实的日期。 # speaker: gao-jianguo # mood: interested # milestone: risk-addressed
    -> foam

=== foam ===
{ patience <= 0: -> ending_walkout }
{ discount_promised: 既然你说老客户价格照样保留——|然后就是价格的事了。}去年续约小孙给了我们30%的折扣。我想新东西也是照这个来吧。我们财务的钱总监第一件事就会问我这个。 # speaker: gao-jianguo
* [当然——就按孙浩给您的30%，新模块和续约一起打。钱总监拿到的是她早就熟悉的数字，恒泰继续享受老客户待遇，价格永远不会成为咱们之间的障碍。 # move: percentage-discount-off-total # cause: promised-discount]
    ~ discount_promised = true
    （他满意地点点头，在日期旁边写上“30%”。）好。钱总监会高兴的。 # speaker: gao-jianguo # mood: pleased
    （潘丽瞟了你一眼：恒泰上下谁都知道，钱总监从来不会高兴。） # speaker: narrator
    -> rival
* [要看到什么样的数字，钱总监才会放心？ # move: ask-what-price-works # cause: promised-discount]
    ~ trust -= 1
    ~ discount_promised = true
    （他毫不犹豫。）30%。至少。实施费全免。给我写下来。 # speaker: gao-jianguo # mood: neutral
    -> rival
* [我还是现在说清楚：去年的30%是为了压FleetPilot的价，只此一次，不能成为常态。您签三年，再接待几次客户参观，实施费我们来出。 # move: calibrate-expectations, trade-concession, ask-two-gets]
    {
    - discount_promised:
        ~ trust -= 1
        ~ discount_promised = false
        （他眉毛一挑。）十分钟前你还跟我说我的价格会保留。（沉默了好一会儿。）也好。现在从你这儿听到，总比从钱总监那儿听到强。 # speaker: gao-jianguo # mood: skeptical
    - else:
        ~ trust += 1
        （他皱了皱眉，然后耸耸肩。）小孙从来没解释过这30%是怎么回事。我还以为那就是价格。 # speaker: gao-jianguo # mood: neutral
    }
    签三年，再让外人来参观，换一个免费实施。（他记了下来。）我就原话告诉钱总监。至少这是她能核实的东西。 # speaker: gao-jianguo # milestone: concession-traded
    -> rival

=== rival ===
{ patience <= 0: -> ending_walkout }
他从文件夹下面抽出一张铜版纸宣传单。 # speaker: narrator
FleetPilot的人上个月来过。给个体司机用的司机App，免费。“即插即用”。（他把宣传单往桌上一扔。）我为什么不直接用免费的？ # speaker: gao-jianguo # milestone: competition-revealed
* [“即插即用”只是他们进门的手段：免费App就是个试用，先把您套牢。一年以后续费就得花双倍的钱，潘主管还得每天同时盯两套互不相通的系统。 # move: bash-competitor # cause: lost-trust]
    ~ trust -= 1
    （他又把宣传单拿了起来，几乎有点护着它的意思。）他们的人说起你们可是很客气的。 # speaker: gao-jianguo # mood: skeptical
    -> process
* [问得好。您看了觉得怎么样？除了价格，还有什么可能妨碍您在考核前把这件事解决？ # move: ask-obstacles]
    ~ trust += 1
    （他想了想。）看着还行。可小潘就得看两个屏幕。我更担心的是我的司机。要是他们觉得被人盯着，好司机就跑到嘉禾物流去了。 # speaker: gao-jianguo # mood: neutral
    -> process
* [他们的App追踪司机确实不错——在地图上打个点，谁都能做。区别在于落在哪儿：用我们的，个体司机就在潘主管给自有车排班的那个屏幕上。 # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    （潘丽抢在高总前面点头。）早上八点盯两个屏幕——不行。我会疯的。 # speaker: pan-li # mood: interested
    （高总又把宣传单压回文件夹下面。）一个屏幕。这个钱总监能听懂。 # speaker: gao-jianguo # mood: neutral
    -> process

=== process ===
{ patience <= 0: -> ending_walkout }
{ trust >= 9: 他看了看钟，这是他头一回看起来并不在意时间。 | 他看了看钟。 } # speaker: narrator
那么，接下来怎么办？ # speaker: gao-jianguo
* [接下来交给我和潘主管就行——这周我跟她把司机名单过一遍，然后拿一份可以直接签的东西回来找您。 # move: rely-on-single-contact # cause: lost-trust]
    ~ trust -= 1
    （潘丽一脸高兴。高总看看潘丽，又看看你。）小潘管调度。她不签合同。 # speaker: gao-jianguo # mood: skeptical
    -> business_case
* [先别急着往下走——除了您，这件事还需要谁点头？像这样的采购，恒泰一般是怎么定的？ # move: ask-decision-process]
    ~ trust += 1
    我拍板。但预算外的开支要钱总监批，这个就在预算外。她会要一页纸，能拿给董事长看的：花多少钱，省多少钱，不做会怎么样。 # speaker: gao-jianguo # mood: neutral
    -> business_case
* [要不我今天就把订单发过来？只要在我们30号季度结束前签，我就能给您留住实施档期。 # move: premature-close, push-quarter-end # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    你们的季度。（他摘下眼镜。）我还没决定我需要什么，你就跟我谈你们的季度。 # speaker: gao-jianguo # mood: annoyed
    -> business_case

=== business_case ===
{ patience <= 0: -> ending_walkout }
钱总监。（他差点笑出来。）她看合同，就跟海关查集装箱一样。 # speaker: gao-jianguo
* [钱总监连续六年都跟我们续约了。Routewise对恒泰值多少，她心里有数——她那边我看不用担心。 # move: rely-on-rapport # cause: lost-trust]
    ~ trust -= 1
    你不了解钱总监。她续约，是因为小孙给了她30%。 # speaker: gao-jianguo # mood: skeptical
    -> readiness
* [我们的ROI计算器显示，像您这样规模的经销商，第一年回报率300%，这还没算华兴的量。我今天就直接把它和考核表一起发给钱总监，不用等她来问。 # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust -= 1
    （他摇摇头。）300%。她会直接扔进垃圾桶，然后问我为什么让供应商直接给她写信。 # speaker: gao-jianguo # mood: skeptical
    -> readiness
* [那咱们一起把她要的这页纸做出来，用您的数字：华兴那边有风险的业务量、43单迟到、什么都不做的代价。由您来讲，我们这部分我来补。 # move: build-business-case]
    ~ trust += 1
    { knows_cost: （他已经在写了。）9000万的业务有风险，授信额度，43单。对比的是——什么？一年几十万？ | （他开始写。）得有风险业务量。小潘，把去年华兴的数字给我找出来。 } # speaker: gao-jianguo # mood: interested
    一页我自己去讲的纸，不是你们的宣传册。（他点点头。）这个她会看。 # speaker: gao-jianguo
    { trust >= 11:
        （趁高总翻找去年华兴的文件，潘丽凑过来小声说。）私下跟你说一句：钱总监上个月找FleetPilot要了一份完整报价。她会把他们的和你们的放在一起比，所以这页纸要讲华兴的业务量，别讲软件许可费。 # speaker: pan-li # insider: rival-quote-requested
    }
    -> readiness

=== readiness ===
{ patience <= 0: -> ending_walkout }
{ overpromised: （高总看了看本子上写着你那句承诺的那一页，又看了看潘丽。） | （高总放下笔。） } # speaker: narrator
* [先不说下一步——说实话，您现在是怎么打算的？准备先小范围试一试，还是想等等看华兴会不会网开一面？ # move: check-readiness]
    ~ trust += 1
    { trust >= 13: （他想了想。）一个小时前，我会等。现在——{told_jinlu:我想给金路的徐峰打个电话|我想跟一个你们做过这件事的客户聊聊}。而且在钱总监看到合同之前，我想让小潘先拿几个司机试试。 | （他耸耸肩。）说实话？我心里还有一半盼着华兴只是吓唬人。不过你接着说。 } # speaker: gao-jianguo
    -> plan
* [我觉得该谈的都谈到了——华兴的差距、司机、日期、价格。我今天下午就把合同发过来，这样潘主管周一就能开始弄司机的事，好吗？ # move: premature-close # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed
* [您再考虑考虑，高总。我今晚把承运商模块的宣传册和金路的案例资料发给潘主管，您什么时候准备好了，随时给我打电话。 # move: send-brochure # cause: no-next-step]
    -> ending_drift

=== plan ===
{ trust >= 13: 他翻到新的一页。 | 他等着你往下说。 } # speaker: narrator
* [那就按您的日期排个计划：这周您给{told_jinlu:徐总|我们的一位客户}打电话；周二我和潘主管让五个固定司机先用两周；您拿结果去找钱总监，20号前做决定，比考核早得多。 # move: propose-mutual-plan]
    -> decide
* [太好了——那您这十周咱们一天都别耽误。我明天就把合同和订单直接发给钱总监，只要一签字，潘主管的固定司机马上就开始试点。咱们就定下周一，怎么样？ # move: premature-close # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed

=== decide ===
// A promise he wrote down decides the ending before trust does: it is what he will hold you to.
{ trust < 7: -> ending_lost }
{ overpromised: -> ending_broken_promise }
{ discount_promised: -> ending_foam }
{ trust >= 13: -> ending_won }
-> ending_wait

=== ending_won ===
（他亲笔写下：{told_jinlu:徐峰|客户参考电话}——本周。周二——五个司机，两周。给钱总监的那页纸。20号前决定。） # speaker: gao-jianguo # mood: pleased # milestone: mutual-plan-agreed # phase: 2
五个司机。老张算一个——老张都能用，谁都能用。旺季什么都不上线；出了问题，你得赶在司机之前先打电话告诉我。 # speaker: gao-jianguo
（潘丽已经在FleetPilot那张宣传单的背面列起了名单。） # speaker: pan-li # mood: pleased
高总同意打参考电话、在潘丽的调度台上先试五个司机，并把决定日期定在华兴考核之前七周。 # speaker: narrator # outcome: won
-> END

=== ending_foam ===
（他把计划写下来，旁边写上“30%”，写了两遍。）行。周二，五个司机。当然，钱总监会在合同里看到这30%。 # speaker: gao-jianguo # mood: neutral
回到公司，你的大区总监不同意给新模块打折。你打电话给高总解释。他一言不发地听着。 # speaker: narrator
你让我在这页纸上写了30%，现在又没了。（停顿。）小孙说话是算数的。那就让钱总监也跟FleetPilot谈谈吧。 # speaker: gao-jianguo # mood: annoyed
试点照常进行，司机们也喜欢，可这笔单子在一场你自己挑起的价格争执里拖了好几个月；华兴的考核来了又过去了，什么都没签。 # speaker: narrator # outcome: no-decision # caused-by: promised-discount
-> END

=== ending_broken_promise ===
（他把计划写下来，下面是你许下的那句承诺，划了线。）好。周二。还有，就像你说的，考核前我们会到95%。 # speaker: gao-jianguo # mood: neutral
试点很顺利，合同也签了，到第六周有十一个司机上线：结果不错，但离你的承诺差得远。高总把写着你名字的笔记拿给华兴看。 # speaker: narrator
一家承诺过头的公司，就是一家我得时时盯着的公司。（续约谈判的时候，他没有给你打电话。） # speaker: gao-jianguo # mood: annoyed
恒泰险险保住了A类资格。第二年春天，恒泰把这块业务拿出来招标，还请了FleetPilot——因为高总记住的，是你许下的那句承诺。 # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_wait ===
（他什么都没写。）我先看看华兴下个月的供应商大会怎么说。也许他们会网开一面。九年就是九年。 # speaker: gao-jianguo # mood: neutral
要是他们不松口，我会给你打电话。或者给FleetPilot。 # speaker: gao-jianguo
高总会一直等到华兴逼他出手，到那时，谁能最快上线就选谁。 # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_drift ===
（他站起来和你握手。）谢谢你跑一趟。有什么需要，小潘会给你打电话。 # speaker: gao-jianguo # mood: neutral
潘丽确实打来过两次，问的都是运输模块的问题；宣传册一直躺在信封里。没有人答应要为个体司机做点什么，华兴考核那天到来时，恒泰的准时率还停在83%。 # speaker: narrator
会谈在一团和气中结束，却没有下一步；决定权落到了华兴手里。 # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_pushed ===
（他摘下眼镜，折好。）合同。这么快。 # speaker: gao-jianguo # mood: annoyed
{ trust >= 7: 我本来都开始觉得你跟别人不一样了。什么都别发。{told_jinlu:我自己给徐峰打电话，问问他还跟谁谈过。|这种事还有谁能做，我自己去打听。} | 什么都别发。我还有个货场要管。 } # speaker: gao-jianguo
三周后，潘丽很过意不去地告诉你，恒泰正在让个体司机试用FleetPilot的免费App——“就是看看”。 # speaker: narrator # outcome: lost # caused-by: premature-close
-> END

=== ending_lost ===
（他站起身，你就知道会谈结束了。）谢谢。我们考虑考虑。 # speaker: gao-jianguo # mood: neutral
他确实考虑了——是和FleetPilot一起考虑的。第二周，FleetPilot的人又来了，带来给十个个体司机的免费试点，还有南京一家瓷砖批发商的推荐。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_walkout ===
高建国看了看表，站了起来。 # speaker: narrator
十一点我要跟华兴通电话。小潘送送你。 # speaker: gao-jianguo # mood: annoyed
你的一个小时，二十五分钟就结束了。高总没有回你的电话，潘丽也不好意思，不再回你的微信。个体司机的项目给了FleetPilot。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
