# id: innovator-first-contact
# title: 跃翼科技那位把内测版“玩坏”的创始人
# objective: 与决策者定下有日期的测试,并尽早把风险摆上桌面
# phase: 1
# segment: innovators
# buyer: zhou-yifan; 周一帆; 首席技术官兼联合创始人，跃翼科技; champion; woman young
# buyer: marcus-ong; 翁立恒; CEO兼联合创始人，跃翼科技; decision-maker; man
# minutes: 15
# difficulty: intro
# version: 4
# setting: video
# brief: 跃翼科技是深圳一家38人的无人机配送初创公司。首席技术官兼联合创始人周一帆——原大疆飞控工程师，苏黎世联邦理工学院博士——在一个开发者论坛上发现了Routewise Labs的开放路径规划API内测版，九天里在沙箱环境调用了14000次。昨晚她在论坛发帖说，这个求解器“在大一学生都能手算出来的问题上返回无可行解”。你在Labs的同事把帖子转给了你，她答应和你视频二十分钟，前提是“别是推销电话”。
# brief: 你对这个内测版足够了解，可以实话实说。今天上午Labs的工程负责人唐睿告诉你：当配送点超过约300个、时间窗又小于五分钟时，求解器会超时；无人机与货车的同步交接（“会合约束”）能用，但还是内测版，没有SLA；电池只按续航里程建模，不按电量。这些问题都还没有修复日期。
# brief: 你还不知道跃翼做这些实验背后有没有业务目标，还是一帆只是拆着你们的引擎玩儿。这是你要弄清楚的第一件事。

VAR trust = 2
VAR patience = 4
VAR goal_found = false
VAR gap_disclosed = false
VAR knows_authority = false
VAR marcus_onside = false
VAR credits_traded = false
VAR credits_given = false
VAR risk_known = false
VAR plan_agreed = false

-> opening

=== opening ===
视频接通，画面里是一张工作台。螺旋桨机臂、焊台，还有一块写满公式的白板。周一帆穿着灰色连帽衫，正端着纸杯吃泡面，第二块显示器上开着Routewise的API文档。 # speaker: narrator
嗨。我有二十分钟，四点还要试飞。你们论坛上那位说你能回答问题。（她放下泡面。）所以呢？ # speaker: zhou-yifan # mood: neutral
* [谢谢您在论坛上公开拆解我们的内测版——很有帮助。在谈别的之前，我先给您介绍一下全貌：Routewise Labs是什么，它在我们十五年物流经验和四百家客户中的定位，以及路径规划API接下来的方向。 # move: open-with-company-history # cause: lost-trust]
    ~ patience -= 1
    ~ trust = MAX(trust - 1, 0)
    （她又端起泡面。）“关于我们”那页我看过了。上面有张图库照片，一个男人指着地球仪。 # speaker: zhou-yifan # mood: annoyed
    我们能聊聊求解器吗？ # speaker: zhou-yifan
    -> the_bug
* [做无人机的团队，很少卡在飞行那一段；我见到他们卡住的地方，是和地面的交接——货车、护士、快递柜。这跟您在测的东西沾边吗？ # move: open-with-business-problem]
    ~ trust += 1
    （她停下了筷子。）……嗯。对。几乎一模一样。（她把第二块显示器转向摄像头。）所以我需要知道，是你们的求解器坏了，还是我出了问题。 # speaker: zhou-yifan # mood: interested
    -> the_bug
* [非常欢迎您参加内测！要不我给您安排一次引导式上手培训？我们的解决方案顾问会带您的团队一步一步熟悉API，保证不漏掉任何细节。 # move: mismatched-pitch # cause: lost-trust]
    ~ patience -= 1
    ~ trust = MAX(trust - 1, 0)
    （长时间的停顿。）你们的文档我看过了。全部。包括互相矛盾的那两页。我不需要有人带我走一遍，我需要的是堆栈跟踪。 # speaker: zhou-yifan # mood: annoyed
    -> the_bug

=== the_bug ===
她共享了屏幕：一个JSON请求，412个配送点，四分钟的时间窗，返回结果只有一个词：INFEASIBLE。 # speaker: narrator
一个放宽约束的版本，我一个下午就能手算出来。你们的求解器三十秒就放弃了。是引擎的问题，还是我用错了？ # speaker: zhou-yifan # mood: skeptical
* [是引擎的问题。配送点超过大约300个、时间窗小于五分钟时，内测版会超时，然后报无可行解。工程团队知道；修复日期我不会编。 # move: admit-limitation]
    ~ trust += 2
    ~ gap_disclosed = true
    （她居然笑了。）谢谢。这是我今年从供应商那儿得到的第一个直截了当的回答。FleetPilot那个人让我“联系技术支持”。 # speaker: zhou-yifan # mood: interested
    应该报超时，而不是无可行解。害我熬了两个通宵。 # speaker: zhou-yifan
    -> why_it_matters
* [不应该出现这种情况——这个引擎是生产级的，处理几千个配送点是家常便饭。应该是哪个配置细节的问题；我让技术支持团队看看您的请求。 # move: overclaim # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    （她挑起一边眉毛。）“生产级”。你们自己的文档用红框写着内测版。（她敲了几下键盘。）请求我刚发给你了。11KB。你去把那个配置细节找出来吧。 # speaker: zhou-yifan # mood: skeptical
    -> why_it_matters
* [我先不瞎猜：这四分钟的时间窗是硬约束吗？如果放宽到十分钟会怎样？ # move: ask-diagnostic]
    ~ trust += 1
    （她当场试了一下。）十分钟……六秒就解出来了。所以是时间窗的问题。（她眯起眼睛看着你。）你早就知道，对吧。 # speaker: zhou-yifan # mood: neutral
    猜到了。配送点超过大约300个、时间窗又这么紧的时候，内测版会超时，然后报成无可行解。 # speaker: seller
    ~ gap_disclosed = true
    嗯。应该报超时。 # speaker: zhou-yifan
    -> why_it_matters

=== why_it_matters ===
{ patience <= 0: -> ending_dropped }
她往后一靠，摘下了连帽衫的帽子。 # speaker: narrator
不说这个了。我真正想知道的是，你们能不能把无人机和货车当成一个车队来规划。无人机有续航，货车要停车，而且它们得碰头。没有人把这件事做好过。这是个好玩的问题。 # speaker: zhou-yifan # mood: interested
* [确实是个好玩的问题。这是跃翼要交付的某个项目，还是目前只是研究？它能让您做到哪些现在做不到的事？ # move: ask-goal]
    { trust >= 2:
        ~ goal_found = true
        ~ trust += 1
        （她往屏幕外看了一眼，又看回来。）不是研究。是康达医药。在南山和福田的十一个医院院区之间送检验样本和急用药品。无人机楼顶飞楼顶，降落不了的地方用货车送。 # speaker: zhou-yifan # mood: neutral
        付费试点十周后开始。如果成功，康达会占我们明年营收的60%。所以——是的。好玩，也是整个公司的命根子。 # speaker: zhou-yifan # milestone: goal-stated
        -> current
    - else:
        （她耸耸肩。）主要是研究。我喜欢把东西弄坏。怎么了——你需要给你们的CRM填个“应用场景”？ # speaker: zhou-yifan # mood: skeptical
        -> curiosity
    }
* [我们已经支持混合车队了。您试过车队配置接口吗？把无人机定义成一种续航18公里的车辆类型，剩下的交给求解器就行。 # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    那个接口我知道。我调了四千次了。（语气平淡。）续航不等于电池，“剩下的交给求解器”也不算回答。 # speaker: zhou-yifan # mood: skeptical
    -> curiosity
* [说实话，您可能是国内第一家把这件事做对的公司。我们把您纳入创新合作伙伴计划，马上开一个商业试用吧。 # move: treat-curiosity-as-deal, flatter # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （她看你的眼神，就像刚才看那个INFEASIBLE的返回结果。）我说的是这个问题好玩。我没说我要买什么。 # speaker: zhou-yifan # mood: annoyed
    -> curiosity

=== curiosity ===
{ patience <= 0: -> ending_dropped }
她把键盘拉回到面前。 # speaker: narrator
那我们就聊技术。你们的会合约束——无人机和货车在一个时间窗内到达同一个点。这是真的，还是PPT上的？ # speaker: zhou-yifan # mood: neutral
* [是真的，但是内测版：小规模问题能跑，没有SLA，电池只按续航建模。我可以介绍您认识写这部分的工程师。 # move: fit-message-to-segment, admit-limitation]
    ~ trust += 2
    ~ gap_disclosed = true
    （她慢慢点头。）工程师。不是顾问。行。 # speaker: zhou-yifan # mood: interested
    -> curiosity_goal
* [是真的，而且是市面上最先进的同步路径规划能力。无人机、货车、电池、天气——全局一次求解，不管您丢给它多大的规模都行。 # move: overclaim # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    天气。（她在你们API文档的搜索框里输入“weather”。零结果。她把屏幕转过来让你看。） # speaker: zhou-yifan # mood: annoyed
    -> curiosity_goal
* [与其我来描述，不如您说说：您得亲眼看到它做成什么，才会相信？ # move: clarify-objection]
    ~ trust += 1
    两百个配送点，十二架无人机，三辆货车，十五个会合点，再加一个老老实实的运行时间。（她微微一笑。）总算有个像样的回答。 # speaker: zhou-yifan # mood: neutral
    -> curiosity_goal

=== curiosity_goal ===
{ patience <= 0: -> ending_dropped }
她看了一眼屏幕角落的时间。还剩十一分钟。 # speaker: narrator
* [我能直接问吗——跃翼有没有一个项目需要用到这个，有明确的日期，也有人愿意为它付钱？如果没有也没关系，我只是想知道。 # move: ask-goal, qualify-budget]
    { trust >= 3:
        ~ goal_found = true
        ~ trust += 1
        （她犹豫了一下，然后下了决心。）好吧。康达医药。在十一个医院院区之间送检验样本，无人机加货车，付费试点十周后开始。如果成功，明年大部分营收就靠它了。 # speaker: zhou-yifan # mood: neutral # milestone: goal-stated
        我一开始没说，是因为每个供应商一听到“医药”就给我发宣传册。 # speaker: zhou-yifan
        -> current
    - else:
        （她摇摇头。）没有项目。没有预算。我测引擎纯粹是因为好玩，你们在我的清单上，夹在一个法国的科研求解器和一个黑客马拉松上搞出来的东西中间。 # speaker: zhou-yifan # mood: neutral
        -> curiosity_close
    }
* [不管怎样，我先给您发一份早鸟计划的方案吧：现在锁定比内测版转商用以后便宜，而且您这14000次调用已经可以算进第一档了。 # move: treat-curiosity-as-deal, pressure-buyer # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （她叹了口气。）你想发什么就发吧。都会进一个叫“以后再说”的文件夹。 # speaker: zhou-yifan # mood: annoyed
    -> curiosity_close
* [您的测试清单上还有哪些引擎？ # move: ask-competition]
    ~ trust += 1
    一个法国的科研求解器，加了我自己扩展的OR-Tools，还有一个我冒充花店才拿到的FleetPilot API密钥。（咧嘴一笑。）只有你们的引擎起码试着做了会合。 # speaker: zhou-yifan # mood: interested # milestone: competition-revealed
    -> curiosity_close

=== curiosity_close ===
{ patience <= 0: -> ending_dropped }
屏幕外有人喊她的名字。要试飞了。 # speaker: narrator
我得走了。那接下来怎么办——你是要每周给我打一次电话吗？ # speaker: zhou-yifan # mood: neutral
* [不会。您是在测试，不是在采购，这完全没问题。我把您介绍给Labs的唐睿，再把您的沙箱额度调高。哪天有了真正的项目，您再打给我。 # move: walk-away-unqualified]
    -> ending_qualified_out
* [我想把您设为创新客户——优先体验Labs的新功能，您弄坏了什么都有专人对接——我每两周跟您联系一次，等您准备好了就给您一份方案。 # move: chase-unqualified-deal # cause: chased-curiosity]
    -> ending_curiosity_drift
* [下周我们约解决方案团队给您做一次完整演示吧——整个平台，让您看到API之外我们能做的所有事情。 # move: treat-curiosity-as-deal, mismatched-pitch # cause: chased-curiosity]
    -> ending_curiosity_drift

=== current ===
{ patience <= 0: -> ending_dropped }
她把一张深圳地图拖到共享屏幕上：十一个医院楼顶标成红色，三个货车站点标成蓝色。 # speaker: narrator
* [这正是我们的混合车队编排器要做的——无人机和货车在一个计划里。我建议从第一天起就把十一个院区全部放上去。 # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （她皱起眉。）你不知道我们现在怎么排计划。你不知道哪里会出问题。而且你们文档里根本没有“编排器”这个东西。 # speaker: zhou-yifan # mood: skeptical
    -> diagnose
* [试点具体什么时候开始？到那时必须准备好什么？ # move: ask-timeline]
    ~ trust += 1
    6月2日。康达的质量团队会审核头两周。在那之前，我们需要一套能跑真实样本的计划，而不是我的测试JSON。 # speaker: zhou-yifan # mood: neutral
    -> diagnose
* [试运行阶段，康达的这些线路现在是怎么排计划的——无人机、货车，还有它们碰头的那一刻？ # move: ask-current-process]
    ~ trust += 1
    （她几乎有点不好意思。）无人机：我一个周末写的Python脚本，底层是OR-Tools。货车：我们的调度老王，用一张电子表格。两边是分开排的。 # speaker: zhou-yifan # mood: neutral
    它们在医院停车场碰头。基本靠运气。 # speaker: zhou-yifan
    -> diagnose

=== diagnose ===
{ patience <= 0: -> ending_dropped }
她放大了一个红色楼顶：南山人民医院。旁边有个货车图标，一动不动。 # speaker: narrator
* [试运行时交接没对上，实际会发生什么——谁在等谁，哪个环节最先出问题？ # move: ask-diagnostic]
    ~ trust += 1
    无人机等不了——它只有十一分钟的悬停余量，之后就得找地方降落。所以是货车等。有时候要在南山人民医院门口的路边等二十分钟。 # speaker: zhou-yifan # mood: neutral
    无人机因为大风被扣在地面时，老王是从司机那里知道的。打电话知道的。 # speaker: zhou-yifan # milestone: pain-acknowledged
    -> implication
* [那真正的问题难道不是您那个周末写的脚本吗——两套互不相通的规划器？它撑不过试点的；您需要的是一个引擎。 # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （冷冷地。）我那个周末脚本飞了九百架次，一次都没摔过。问题出在货车。或者停车场。或者风。你不知道是哪一个。 # speaker: zhou-yifan # mood: annoyed
    -> implication
* [（什么也不说；让她接着讲停车场的事。） # move: neutral]
    （她讲了一分钟停车场管理员，还有一个总觉得无人机在拍他的保安，然后停了下来。）你怎么这么安静？ # speaker: zhou-yifan # mood: neutral
    -> implication

=== implication ===
{ patience <= 0: -> ending_dropped }
她翻到一个日志文件。 # speaker: narrator
上周二，两份血样在货车里放了四十分钟。它们的稳定期只有两个小时。过期了。康达质量部的方经理发现了。 # speaker: zhou-yifan # mood: anxious
* [您知道吗，我们的客户通常能把交接等待时间缩短三分之一。要不我今晚把ROI模型发给您？一般一个季度内就能回本。 # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    “通常”。（她头也没抬。）你们的客户送的是沙发。我送的是血。 # speaker: zhou-yifan # mood: skeptical
    -> depth
* [如果在试点的审核期里这种事发生两次，康达会怎么做——这对跃翼又意味着什么？ # move: ask-implication]
    ~ trust += 1
    （沉默了一会儿。）试点的门槛是98%的样本在稳定期内送达。达不到，康达就把这条线路交给地面快递。 # speaker: zhou-yifan # mood: anxious
    那明年60%的营收就跟着没了，我们B轮融资的故事就变成了“我们飞无人机玩”。（她揉了揉眼睛。）这话我之前还从没说出口过。 # speaker: zhou-yifan # milestone: cost-quantified
    -> depth
* [我们上海的一个冷链客户遇到过类似的问题：调度和跟踪打通以后，三个月内晚到率降低了40%。 # move: share-success-story, mismatched-pitch]
    （客气地。）卡车。在上海。物理规律都不一样。（她还是记了一笔。） # speaker: zhou-yifan # mood: neutral
    -> depth

=== depth ===
{ patience <= 0: -> ending_dropped }
她把地图推到一边。 # speaker: narrator
直接问吧。你们的求解器是自研的，还是在OR-Tools外面套了个壳、贴了个logo？会合约束是真的吗？ # speaker: zhou-yifan # mood: skeptical
* [是的，完全自研的引擎，会合约束也全面支持——您在API参考文档的“同步”部分就能找到。 # move: hide-known-gap # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    { gap_disclosed:
        （她皱起眉。）“全面支持”。十分钟前你还跟我说内测版会超时。到底哪个是真的？ # speaker: zhou-yifan # mood: skeptical
    - else:
        好。（她记了一笔。）那我就在它上面搭康达的测试了。要是当着方经理的面崩了，我知道该找谁。 # speaker: zhou-yifan # mood: neutral
    }
    -> rival
* [自研的：自适应大邻域搜索，C++内核。会合约束能用，但还是内测版——没有SLA，文档也不全，电池按续航算。是唐睿写的；我可以帮您牵线。 # move: fit-message-to-segment, admit-limitation]
    ~ trust += 2
    ~ gap_disclosed = true
    （她在身后的白板上写下“ALNS——唐睿”。）没有SLA，做测试我能接受。在这上面骗我，我不能接受。 # speaker: zhou-yifan # mood: interested
    -> rival
* [这是完全自主知识产权的AI，专利申请中，用我们十五年的路径规划数据训练而成。无人机、货车、电池和天气开箱即用——像康达这样的试点，完全可以直接投产。 # move: overclaim # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    天气。（她在你们API文档的搜索框里输入“weather”。零结果。她把屏幕转过来让你看。） # speaker: zhou-yifan # mood: annoyed
    -> rival

=== rival ===
{ patience <= 0: -> ending_dropped }
{ trust >= 6:
    说实话，Leo——我们的首席工程师——觉得我们应该自己在OR-Tools上扩展就好。免费，而且是我们自己的。私下说，他多半是对的。 # speaker: zhou-yifan # mood: neutral # milestone: competition-revealed # insider: internal-favourite
- else:
    我们为什么不自己在OR-Tools上扩展？我们的首席工程师Leo很熟悉它。免费，而且是我们自己的。 # speaker: zhou-yifan # mood: skeptical
}
* [开源路径规划就是个科研玩具。没有哪个正经团队会用一个周末项目去跑康达的医药试点，没有支持合同，凌晨三点出了事也没人可找：您这是拿整个公司去赌。 # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    （语气尖锐。）我的周末项目飞了九百架次。全世界一半的路径规划实验跑的都是谷歌的OR-Tools。（她抱起双臂。）再想想。 # speaker: zhou-yifan # mood: annoyed
    -> credits
* [静态路径规划的话，OR-Tools非常好，还免费——换我也会用。难的是无人机被大风扣住时，实时重新规划交接。Leo要造的就是这个。 # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    （她想了想。）实时重新规划会合点。对。Leo估计这部分要三个月。Leo的估算一般要乘以π。 # speaker: zhou-yifan # mood: interested
    -> credits
* [Leo在OR-Tools上已经做了哪些？他觉得最难的是什么？ # move: clarify-objection]
    ~ trust += 1
    无人机规划器。他觉得最难的是飞行途中计划被打乱、必须改会合点的时候。那部分他还没开始做。 # speaker: zhou-yifan # mood: neutral
    -> credits

=== credits ===
{ patience <= 0: -> ending_dropped }
她把沙箱控制台的截图贴进聊天框：14212次调用，一根红条顶在每月一万次的上限上。 # speaker: narrator
说个实际的。要好好测康达的数据，我大概需要十万次调用。你能把上限调高吗？ # speaker: zhou-yifan # mood: neutral
* [没问题——我给您开成无限次，不收费，需要多久就用多久。就当是我们对康达项目的一点支持；我宁愿您用真实数据测试，也不想您盯着计数器。 # move: unilateral-discount]
    ~ credits_given = true
    （她眼睛一亮。）不错。谢谢。（她已经在敲下一个请求了。） # speaker: zhou-yifan # mood: pleased
    -> authority
* [可以，给六周——前提是Leo把周二那批交接日志脱敏后分享给唐睿，并且测完以后您给我们讲一下结果。 # move: trade-concession]
    ~ trust += 1
    ~ credits_traded = true
    （她考虑了一下。）脱敏日志，可以。方经理会要求先签数据协议。讲结果……行。如果成功了，你们会比我更想要这个。 # speaker: zhou-yifan # mood: neutral
    -> authority
* [我得先跟我领导确认一下能做到什么程度，再回复您。 # move: neutral]
    （轻轻叹了口气。）供应商啊。好吧。请周四之前给我答复。 # speaker: zhou-yifan # mood: neutral
    -> authority

=== authority ===
{ patience <= 0: -> ending_dropped }
她看了一眼时间。还剩七分钟。 # speaker: narrator
* [您是CTO，架构也是您的——只要您满意，这事就定了，对吧？那我们可以直接给您开通付费套餐。 # move: rely-on-single-contact, premature-close # cause: no-next-step]
    ~ trust = MAX(trust - 1, 0)
    （她迟疑得有点久。）技术上……是的。（听起来并不确定。） # speaker: zhou-yifan # mood: neutral
    -> marcus
* [这么好的技术交流，咱们就别拿采购问题来扫兴了。商务的事我之后再处理。 # move: avoid-hard-question # cause: no-next-step]
    （她点点头，松了口气。）好。我最烦那部分。 # speaker: zhou-yifan # mood: pleased
    -> marcus
* [如果这个最后用在康达试点里，谁来决定付这笔钱？6月之前有工具方面的预算吗？ # move: qualify-authority, qualify-budget]
    ~ trust += 1
    ~ knows_authority = true
    { trust >= 6:
        （她做了个鬼脸。）立恒。我的联合创始人，CEO。两万元以上的都要他签。过桥融资之后有一笔工具预算——每月一万五左右——他看得比眼珠子还紧。 # speaker: zhou-yifan # mood: neutral # milestone: budget-confirmed # insider: real-budget
        他觉得我老买玩具。他说得也不完全错。 # speaker: zhou-yifan
    - else:
        立恒。我的联合创始人，CEO。两万元以上的都要他签。（语气平淡。）预算里有多少是他的事，不是我第一次通话就会告诉供应商的。 # speaker: zhou-yifan # mood: neutral
    }
    -> marcus

=== marcus ===
{ patience <= 0: -> ending_dropped }
一个穿白衬衫、腋下夹着笔记本电脑的男人从她身后探进画面。 # speaker: narrator # enter: marcus-ong
一帆，投资人电话还有十分钟——（他看到了你）——哦。你好。我们又在买玩具了？ # speaker: marcus-ong # mood: skeptical
{knows_authority:（一帆用口型说：“立恒。”）|（一帆平淡地说：“翁立恒。CEO。”）} # speaker: narrator
* [我们有一个支持会合约束的自适应大邻域搜索求解器，亚秒级重新优化，REST和gRPC接口都有——周总一直在给它做压力测试。 # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （翁立恒的眼神开始放空。）挺好。听起来就是一帆会喜欢的东西。（对她说：）十分钟。（他转身要走。） # speaker: marcus-ong # mood: neutral
    -> marcus_q
* [不是玩具。周总一直在测试：无人机和货车交接的时候，跃翼能不能通过康达的试点审核。这就是我想帮忙回答的问题。 # move: talk-business-outcomes]
    ~ marcus_onside = true
    ~ trust += 1
    （他停下来，坐在桌沿上。）康达的审核。（对一帆说：）血样就是在那儿出的事？ # speaker: marcus-ong # mood: interested
    （她点点头。）货车等了四十分钟。 # speaker: zhou-yifan
    -> marcus_q
* [周总是我今年交流过的最敏锐的工程师之一。如果她觉得值得测试，我会相信她的判断。 # move: rely-on-rapport # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （翁立恒淡淡一笑。）我一向相信她的判断。我要审的是她怎么花钱。（他看了看表。） # speaker: marcus-ong # mood: neutral
    -> marcus_q

=== marcus_q ===
{ patience <= 0: -> ending_dropped }
翁立恒抱起双臂。 # speaker: narrator
我们是初创公司。一分钱掰成两半花。{credits_given:一帆说你们已经把调用次数开成无限、而且免费了。那我们到底要为什么付钱，|要多少钱，}还有，为什么不干脆让Leo自己做？ # speaker: marcus-ong # mood: skeptical
* [考虑到是初创公司，早鸟价在整个试点期间打六折并锁定，这样成本就不是问题了吧？Leo也可以继续专心做飞机。 # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （翁立恒挑起眉毛。）什么东西打六折？你还没告诉我它能为我们做什么。（对一帆说：）小心点，他们太热情了。 # speaker: marcus-ong # mood: skeptical
    -> obstacles
* [谈价格之前：通过康达的试点，对跃翼来说值多少？反过来，让Leo自己造一个会合规划器，又要付出什么代价？ # move: ask-need-payoff]
    ~ trust += 1
    ~ marcus_onside = true
    （他真的想了想。）通过试点就是B轮。让Leo自己造……（一帆：“三个月。乘以π。”）……就等于我们四分之一的工程师没在做飞机。 # speaker: marcus-ong # mood: interested
    如果你们的东西能让我们过了6月这一关，成本就不是问题。如果过不了，什么价格都太贵。 # speaker: marcus-ong
    -> obstacles
* [我把我们的ROI计算器发给您吧——大多数客户不到四个月就能回本。 # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （他不感兴趣地点点头。）发给一帆吧。（他在看手机。） # speaker: marcus-ong # mood: neutral
    -> obstacles

=== obstacles ===
{ patience <= 0: -> ending_dropped }
翁立恒站了起来。一帆看着你：还有三分钟。 # speaker: narrator
* [再问一个问题，可能是坏消息：有什么情况会让跃翼在康达试点里根本没法用外部的路径规划API？ # move: ask-obstacles]
    ~ trust += 1
    ~ risk_known = true
    （她和翁立恒对视了一眼。）方经理。康达的质量团队会审查每一个接触样本数据的第三方系统。FleetPilot的追踪器审了六周。 # speaker: zhou-yifan # mood: anxious
    （脸色沉了下来。）十周里就去掉六周。问得好。 # speaker: marcus-ong # milestone: risk-addressed
    -> next_step
* [我今晚把集成指南发给Leo吧？就是标准的REST API，任何IT团队一天就能接进试点。 # move: avoid-hard-question # cause: skipped-obstacles]
    （一帆耸耸肩。）行啊。发吧。 # speaker: zhou-yifan # mood: neutral
    -> next_step

=== next_step ===
{ patience <= 0: -> ending_dropped }
屏幕外又有人喊一帆的名字。 # speaker: narrator
那接下来呢？ # speaker: zhou-yifan
* [这周就把付费早鸟计划启动起来吧，这样6月2日之前您就全部准备好了。我今天就把订单发给翁总，一签完字，唐睿就可以开始处理康达的数据。 # move: premature-close # cause: no-next-step]
    ~ trust = MAX(trust - 2, 0)
    （翁立恒在门口说：）一个二十分钟的电话，我们什么都不会签。 # speaker: marcus-ong # mood: annoyed
    -> decide
* [我提个建议：用两周时间，让唐睿把周二的日志跑一遍会合约束；Leo和唐睿事先商定合格标准；14日翁总参加结果汇报会，当场决定。 # move: propose-mutual-plan]
    ~ trust += 1
    ~ plan_agreed = true
    -> decide
* [咱们轻松点：您继续测，什么时候准备好谈商务了就打给我。 # move: neutral # cause: no-next-step]
    （一帆点点头，已经半站起身。）好。 # speaker: zhou-yifan # mood: neutral
    -> decide

=== decide ===
{ patience <= 0: -> ending_dropped }
// The goal is known on every path here; what is left is whether she believes you, whether Marcus heard why it matters, and whether anyone was asked to decide.
{ trust < 6 || not marcus_onside: -> ending_lost }
{ not knows_authority || not plan_agreed: -> ending_no_decision }
{ trust < 13: -> ending_lost }
{ risk_known: -> ending_won }
-> ending_review_stall

=== ending_won ===
（翁立恒在门口停下。）14号。带工程师来，别带PPT。周一就开始跟方经理走流程——我可不想为了一张表格耽误四周。 # speaker: marcus-ong # mood: interested # milestone: meeting-agreed
（一帆已经在白板上写下“14日——结果汇报——唐睿”。）今晚把数据协议发给我。我让Leo把日志脱敏。 # speaker: zhou-yifan # mood: pleased # milestone: mutual-plan-agreed
这通电话结束时，你有了一个目标、一位决策者、一个对准康达门槛、定好日期的测试，合规风险也提前十周摆上了桌面：跃翼这次评估，现在只要你自己不失手，就是你的。 # speaker: narrator # outcome: won
-> END

=== ending_review_stall ===
（翁立恒在门口停下。）那就14号。带工程师来，别带PPT。 # speaker: marcus-ong # mood: interested # milestone: meeting-agreed
结果汇报会很顺利。翁立恒当场拍板同意。然后一帆转来了康达的供应商问卷：四十页，一次数据保护审计，至少六周。之前没人问过。 # speaker: narrator
我们等不了六周。试点先用周末脚本上，秋天再找你们。抱歉——这个我是真的很想做成。 # speaker: zhou-yifan # mood: anxious
目标、拥护者、计划都有了，却败在唯一一个没人去找的障碍上：试点在没有你们的情况下开始了，决定被推到了“以后”。 # speaker: narrator # outcome: no-decision # caused-by: skipped-obstacles
-> END

=== ending_no_decision ===
{ plan_agreed:
    14日的结果汇报会很顺利。然后翁立恒问，这笔钱谁来出，从哪个预算出。一帆以为是她说了算；之前没人问过。“6月之前不行，”翁立恒说，“试点之后再说吧。” # speaker: narrator
- else:
    一帆继续测试。每隔几天，沙箱日志里就又多出一千次调用，然后又是一千次。翁立恒从没问起过这件事；方经理也从没听说过。 # speaker: narrator
}
六周后，一帆发来消息：“Leo在OR-Tools上搞了个会合的临时方案。基本能用。你们的求解器更好。试点之后再聊吧。” # speaker: zhou-yifan # mood: neutral
兴趣是真的，目标也是真的，但没有人做任何决定：跃翼用周末脚本跑了试点。 # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_lost ===
两天后，一帆回复了你的跟进邮件，只有一行。 # speaker: narrator
“决定在OR-Tools上自研。至少坏了的时候我知道为什么。” # speaker: zhou-yifan # mood: skeptical
她始终没有真正相信你说的话，翁立恒也始终没听到这件事为什么重要：跃翼选择了开源。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_dropped ===
一帆看了看时间，又看了看你。 # speaker: narrator
我就到这儿吧。我要去试飞，而且这已经变成推销电话了。（画面定格在她伸手去拿鼠标的那一刻。） # speaker: zhou-yifan # mood: annoyed
当晚，开发者论坛上出现了一个新帖子：“Routewise Labs：求解器不错，电话别接。” # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_qualified_out ===
（她停下来，手已经搭在笔记本电脑的盖子上。）这……倒是难得的不别扭。好。把唐睿介绍给我吧。 # speaker: zhou-yifan # mood: pleased
两个月后，她发来一封邮件：“还记得那个好玩的问题吗？现在它变成了和一家医药分销商的付费试点。那位工程师还在吗？” # speaker: narrator
今天没有目标，就意味着今天没有机会。你诚实地判断出这单不该追，把门留着，而她带着一个真实的项目回来了。 # speaker: narrator # outcome: qualified-out
-> END

=== ending_curiosity_drift ===
你发出的日程邀请先是被接受，然后被改期，最后被拒绝。不到一个月，一帆的沙箱调用就降到了零。 # speaker: narrator
CRM里“跃翼科技——创新客户——赢率30%”挂了两个季度，直到你的经理问起目标是什么。你答不上来。 # speaker: narrator # outcome: no-decision # caused-by: chased-curiosity
-> END
