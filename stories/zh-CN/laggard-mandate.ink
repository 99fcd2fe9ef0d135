# id: laggard-mandate
# title: 宝山医药：医院来的一封函
# objective: 在截止日期之前,定下一条线路的试用和决策日期
# phase: 1
# segment: laggards
# buyer: zhou-baoshan; 周宝山; 董事长兼总经理，宝山医药配送; decision-maker; man senior
# minutes: 14
# difficulty: intro
# version: 3
# setting: office
# brief: 周宝山，61岁，经营宝山医药配送已经三十一年：26辆厢式货车，140名员工，江北一座仓库，还有一间堆满一式三联送货单的档案室。不是非买不可的软件，他从来没买过。三周前，他最大的客户江北第二人民医院集团给所有供应商发函：自9月1日起，每一次送货都必须在24小时内到医院的供应商平台上做电子确认，并附上批号和温度记录。
# brief: 周总之所以肯见你，只是因为医院采购办把Routewise列进了一份“已接入平台”的供应商名单。他正处在采购过程的最开始：他还不承认自己需要什么，更谈不上选了谁。他对这封函很反感，谁说起它来一脸兴奋，他就不信谁。你在他装卸月台楼上的办公室里有四十分钟。

VAR trust = 2
VAR patience = 4
VAR knows_cost = false
VAR knows_worries = false
VAR backup_agreed = false

-> opening

=== opening ===
办公室里一股茶叶和复写纸的味道。桌子后面挂着一本药厂送的挂历，还停在三年前。 # speaker: narrator
周宝山没有起身。他用一根手指把医院那封函的复印件推过桌面。 # speaker: narrator
这个月第三个了。医院发一封函，全省的软件公司一下子都知道了我的电话号码。那么，你要卖我什么？ # speaker: zhou-baoshan # mood: skeptical
* [您听说过Routewise吗？我们做物流软件十五年了，四百多家客户，九个城市设有办事处。我先简单给您介绍一下我们公司，好吗？ # move: open-with-company-history # cause: lost-trust]
    ~ patience -= 1
    ~ trust -= 1
    （他看了一眼墙上的钟，又看回你。）你们公司还没影儿的时候，我就在做生意了。我问的是你要卖什么。 # speaker: zhou-baoshan # mood: annoyed
    -> goal
* [今天什么都不卖。这封函写的是医院要什么，不是您要什么。到9月份，什么样的结果对您来说算好？ # move: ask-goal]
    ~ trust += 1
    （他打量了你一会儿，像是在找有没有圈套。）好结果。还没人问过我这个。 # speaker: zhou-baoshan # mood: neutral
    -> goal
* [说实话，这封函说不定是宝山碰上的最好的事——正好借这个机会把整个业务数字化，走到其他批发商前面去。 # move: mismatched-pitch # cause: lost-trust]
    ~ patience -= 1
    ~ trust -= 2
    走到前面去。（他哼了一声。）我在前面走了三十一年，靠的就是不去折腾好好的东西。是医院在逼我。这不是机会，这是一张账单。 # speaker: zhou-baoshan # mood: annoyed
    -> goal

=== goal ===
{ patience <= 0: -> ending_walkout }
他敲了敲那封函。 # speaker: narrator
我要的很简单。二院占我营业额的38%。我要保住他们。还有，我的仓库、我的司机，该怎么干还怎么干。其余的是他们的事，不是我的。 # speaker: zhou-baoshan # milestone: goal-stated
* [38%，这块业务可得保住。我们的电子签收App正好能做到函里要求的——扫码、签名、时间戳，直接传到平台上。我用平板给您演示一下。 # move: prescribe-before-diagnosis # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    （他没看平板。）谁家都有App。上一个也有App。你连我们怎么送货都不知道。 # speaker: zhou-baoshan # mood: skeptical
    -> how_today
* [您是从一辆车起家的吧？我在大堂看到那张照片了。当初是怎么起步的？ # move: rely-on-rapport]
    他的神情缓和了些，跟你讲起第一辆车：1995年，一辆二手解放。然后他看了看表。 # speaker: narrator
    那是很久以前的事了。你不是来听历史的。 # speaker: zhou-baoshan # mood: neutral
    -> how_today
* [保住医院，尽量少改变。那我得先弄明白现在是怎么运作的。您给我讲讲给二院送一趟货的全过程吧，从装货月台一直到签好字的单据。 # move: ask-current-process]
    ~ trust += 1
    （他往后一靠。这件事，至少他比谁都清楚。）好吧。 # speaker: zhou-baoshan # mood: neutral
    -> how_today

=== how_today ===
{ patience <= 0: -> ending_walkout }
订单靠传真和电话进来，下午四点截止。老方把送货单一式三联打出来——白联、黄联、红联。刘师傅和其他司机六点装车，冷藏箱里放一个TempSafe温度记录仪；到了医院，药剂师核对箱子，在单子上盖章，留下白联。 # speaker: zhou-baoshan
红联带回这里，老方归档。每周有人把记录仪插到电脑上，把温度曲线打出来。三十年了，医院从来没投诉过。 # speaker: zhou-baoshan
* [一式三联的纸单子，记录仪一周才读一次——这不正是医院想甩掉的那部分吗？ # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    （他下巴一绷。）医院想甩掉的是它自己的活儿，甩到我桌上来。我的纸单子从来没丢过一单货。 # speaker: zhou-baoshan # mood: annoyed
    -> mandate_detail
* [这套流程您的人显然是门儿清，周总。三十年的白联、黄联、红联，二院一次投诉都没有，这说明宝山很过硬，也说明方阿姨很了不起。 # move: flatter]
    （他微微点了下头。推销员的恭维话，他听得多了。） # speaker: narrator
    这说明我们尽了本分。 # speaker: zhou-baoshan # mood: neutral
    -> mandate_detail
* [一旦有争议——比如医院说有一箱货没收到，或者对某个冷藏箱有疑问——您现在是怎么找证据的？要花多长时间？ # move: ask-diagnostic]
    ~ trust += 1
    （他犹豫了一下，然后干笑了一声。）你是想听胰岛素那件事。 # speaker: zhou-baoshan # mood: neutral
    去年11月，医院说有一趟货少了十二箱。老方在档案室里翻了两天，找那张红联。找到了——盖了章，签了字——可整整两天，医院的一位主任都在说我是小偷。 # speaker: zhou-baoshan # milestone: pain-acknowledged
    -> mandate_detail

=== mandate_detail ===
{ patience <= 0: -> ending_walkout }
他把那封函往你这边又推了几厘米。 # speaker: narrator
不说这个了。这封函。我侄子看了，说我们需要一套“全新的系统”。Omnia派了个人来，带了六十页的方案。 # speaker: zhou-baoshan
* [您侄子说得不是没道理吧？医院要的，就是很快大家都会要的东西：每一箱货都实时可见。等您用上了，就会奇怪以前是怎么过来的。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    没有它我也过了三十一年。我没什么好奇怪的。（他把函收了回去。） # speaker: zhou-baoshan # mood: annoyed
    -> cost
* [我能跟您一起把函一条一条读一遍吗？我想把9月1日必须做到的，和只是锦上添花的分开。 # move: ask-diagnostic]
    ~ trust += 1
    （他把函转过来，让你们俩都能看到。）你读。 # speaker: zhou-baoshan # mood: interested
    你们一起读完了。必须做到的有四条：收货时扫描批号和追溯码，采集收货药剂师的签名，冷链药品附上温度记录，所有这些在24小时内上传到平台。一个字都没提线路规划，也没提仓库。 # speaker: narrator
    四条。Omnia那个人说得好像有四十条。 # speaker: zhou-baoshan
    -> cost
* [我们完整的运输管理平台能覆盖这些，还远不止——线路规划、仓库可视化、承运商管理。反正都要改了，不如一次改到位。 # move: impose-solution-design # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    “反正都要改了”。我不是反正要改。我改，是因为医院逼我改。（他抱起胳膊。） # speaker: zhou-baoshan # mood: skeptical
    -> cost

=== cost ===
{ patience <= 0: -> ending_walkout }
他揉了揉眼睛。 # speaker: narrator
{ trust >= 4: 你知道我怎么想吗？我觉得他们会推迟。上一个规定他们就推迟了两次。|说不定他们还是会推迟。他们一向这样。}  # speaker: zhou-baoshan
* [有可能。可要是不推迟呢——10月份二院要是把您列进不合规名单，宝山会怎么样？ # move: ask-implication]
    ~ trust += 1
    ~ knows_cost = true
    （沉默了很久。他慢慢地把账算出了声。）函里说，先是限制状态——不能参加新的招标。九十天后，取消供应商资格。38%的营业额。一年4600万。 # speaker: zhou-baoshan # mood: anxious
    我可能得裁掉四十来个人。有些人从第一辆车起就跟着我。（他望向外面的装卸月台。）推不推迟，我都不能拿这个去赌。 # speaker: zhou-baoshan # milestone: cost-quantified
    -> pace
* [我可不会指望这个。我见过浙江的批发商，这样的规定一出来，不到一个季度就丢了三分之一的医院业务。我给您看看数据。 # move: tell-buyer-their-problem, numbers-without-buy-in # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    浙江不是江北。（他没看你的数字。）每个推销员都有一个谁谁谁破产的故事。 # speaker: zhou-baoshan # mood: skeptical
    -> pace
* [如果保证您两周内就合规呢？平台对接我们早就做好了，9月份的事您就不用再操心了。 # move: overclaim # cause: lost-trust]
    ~ trust -= 2
    两周。（他一笔一划、慢慢地写了下来。）我会记住你说过这话。 # speaker: zhou-baoshan # mood: skeptical
    -> pace

=== pace ===
{ patience <= 0: -> ending_walkout }
{ knows_cost: 他沉默了一阵。 | 他耸耸肩。 } # speaker: narrator
我不年轻了，不喜欢被人催。四个月就是四个月。 # speaker: zhou-baoshan
* [明白，四个月用好了完全够。不过9月前我们的上线名额也不多了——要是过了6月，我可不敢保证还有您的位置。 # move: pressure-buyer, push-quarter-end # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    （他放下笔。）上一个人也拿他的名额说过同样的话。奇怪，每家公司一到想让人签字的时候就都排满了。 # speaker: zhou-baoshan # mood: annoyed
    -> worries
* [那咱们按您的日期倒推，不按我的。您最晚什么时候要做决定，才能保证就算不推迟也没问题？ # move: ask-timeline]
    ~ trust += 1
    （他掰着手指算。）医院要8月做一次测试上传。那么……我8月初决定。不会提前。 # speaker: zhou-baoshan # mood: neutral
    -> worries
* [有道理。假如不推迟——这次变动本身，您最担心的是什么？ # move: ask-obstacles]
    ~ trust += 1
    ~ knows_worries = true
    （他回答得比你预想的快。）我的司机。刘师傅给我开了二十二年车，现在还用翻盖手机。我要是往他手里塞一台电脑，他就不干了，一半的司机都会跟他走。 # speaker: zhou-baoshan # mood: anxious
    还有老方。那间档案室她管了三十年。我不能让一块屏幕叫她觉得自己笨。 # speaker: zhou-baoshan
    -> options

=== worries ===
{ patience <= 0: -> ending_walkout }
他用手指敲着桌子。 # speaker: narrator
反正，我的人都不年轻了。我先把话说在前头。 # speaker: zhou-baoshan
* [您再多讲讲——谁会觉得最难？要怎么样，对他们来说才不成问题？ # move: ask-obstacles]
    ~ trust += 1
    ~ knows_worries = true
    刘师傅。跟了我二十二年，翻盖手机，最烦带屏幕的东西。他要是走了，一半司机都跟着走。还有档案室的老方——我不能让她被什么电脑弄得下不来台。 # speaker: zhou-baoshan # mood: anxious
    -> options
* [您看过我们的司机App吗？大按钮，点两下就行。说真的，连我奶奶都会用。 # move: dismiss-objection # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    你奶奶又不用开着一车胰岛素在江北的车流里钻来钻去。（他摆摆手，不想再说。） # speaker: zhou-baoshan # mood: annoyed
    -> options

=== options ===
{ patience <= 0: -> ending_walkout }
{ knows_worries: 所以你看，这就是我的难处。医院要电脑，我的人要纸。|那你说，你会怎么做？} # speaker: zhou-baoshan
* [要满足这封函有两种做法：驾驶室里放一台手持终端，让药剂师在上面签字；或者在二院收货口放一台扫描枪，司机碰都不用碰。哪种对您的人打扰更小？ # move: offer-options]
    ~ trust += 1
    { knows_worries: （他想到了刘师傅。）第二种。刘师傅跟平常一样把箱子交过去，扫描由医院来做。但纸质送货单得留着。 | （他皱着眉想了想。）我看第二种吧。但纸质送货单得留着。 } # speaker: zhou-baoshan # mood: interested
    -> usage
* [我建议用我们的标准方案，大多数经销商都选这个：26个司机全部配手持终端，上仓库模块在拣货时就扫码，再加上平台对接，9月1日之前早早全部上线。 # move: impose-solution-design # cause: lost-trust]
    ~ trust -= 1
    ~ patience -= 1
    26个司机全配。还有仓库。（他摇摇头。）我说的话你一句都没听进去。 # speaker: zhou-baoshan # mood: annoyed
    -> usage
* [说实话？纸单子迟早得淘汰。您的人越早习惯屏幕，下一个规定来的时候就越轻松。 # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    下一个规定。（他盯着你看了好一会儿。）你说话跟我侄子一个样。 # speaker: zhou-baoshan # mood: annoyed
    -> usage

=== usage ===
{ patience <= 0: -> ending_walkout }
{ trust >= 5: 他把记事本拉到面前。 | 他等着，胳膊还抱在胸前。 } # speaker: narrator
说说实际会怎么操作。在医院。别放幻灯片。 # speaker: zhou-baoshan
* [您想象一下，上午九点，刘师傅在二院收货口。他跟今天一样，把箱子和红联交过去。药剂师扫一下箱子上的码，签个字。要是少了一箱，她会怎么做？ # move: share-usage-scenario]
    ~ trust += 1
    （他想了想。）她会写在单子上，跟现在一样。然后给老方打电话。 # speaker: zhou-baoshan # mood: interested
    扫码的时候她在屏幕上标一下，平台当场就显示这一单少了货——连批号都有。刘师傅还没回来，方阿姨在电脑上就看到了。不用进档案室，也不用找两天。 # speaker: seller
    （慢慢地。）刘师傅还没回来。纸质单子也还在驾驶室里。 # speaker: zhou-baoshan # milestone: vision-agreed
    -> reference
* [要不我先给您看看它自己都能做些什么？每辆车都有实时GPS和精准的预计到达时间，医院能实时看到每一箱货。以后还能给整个车队都加上线路优化。 # move: pitch-features, overclaim # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    给刘师傅装实时GPS。（他差点笑出来。）他会把车开进江里去。 # speaker: zhou-baoshan # mood: skeptical
    -> reference
* [我让我们的方案团队把整个流程设计好，下周给您发一份书面设计。 # move: impose-solution-design # cause: lost-trust]
    ~ trust -= 1
    又是一堆纸，还是从一家想拿走我的纸的公司来的。（他把记事本推到一边。） # speaker: zhou-baoshan # mood: skeptical
    -> reference

=== reference ===
{ patience <= 0: -> ending_walkout }
他身子往前探了探。 # speaker: narrator
还有谁在用？别跟我说上海那些大连锁。要跟我差不多的。我不给任何人当试验品。 # speaker: zhou-baoshan
* [我们Routewise Labs的预测到达时间，现在正和两家全国性的医药连锁一起试点。您会跟很好的企业为伍，也会是省里最早用上它的家族批发商之一，走在那些等下一封函的人前面。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust -= 2
    ~ patience -= 1
    “试点”。（他说这两个字的口气，像在说一种病。）我说了，我不当试验品。 # speaker: zhou-baoshan # mood: annoyed
    -> competitor
* [这个真的需要参考客户吗？这是我们最简单的产品；说真的，没什么会出错的。 # move: dismiss-objection # cause: lost-trust]
    ~ trust -= 1
    总有会出错的地方。所以我才问。 # speaker: zhou-baoshan # mood: skeptical
    -> competitor
* [淮阴的康宁医药：家族批发企业，三十辆车，给东边的二院院区供货。4月起用上了收货口扫描，纸质单子照样保留。唐总说了，愿意接您的电话。 # move: offer-peer-reference]
    ~ trust += 1
    唐文博？（他差点笑了。）1998年我们在同一个展会上。他比我还犟。 # speaker: zhou-baoshan # mood: interested
    老唐都做了，那就不会太复杂。把他电话给我。 # speaker: zhou-baoshan # milestone: references-requested
    -> competitor

=== competitor ===
{ patience <= 0: -> ending_walkout }
他没回头，伸手敲了敲身后书架上那份六十页的方案。 # speaker: narrator
Omnia那个人。一整套仓库系统，顾问驻场六个月，价格够买一辆新车。我把它放在那儿，好提醒自己什么事不能干。 # speaker: zhou-baoshan
* [Omnia一向这样：大而全的套件，顾问驻场六个月，价格够买一辆新车。26辆车的批发商在他们眼里就是个数字，而且您还得为一套您跟我说过不想要的仓库系统买单。 # move: bash-competitor # cause: lost-trust]
    ~ trust -= 1
    （他耸耸肩。）至少人家大。你们公司要是明年倒闭了，我找谁去？ # speaker: zhou-baoshan # mood: skeptical
    -> effort
* [Omnia的软件很扎实，医院的要求我们两家都能满足。区别在于您为此要改多少——用我们的，只在收货口扫一下，仓库里什么都不用动。 # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    （他慢慢点头。）这个我听得懂。仓库里什么都不用动。 # speaker: zhou-baoshan # mood: neutral
    -> effort
* [何必花一辆新车的钱？Omnia能做的我们全都能做，更快，价格还只要一半。说真的，根本没法比。 # move: claim-different-on-everything # cause: lost-trust]
    ~ trust -= 1
    谁都比谁快，谁都比谁便宜。（他不为所动。） # speaker: zhou-baoshan # mood: skeptical
    -> effort

=== effort ===
{ patience <= 0: -> ending_walkout }
那要费多少工夫？我说的是我的人，不是你们的人。FleetPilot那个人说“两个下午”。 # speaker: zhou-baoshan
* [差不多就是这样。即插即用：平台对接我们这边来做，方阿姨和司机们在货场培训一个下午就够了，第二个下午留作备用，刘师傅要是需要就再补一补。其他什么都不变。 # move: overclaim # cause: lost-trust]
    ~ trust -= 2
    （他在记事本上“两周”的下面写上“两个下午”，两个都划了线。） # speaker: narrator
    好。那要是拖得更久，我的加班费你们来出也没意见吧。 # speaker: zhou-baoshan # mood: skeptical
    -> readiness
* [说实话，不止两个下午。平台对接我们这边大概要三周；头一个月方阿姨每周得花半天；您那批2012年的记录仪没法传数据，所以还是得有人去插电脑读数据。 # move: calibrate-expectations, admit-limitation]
    ~ trust += 2
    （他抬起头，有点意外。）记录仪。别人谁都没提过记录仪。 # speaker: zhou-baoshan # mood: interested
    反正老方本来就要插。以后一天插一次，不用一周一次。（他记了下来。）这话实在。我这间办公室里很少听到实在话。 # speaker: zhou-baoshan # milestone: risk-addressed
    -> readiness
* [项目细节咱们先别陷进去。等您决定做了，我们的项目团队会把这些都给您规划好。 # move: hide-known-gap # cause: lost-trust]
    ~ trust -= 1
    等我决定。（他眯起眼睛。）我是知道了才决定，不是决定了再知道。 # speaker: zhou-baoshan # mood: skeptical
    -> readiness

=== readiness ===
{ patience <= 0: -> ending_walkout }
他看了看钟。你的四十分钟快到了。 # speaker: narrator
那要是机器在医院门口坏了呢？那怎么办？送货确认不了，上名单的可是我。 # speaker: zhou-baoshan
* [不会的。系统可用率99.9%，手持终端是军工级的，两米高摔下来都没事；真有哪台坏了，我们的服务团队一天之内就给您换。您绝对不会上他们的名单。 # move: dismiss-objection # cause: lost-trust]
    ~ trust -= 1
    什么东西都会坏。我的车会坏，我的传真机会坏。说不会坏的人，是根本没想过这个问题。 # speaker: zhou-baoshan # mood: skeptical
    -> next_step
* [这个担心有道理。头三个月，纸质送货单完全照今天这样：扫描枪要是出了故障，盖章的单子照常交给医院，当天晚上我们替您上传。 # move: acknowledge-objection, offer-risk-reduction]
    ~ trust += 1
    ~ backup_agreed = true
    （他点了一下头。）纸单子当备胎。这个我能接受。 # speaker: zhou-baoshan # mood: neutral # milestone: risk-addressed
    -> next_step
* [上一次新机器让您失望，是怎么回事？ # move: clarify-objection]
    ~ trust += 1
    2009年的传真机。（他差点笑出来。）丢了三天的订单，供应商还说是我们线路的问题。从那以后，我们就多备一台传真机。 # speaker: zhou-baoshan # mood: neutral
    备一台传真机。所以不管你带来什么，我都要一台“备用传真机”。 # speaker: zhou-baoshan
    -> next_step

=== next_step ===
{ patience <= 0: -> ending_walkout }
{ trust >= 10: 他把笔帽套了回去。 | 他瞥了一眼门，又看看你。 } # speaker: narrator
那，接下来怎么办？ # speaker: zhou-baoshan
* [要不我今天就把合同发过来？您月底前签的话，我能给您锁定上线名额，还有首发优惠价。 # move: premature-close, push-quarter-end, unilateral-discount # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed
* [您慢慢考虑，周总。我走的时候把宣传册和平台对接清单留给方阿姨；您什么时候准备好了，随时给我打电话。 # move: send-brochure # cause: no-next-step]
    -> ending_drift
* [先不说建议：这件事您现在是怎么打算的？准备先小范围试一试，还是仍然盼着医院推迟？ # move: check-readiness]
    ~ trust += 1
    { trust >= 10: （他认真想了想这个问题。）十分钟前我还盼着他们推迟。现在……我想跟唐文博聊聊。而且签任何东西之前，我要让刘师傅先看看。 | （他耸耸肩。）说实话？还盼着呢。不过我在听。 } # speaker: zhou-baoshan
    -> plan

=== plan ===
{ trust >= 10: 他把记事本又拉回面前。 | 他等着。 } # speaker: narrator
* [那就按您的时间表排个小计划：这周您给唐总打电话；周四我跟刘师傅一起跑一趟二院；如果你们俩都觉得行，7月试一条线路，8月10日前您做决定。 # move: propose-mutual-plan]
    -> decide
* [太好了——那咱们现在就把手续办起来，免得8月份太赶。订单明天我就给您送过来。 # move: premature-close # cause: premature-close]
    ~ trust -= 2
    -> ending_pushed

=== decide ===
{ trust >= 10: -> ending_won }
{ trust >= 5: -> ending_wait }
-> ending_lost

=== ending_won ===
（他亲笔写下：老唐——本周。周四——刘师傅，二院收货口。7月——一条线路。8月10日——决定。） # speaker: narrator
周四早上六点。刘师傅六点装车，不是六点零五。他要是说不好使，我们就停。{backup_agreed:纸单子也一直留着，我说换了才换。} # speaker: zhou-baoshan # mood: pleased # milestone: mutual-plan-agreed # phase: 2
他亲自送你下楼到装卸月台，把你介绍给刘师傅，说你是“话不多的那个”。 # speaker: narrator
周总同意打参考电话，让你跟他的老司机跑一趟车，再试一条线路，决定日期定在截止日之前。 # speaker: narrator # outcome: won
-> END

=== ending_wait ===
（他什么都没写。）周四不太方便。7月……再看吧。先听听医院8月的供应商大会怎么说。 # speaker: zhou-baoshan # mood: neutral
要是不推迟，我会给你打电话。或者给别人。 # speaker: zhou-baoshan
他在门口跟你握了手。你们都清楚，他会一直等到截止前最后一周，到那时，谁能最快上线就选谁。 # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END

=== ending_drift ===
（他看都没看，就把宣传册放在了Omnia那份方案上面。）需要的时候我会打电话。 # speaker: zhou-baoshan # mood: neutral
{ trust >= 10: 他是好意。可谁都没答应要做什么；8月份，他给医院推荐名单上的第一家供应商打了电话，那家那周正好在楼里。 | 谁都没答应要做什么。8月份医院把截止日期推迟了一个月，周总把那封函和Omnia的方案归到了一起。 } # speaker: narrator
会谈在一团和气中结束，却没有下一步；决定一路拖到了截止日。 # speaker: narrator # outcome: no-decision # caused-by: no-next-step
-> END

=== ending_pushed ===
（他看你的眼神，就像看那份六十页的方案。）这就要签字了。按你的时间表，不是我的。 # speaker: zhou-baoshan # mood: annoyed
{ trust >= 7: 我本来都开始觉得你跟别人不一样了。什么都别发给我。我会去找一个肯等我准备好的人。 | 什么都别发给我。医院让我做什么、找谁、什么时候做，我就照办。 } # speaker: zhou-baoshan
8月底，他从另一家供应商那里买了最基础的套餐——那家问的问题更少，催得也更少。 # speaker: narrator # outcome: lost # caused-by: premature-close
-> END

=== ending_lost ===
（他站起身，你就知道会谈结束了。）谢谢你跑一趟。我考虑考虑。 # speaker: zhou-baoshan # mood: neutral
他确实考虑了——是和FleetPilot的销售一起考虑的。那人许诺“两个下午”，第二天又来了，说要跟车陪跑。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_walkout ===
周宝山站起来，把门拉开。 # speaker: narrator
我还有个仓库要管。宣传册你出去的时候留给老方就行。 # speaker: zhou-baoshan # mood: annoyed
你的四十分钟，二十分钟就结束了。你再打电话，周总不接了；到了秋天，他跟医院推荐的那家签了约。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
