# id: first-meeting
# title: 华信冷链的第一次见面
# objective: 按买方自己的计划,约到与决策者的第二次会面
# phase: 1
# segment: early-majority
# buyer: lin-wei; 林薇; 首席运营官，华信冷链; decision-maker; woman glasses
# buyer: zhou-qiang; 周强; 调度经理，华信冷链; user; man young
# minutes: 12
# difficulty: intro
# version: 4
# setting: office
# brief: 华信冷链是上海一家中型承运商：嘉定一座冷库，110辆冷藏车，旺季另加最多30名个体司机，年营收约1.6亿元。业务大头是给商超送生鲜；医药业务规模较小但在增长，按照GSP规定，医药客户要求每一车货都有完整的温度记录。每辆车都装了FleetPilot的GPS温控盒，调度靠Excel和微信，财务用的是Omnia。
# brief: 你的同事方杰在上海市冷链协会的一次晚宴上和首席运营官林薇坐在一桌，帮你争取到了三十分钟。林总没有主动提过任何需求，也还没认定自己需要什么。据说她做事谨慎务实，只认同类企业的实际案例，对想让她“第一个吃螃蟹”的供应商没有耐心。她请调度经理周强一起参加。今天不是来成交的：弄清楚这里有没有真实的业务目标；如果有，带着一个她自己愿意迈出的下一步离开。

VAR trust = 2
VAR patience = 4
VAR knows_cost = false
VAR knows_process = false
VAR knows_rivals = false
VAR price_given = false
VAR overclaimed = false

-> arrival

=== arrival ===
华信冷链，嘉定。周二上午9点半。会议室在装卸月台楼上，窗外一排白色冷藏车停在库门口，压缩机嗡嗡作响。 # speaker: narrator
白板上用三种颜色的马克笔写着明天的线路。旁边用磁铁吸着一张打印出来的温度曲线，其中一段被红笔圈了出来。 # speaker: narrator
林薇拿着平板、端着一杯茶走进来。身后一个穿华信抓绒外套的年轻人抱着笔记本电脑。 # speaker: narrator
辛苦您跑一趟嘉定。这位是我们的调度经理周强：哪天我们真买了什么，用的人是他。（她坐下，把手机屏幕朝下扣在桌上。）方杰那天吃饭时很会说服人。我有三十分钟。您今天想谈什么？ # speaker: lin-wei # mood: neutral
* [谢谢两位。我先简单介绍一下我们公司：Routewise 2011年在苏州成立，到现在有四百多家客户、两百八十名工程师，去年还入选了中国物流软件企业十强。 # move: open-with-company-history # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    （她瞥了一眼手机，没有拿起来。）十强。恭喜。方杰跟我说你们懂冷链。 # speaker: lin-wei # mood: skeptical
    -> not_in_trouble
* [方杰说华信的医药在增长。不少冷链企业的运营负责人跟我说，难的不是把货送到，而是事后证明每一车货的温度和时效都达标。这是您眼下要解决的吗，还是有更急的事？ # move: open-with-business-problem]
    ~ trust = MIN(trust + 1, 12)
    （她把手机翻过来，又放下没动。）事后证明。（看了周强一眼。）这比我预想的具体。 # speaker: lin-wei # mood: interested # milestone: agreed-to-talk
    -> not_in_trouble
* [我带了现场演示：路径优化、实时温度看板、电子签收，还有我们的开放API。给我十分钟，您就能看到它能给110辆冷藏车带来什么。要不我先从温度看板讲起？ # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    （她没看电脑。）看屏幕的是小周。 # speaker: lin-wei # mood: skeptical
    周强礼貌而好奇地打量着你的电脑。林薇打量着墙上的钟。 # speaker: narrator
    -> not_in_trouble

=== not_in_trouble ===
{ patience <= 0: -> ending_walkout }
我直说吧，省点时间。我们没遇到什么麻烦。每辆车都有FleetPilot的盒子，客户都在续约，小周每天早上六点前能把一百辆车发出大门。（微微耸肩。）所以我不太确定自己需要什么。 # speaker: lin-wei
* [这正是我想来见您的原因。方杰说华信是上海冷链做得最扎实的一家。您是怎么做到六点前发出一百辆车的？ # move: flatter # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    方杰在饭桌上对谁都这么说。（淡淡地。）所以大家都喜欢他。 # speaker: lin-wei # mood: neutral
    （周强清了清嗓子。）林总，康达审核的事…… # speaker: zhou-qiang
    （叹了口气。）是。好吧。 # speaker: lin-wei
    -> goal_stated
* [那您了解过我们在FleetPilot基础上还能加什么吗？调度计划、客户到货时间查询门户、电子签收、自动生成温度报告。大多数承运商都能找到两三样马上用得上的。 # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    听到“温度报告”时周强抬了下头，又低头看回自己的电脑。 # speaker: narrator
    两三样。（她没有记。）我们不是“大多数承运商”，而且我还没跟您说我们是做什么的。 # speaker: lin-wei # mood: skeptical
    （周强小声地。）林总，康达审核的事…… # speaker: zhou-qiang
    -> goal_stated
* [那挺好，您说得也在理。咱们先把软件放一边：未来一两年，您希望华信达成什么目标？ # move: ask-goal]
    ~ trust = MIN(trust + 1, 12)
    （她想了想这个问题，把茶杯放下。）还没有哪个软件公司的人问过我这个。好吧。 # speaker: lin-wei # mood: neutral
    -> goal_stated

=== goal_stated ===
{ patience <= 0: -> ending_walkout }
医药。现在占我们营收的18%，也是唯一还在增长、利润还说得过去的板块。商超今年把我们的生鲜运价压了6%。我希望两年内医药做到30%。 # speaker: lin-wei # milestone: goal-stated
我们的压舱石客户是康达医药：一年2200万元。他们每年2月审核所有承运商，我们的合同4月到期续签。我在医药上想做的一切，都从保住康达开始。 # speaker: lin-wei # mood: neutral
* [那我们的医药冷链方案不正是康达需要的吗？符合GSP的温度报告、电子签收，再加一个审核员可以直接登录的门户。我周五前把方案发给您，好吗？ # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    周五前。（她看向周强。）一张康达的订单在我们这栋楼里怎么走，您还不知道。您的方案也不知道。 # speaker: lin-wei # mood: skeptical
    -> trouble
* [先不说我们。您给我讲讲，现在一票康达的货是怎么走的？从他们下单到医院签收交接，每一步谁在做什么？ # move: ask-current-process]
    （她朝周强点点头。）小周，你来说。我只看得到投诉。 # speaker: lin-wei # mood: neutral
    康达下午四点前用邮件发订单，Excel格式。我手下三个调度在我们自己的Excel里排第二天早上的车。自有车都装了FleetPilot的盒子：每两分钟回传一次位置和温度，在FleetPilot的网站上看。旺季我们最多加三十个个体司机，他们在微信上接单，随车带U盘式温度记录仪，回来以后我们再导数据。 # speaker: zhou-qiang # mood: neutral
    到了医院，药剂师在纸质单据上签字，司机拍照发到微信群。每一票康达的货，GSP都要求有温度记录。我们的调度小刘专门做这个：FleetPilot导出的数据、记录仪文件、签收照片，合成一个PDF。她一周有两天什么都不干，就做这个。 # speaker: zhou-qiang
    -> trouble
* [医药是整个行业的方向：物联网传感器、能预测温度异常的AI、给客户看的实时看板。华信完全可以成为上海第一家实现全程预测性冷链的承运商。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    第一家。（她说这三个字的口气，就像司机说“路面结冰”。）我什么事都不想当第一个。我要的是康达续约。 # speaker: lin-wei # mood: skeptical
    -> trouble

=== trouble ===
{ patience <= 0: -> ending_walkout }
{ patience == 1:
    林薇把手机翻过来，看了一眼。 # speaker: narrator
}
盒子没问题。十天里有九天，没人看那些记录。麻烦出在第十天。 # speaker: zhou-qiang
（淡淡地。）小周是个乐观派。 # speaker: lin-wei
* [第十天会发生什么？就拿最近一次康达的货出问题来说：哪里出了问题，后来又怎么样了？ # move: ask-diagnostic]
    9月份。一批送闵行中心医院的胰岛素，要求2到8度。我们在闵行中转点把货从自有车倒到一个个体司机的面包车上。四十分钟没有记录：温控盒留在一辆车上，记录仪还在另一辆车上。胰岛素大概率没事。可我们证明不了。 # speaker: zhou-qiang # mood: anxious
    医院拒收了。（她看向墙上那条曲线。）这不是康达今年问我们的第一个问题。但这是我们第一个答不上来的。 # speaker: lin-wei # mood: anxious # milestone: pain-acknowledged
    -> cost
* [Excel、微信、FleetPilot：您的数据分散在三个地方，没有统一的数据源。这不就是第十天背后真正的问题吗？ # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    （她挑了挑眉。）三个地方，客户照样续约。就算这是个问题，代价也不大。 # speaker: lin-wei # mood: annoyed
    （周强像是自言自语。）9月那次不是三个地方的事。是闵行中转的时候一个记录仪放错了车，四十分钟我们证明不了。 # speaker: zhou-qiang # mood: anxious
    -> cost
* [这正是我们平台要解决的：它把FleetPilot的数据和记录仪文件都接进来，每次温度异常都提醒调度，GSP报告自动生成。 # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    自动生成？ # speaker: zhou-qiang # mood: interested
    每个供应商都说自动。（转向你。）您还没问过我们出过什么问题。 # speaker: lin-wei # mood: skeptical
    （周强小声地。）9月就出了问题。闵行中转的时候一个记录仪放错了车，四十分钟我们证明不了。 # speaker: zhou-qiang # mood: anxious
    -> cost

=== cost ===
{ patience <= 0: -> ending_walkout }
9月那一票，康达扣了我们38万元。（语气平平。）干这行，索赔是难免的。我们赔了，康达也还是我们的客户。 # speaker: lin-wei # mood: neutral
* [您知道吗，索赔和返工一般要占冷链承运商营收的2%到4%。按1.6亿算，一年就是300万到600万。要不要我把我们的ROI模型发给您？ # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    行业数据。（她没有记下来。）我们去年的索赔不到100万。您的模型不了解我们。 # speaker: lin-wei # mood: skeptical
    -> payoff
* [用了Routewise，这种断档根本不可能发生：每一票货的每一分钟都有记录，我们保证。您再也不会为这种事赔钱了。 # move: overclaim # cause: overclaimed]
    ~ overclaimed = true
    （她在平板上敲了几个字。）保证再也不会。我记住了。 # speaker: lin-wei # mood: neutral
    -> payoff
* [您刚才说，医药上的一切都从保住康达开始。如果2月份审核员正好抽到9月那样的一票货，意味着什么？对4月的续约又意味着什么？ # move: ask-implication]
    ~ trust = MIN(trust + 1, 12)
    ~ knows_cost = true
    （她沉默了一会儿。）他们的审核员随机抽二十票，要完整记录。超过两票不完整，我们就成了“有条件合格”。有条件合格的承运商拿不到新开的江苏线路，4月就会把我们这块业务拿出来重新招标。 # speaker: lin-wei # mood: anxious
    一年2200万。还有我一直在争取的另外两家医药分销商，他们问的第一个问题都一样：你们给谁做承运，人家的审核结果怎么样？（她把这句话说出了口，也许是第一次。）康达要是没了，30%的医药目标也就没了。 # speaker: lin-wei # milestone: cost-quantified
    还有小刘，就是做温度记录的那个调度，上个月提了转岗申请。她要是走了，别人都不会做。 # speaker: zhou-qiang # mood: anxious
    -> payoff

=== payoff ===
{ patience <= 0: -> ending_walkout }
（周强身子往前探了探。）林总，要是2月前我们能先上点什么…… # speaker: zhou-qiang # mood: interested
* [我理一下：医药做到30%，康达是压舱石，风险是审核时拿不出完整记录。如果任何一票康达的货都能几分钟拿出完整记录，会有什么变化？ # move: listen-and-summarize, ask-need-payoff]
    ~ trust = MIN(trust + 1, 12)
    （她纠正了你，这是个好兆头。）不只是审核。是每一次问询。康达上季度给我们发了十一次问询，我们像样地答上来的只有七次。 # speaker: lin-wei # mood: interested
    如果每一次都能当天答复，4月我就不是去守住老线路，而是去争取江苏的新线路。我还能把同样的档案给另外两家分销商看。（停了一下。）而且我的调度们可以回去干调度了。 # speaker: lin-wei
    -> proof
* [那咱们就别耽误时间了，2月很快就到。下个月我们就可以在康达线路上挑十辆车做试点，审核员来之前早就跑顺了。我先跟周经理把时间定下来，好吗？ # move: premature-close # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience = MAX(patience - 1, 0)
    周强连连点头。林薇没有。 # speaker: narrator
    试点就是一个决定，而我还没做任何决定。二十分钟前我连您叫什么都不知道。 # speaker: lin-wei # mood: annoyed
    -> proof
* [我给您演示一下我们会怎么处理。在我电脑上看五分钟：温度异常提醒、GSP报告生成器、客户门户。 # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    周强凑过来看。林薇看着周强。 # speaker: narrator
    界面很漂亮。（她把电脑转回给你。）坐过这把椅子的人，个个都有漂亮的界面。 # speaker: lin-wei # mood: skeptical
    -> proof

=== proof ===
{ patience <= 0: -> ending_walkout }
我跟您说实话。今年已经有两家供应商坐过您这个位置，两家的界面都很漂亮。（她抱起双臂。）你们到底给谁做过这个？别说阿里，也别说哪家车企。要像我们这样的承运商。 # speaker: lin-wei # mood: skeptical
* [问得好。您看过最新的行业报告吗？我们在六个类别里全部排名第一：跟踪、计划、报表都比国内任何一家强。不管您拿谁来比，我们都领先。 # move: claim-different-on-everything # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    六项全第一。（淡淡地。）那要么是哪家的第二名在说谎，要么是您在说谎。而且您还是没说出一家承运商的名字。 # speaker: lin-wei # mood: skeptical
    -> usage
* [苏州的东旭冷链：九十辆冷藏车，生鲜加医药，和您一样用FleetPilot的盒子。审核前，他们的医药分销商点名说他们的温度记录有问题。我跟您讲讲他们是怎么做的，还可以介绍您认识他们的首席运营官何静。 # move: share-success-story, offer-peer-reference]
    ~ trust = MIN(trust + 2, 12)
    东旭。（她坐直了。）去年昆山一条医院线路，我们跟他们竞过标。您接着说。 # speaker: lin-wei # mood: interested
    他们保留了FleetPilot的盒子，Routewise直接读取数据。个体司机换了蓝牙记录仪，和我们的司机App配对。真正的改变其实很小：温度记录挂在订单上，而不是挂在车上，所以货物中转时记录也跟着走。记录中断超过十分钟，车还在月台时调度就会收到提醒。四个月后，审核结果零问题，索赔从前一年的七起降到一起。 # speaker: seller
    四个月。不是四个星期。（她在平板上打下“何静，东旭”。）这话我要听她亲口说，不是听您说。 # speaker: lin-wei # milestone: references-requested
    -> usage
* [您会是我们在上海的第一家医药承运商，也就是说您会享受标杆客户待遇：我们的产品团队会围绕华信的需求来规划产品路线图。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience = MAX(patience - 1, 0)
    标杆客户。（短促地笑了一声。）标杆客户就是供应商交学费的地方。我宁可当你们的第五十家。 # speaker: lin-wei # mood: annoyed
    -> usage

=== usage ===
{ patience <= 0: -> ending_walkout }
{ trust >= 7: 她把平板推到桌子中间。 | 她瞟了一眼白板上方的钟。 } # speaker: narrator
跟我说说在我们这儿实际怎么用。别讲功能。讲康达的一天。 # speaker: lin-wei
* [技术上很简单：开放的REST API，每三十秒通过MQTT接入一次数据，蓝牙记录仪配对，外加经过验证的审计追踪。2月前您的IT团队能给我们一个迭代周期吗？ # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    一个迭代周期。（她看向周强。）我们有迭代周期吗？（周强耸耸肩。）跟我谈康达，别谈我的IT部门。 # speaker: lin-wei # mood: annoyed
    -> limits
* [按我们最好的客户的做法：把FleetPilot的盒子换成我们自己的传感器，所有东西都在一个平台上；调度从第一天起就切到Routewise，Excel表全部停用。一个系统，一份记录，不用再手工对账。 # move: impose-solution-design # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    一百一十辆车的盒子全拆掉？在2月之前？ # speaker: zhou-qiang # mood: anxious
    谁也别动那些盒子。它们好好的。 # speaker: lin-wei # mood: annoyed
    -> limits
* [就拿9月那票货来说。按您理想中的做法，记录在闵行中转时一断，谁应该第一个知道，他该做什么？2月份康达的审核员又应该看到什么？ # move: share-usage-scenario, build-vision-from-buyer-words]
    ~ trust = MIN(trust + 1, 12)
    我。或者当班的调度。面包车还在月台上的时候就知道。我给司机打电话，他把记录仪挪过去，前后四十秒，而不是四十分钟。 # speaker: zhou-qiang # mood: interested
    审核员输入的是康达的订单号，不是车牌号，拿到的是一份完整档案：温度、时间、药剂师签字。（她停下来，听见了自己说的话。）这就是我想要的。盒子不动，小周的屏幕照用，没人再手工做PDF。 # speaker: lin-wei # mood: interested # milestone: vision-agreed
    -> limits

=== limits ===
{ patience <= 0: -> ending_walkout }
我问一个问题。我们的个体司机用的是精创的U盘式记录仪。你们的系统能实时读取吗？ # speaker: zhou-qiang # mood: neutral
* [说实话，不能。U盘式记录仪只能跑完一趟再上传，跟您现在一样。要实时记录就得换蓝牙记录仪，一个大约350元，三十个司机就是一万元出头，另外他们手机上要装我们的App。东旭用了两个月。 # move: admit-limitation]
    ~ trust = MIN(trust + 1, 12)
    （他慢慢点头。）一万块不算什么。两个月也实在。他们不是我们的员工，没法强制他们做什么。 # speaker: zhou-qiang # mood: interested
    （她记了下来。）今年这是头一回有供应商给我一个实打实的数字。先上自有车，个体司机放后面。可以。 # speaker: lin-wei # mood: interested # milestone: risk-addressed
    -> who_decides
* [能。我们已经对接了四十多个品牌的记录仪，精创和其他U盘式的都包括在内，全部都能实时读取。这三十个个体司机继续用他们现在的记录仪就行，他们的记录和您自有车的记录会进同一份康达档案，他们根本感觉不到任何变化。 # move: overclaim # cause: overclaimed]
    ~ overclaimed = true
    那好。（他看起来松了口气。） # speaker: zhou-qiang # mood: pleased
    任何记录仪，实时读取。（她一字一句地记了下来。） # speaker: lin-wei # mood: neutral
    -> who_decides
* [这属于我们实施团队的细节。具体是哪个型号？等项目启动后，他们会跟您一起解决。 # move: hide-known-gap # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    等项目启动后。（语气冷了下来。）小周问这个，是因为9月的事恰恰就出在这里。 # speaker: lin-wei # mood: skeptical
    -> who_decides

=== who_decides ===
{ patience <= 0: -> ending_walkout }
林总，我可以跟他们一起研究研究。先在康达的一两条线路上试试。 # speaker: zhou-qiang # mood: interested
只要能少做几个PDF，小周什么都愿意试。（但她没有说不行。） # speaker: lin-wei
* [周经理，那太好了。这周我们能不能先拿两条康达线路一起碰一次，等有东西可看了，您再跟林总汇报？ # move: accept-delegation-down # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    好。小周，这事你来跟。（她拿起手机，你能感觉到这件事从她的桌上挪到了他的桌上。） # speaker: lin-wei # mood: neutral
    -> obstacles
* [很乐意跟周经理一起做。不过先问一下：华信要做这件事，是您拍板吗？还有谁有发言权？要赶上2月的审核，最晚什么时候得落地？ # move: qualify-authority, ask-decision-process, ask-timeline]
    ~ knows_process = true
    运营系统我说了算。超过50万的，要报我们董事长黄董，还有财务总监唐敏。IT的孙磊一定会要求能跟Omnia对接，我们的财务都在上面跑。 # speaker: lin-wei # mood: neutral
    时间上：明年的预算12月15日定。到那天还没进我的预算，就得等到明年7月，而7月已经过了审核，也过了4月。 # speaker: lin-wei
    -> obstacles
* [为了方便周经理起步：记录仪我们免费送，前三个月的服务费也全免，这样谁都不用签字审批，2月之前您就能拿到真实的康达记录。 # move: unilateral-discount # cause: gave-price]
    ~ price_given = true
    （她第一次笑了。）免费这个价格我听得懂。（她记了一笔。） # speaker: lin-wei # mood: pleased
    -> obstacles

=== obstacles ===
{ patience <= 0: -> ending_walkout }
{knows_process:我们就是这么决策的。|先跟您说清楚：超过50万的，要报我们董事长黄董和财务总监唐敏。IT的孙磊也会有他的意见。}（她看了看时间。）您还需要我提供什么？我还有十分钟。 # speaker: lin-wei
* [说实话，您在医药这块做出了这样的成绩，我相信黄董在这件事上一定会听您的。只要您支持，其他人自然会跟上，对吧？ # move: flatter # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    黄董从来不跟着别人的意见走。他就是这么把公司做起来的。 # speaker: lin-wei # mood: neutral
    -> rivals
* [孙磊是担心Omnia吗？完全不必：我们和Omnia是开箱即用的对接，连财务凭证都能直接过账。我们给四十家承运商做过ERP对接，实际上对接从来不是问题。 # move: dismiss-objection # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    孙磊听说“对接从来不是问题”会很高兴的。他去年一整个春天都在跟Omnia证明情况正好相反。 # speaker: lin-wei # mood: annoyed
    -> rivals
* [那我问两个不太好开口的问题。您还会考虑哪些家？唐总或孙磊那边有没有已经中意的？还有，就算您觉得好，什么情况下这事会做不成？ # move: ask-competition, ask-obstacles]
    { trust >= 6:
        ~ knows_rivals = true
        （她差点笑出来。）不好开口没关系。私下跟您说：Omnia夏天给唐总演示过他们的运输模块，“一个系统，一张发票”，她挺喜欢。FleetPilot也跟小周说，他们下一个版本会有调度功能。 # speaker: lin-wei # mood: neutral # milestone: competition-revealed # insider: favoured-vendor
        什么情况下做不成？孙磊，如果这意味着又多一个接口要维护。唐总，如果看起来像是在Omnia旁边再放一套系统。还有我，如果这事在2月前变成一个大项目。 # speaker: lin-wei
    - else:
        （她审慎地看了你一眼。）这栋楼里谁中意谁，不是我会跟一个认识二十分钟的供应商聊的事。您可以默认，打电话来的不止您一家。 # speaker: lin-wei # mood: neutral
        什么情况下做不成？无非那几样。钱、IT，还有2月前的时间。 # speaker: lin-wei
    }
    -> rivals

=== rivals ===
{ patience <= 0: -> ending_walkout }
{ patience == 1:
    林薇又把手机翻了过来。 # speaker: narrator
}
{
- knows_rivals:
    那您说说，我为什么不直接用Omnia的模块，或者干脆等FleetPilot的新版本？ # speaker: lin-wei
- trust >= 6:
    （她往后一靠。）您没问，我就直说了。Omnia已经给唐总演示过他们的运输模块，“一个系统，一张发票”，她挺喜欢。FleetPilot跟小周说他们下个版本就有调度。我为什么不从这两家里选一家，或者干脆等等？ # speaker: lin-wei # mood: skeptical # milestone: competition-revealed # insider: favoured-vendor
- else:
    （她往后一靠。）我们的财务本来就用Omnia，他们也卖运输模块。FleetPilot装在每一辆车上，说调度功能快出了。我为什么不从这两家里选一家，或者干脆等等？ # speaker: lin-wei # mood: skeptical
}
* [FleetPilot的盒子继续用，盒子很好，我们读它的数据。Omnia是很强的财务系统，我们给它推数据。跟踪定位上大家都差不多。区别在于让您9月吃亏的地方：每张康达订单一份记录，从月台到签字，个体司机都算。 # move: acknowledge-parity-then-differentiate]
    ~ trust = MIN(trust + 1, 12)
    （慢慢地。）不是替代FleetPilot。也不是替代Omnia。是放在它们旁边。（她看向周强。）那跟唐总就是另一种谈法了。 # speaker: lin-wei # mood: interested
    -> price
* [恕我直言，等待难道不是您代价最高的选择吗？审核在2月，续约在4月。要是就这么干等FleetPilot的下一个版本，您就得带着跟9月一模一样的漏洞去闯审核和续约这两关，康达的审核员一抽那二十票，当场就能发现问题。 # move: pressure-buyer # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    （她的语气冷了下来。）审核什么时候，我知道。是我告诉您的。 # speaker: lin-wei # mood: annoyed
    -> price
* [说实话？FleetPilot的调度功能“下个版本就有”已经说了三年了，Omnia的运输模块就是个ERP插件，物流圈里没人真喜欢用。 # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience = MAX(patience - 1, 0)
    （她皱起眉。）FleetPilot的盒子四年没掉过一天线。唐总也非常喜欢Omnia。这话我可不会当着她的面说。 # speaker: lin-wei # mood: skeptical
    -> price

=== price ===
{ patience <= 0: -> ending_walkout }
{price_given:您说记录仪和前三个月免费。其余的多少钱？|大概说说：这样一套东西要多少钱？}唐总今晚就会问我，我要的是一个数，不是一张价目表。 # speaker: lin-wei # mood: neutral
* [我给您一个我能兑现的区间，而不是一个之后要收回的数：您自有的车，一年大约45万到60万，看范围。这笔钱预留了吗，还是要放进明年的预算？ # move: calibrate-expectations, qualify-budget]
    （她把区间记了下来。）没有预留。如果我要做，就得放进我12月的预算，唐总会想知道这笔钱到底买到了什么。 # speaker: lin-wei # mood: neutral
    -> business_case
* [标准价大约是每辆车每月400元，您自有的车一年就是50多万。华信这边，我可以整体打七折，让您先用起来，这样唐总看到的数字就会远低于40万。 # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: gave-price]
    ~ price_given = true
    （她写下“七折”，还画了条线。）七折。唐总会喜欢的。 # speaker: lin-wei # mood: pleased
    -> business_case
* [什么价位能让唐总痛快点头？您告诉我，我来想办法。 # move: ask-what-price-works # cause: gave-price]
    ~ price_given = true
    （毫不犹豫。）全包30万以内。那就可以谈。 # speaker: lin-wei # mood: neutral
    她连想都不用想。从现在起，你的每一个报价都会拿这个数来比。 # speaker: narrator
    -> business_case

=== business_case ===
{ patience <= 0: -> ending_walkout }
唐总看方案，就像康达的审核员看我们的记录。随机抽二十票，逐行看。 # speaker: lin-wei
* [我们的标准ROI模型显示，您这个规模的车队七个月就能回本，而且它正是为这种读者设计的：每一条假设都逐行列出来。我今天就直接发邮件给唐总，让她在您跟她谈之前就拿到手。 # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    直接发给她。（她摇摇头。）她会直接删掉，然后问我一个供应商凭什么给她写信。而且“您这个规模的车队”不是我的车队。 # speaker: lin-wei # mood: skeptical
    -> readiness
* [方杰在协会里跟黄董很熟。我相信让黄董在饭桌上帮忙说句话，唐总那边就好办多了。 # move: rely-on-rapport # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （冷冷地。）唐总从来不去协会的饭局。所以她是个好财务总监。 # speaker: lin-wei # mood: skeptical
    -> readiness
* [那我们一起把给她的那一页做出来，用您自己的数字：9月损失多少，周经理团队每周做记录的成本，康达那边的风险，对比这套系统的费用。您去讲，我只填我们这一方。 # move: build-business-case]
    ~ trust = MIN(trust + 1, 12)
    { knows_cost: （她已经在打字了。）9月38万。4月有2200万悬着。一个调度专职做PDF。对比50万。（她抬起头。）这样的一页纸，唐总会看的。 | （她开始打字。）我需要小周的数字，还有康达那边到底有多大风险，要一个实在的数。我自己去讲的一页纸，而不是您的宣传册。这样的东西，唐总会看。 } # speaker: lin-wei # mood: interested
    -> readiness

=== readiness ===
{ patience <= 0: -> ending_walkout }
{ trust >= 8: 林薇看了看钟，第一次显得并不在意。 | 林薇看了看钟。 } # speaker: narrator
我们时间快到了。 # speaker: lin-wei
* [既然唐总要一个数字：如果在我们12月31日年底结算前签约，我可以锁定今年的价格，比审核早得多。要不要我写个书面的给她？ # move: push-quarter-end # cause: pushed-year-end]
    ~ trust = MAX(trust - 2, 0)
    -> ending_pushed
* [谢谢两位抽时间。我把我们的宣传册和东旭的案例发给您，过两周再跟进，您看可以吗？ # move: send-brochure # cause: sent-brochure]
    -> ending_brochure
* [在我提任何建议之前：说实话，这件事在您心里是什么位置？是想在2月前就动手，还是先观察一下？ # move: check-readiness]
    { trust >= 8:
        （她想了想。）半小时前我会说先观察。现在，我想让唐总和孙磊也听听，我还想跟真正做过的人聊聊。 # speaker: lin-wei # mood: interested
    - else:
        （她耸耸肩。）说实话？我一半觉得2月我们还是能像往常一样勉强过关。不过您接着说。 # speaker: lin-wei # mood: neutral
    }
    -> plan

=== plan ===
那您有什么建议？ # speaker: lin-wei
* [我出一份方案怎么样？我把建议华信采用的配置写出来，先上康达线路、再上个体司机，附上完整报价，周五前给您，这样12月15日之前您手上就有实实在在的东西给唐总。 # move: impose-solution-design # cause: imposed-proposal]
    -> ending_proposal
* [如果您觉得合适，就按您的时间排个计划。这周您给东旭的何静打个电话。下周在这里开九十分钟的会，您、周经理、孙磊和唐总，看您9月的记录，不看我的幻灯片。12月5日前，您决定康达线路的试用进不进预算。 # move: propose-mutual-plan, ask-to-meet-decision-maker, ask-for-meeting]
    -> decide
* [我下周再来一趟，给您、唐总和孙磊一起做一次完整演示：平台的全部功能从头到尾都过一遍，给孙磊看Omnia的对接，给唐总看成本测算，给周经理看GSP报告，让他们亲眼看、自己来判断，而不是只听我一个人转述。 # move: ask-for-meeting, pitch-features # cause: demo-instead-of-plan]
    -> ending_beauty_contest

=== decide ===
{ trust >= 8 && overclaimed: -> ending_caught }
{ trust >= 8 && price_given: -> ending_shootout }
{ trust >= 8: -> ending_won }
-> ending_not_now

=== ending_won ===
（她从白板上拿起马克笔，在明天的线路下面写道：何静，本周。工作会，14日周四：林、周、孙磊、唐。试用决定，12月5日。预算，12月15日。） # speaker: lin-wei # mood: pleased # milestone: meeting-agreed # milestone: mutual-plan-agreed # phase: 2
唐总我亲自去请。我跟她说是9月那件事，她会来的。小周，把9月的档案带上。真实的那份。 # speaker: lin-wei # milestone: access-granted
（他已经打开了电脑。）我把康达今年发来的所有问询都带上。 # speaker: zhou-qiang # mood: pleased
（走到门口时。）还有一件事。要是何静跟我说的和您说的不一样，周四的会就取消。（几乎笑了一下。）我想她不会。 # speaker: lin-wei
你离开嘉定时没有订单，也没有试点，但你拿到了一个和决策者们见面的日期，按林薇自己的计划来，比康达的审核早了三个月。 # speaker: narrator # outcome: won
-> END

=== ending_shootout ===
（她把计划写在白板上，旁边写上你们谈过的价格。）那就周四。当然，唐总会要这个价格的书面版本。 # speaker: lin-wei # mood: neutral # milestone: meeting-agreed
周四，还没人提到9月，唐总一开场就先谈价格。到了周五，她已经把你的报价发给了Omnia和FleetPilot，请两家都报个更低的。 # speaker: narrator
我们对董事长有责任货比三家。（客气地。）等三家报价都到了，我们再谈。 # speaker: lin-wei # mood: neutral
评估变成了一场你亲手挑起的比价；12月15日前没有结果，决定被推到了审核之后的7月。 # speaker: narrator # outcome: no-decision # caused-by: gave-price
-> END

=== ending_caught ===
（她把计划写在白板上。）那就周四。我先给何静打个电话。 # speaker: lin-wei # mood: neutral # milestone: meeting-agreed
两天后，林薇给你打来电话。 # speaker: narrator
何静对你们评价很好。她也告诉我，他们花了四个月，每个个体司机都换了新记录仪，而且头两个月记录还是有断档。（停顿。）这跟您跟我说的不一样。周四的会取消了。 # speaker: lin-wei # mood: annoyed
务实的买家会去核实客户案例，而这次案例核实的是你的承诺；华信把Omnia的模块放进了12月的预算。 # speaker: narrator # outcome: lost # caused-by: overclaimed
-> END

=== ending_not_now ===
（她听完整个计划，轻轻摇了摇头。）这要占用很多人的时间。您先发个书面材料给我，我看看值不值得占用唐总一个下午。 # speaker: lin-wei # mood: neutral
你发了。她看了，没有转给任何人，归进了“审核之后再说”的文件夹。 # speaker: narrator
审核、预算季、4月续约一个个过去，什么都没有定下来；你始终没能给林薇足够的理由，让她拿自己的信誉去推这个计划。 # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_brochure ===
（她站起来和你握手。）谢谢。好，把宣传册发给我吧。 # speaker: lin-wei # mood: neutral
你当天下午就发了。林薇回了个点赞的表情。周强把案例转给了小刘，就是做温度记录的那个调度，她是在转岗离开调度岗位的最后一天看到的。 # speaker: narrator
华信没有任何人被要求做任何事，所以也就没有人做任何事；2月，康达的审核员抽了二十票，其中三票记录不完整。 # speaker: narrator # outcome: no-decision # caused-by: sent-brochure
-> END

=== ending_proposal ===
方案。好，发过来吧。 # speaker: lin-wei # mood: neutral
你那份十二页的方案周五到了。林薇把它转给了你从没见过的唐总，唐总又转给了Omnia，只附了一句话：“你们的模块能做到这些吗？” # speaker: narrator
Omnia的运输模块以“一个系统，一张发票”进了12月的预算，而你的方案成了衡量它的需求清单。 # speaker: narrator # outcome: lost # caused-by: imposed-proposal
-> END

=== ending_beauty_contest ===
演示。（她考虑了一下。）好吧，下周四。我去请唐总和孙磊。 # speaker: lin-wei # mood: neutral # milestone: meeting-agreed
周四的演示很精彩。孙磊问了四十分钟接口的事；唐总问这和她夏天看过的Omnia模块比怎么样。没人提到9月。 # speaker: narrator
唐总请两家供应商各出一份功能对比。（事后，林薇有些疲惫。）也许等审核之后吧。 # speaker: lin-wei # mood: neutral
你把对的人请进了会议室，给他们看的却是屏幕，而不是他们自己的问题；预算季结束时，对比还没有结论。 # speaker: narrator # outcome: no-decision # caused-by: demo-instead-of-plan
-> END

=== ending_pushed ===
（她放下笔。）你们的年底。 # speaker: lin-wei # mood: annoyed
{ trust >= 8:
    我本来都开始觉得您跟别人不一样了。我还没认定自己需要什么，您就跟我谈你们的年底了。 # speaker: lin-wei
- else:
    我还没认定自己需要什么，您就跟我谈你们的年底了。 # speaker: lin-wei
}
直到会议结束她都很客气，之后再也没回过你的电话。1月，周强在微信上随口提到，唐总已经请Omnia和FleetPilot出方案了。 # speaker: narrator # outcome: lost # caused-by: pushed-year-end
-> END

=== ending_walkout ===
林薇把手机翻过来，站起身。 # speaker: narrator
不好意思，十点我约了康达的质量经理。小周送您出去。 # speaker: lin-wei # mood: annoyed
你的三十分钟提前结束了。当晚方杰收到林薇一条客气的微信：“谢谢引荐。我们目前暂时不需要。”1月，华信请Omnia出了方案。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
