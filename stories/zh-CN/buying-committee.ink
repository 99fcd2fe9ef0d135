# id: buying-committee
# title: 金鼎汽配：会议桌边的五把椅子
# objective: 成为采购委员会的首选供应商,并得到每位成员都认可的共同计划
# phase: 2
# segment: late-majority
# buyer: wu-jing; 吴静; 计划经理，金鼎汽配; coach; woman
# buyer: liang-hao; 梁浩; 物流总监，金鼎汽配; champion; man
# buyer: shen-guoliang; 沈国良; 总经理，金鼎汽配; decision-maker; man senior
# buyer: margaret-tan; 谭美琪; 财务总监，金鼎汽配; financial-approver; woman glasses
# buyer: zhao-kai; 赵凯; IT经理，金鼎汽配; opponent; man young glasses
# minutes: 22
# difficulty: advanced
# version: 4
# setting: boardroom
# brief: 金鼎汽配从南京周边的四个仓库向约3200家独立修理厂配送售后零配件：60辆面包车，绕城公路以内承诺两小时送达，调度靠白板和Omnia ERP打出的拣货单。新冒出来的经销商强盛汽配打出90分钟送达的承诺，一直在抢修理厂。金鼎管理层已经认定必须改变，也定了预算；计划经理吴静起草了一份配送管理系统的需求框架，桌上有三个选项：Routewise、Omnia Systems的一个附加模块（金鼎现在用的就是Omnia的ERP），或者改进现有流程。
# brief: 公司正处在方案评估阶段，而且很谨慎：2021年，一个仓储系统项目做了六个月后被砍掉了。接下来两周，你会和吴静喝一次咖啡，和物流总监梁浩见一次面——当初就是他提出请Routewise来的——然后在评审委员会上与总经理沈国良、财务总监谭美琪和IT经理赵凯同桌。沈总、谭总和赵凯你都还没见过。

VAR trust = 3
VAR patience = 3
VAR zhao = 2
VAR access_granted = false
VAR finance_case = false

-> coffee

=== coffee ===
金鼎办公楼一楼的咖啡馆，早上八点。吴静拎着电脑包进来，手里一份打印好的需求框架，贴满了黄色便利贴。 # speaker: narrator
我只有半小时，然后要开仓库的电话会。（她把框架推过来。）四十二条需求，大部分是我写的。梁总让我来跟你谈——那你说吧。 # speaker: wu-jing # mood: neutral
* [四十二条，很周全。要不我带您过一遍Routewise是怎么覆盖这些需求的？路线优化、实时到达时间、电子签收、司机App——几乎每一条我们都能打勾。 # move: pitch-features # cause: lost-trust]
    ~ trust -= 1
    （她把一张便利贴翻了过来。）谁家都是条条打勾。Omnia打了四十一个勾。所以我已经不看勾了。 # speaker: wu-jing # mood: skeptical
    -> inside
* [先不谈这四十二条：金鼎当初为什么要启动这个项目？一年以后，什么必须变得不一样？ # move: ask-goal]
    ~ trust += 1
    （她合上框架。）强盛。去年我们有一百四十家修理厂被他们抢走了。两小时送达的承诺，每三次就有一次做不到，修理厂已经不信了。沈总要让这个承诺重新说到做到。 # speaker: wu-jing # mood: interested # milestone: goal-stated
    -> inside
* [这是我在行业里见过准备得最充分的需求框架之一。不管最后谁中标，都得好好谢谢您。 # move: flatter]
    （客气地笑了笑。）谢谢。花了四个月。（她等着你说点有用的。） # speaker: wu-jing # mood: neutral
    -> inside

=== inside ===
{ trust >= 4: 她搅了搅咖啡，压低了声音。 | 她搅了搅咖啡，看了一眼时间。 } # speaker: narrator
{ trust >= 4:
    私下跟你说——我希望你们赢。选Omnia，就又是两年听赵凯跟我们讲ERP做不了什么。你需要我做什么？ # speaker: wu-jing # mood: interested # insider: coach-preference
- else:
    （她语气平平。）梁总让我听听你们怎么说。三家方案我都按同样的四十二条打分，所以别指望我照顾谁。你需要我做什么？ # speaker: wu-jing # mood: neutral
}
* [既然评分标准是您起草的，能不能把预测到达时间列成必选项？Omnia没有这个——这样早早就能定下来。 # move: impose-solution-design # cause: lost-trust]
    ~ trust -= 1
    （她往后一靠。）我要是围着你们写框架，赵凯一分钟就能看出来，沈总会把整个东西扔掉。我希望你们赢，可不想因此丢了饭碗。 # speaker: wu-jing # mood: skeptical
    -> obstacles
* [谢谢。决策实际上是怎么做的——委员会里有谁，谁拍板，除了Omnia还有谁在竞争？ # move: ask-decision-process, ask-competition]
    ~ trust += 1
    { trust >= 5:
        （她掰着手指数。）沈总拍板。钱由谭总批——第一年120万，她还不相信我们非花这笔钱不可。赵凯管IT；他要么选Omnia，因为跟ERP是同一家，要么干脆什么都不上。梁总想要你们。打分是我。 # speaker: wu-jing # milestone: competition-revealed # insider: committee-positions
        第三个选项是“改进白板”。千万别小看白板。 # speaker: wu-jing
    - else:
        （她像在念岗位说明书。）沈总拍板，委员会一起定：财务是谭总，IT是赵凯，还有梁总和我。除了你们，还有Omnia，以及“改进白板”。他们各自什么立场，你得自己去问。 # speaker: wu-jing # milestone: competition-revealed
    }
    -> obstacles
* [那我就靠您了：只要您能让评分权重往我们这边偏一点，再告诉我Omnia给赵经理看了什么，委员会那关我们就稳了。 # move: rely-on-single-contact # cause: lost-trust]
    ~ trust -= 1
    我负责打分，不负责拍板。（她看了看表。）开委员会之前，你最好搞清楚这两者的区别。 # speaker: wu-jing # mood: skeptical
    -> obstacles

=== obstacles ===
她瞥了一眼手机：还有十分钟就要开仓库的电话会了。 # speaker: narrator
还有别的吗？ # speaker: wu-jing
* [还有一个，是不太好问的：就算大家都喜欢中标的那家，有什么可能让这个项目整个停掉？ # move: ask-obstacles]
    ~ trust += 1
    { trust >= 5:
        （她马上就回答了，好像一直在等有人问。）2021年的WMS项目。80万，六个月，砍掉了。接口的问题怪到了赵凯头上。沈总现在每次开预算会都还要提。只要让人觉得又是2021年那一套，这事就黄了——不管供应商是谁。 # speaker: wu-jing # mood: anxious # insider: internal-politics
    - else:
        （她犹豫了一下。）2021年的仓储项目。做了六个月，后来砍了。我就说到这儿；要是你能见到沈总，问他吧。 # speaker: wu-jing # mood: neutral
    }
    -> champion
* [您能不能跟沈总说，四个仓八周内就能全部上线？他要是知道这次不会像上个项目那样拖下去，做决定就容易多了。 # move: overclaim # cause: lost-trust]
    ~ trust -= 1
    （她什么都没记。）八周。2021年做WMS的人说的是十二周。你还是自己跟他说吧。 # speaker: wu-jing # mood: skeptical
    -> champion
* [暂时没有了——评分有什么进展，随时告诉我就行。 # move: neutral]
    （她点点头，收起框架。）我会跟梁总说我们见过了。 # speaker: wu-jing # mood: neutral
    -> champion

=== champion ===
两天后。梁浩的办公室俯瞰着江宁仓的院子，十几辆白色面包车正排队等着上装卸口。他使劲跟你握了握手。 # speaker: narrator # enter: liang-hao
是我提出要请Routewise来的。去年我在无锡通达看过你们的系统。所以咱们给委员会做的演示，得让他们忘不了。你想从哪儿开始？ # speaker: liang-hao # mood: pleased
* [我想先从院子说起。一家修理厂10点40分来电话要一个零件，从接电话到车开出去，中间发生了什么？两小时的承诺在哪儿掉的链子？ # move: ask-diagnostic]
    ~ trust += 1
    （他指着窗外。）那儿。ERP打出拣货单，调度员在白板上按片区把订单归堆，车装满了才走，而不是承诺时间到了就走。一个司机拉着一片送新街口的刹车盘，要干等四十分钟，就为了等两个送河西的机油滤芯。 # speaker: liang-hao # mood: interested # milestone: pain-acknowledged
    -> cost
* [为什么不用Routewise Labs来开场？预测式AI调度：汽配行业还没有人用上，委员会记住的就会是那一刻。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 1
    （他犹豫了。）我喜欢。可是沈总……（他揉了揉脖子。）沈总不是那种什么事都想当第一个的人。 # speaker: liang-hao # mood: anxious
    -> cost
* [咱们就围绕吴经理的四十二条需求来做演示：我一个模块一个模块地讲，先路线引擎，再司机App，再看板，委员会可以边看边逐条打勾。 # move: pitch-features # cause: lost-trust]
    ~ trust -= 1
    （他点点头，眼睛却飘向了院子。）行吧。我猜Omnia也是这么做的。 # speaker: liang-hao # mood: neutral
    -> cost

=== cost ===
{ patience <= 0: -> ending_stopped }
梁浩敲了敲窗户，外面一辆车还在等着装满。 # speaker: narrator
有时候就是四十分钟。一天好几次，四个仓。加起来就不少了。 # speaker: liang-hao
* [到目前为止，这让你们损失了多少？一家修理厂一旦不再相信“两小时”，它跟金鼎的生意会怎么样？ # move: ask-implication]
    ~ trust += 1
    （他打开一张表。）一家修理厂转去强盛，每年大概带走12万的生意。吴静说去年走了一百四十家。那就是将近1700万的营收，而且挖不回来。 # speaker: liang-hao # mood: anxious # milestone: cost-quantified
    留下来的那些，一天打四次电话问“我的件到哪儿了？”。我的调度员半个上午都在接电话。 # speaker: liang-hao
    -> test
* [四十分钟，一天好几次，四个仓：这就是您的修理厂跑去强盛的原因，不是吗？像您这样的经销商，每年通常会有10%到15%的修理厂被更快的对手抢走。 # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust -= 1
    （他耸耸肩。）我知道我需要什么。是我请你们来的。问题是委员会知不知道。 # speaker: liang-hao # mood: neutral
    -> test
* [这正是我们路线引擎要解决的问题：它按承诺时间放车，而不是按装载率。四十分钟会变成零。 # move: prescribe-before-diagnosis, overclaim # cause: lost-trust]
    ~ trust -= 1
    零。（他短促地笑了一声。）别在赵凯面前说零。他会让你证明给他看。 # speaker: liang-hao # mood: skeptical
    -> test

=== test ===
{ patience <= 0: -> ending_stopped }
他合上笔记本电脑。 # speaker: narrator
我有个想法。委员会交给我。沈总怎么想，我清楚。你给我做好幻灯片，我来讲，技术问题你来答。就这么说定了？ # speaker: liang-hao # mood: pleased
* [说定了——您比我了解沈总得多，这话由他自己的物流总监来说，比供应商来说分量重得多。我周一前把幻灯片给您，我这边只负责回答技术问题。 # move: rely-on-single-contact # cause: lost-trust]
    ~ trust -= 1
    （他咧嘴一笑。）好。沈总交给我。 # speaker: liang-hao # mood: pleased
    你离开时，手里有一个交幻灯片的截止日期，日程上除了梁浩，跟谁都没约上。 # speaker: narrator
    -> about_zhao
* [我很乐意给您打配合。能不能在委员会之前帮我约沈总二十分钟，再问问谭总需要看到什么？我不想到时候让谁措手不及。 # move: ask-to-meet-decision-maker]
    ~ trust += 1
    ~ access_granted = true
    （他想了一会儿，然后拿起电话。）小李，沈总周四上午有安排吗？……九点，二十分钟。再跟谭总办公室要一下预算表。（他挂了电话。）周四，九点。别浪费了。 # speaker: liang-hao # mood: interested # milestone: access-granted
    -> about_zhao
* [既然您已经认定了，何不给委员会省点时间？您现在给我一份意向书，我就能把我们南京的项目团队给4月份预留下来。 # move: premature-close # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    （他的笑容没了。）意向书。让我签。（他摇摇头。）五万以上的东西，哪怕是一盒回形针我都签不了。那是委员会的事。 # speaker: liang-hao # mood: annoyed
    -> about_zhao

=== about_zhao ===
{ patience <= 0: -> ending_stopped }
{ trust >= 6:
    还有一件事。赵凯，我们的IT经理。你应该听说了，他想要Omnia。 # speaker: liang-hao # insider: opponent-preference
    他会说，两家供应商就是两套接口，麻烦翻倍。 # speaker: liang-hao
- else:
    还有一件事。我们的IT经理赵凯也在委员会里。IT对供应商有自己的看法；你会从他那里听到的。 # speaker: liang-hao
}
* [有没有人告诉过委员会，Omnia的TMS是收购之后硬拼上去的？他们自己的汽配客户都在抱怨。我很乐意当面说出来。 # move: bash-competitor # cause: lost-trust]
    ~ trust -= 1
    ~ zhao += 1
    （他皱了下眉。）你要是这么说，赵凯整个会都会替Omnia辩护——而且他会赢，因为他比你懂ERP。 # speaker: liang-hao # mood: anxious
    -> shen_or_committee
* [那咱们绕开他。只要沈总被说服了，IT就得跟着走——他的反对其实只是个人偏好。 # move: dismiss-objection # cause: lost-trust]
    ~ trust -= 1
    绕开管着所有接口的人？（他摇摇头。）2021年我们就是绕开了IT。所以才失败了。 # speaker: liang-hao # mood: skeptical
    -> shen_or_committee
* [您觉得他背后的原因是什么——是Omnia本身，还是接口，以及出了故障谁来背锅？ # move: clarify-objection]
    ~ trust += 1
    { trust >= 7:
        ~ zhao -= 1
        （他认真想了想。）背锅。WMS的接口是一场噩梦，沈总让赵凯连着三个月晚上去修。他不是反对你们。他是不想再当那个手里攥着断线的人。 # speaker: liang-hao # mood: neutral # insider: opponent-motive
    - else:
        （他耸耸肩。）你去问他吧。我只能瞎猜，赵凯不喜欢别人猜他。 # speaker: liang-hao # mood: neutral
    }
    -> shen_or_committee

=== shen_or_committee ===
{ patience <= 0: -> ending_stopped }
{ access_granted: -> shen | -> committee }

=== shen ===
周四，九点。沈国良的办公室很朴素：一张办公桌，一套茶盘，墙上挂着一张1998年金鼎第一个仓库的照片。他六十岁，不紧不慢，面前摊着吴静的需求框架。 # speaker: narrator # enter: shen-guoliang
小梁说你们是最好的。每家供应商的拥护者都这么说。（他倒了两杯茶。）你有二十分钟。你想从我这儿得到什么？ # speaker: shen-guoliang # mood: neutral
* [我给您看看技术参数好吗？我们的引擎不到一分钟就能优化三千个站点，带实时到达时间、电子围栏签收，还有原生安卓司机App。 # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    （他把参数表从茶盘上推了回来。）参数是小赵看的。我不看。 # speaker: shen-guoliang # mood: skeptical
    -> shen_safety
* [主要是来听的。一年以后回头看这个项目——什么会让您说，这个决定是对的？ # move: ask-goal, talk-business-outcomes]
    ~ trust += 1
    （他喝了口茶。）修理厂重新相信两小时。强盛不再抢我的客户。还有，董事会上没人再提2021年。 # speaker: shen-guoliang # mood: interested # milestone: goal-stated
    -> shen_safety
* [Routewise十五年前在苏州成立，现在在全国服务四百多家物流客户，覆盖六个行业。我先给您介绍一下整体情况。 # move: open-with-company-history # cause: lost-trust]
    ~ patience -= 1
    （他礼貌地点点头，瞥了一眼墙上仓库的照片。）宣传册我看过了。（看了一眼钟。）我只有二十分钟。 # speaker: shen-guoliang # mood: neutral
    -> shen_safety

=== shen_safety ===
{ patience <= 0: -> ending_stopped }
他放下茶杯。 # speaker: narrator
我说实话。我不要最聪明的系统。2021年我在“聪明”上赔了80万。我要知道它确实管用，早上七点有人接电话，而且我不是第一个吃螃蟹的。 # speaker: shen-guoliang # mood: anxious
* [那就不谈聪明。无锡的通达汽配跟您一样用Omnia ERP，用Routewise三年了：标准接口，等保三级，南京的技术支持早上六点就有人。您给唐总打个电话。 # move: fit-message-to-segment, offer-peer-reference]
    ~ trust += 2
    （他在框架上写下“通达——唐”。）也用Omnia ERP，跟我们一样。三年了还在用。 # speaker: shen-guoliang # mood: interested # milestone: references-requested
    好。开委员会之前，我要听的就是这个。不是聪明。是早上六点有人接电话。 # speaker: shen-guoliang
    -> committee
* [我理解。但这也是金鼎一举超越强盛的机会，而不只是追上去：有了我们Labs的预测式AI调度，您会成为江苏最先进的汽配经销商，到时候天天追着承诺跑的就换成强盛了。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    最先进。（他合上框架。）做WMS的那家也说“最先进”。我跟你说了，别让我当第一个。 # speaker: shen-guoliang # mood: skeptical
    -> committee
* [您完全不用担心——我们从来没有失败过的实施项目。Routewise从第一天起就能正常运转。 # move: overclaim # cause: lost-trust]
    ~ trust -= 2
    从来没有。（他盯着你看了很久。）那你们做的项目不多。 # speaker: shen-guoliang # mood: skeptical
    -> committee

=== committee ===
{ patience <= 0: -> ending_stopped }
下一个周二。十二楼的会议室：沈总坐在主位，谭美琪拿着打印好的预算表，赵凯带着笔记本电脑和一本厚厚的Omnia资料夹，梁浩和吴静并排坐着，面前摊着需求框架。 # speaker: narrator # enter: shen-guoliang # enter: margaret-tan # enter: zhao-kai
{ access_granted: 你坐下时，沈总朝你点了点头。 | 你进门时，沈国良抬起头来。这是你第一次见他。 } # speaker: narrator
赵凯不等介绍就开口了。 # speaker: narrator
我先说最明显的。我们的ERP是Omnia的。他们的配送模块直接就能接上。我们为什么要多加一家供应商、多一套接口、多一份运维合同？ # speaker: zhao-kai # mood: skeptical
* [恕我直言，Omnia的配送模块是收购来的，看得出来。他们自己的汽配客户都在悄悄换掉它——您等于把金鼎的两小时承诺，绑在一个连它自己厂家都不重视的产品上。 # move: bash-competitor # cause: lost-trust]
    ~ zhao += 1
    ~ trust -= 1
    （赵凯把资料夹翻到一个标签页。）说一家。（你说不出来，至少在这间屋子里说不出来。）那我宁可信Omnia的客户名单，也不信你的传言。 # speaker: zhao-kai # mood: annoyed
    -> interface
* [说得对——两家供应商确实要多管一些。您最担心的是什么：数据同步、技术支持，还是出了故障谁负责？ # move: acknowledge-objection, clarify-objection]
    ~ zhao -= 1
    ~ trust += 1
    （赵凯好像没想到会被这么问。）责任归谁。WMS早上七点出故障的时候，供应商怪Omnia，Omnia怪供应商，我在这儿待到半夜。 # speaker: zhao-kai # mood: neutral
    -> interface
* [说真的，这有可比性吗？路线、追踪、司机App、服务、价格，我们样样都比Omnia强。 # move: claim-different-on-everything # cause: lost-trust]
    ~ trust -= 1
    ~ zhao += 1
    （谭美琪挑了挑眉。赵凯第一次笑了。）第一次见面的时候，谁都是样样都强。 # speaker: zhao-kai # mood: skeptical
    -> interface

=== interface ===
{ patience <= 0: -> ending_stopped }
{ zhao <= 1: 赵凯把笔记本电脑转过来，让你看ERP的结构图。 | 赵凯敲了敲那本Omnia资料夹。 } # speaker: narrator
那你告诉我。退货模块——以旧换新的零件，旧件要退回供应商抵扣货款——是定制过的。你们的接口能不能处理，能还是不能？ # speaker: zhao-kai
* [能。我们的接口就是为Omnia ERP做的——通达也在用——任何配置都能处理，定制的退货和供应商抵扣都包括在内。您这边什么都不用动，Omnia那边也不用。 # move: overclaim, hide-known-gap # cause: lost-trust]
    ~ trust -= 1
    ~ zhao += 1
    （他敲了一行笔记。）任何配置。那我就把这句写进验收标准。白纸黑字，写上你的名字。 # speaker: zhao-kai # mood: skeptical
    -> difference
* [问得好，这个问题该给您一个准确的答复，而不是随口一说。会后我们让技术团队跟您单独对一下吧，免得委员会陷在接口细节里。 # move: hide-known-gap # cause: lost-trust]
    ~ trust -= 1
    ~ zhao += 1
    （他合上电脑。）细节恰恰就是委员会的事。2021年就是这么出的事。 # speaker: zhao-kai # mood: annoyed
    -> difference
* [不能，开箱即用做不到：你们定制的退货，在标准接口之外还要大约三周。这个接口由我们负责，跟您一起测试，写进合同。 # move: admit-limitation, offer-risk-reduction]
    ~ trust += 2
    ~ zhao -= 1
    （赵凯盯着你，然后写了些什么。）三周。你们负责。跟我一起测。（低声对沈总说。）这是第一家跟我说“不能”的供应商。 # speaker: zhao-kai # mood: neutral # milestone: risk-addressed
    -> difference

=== difference ===
{ patience <= 0: -> ending_stopped }
沈总抬起一只手，屋里安静了下来。 # speaker: narrator
那真正的区别到底是什么？Omnia是贵一些，可人家大，我们也了解他们。 # speaker: shen-guoliang
* [在ERP上，Omnia是更稳妥的选择；我们是接上它，不是替换它。区别在最后三十公里。一家修理厂10点40分打电话要一片刹车盘：谁看到？车几点走？ # move: acknowledge-parity-then-differentiate, share-usage-scenario]
    ~ trust += 1
    （梁浩抢先回答。）现在嘛，谁站在白板前谁看到，车装满了才走。 # speaker: liang-hao # mood: interested
    用了Routewise，调度员看到这张订单按承诺时间排进发车，车11点05分出发，顺路再带两单急件，修理厂在微信上收到预计到达时间。司机在柜台拍下签收单。通达就是这样把“我的件到哪儿了？”的电话减少了三分之二。 # speaker: seller
    （沈总看看梁浩，又看看吴静。）这样两小时就不再取决于谁站在白板前了。 # speaker: shen-guoliang # mood: interested # milestone: vision-agreed
    -> money
* [仔细看看Omnia的报价：里面没包括司机App的授权和路线引擎。您是在拿一套完整的配送系统跟半套比。 # move: point-out-apples-to-oranges]
    （谭美琪翻了翻手里的文件，皱起眉头。）司机授权是单独报价的。这一点没说错。 # speaker: margaret-tan # mood: neutral
    （赵凯耸耸肩。）那是选配。谁家都有选配。 # speaker: zhao-kai
    -> money
* [规模大就等于安全吗？大厂商把中型经销商当成排队的一个号。跟我们合作，金鼎会是标杆客户：苏州的产品团队，南京有专属的支持负责人，Omnia永远不会给您的那种重视。 # move: claim-different-on-everything, flatter # cause: lost-trust]
    ~ trust -= 1
    ~ zhao += 1
    （沈总面不改色。）每家小供应商都说我们会是标杆客户。直到来了个更大的客户。 # speaker: shen-guoliang # mood: skeptical
    -> money

=== money ===
{ patience <= 0: -> ending_stopped }
谭美琪戴上眼镜，拿起预算表。 # speaker: narrator
该我了。第一年预算是120万。你们报价144万。Omnia是160万，不过因为ERP的关系，他们会打折。什么都不做，一分钱不花。我凭什么要签？ # speaker: margaret-tan # mood: skeptical
* [谭总，我是真心想把这事做成，不想让价格挡在金鼎和一个真正兑现的两小时承诺之间。我们降到120万，正好卡在您的预算上。 # move: unilateral-discount, negotiate-before-value-accepted # cause: no-business-case]
    ~ trust -= 1
    （她记了一笔，挺满意。）哟，挺痛快。 # speaker: margaret-tan # mood: pleased
    （沈总微微皱眉。）一句话价格就动了24万，谭总会琢磨第一个报价是怎么来的。 # speaker: shen-guoliang # mood: skeptical
    （她敲了敲预算表。）我会琢磨还有什么能动。 # speaker: margaret-tan # mood: neutral
    -> risk
* [什么都不做也有代价——我给您看看好吗？我们对四十家经销商的ROI研究显示，平均七个月回本，回报率280%。 # move: numbers-without-buy-in # cause: no-business-case]
    ~ trust -= 1
    （她没去拿那份研究。）四十家经销商不是金鼎。你们的平均数我没法拿到董事会上去。 # speaker: margaret-tan # mood: skeptical
    -> risk
* [您说得对：在预算表上，什么都不做确实一分钱不花。那咱们一起把您需要的那页纸做出来，用金鼎的数字，而不是我的。 # move: build-business-case]
    ~ trust += 1
    ~ finance_case = true
    （梁浩调出他的表格。）去年被强盛抢走一百四十家修理厂。每家一年大约12万。 # speaker: liang-hao
    （她在预算表上算了算。）哪怕只保住其中15%的修理厂，系统一年就能回本。一家都保不住，那就又是2021年。（她抬起头。）所以真正的问题是风险，不是价格。 # speaker: margaret-tan # mood: interested # milestone: budget-confirmed
    -> risk

=== risk ===
{ patience <= 0: -> ending_stopped }
{ finance_case: 谭美琪转向沈总。 | 沈总身子往前倾。 } # speaker: narrator
要是它像仓储系统那样失败了呢？还有哪家跟我们一样的企业做成过——要是做到一半不行了，怎么办？ # speaker: shen-guoliang # mood: anxious
* [不会失败的。我们做过一百多个这样的项目，很清楚2021年那种项目会在哪儿出问题，梁总和我会亲自盯着。我向您保证，我的手机二十四小时都能打通。 # move: overclaim, rely-on-rapport # cause: lost-trust]
    ~ trust -= 2
    （沈总看看梁浩，梁浩低头看着桌子。）亲自。WMS的项目经理也跟我保证过。 # speaker: shen-guoliang # mood: skeptical
    -> close
* [两点。通达：同样的ERP，用了三年，唐总会亲自给赵经理看接口。另外，先只上江宁一个仓，八周，对照你们的指标；达不到，授权费退给您。 # move: offer-peer-reference, offer-risk-reduction]
    ~ trust += 1
    ~ zhao -= 1
    （赵凯从电脑上抬起头。）我要看通达的退货接口。不看幻灯片——看日志。 # speaker: zhao-kai # mood: neutral
    （沈总慢慢点头。）一个仓。我们的指标。有退路。（他写下“江宁——8周”。）这不是2021年。 # speaker: shen-guoliang # mood: interested # milestone: risk-addressed
    -> close
* [恕我直言，沈总，更大的风险是等。强盛不会停下来：一年一百四十家修理厂，您每多考虑一个月，就又有十来家修理厂、大约150万的营收没了。 # move: pressure-buyer # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    （沈总语气平稳。）每家供应商都跟我说等的风险更大。可2021年的账，没有一家替我付。 # speaker: shen-guoliang # mood: annoyed
    -> close

=== close ===
{ patience <= 0: -> ending_stopped }
沈总合上框架。 # speaker: narrator
谢谢。我们内部再讨论一下。 # speaker: shen-guoliang # mood: neutral
* [当然。谢谢各位抽时间——我等吴经理的消息。 # move: accept-brush-off # cause: no-next-step]
    -> ending_drift
* [在您讨论之前——要选定一家供应商，还需要满足什么条件？对各位来说，有没有什么问题我们还没回答？ # move: check-readiness]
    ~ trust += 1
    { zhao <= 1: （赵凯先开口。）通达的接口日志。要是干净，我没有意见。 | （赵凯抱起胳膊。）我这边？给我一个不用现有供应商的理由。我还没听到。 } # speaker: zhao-kai
    { finance_case: （谭美琪敲了敲她的表。）我的那页纸，加上试点这道关口。这个我能拿到董事会去。 | （谭美琪摇摇头。）我还是没有任何能拿到董事会上的东西。 } # speaker: margaret-tan
    -> plan
* [我们下个月就能启动。委员会能在30号之前定下来吗？那样我就能保住这个价格，给您把南京团队4月份预留出来；过了那天，两样我都没法保证，我可不希望金鼎错过这个春天。 # move: push-quarter-end, premature-close # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed

=== plan ===
{ trust >= 14: 沈总环视了一圈桌边的人，然后看向你。“你接着说。” | 沈总等着，笔帽还扣着。 } # speaker: narrator
* [那就按金鼎的日期排个计划：下周赵经理审通达的日志，吴经理把试点指标加进框架，谭总12号把那页纸带到董事会，江宁试点4月1日开始，5月31日前您决定四个仓上不上。 # move: propose-mutual-plan]
    -> decide
* [那就趁大家都在，把事情定下来：我今天就把四个仓的正式合同发过来，江宁试点作为第一期，这样谭总12号上董事会时手里就有最终数字，我们南京团队也能提前给您把4月份空出来。 # move: premature-close # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed

=== decide ===
{ zhao >= 3: -> ending_omnia }
{ trust >= 14 && access_granted && finance_case && zhao <= 1: -> ending_won }
{ trust >= 8 && not finance_case: -> ending_budget }
{ trust >= 8: -> ending_stalled }
-> ending_omnia

=== ending_won ===
（沈总挨个看了看每个人。没有人反对。）那就定Routewise为我们的首选供应商，按这个计划走。小吴，把日期写进框架。小赵，日志交给你。谭总，董事会那边。 # speaker: shen-guoliang # mood: pleased # milestone: preferred-vendor # milestone: mutual-plan-agreed # phase: 3
（赵凯合上Omnia资料夹。）前提是日志干净。 # speaker: zhao-kai # mood: neutral
（电梯里，梁浩捶了一下你的肩膀。吴静在微信上给你发了一个大拇指。） # speaker: narrator
委员会把Routewise定为首选供应商：有了共同计划，反对者成了测试者，决定日期也写在了金鼎自己的日程上。 # speaker: narrator # outcome: won
-> END

=== ending_budget ===
（谭美琪合上文件夹。）我喜欢这个思路。但我拿不出任何东西给董事会看，证明它比白板更值——不管什么价钱。 # speaker: margaret-tan # mood: neutral
（沈总点点头。）放到秋季预算再议吧。 # speaker: shen-guoliang # mood: neutral
大家都喜欢你，却没人能为这笔开支说话：项目只能等着一轮又一轮往后推的预算。 # speaker: narrator # outcome: no-decision # caused-by: no-business-case
-> END

=== ending_stalled ===
（沈总看看赵凯，又看看梁浩。两个人都没动。）我看我们还需要点时间。小吴，请两家供应商再答一轮。 # speaker: shen-guoliang # mood: neutral
{ access_granted: 沈总认识你，但委员会意见不一，谁也不想再一次越过IT拍板。 | 沈总只隔着会议桌见过你一次；他没有理由再一次越过IT拍板。 } # speaker: narrator
委员会要了第二轮答复，然后是第三轮；到了夏天，项目变成了“暂缓，待ERP升级后再议”，白板留了下来。 # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_drift ===
（沈总站起身，其他人也跟着站了起来。）谢谢。小吴会跟你联系。 # speaker: shen-guoliang # mood: neutral
一周后，吴静发来一条客气的消息：委员会“需要更多时间统一意见”。梁浩周末不再回你消息了。 # speaker: narrator
会后谁都没答应要做什么，委员会慢慢退回了原样，始终没有做出决定。 # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_pushed ===
（沈总扣上笔帽。）这么快。这是我们的时间表，还是你们的？ # speaker: shen-guoliang # mood: annoyed
（赵凯什么都没说，也用不着说。他把Omnia资料夹往沈总那边推了推。） # speaker: zhao-kai # mood: neutral
被催着做一个委员会还没准备好的决定，沈总选了感觉最稳妥的那个：Omnia的模块，装在他早就熟悉的ERP上。 # speaker: narrator # outcome: lost # caused-by: premature-close
-> END

=== ending_omnia ===
（沈总转向赵凯。）小赵，你的建议呢？ # speaker: shen-guoliang # mood: neutral
Omnia。同一家供应商，一份合同，出了事打一个电话。而且在座的没有人说出过什么理由，能让第二家供应商值得冒这个险。 # speaker: zhao-kai # mood: pleased
六周后，吴静打电话来，很客气地告诉你，金鼎选了Omnia；IT经理中意的那家赢了，因为只有他从头到尾不需要改变主意。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_stopped ===
有人看了一眼表，有人合上了笔记本，一句客气的“我想我们了解得差不多了。谢谢。” # speaker: narrator
会议提前结束。你接下来打的三个电话都转进了语音信箱，评估在没有你的情况下继续；桌上只剩下Omnia一家供应商。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
