# id: visionary-bakeoff
# title: 两小时，全城达：快马同城的比稿
# objective: 成为首选供应商,并拿出创始人可以当众承诺的计划
# phase: 2
# segment: early-adopters
# buyer: deng-yifan; 邓一帆; 创始人兼CEO，快马同城; decision-maker; man
# buyer: zhou-lei; 周磊; 技术负责人，快马同城; implementer; man glasses
# minutes: 15
# difficulty: intermediate
# version: 4
# setting: boardroom
# brief: 快马同城在成都做当日达同城配送，服务2600家商户——药店、花店、生鲜、手机店——从14个微仓出发，有1150名电动车骑手和160辆面包车：每天约2.1万单，双十一3.8万单。创始人邓一帆想把“当日达”换成顾客在下单结算时自选的两小时送达时段，正在组织比稿。FleetPilot昨天来讲过，现场演示了AI实时调度；Omnia Systems由快马的一位投资人推荐，交来了一份200页的方案。快马给了你45分钟，就在他们的会议室。
# brief: 技术负责人周磊自己带队写了快马的订单系统和骑手App，最后选中谁，都得由他落地；有熟人告诉你，他很欣赏FleetPilot的开放API。自己的短板心里要有数：Routewise的时段承诺引擎已在武汉江城速运正式运行，日均1.5万单，压测做到过5万单，但还没有哪家客户在快马这样的峰值下实际跑过；而且14个微仓、2600家商户的结算页全部上线要几个月，不是几周。

VAR trust = 3
VAR patience = 3
VAR zhou = 3
VAR overpromised = false
VAR too_cautious = false
VAR knows_process = false
VAR has_case = false

-> arrival

=== arrival ===
快马的会议室在成都高新区一栋玻璃大楼的十二层。一整面墙是城市地图，上面十四个橙色圆点：微仓。白板上有人写了“2H”，还圈了三圈。 # speaker: narrator
邓一帆没坐，在屋里来回踱步。长桌另一头，周磊开着笔记本电脑，屏幕上还停着FleetPilot沙箱的登录页。 # speaker: narrator
欢迎。咱们都省点时间。昨天FleetPilot把一千二百个骑手搬上了那块屏幕，每二十秒实时重排一次路线。很漂亮。Omnia给了我们一份两百页的方案，外加一个十四个月的计划。你有四十五分钟。给我看点真东西。 # speaker: deng-yifan # mood: interested
* [我先从底层讲起吧？我们的微服务架构、Kafka连接器、200毫秒的路径计算调用，还有跟FleetPilot并排对比的求解器基准测试。 # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （他朝长桌那头看了一眼。）基准测试。周磊，这归你管。（他坐下，拿起手机。） # speaker: deng-yifan # mood: skeptical
    发给我吧。我今晚看。 # speaker: zhou-lei # mood: neutral
    -> goal
* [先不急着给您看东西。FleetPilot让您看到了他们的软件能做什么，我想先弄明白快马想做成什么。一年以后，如果这件事做成了，成都人会怎么说快马？ # move: ask-goal]
    ~ trust = MIN(trust + 1, 8)
    （他停下脚步。）昨天没人问过我这个。他们问的是我们的订单量。（他拉出一把椅子，反过来跨坐下。） # speaker: deng-yifan # mood: interested
    -> goal
* [先花两分钟介绍Routewise，然后再演示：十五年前在苏州成立，四百多家物流客户，中国前十大快递公司里有三家，还有全国最大的路径算法团队。把一千二百个骑手交给我们之前，您肯定想先知道在跟谁打交道。 # move: open-with-company-history # cause: lost-trust]
    ~ patience -= 1
    （他仍然站着。）你们的官网我在飞机上看过了。每家都是某个方面的“最大”。 # speaker: deng-yifan # mood: skeptical
    -> goal

=== goal ===
{ patience <= 0: -> ending_walkout }
邓一帆走到白板前，敲了敲那个圈起来的“2H”。 # speaker: narrator
快马两小时。任何商户，任何包裹，四环以内任何地方。晚上六点前下单，在顾客结算时自己选的两小时时段内送到。不是“当日达”，是一个时段。 # speaker: deng-yifan # mood: interested
百草大药房在成都有320家门店，3月要招标处方药配送；他们要的就是时段。蓝箭秋天要把三小时时段从重庆带过来。我要抢在前面，让三小时显得慢。 # speaker: deng-yifan # milestone: goal-stated
* [我能建议分步走吗？这一步跨得太大，我们大多数客户都是循序渐进的：今年先把当日达准时率提到98%，等网络经过验证，明年再加时段。在百草招标之前，风险要小得多。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ too_cautious = true
    （他盖上马克笔。）98%的“当日达”还是“当日达”。蓝箭听说我这么谨慎，一定很高兴。 # speaker: deng-yifan # mood: annoyed
    -> today
* [这不正是我们平台为此而生的吗？全城两小时时段——您会是中国西部第一家，我们能带您实现。 # move: prescribe-before-diagnosis, flatter # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    （他咧嘴一笑。）西部第一家。这话我爱听。 # speaker: deng-yifan # mood: pleased
    （他头也不抬地敲着键盘。）FleetPilot也是“为此而生”的。昨天刚说过。 # speaker: zhou-lei # mood: skeptical
    -> today
* [顾客自己选的时段。那您带我走一遍：现在一个承诺是怎么给出去的——从顾客在商户那里点下“购买”，到骑手敲门。 # move: ask-current-process]
    ~ trust = MIN(trust + 1, 8)
    （他用马克笔指了指长桌那头。）系统是周磊搭的。周磊，你跟他讲。 # speaker: deng-yifan # mood: interested
    -> today

=== today ===
{ patience <= 0: -> ending_walkout }
（他把电脑转过来，给你看一张流程图。）商户通过我们的插件卖“当日达”。订单进我们的OMS——我们自己用Go写的。每个微仓每三十分钟把订单打包成批次，推到骑手App上。跨河的单子都要经过双流的中心分拣，一点一波、五点一波。当日达准时率是93%。 # speaker: zhou-lei # mood: neutral
上个月我们拿所有订单按两小时时段回放了一遍。能按时送到的只有61%。才61%。所以你今天才会坐在这里。 # speaker: deng-yifan
* [做不到的那39%，断在哪个环节？商户交接、双流分拣，还是晚高峰的最后一公里？ # move: ask-diagnostic]
    ~ trust = MIN(trust + 1, 8)
    （他往下翻。）大概三分之一在分拣。三分之一在晚高峰，锦江和武侯，五点到八点。还有三分之一……（他盯着屏幕皱起眉。）三分之一是我们根本就不该给出的时段。那个微仓在那个时段已经没有骑手了。结算页根本不知道我们有多忙。 # speaker: zhou-lei # mood: interested
    （慢慢地。）所以我们是在瞎承诺。 # speaker: deng-yifan # mood: anxious # milestone: pain-acknowledged
    -> payoff
* [问题显然在双流分拣，不是吗？一天两波，永远做不出两小时时段。把跨河的单子从分拣里拿出来，您就成功了一大半。 # move: tell-buyer-their-problem # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    分拣的事我们知道。我们每单成本比蓝箭低30%，也是因为它。 # speaker: zhou-lei # mood: annoyed
    周磊说得对。要是答案这么简单，我自己早就画在白板上了。 # speaker: deng-yifan # mood: skeptical
    -> payoff
* [您看过动态调度能把这样一张图变成什么样吗？十四个微仓连续重排、多仓中转、精确到骑手的预计到达时间，订单一进来立刻自动重新派单。 # move: pitch-features # cause: lost-trust]
    ~ patience -= 1
    FleetPilot昨天说的跟这一字不差。颜色还更好看。 # speaker: deng-yifan # mood: skeptical
    -> payoff

=== payoff ===
{ patience <= 0: -> ending_walkout }
邓一帆用手指敲着桌面。 # speaker: narrator
61%，而百草3月就开标。 # speaker: deng-yifan
* [我们在武汉的模型能帮上忙吗？我给那边一家快递公司做过一模一样的测算：按运力给时段，每单收入提高了14%，配送失败少了三分之一。我今晚把表格发给您，把您的61%代进去。 # move: numbers-without-buy-in]
    武汉。（他耸耸肩。）发吧，周磊会看。我的公司不是靠别人的表格做起来的。 # speaker: deng-yifan # mood: neutral
    -> usage
* [用上我们的时段引擎，您就再也不会对顾客失约了。时段内准时送达率99%——我们保证。 # move: overclaim # cause: overpromised]
    ~ overpromised = true
    保证。（他在白板上2H旁边写下“99%”。）这个词我可以印到广告牌上。 # speaker: deng-yifan # mood: pleased
    周磊把这个数字抄进笔记本，画了个圈。 # speaker: narrator
    -> usage
* [假设结算页上给出的每个时段都是你们守得住的。那快马能卖出什么蓝箭卖不了的东西？ # move: ask-need-payoff]
    ~ trust = MIN(trust + 1, 8)
    （他又站了起来。）那时段本身就是一个产品。商户为两小时承诺多付三块钱；要是三分之一的单量选它，不算百草，一年就是七百多万。光百草一家就是每天四千单。等蓝箭秋天进来，发现这个承诺已经被我们占了。 # speaker: deng-yifan # mood: pleased # milestone: cost-quantified
    前提是双十一也守得住。 # speaker: zhou-lei # mood: neutral
    -> usage

=== usage ===
{ patience <= 0: -> ending_walkout }
好。现在给我看怎么做。别放PPT。FleetPilot给我们看了一张会动的地图。你们的能干什么？ # speaker: deng-yifan
* [我把我们的控制塔投到屏幕上？AI预测到达时间、热力图、自动派单、异常告警。十分钟您就能看出区别。 # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    十分钟过去，控制塔的第三个页面还在加载。 # speaker: narrator
    控制塔。（他往后一靠。）他们的更好看，而且已经是成都的数据了。 # speaker: deng-yifan # mood: skeptical
    -> rival
* [我不演示，就用您的原话：顾客自己选的时段，一个守得住的承诺。一位百草的顾客在武侯，16点40分点了“购买”。结算页显示任何时段之前，你们的插件先问我们：这个地址，快马此刻能守住哪些时段。武侯仓六点以后才有空闲骑手，六点以前没有，所以给她的是六点到八点。一个时段开始要延误的时候，快马这边谁应该看到？ # move: share-usage-scenario, build-vision-from-buyer-words]
    ~ trust = MIN(trust + 1, 8)
    ~ zhou = MIN(zhou + 1, 5)
    微仓负责人。还有顾客——在她生气之前，不是之后。 # speaker: deng-yifan # mood: interested
    （他凑近了些。）那配送还是走我们的骑手App？你们的引擎回答结算页，我们的App负责送？ # speaker: zhou-lei # mood: interested
    你们的App负责送。结算页由我们来回答，后台的批次我们持续重排。 # speaker: seller
    （他在白板上2H下面写下“先问再承诺”。）就是这个。这才是真正的飞跃——不是地图，是承诺。 # speaker: deng-yifan # mood: pleased # milestone: vision-agreed
    -> rival
* [我们最好的客户都是这么跑的：每个片区固定两小时波次，骑手用Routewise骑手App，每个微仓都按我们的标准调度手册来，我们自己的培训师第一天就进驻全部十四个微仓。蓝图、人手、上线日程表都由我们来带；您和周总什么都不用设计，“快马两小时”按我们跑过很多次的时间表全城上线。 # move: impose-solution-design # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    我们的骑手App上有一千一百五十个骑手。你想让我们春天把它换掉？ # speaker: zhou-lei # mood: annoyed
    而且“固定波次”听起来就是换了个名字的双流分拣。 # speaker: deng-yifan # mood: skeptical
    -> rival

=== rival ===
{ patience <= 0: -> ending_walkout }
现在问个实在的。FleetPilot每二十秒给一千二百个骑手重排一次路线。周磊很喜欢。你们能做到吗？ # speaker: deng-yifan # mood: neutral
他们的API两天就跟我们的沙箱打通了。 # speaker: zhou-lei # mood: neutral
* [能——他们也能。实时重排现在是基本功，他们的演示做得也不错。我们的区别在之前那一刻：该卖出哪个时段。瞎承诺之后再漂亮地重排，只是体面地失约。 # move: acknowledge-parity-then-differentiate]
    ~ trust = MIN(trust + 1, 8)
    （他差点笑出来。）他们的演示确实是从所有订单都已经进来开始的。 # speaker: zhou-lei # mood: interested
    之前那一刻。（他把这几个字写在白板上，划了线。） # speaker: deng-yifan # mood: interested
    -> scale
* [要不把我们和他们放进您的对比表，逐条比一比？我们更快、更智能、扩展性更强——优化更好、AI更好、服务更好——哪一条我们都领先。 # move: claim-different-on-everything # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    哪一条都领先。（他淡淡一笑。）FleetPilot昨天也是这么说的。说的是你们。 # speaker: deng-yifan # mood: skeptical
    -> scale
* [用模拟骑手做演示是最容易的部分。FleetPilot从没跑过您这么大的网络——私下说一句，他们的“AI”基本上就是一个前端做得很好的规则引擎。您问问他们有几家正式上线的客户超过五百个骑手，更别说双十一的一千二百个了。 # move: bash-competitor # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    （平淡地。）他们的API文档我看过，也跟他们的工程师泡了两个小时。不是这样。 # speaker: zhou-lei # mood: annoyed
    我没问你他们怎么样。我问的是你们。 # speaker: deng-yifan # mood: skeptical
    -> scale

=== scale ===
{ patience <= 0: -> ending_walkout }
（他关掉FleetPilot的标签页。）那我要签字负责的就是规模。去年双十一：三万八千单，大部分在晚上七点到十一点之间。每一次结算都要你们的引擎来回答。它做到过吗？ # speaker: zhou-lei # mood: neutral
* [轻轻松松。我们的云是弹性扩容的——一天三万八千单对它来说不算什么。 # move: overclaim # cause: overpromised]
    ~ overpromised = true
    好。下一个。 # speaker: deng-yifan # mood: pleased
    （他在笔记本上写下“38000——不算什么”。）这个说法我记住了。 # speaker: zhou-lei # mood: skeptical
    -> objection
* [实际运行还没有，我宁愿您从我这里听到。我们正式运行的最大网络是武汉的江城速运，每天一万五千单。实验室压测过五万单，但还没有哪家客户实际跑到三万八千。拿你们自己的双十一来测吧。 # move: admit-limitation, calibrate-expectations]
    ~ trust = MIN(trust + 1, 8)
    ~ zhou = MIN(zhou + 1, 5)
    （他第一次真正抬起头来看你。）FleetPilot说的是“没问题”。 # speaker: zhou-lei # mood: interested
    （顿了一下，然后咧嘴一笑。）这么说我们会是最大的。当第一个我能接受——只要我上台之前就知道，而不是之后。 # speaker: deng-yifan # mood: interested # milestone: risk-addressed
    -> objection
* [以我们这样的架构，规模从来都不是真正的问题。先把集成设计做对：等你们的OMS跟我们的时段API打通，周总的团队对两边的接口约定也满意了，数字自然就有了，我再让我们的工程师给董事会出一份容量报告。 # move: hide-known-gap # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    这可不是数字。（他记下了什么。） # speaker: zhou-lei # mood: skeptical
    邓一帆看看周磊，又看看你，什么也没说。 # speaker: narrator
    -> objection

=== objection ===
{ patience <= 0: -> ending_walkout }
周磊把笔记本电脑合上一半。他开口时，既是对你说，也是对邓一帆说。 # speaker: narrator
我坦白说一下我的顾虑。我们跑的一切都是自己的：OMS、骑手App、商户插件。FleetPilot就是一个API——我的系统调用他们的，仅此而已。你们的方案听起来像是要插到中间来。去年Omnia的仓储项目把我的团队整整拖了七个月，双十一的时候还只做了一半。我只有九个工程师。这种事我不会再干第二次。 # speaker: zhou-lei # mood: anxious
* [这个您不用担心：整个集成都由我们的团队来做。您的工程师什么都不用管。 # move: overclaim # cause: overpromised]
    ~ overpromised = true
    那更好。 # speaker: deng-yifan # mood: pleased
    除了我的人，谁都不能往我们的OMS里写数据。这不是偏好，是规定。 # speaker: zhou-lei # mood: annoyed
    -> risk
* [集成其实是最简单的部分——我们对接过两百多套系统，自研的也有。邓总，我建议今天就停留在战略层面，底层对接的事让工程师以后再去理，您看呢？ # move: dismiss-objection # cause: lost-zhou]
    ~ zhou = MAX(zhou - 3, 0)
    （他点点头。）对。周磊，今天先别陷在技术细节里。 # speaker: deng-yifan # mood: neutral
    （他把电脑彻底合上。）好的。 # speaker: zhou-lei # mood: annoyed
    -> risk
* [双十一前被拖上七个月，这是真伤疤，而且要是再来一次，扛的还是您。帮我弄清楚：你们系统里哪些部分是碰不得的？仓储项目到底是哪里出了问题？ # move: acknowledge-objection, clarify-objection]
    ~ trust = MIN(trust + 1, 8)
    ~ zhou = MIN(zhou + 1, 5)
    （他重新打开电脑。）骑手App和OMS碰不得。Omnia想把他们的数据模型放在中间，我们的订单同步重写了两遍，他们的顾问换了三拨。（停顿。）而且第一周就没人能告诉我，要是出问题了我们怎么知道。 # speaker: zhou-lei # mood: neutral
    -> risk

=== risk ===
{ patience <= 0: -> ending_walkout }
{ zhou <= 1:
    （他瞥了周磊一眼。）周磊不会再问了，那我来问：我们怎么避免再来一个仓储项目？ # speaker: deng-yifan # mood: neutral
- else:
    那你们实际上打算怎么做？ # speaker: zhou-lei # mood: neutral
}
* [我的保证管用吗？我向您保证，手机号也留给您。集成出任何问题，白天晚上都行，您给我打电话，第二天一早我就到成都。 # move: rely-on-rapport # cause: lost-zhou]
    ~ zhou = MAX(zhou - 1, 0)
    Omnia的合伙人也给过我他的手机号。很让人安心，安心了七个月。 # speaker: zhou-lei # mood: skeptical
    -> spring
* [把它变成你们的测试，而不是我们的演示。春节前在你们的沙箱里测两周：你们的OMS调用我们的时段API，骑手App一点不动，不往你们的数据库写任何东西，我们回放去年双十一。通过和不通过的标准由您来定。这样能解决您的顾虑吗？ # move: offer-risk-reduction, co-create-plan, confirm-objection-resolved]
    ~ trust = MIN(trust + 1, 8)
    ~ zhou = MIN(zhou + 1, 5)
    （他已经在打字了。）峰值时每次时段应答200毫秒以内。OMS零写入。任何一条没达到，就停。 # speaker: zhou-lei # mood: interested # milestone: risk-addressed
    周磊从来没主动提出过要给供应商写测试。 # speaker: deng-yifan # mood: pleased
    -> spring
* [说实话，最干净的办法不就是把骑手换到我们的App上吗？它就是为时段设计的，本来就跟我们的引擎打通，您还能淘汰一套九个工程师每个双十一都得拼命保着的系统。没有集成会出问题，不会有第二个仓储项目，周总的团队晚上也不用再熬了。 # move: impose-solution-design # cause: lost-zhou]
    ~ zhou = MAX(zhou - 3, 0)
    （他看着邓一帆，没看你。）这就是我说的“中间”。 # speaker: zhou-lei # mood: annoyed
    -> spring

=== spring ===
{ patience <= 0: -> ending_walkout }
邓一帆起身走到地图前。十四个橙色圆点。 # speaker: narrator
现在说我的时间表。五月一号我要站在台上宣布“快马两小时”。全城。这个日期得是真的，百草3月才会签。所以：五一之前，这些你们全都做得完吗？ # speaker: deng-yifan # mood: interested
* [五一全城上线——做不到，我要说能就是骗您：十五周里要上线十四个微仓、2600家商户的结算页，中间还隔着春节。但在那个台上宣布一个真实的两小时承诺，是做得到的。这张地图上哪一块能让这次发布成真？ # move: calibrate-expectations, co-create-plan]
    ~ trust = MIN(trust + 1, 8)
    ~ zhou = MIN(zhou + 1, 5)
    ~ too_cautious = false
    （他沉默了一会儿，然后一个接一个点了五个圆点。）锦江。武侯。高新区。五个微仓，40%的订单，一百一十家百草门店。 # speaker: deng-yifan # mood: interested
    五一五个微仓。九月全城。双十一全量。蓝箭秋天进来，发现这个承诺我们已经在兑现了。（他把三个日期写在白板上。） # speaker: deng-yifan # mood: pleased # milestone: vision-agreed
    （轻声地。）五月五个微仓，人手我排得出来。 # speaker: zhou-lei # mood: interested
    -> process
* [能。五一全城上线。我派我们最好的实施团队来，一定拿下。 # move: overclaim # cause: overpromised]
    ~ overpromised = true
    （他一巴掌拍在地图上。）这就是我想听的。 # speaker: deng-yifan # mood: pleased
    （他停下打字。）十四个微仓。两千六百个结算页。中间还有春节。（他没再说别的。） # speaker: zhou-lei # mood: anxious
    -> process
* [我能给您一个实在的建议吗？今年什么都别宣布。先在两个微仓悄悄试点时段，撑过双十一、做到98%，明年带着实打实的数据再发布。蓝箭的三小时不可能一个秋天就拿下整座城，而您这次发布会是成都风险最低的一次。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ too_cautious = true
    （他背过身去，不再看地图。）到了明年，这座城里“时段”这个词就是蓝箭的了。我请你来，不是为了让我变谨慎。 # speaker: deng-yifan # mood: annoyed
    -> process

=== process ===
{ patience <= 0: -> ending_walkout }
那么——下一步？FleetPilot的工程师周四还要来。 # speaker: deng-yifan
* [我们趁热打铁？明天我就把合同发给您，下周、春节前就开项目启动会，保证您五月的日期稳稳当当。 # move: premature-close # cause: board-unprepared]
    慢点。我还没选任何人。昨天FleetPilot也想下周就启动。 # speaker: deng-yifan # mood: skeptical
    -> obstacles
* [您是创始人——您想做，这事就能成，不是吗？我们俩先把大框架定下来，我直接发给您。 # move: rely-on-single-contact # cause: board-unprepared]
    这是我的公司。基本上是。 # speaker: deng-yifan # mood: neutral
    周磊低头看着桌面。 # speaker: narrator
    -> obstacles
* [先别急着落到纸面上：快马会怎么在三家里选？除了您，还有谁要点头？钱从哪里出？ # move: ask-decision-process, qualify-budget]
    ~ trust = MIN(trust + 1, 8)
    ~ knows_process = true
    我拍板。但五百万以上都要上董事会，这个项目超过五百万。宏图资本占两个席位。仓储项目之后，董事会加了一条规定：任何系统项目，没有周磊的技术签字都不行。 # speaker: deng-yifan # mood: neutral
    董事会2月26日开会。只要他们批，钱是有的。 # speaker: deng-yifan # milestone: budget-confirmed
    { trust >= 6:
        （压低声音。）还有，宏图的合伙人梁晴，就是推荐Omnia的那位。她是Omnia客户顾问委员会的成员。 # speaker: deng-yifan # insider: investor-backs-omnia
    }
    （干巴巴地。）所以我可不是什么细节问题。 # speaker: zhou-lei # mood: neutral
    -> obstacles

=== obstacles ===
{ patience <= 0: -> ending_walkout }
（他看了看表。）还有十五分钟。你还需要我们提供什么？ # speaker: deng-yifan
* [问两个不太好听的问题。有什么可能让这个项目还没开始就夭折——董事会那边，或者别的地方？还有，如果今天两位各投一票，会选谁？ # move: ask-obstacles, ask-competition]
    ~ trust = MIN(trust + 1, 8)
    { trust >= 6:
        董事会。我们的领投人梁晴认为两小时时段就是在烧毛利。她要看的是每单成本，不是形容词。 # speaker: deng-yifan # mood: neutral # insider: board-opposition
    - else:
        董事会随时可以说不。他们要看的是数字，不是形容词。 # speaker: deng-yifan # mood: neutral
    }
    { zhou >= 4:
        （他瞥了邓一帆一眼，还是答了。）今天？FleetPilot。他们的API对我的团队最省事。不是针对你们，是为了我那九个人。 # speaker: zhou-lei # mood: neutral # insider: favoured-vendor # milestone: competition-revealed
    - else:
        （他的眼睛没离开电脑。）我的票投给邓总，不投给供应商。 # speaker: zhou-lei # mood: neutral
    }
    我会选能守住承诺的那家。现在还不知道是哪家。 # speaker: deng-yifan
    -> case
* [有句话您的董事会可能不好意思说，我来说：Omnia那个十四个月的计划，就是典型的大厂陷阱。哪个投资人陪过一次Omnia的上线都知道，等第一个里程碑延期、顾问每个季度都在换人，您的董事会也会明白。 # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （冷冷地。）Omnia是我的一位投资人介绍来的。在这栋楼里议论他们，你最好小心点。刚才那句我不会转述。 # speaker: deng-yifan # mood: skeptical
    -> case
* [说实话？董事会都跟着有信念的创始人走。您走进董事会告诉他们就这么定了——他们会支持您的。 # move: rely-on-single-contact]
    （他笑了。）我喜欢你。你还没见过梁晴。 # speaker: deng-yifan # mood: pleased
    -> case

=== case ===
{ patience <= 0: -> ending_walkout }
不管我选谁，董事会只问一个问题：两小时承诺每单要多花多少钱，做不成又怎么办？FleetPilot跟我说他们的AI“自己就能回本”。 # speaker: deng-yifan # mood: neutral
* [投资人投的不都是创始人，而不是表格吗？您刚才描述的就是这座城市配送的未来。这就是您最有力的理由。 # move: rely-on-rapport # cause: board-unprepared]
    （短暂一笑。）过奖了。梁晴先看表格，再看创始人。 # speaker: deng-yifan # mood: neutral
    -> price
* [那我们就用您的数字、不用我们的，做一页给董事会看的纸：商户溢价、百草的单量、每个微仓的骑手利用率、我们的价格，还有发布延期的代价。您来讲，周总签技术那一行，我只填我们那一栏。 # move: build-business-case]
    ~ trust = MIN(trust + 1, 8)
    ~ has_case = true
    我们的数字，我的一页纸。（他在白板上写下“董事会——1页”。）梁晴从来不看供应商的PPT。她看我的。 # speaker: deng-yifan # mood: interested
    每个微仓的骑手利用率，我可以从上个月的回放里给你。 # speaker: zhou-lei # mood: interested
    -> price
* [我今晚就把我们的标准投资回报模型发给您的董事会：我们客户的平均回本周期是七个月，里面还有一页专门给宏图，列了每单成本、每个微仓的骑手利用率和你们向商户收取的溢价。梁晴只要核一下假设，26号之前您的那页纸就有了。 # move: numbers-without-buy-in # cause: board-unprepared]
    你们的平均数，拿给梁晴。（他皱了皱眉。）她会问是谁家的客户，然后问我为什么让供应商给我的董事会写东西。 # speaker: deng-yifan # mood: skeptical
    -> price

=== price ===
{ patience <= 0: -> ending_walkout }
还有钱的事。FleetPilot说第一年免费——我们当他们的“共创伙伴”。Omnia可从来不白送东西。你们呢？ # speaker: deng-yifan # mood: neutral
* [什么样的数字能让您和梁晴都好拍板？ # move: ask-what-price-works # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （他毫不犹豫。）第一年，零元。你也听到FleetPilot的了。还有五一发布时你们的驻场团队，我想也是免费的吧。 # speaker: deng-yifan # mood: neutral
    -> readiness
* [他们给什么我们就给什么：第一年免费，五一发布的驻场团队也一并送上。我不想让钱来决定这件事，一位要让三小时显得慢的创始人，不该为敢当第一个而付钱。 # move: unilateral-discount # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    好。（他在白板上写下“第一年免费”。）那五一发布的驻场团队，我想也是免费的吧。 # speaker: deng-yifan # mood: pleased
    （小声嘀咕。）免费，那是试点才有的价。 # speaker: zhou-lei # mood: skeptical
    -> readiness
* [不免费。您的发布不是试用，免费的软件就会被当成试用。第一年按共创伙伴价，可以——前提是快马五一和我们一起公开发布、接待客户参观，并且在董事会那天给我们决定。 # move: trade-concession, ask-two-gets]
    ~ trust = MIN(trust + 1, 8)
    台上联合发布。反正我本来就要办发布会。（他想了想。）接待参观，行。蓝箭会派人装成商户来看，不过行。 # speaker: deng-yifan # mood: interested # milestone: concession-traded
    -> readiness

=== readiness ===
{ patience <= 0: -> ending_walkout }
邓一帆把笔帽盖回马克笔上，看着你。周磊也看着你。 # speaker: narrator
* [提建议之前——两位说实话，现在到哪一步了？Routewise是您想带去董事会的方案，还是仍然只是三家之一？ # move: check-readiness]
    { trust >= 7 && zhou >= 4:
        一个小时前你们还是三家之一。现在你们是我想带去董事会的那一家。前提是周磊的测试通过。 # speaker: deng-yifan # mood: pleased # milestone: preferred-vendor # phase: 3
        前提是通过。（他点点头。） # speaker: zhou-lei # mood: interested
    - else:
        说实话？还是三家之一。FleetPilot那张地图还在我脑子里。 # speaker: deng-yifan # mood: neutral
    }
    -> plan
* [我们今天先签一份意向书？这样我的团队就能把五月的实施档期给您留出来。 # move: premature-close # cause: pushed-for-signature]
    -> ending_pushed
* [我把今天谈的都写进一份完整的方案书——时段引擎、沙箱测试、上线计划和价格——周五前发给两位。您什么时候准备好了再定。 # move: send-brochure # cause: no-next-step]
    -> ending_drift

=== plan ===
{ trust >= 7: 邓一帆把马克笔递给你。|邓一帆等着。} # speaker: narrator
* [要不让我们的项目管理办公室来起草完整的项目计划？这样的上线他们做过四十次——微仓、商户结算页、骑手培训、双十一压测，周一前放进同一张图。您和周总只需要审批，26号董事会看到的计划会像银行做的一样规范。 # move: impose-solution-design # cause: no-next-step]
    你们项目办的计划。（他放下马克笔。）Omnia送过一份这种东西。两百页。 # speaker: deng-yifan # mood: skeptical
    -> ending_drift
* [我们就在这儿写，按您的日期。周五前周总定出通过和不通过的标准；春节前用双十一回放做沙箱测试；您给江城速运的创始人打个电话；我们一起做董事会那页纸；董事会之后做决定；五一上五个微仓，九月全城。您想改哪里？ # move: propose-mutual-plan, co-create-plan]
    ~ trust = MIN(trust + 1, 8)
    -> decide
* [太好了。那我今晚就把合同发过来，好给董事会备着。 # move: premature-close # cause: pushed-for-signature]
    -> ending_pushed

=== decide ===
{ zhou <= 2: -> ending_zhou_fleetpilot }
{ not has_case || not knows_process: -> ending_shelved }
{ trust < 7 || too_cautious: -> ending_deng_fleetpilot }
{ overpromised: -> ending_overpromised }
-> ending_won

=== ending_won ===
（他只改了一处：把推荐电话挪到了这周。）我想听江城速运的创始人亲口说说，在你们的引擎上做最大的客户是什么感觉。 # speaker: deng-yifan # mood: pleased # milestone: mutual-plan-agreed
（他在日期下面加了自己的一行：200毫秒——零写入——不达标即停。）周五前给标准。我会同时发给你们和FleetPilot。两家都通过，就选更好的那家。 # speaker: zhou-lei # mood: interested
三周后，你们的引擎在140毫秒内应答了三万八千次回放的结算请求。周磊亲自在邓一帆给董事会的那页纸上签了技术那一行。 # speaker: narrator
快马选定Routewise为首选供应商，手里是一份双方共同制定的计划：五一五个微仓，九月全城，还有一位清楚自己在台上承诺什么的创始人。 # speaker: narrator # outcome: won
-> END

=== ending_overpromised ===
（他看着白板。）好。那我们有计划了——也有你许下的承诺。 # speaker: deng-yifan # mood: pleased
快马选了Routewise。你在会议室里许下的承诺进了邓一帆给董事会的那页纸，又一字不差地进了合同。 # speaker: narrator
然后，到了兑现承诺的时候。到了4月，集成终究还是要周磊的工程师上手，两个首发微仓延期，五一的舞台变成了“试运行”。邓一帆早已把你的话转述给了百草和他的董事会；百草和蓝箭签了三小时时段。 # speaker: narrator
（6月，电话里。）我跟你说过我能接受风险。我不接受意外。周磊已经把FleetPilot放进沙箱了。 # speaker: deng-yifan # mood: annoyed
你靠许下明知做不到的承诺赢了比稿，又在该兑现的时候丢了这个客户。 # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_zhou_fleetpilot ===
（他客气地一直听到最后。）谢谢。董事会之后我们再联系。 # speaker: deng-yifan # mood: neutral
{ knows_process: 你知道董事会需要周磊的技术签字。|你事后才知道，快马董事会对任何系统项目都要求周磊的技术签字。}他那份两页的建议书送到了董事会：FleetPilot——“API优先，不改动我们的核心系统，供应商接受了我们的测试标准”。 # speaker: narrator
邓一帆更喜欢你的愿景，但仓储项目才过去一年，他不会否决自己的技术负责人。3月，FleetPilot和周磊的团队一起，在API里加了一个“运力校验”。 # speaker: narrator # outcome: lost # caused-by: lost-zhou
-> END

=== ending_shelved ===
（他和你握手。）谈得很好。我们会提交董事会。 # speaker: deng-yifan # mood: interested
{ not knows_process:
    你从没问过快马怎么做决定。结果董事会2月26日开会，没有周磊技术签字的系统项目一概不批。没人为此做准备，那天邓一帆拿去讲的是一个没有周磊签字的愿景。 # speaker: narrator
- else:
    26号，梁晴问出了邓一帆预料到的那个问题——每单成本，还有做不成怎么办——没有人拿得出一页纸来回答。 # speaker: narrator
}
董事会把“快马两小时”推迟到“双十一之后”。圈起来的2H还留在白板上；秋天，蓝箭在成都推出了三小时时段。 # speaker: narrator # outcome: no-decision # caused-by: board-unprepared
-> END

=== ending_deng_fleetpilot ===
（他很客气，眼睛已经看向了地图。）你们很懂我们的系统。FleetPilot懂的是我想让快马变成什么。 # speaker: deng-yifan # mood: neutral
两周后，邓一帆宣布FleetPilot成为快马的“两小时AI合作伙伴”。周磊给你发了一条简短而客气的消息：你们的测试结果不错。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_pushed ===
（他看向周磊。周磊看着自己的电脑。）签字。在比稿的时候。周磊还什么都没测。 # speaker: deng-yifan # mood: annoyed
仓储项目第一周就是这个样子。 # speaker: zhou-lei # mood: annoyed
周四，FleetPilot的工程师又来了，向周磊要他的测试标准。到了3月，他们成了快马“两小时”的合作伙伴。 # speaker: narrator # outcome: lost # caused-by: pushed-for-signature
-> END

=== ending_drift ===
周五，你的方案书发了出去：三十页，外加一份项目办做的项目计划。邓一帆转给周磊，只写了两个字：“看看？” # speaker: narrator
下一步没人负责。春节前沙箱测试一直没定下日期，董事会看到的是三份方案书，没有计划。 # speaker: narrator
“快马两小时”被推迟到“下半年”；比稿没有赢家，等它重新启动时，屋里也没有你。 # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_walkout ===
邓一帆看了看表，站起身来。 # speaker: narrator
四点我跟FleetPilot的工程师还有个电话。周磊送送你。 # speaker: deng-yifan # mood: annoyed
你的四十五分钟在第二十分钟就结束了。下周，邓一帆的助理发来一封客气的邮件：快马已经把范围缩小到两家供应商，Routewise不在其中。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
