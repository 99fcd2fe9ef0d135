# id: laggard-evaluation
# title: 玉珍食品：白板、Excel，还是Routewise
# objective: 定下有决策日期的试用,并成为老板的首选方案
# phase: 2
# segment: laggards
# buyer: pan-yuzhen; 潘玉珍; 老板，玉珍食品; decision-maker; woman senior
# buyer: kevin-lu; 陆凯文; 运营经理，玉珍食品; champion; man young
# buyer: he-songlin; 何松林; 资深调度员，玉珍食品; opponent; man senior
# minutes: 18
# difficulty: intermediate
# version: 5
# setting: office
# brief: 玉珍食品在佛山只有一个仓库，配送速冻水饺、面条和酱料：18辆厢式货车，大约600家餐馆，外加禾美超市的42家门店。潘玉珍从菜市场的一个摊位起家，把公司做到今天，每一笔付款都由她亲自签字。从3月起，禾美要求30分钟的送货时间窗并提前发送到货通知，每迟到一单罚款500元。上个月的罚款合计3.8万元。
# brief: 请你来的是运营经理陆凯文，潘总两年前从一家大型电商物流公司把他挖了过来。他想要Routewise。潘总在比较三个选项：Routewise；FleetPilot基础版（每辆车每月80元，提供定位和到货短信）；还有她口中的“老何用Excel做”，一分钱不花。何松林靠一块白板和一张表格排了25年线路。凯文把你安排进调度室和老何谈；潘总“可能会过来看看”。

VAR trust = 3
VAR patience = 3
VAR he_support = 0
VAR access_kept = false
VAR value_case = false
VAR pan_here = false
VAR big_deck = false
VAR waited = false

-> corridor

=== corridor ===
凯文在大门口接你，身上一件Routewise蓝的Polo衫，一看就是为今天特意买的。穿过院子里一排排怠速的货车时，他语速飞快。 # speaker: narrator
我跟潘总说了，你们就是未来。老何觉得你们是来取代他的。潘总觉得这全是浪费钱。说实话，只要让她看看AI那块——预测到达时间——她肯定就明白了。 # speaker: kevin-lu # mood: interested
* [凯文，您最了解她。从预测到达时间的演示切入，难道不是最有说服力的吗？让潘总亲眼看到Routewise Labs在她自己的车上跑起来，效果不言自明。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    对！（他咧嘴一笑。）我一定让她看到那一段。 # speaker: kevin-lu # mood: pleased
    （潘总从没买过任何号称“未来”的东西——这一点你心里清楚，凯文却好像不清楚。） # speaker: narrator
    -> kevin_competition
* [凯文，有您支持就太好了。那咱们就简单点：回头由您去跟潘总讲，您最了解她。 # move: rely-on-single-contact]
    行，没问题。她听我的。大多数时候吧。 # speaker: kevin-lu # mood: pleased
    -> kevin_competition
* [进去之前问一句：潘总到底会怎么在我们、FleetPilot基础版和Excel之间做决定？还有谁说得上话？ # move: ask-decision-process]
    ~ trust += 1
    （他放慢了脚步。）她拍板。每一笔钱都是她签字。她弟媳管账，会核数字。还有……老何要是说不行，她就说不行。他在这儿的年头比叉车还长。 # speaker: kevin-lu # mood: neutral
    -> kevin_competition

=== kevin_competition ===
凯文在调度室门口停下。 # speaker: narrator
对了。FleetPilot周一来过。他们的人来了二十分钟就走了。 # speaker: kevin-lu
* [FleetPilot基础版就是个玩具——一个定位点加一条短信而已。不用担心他们。 # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （凯文显得有点不自在。）可潘总挺喜欢他的。他话不多。而且便宜。 # speaker: kevin-lu # mood: anxious
    -> dispatch_room
* [说实话，潘总现在倾向哪边？要是今天下午就定，她会选哪个？ # move: ask-competition]
    ~ trust += 1
    { trust >= 5:
        （停顿了一下。）Excel。因为不要钱。禾美要是继续罚，就选FleetPilot，因为便宜。想要你们的，只有我一个。 # speaker: kevin-lu # mood: anxious # milestone: competition-revealed # insider: owner-leaning
    - else:
        （他犹豫了一下，耸耸肩。）这你得去问她。她从不告诉我她倾向哪边，她只告诉我东西多少钱。 # speaker: kevin-lu # mood: neutral
    }
    -> dispatch_room
* [明白了。那您自己今天最想看Routewise的什么？ # move: neutral]
    路径优化器。那张所有线路都在动的大地图。太漂亮了。 # speaker: kevin-lu # mood: pleased
    -> dispatch_room

=== dispatch_room ===
调度室里有一块一整面墙那么大的白板，写满了片区名和车号，贴满了磁贴。一台笔记本电脑上开着一张表格，上面的颜色标记只有一个人看得懂。 # speaker: narrator
何松林没有起身。他在嗑瓜子，瓜子壳整整齐齐地堆在一张送货单上。 # speaker: narrator # enter: he-songlin
哟。你就是要来抢我饭碗的那台电脑。 # speaker: he-songlin # mood: skeptical
* [没人要取代您。我们的优化器只是把您每晚要花两个小时的活儿三十秒做完——您晚上就能早点歇着了。 # move: dismiss-objection, overclaim # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    ~ patience -= 1
    两个小时。（他把一片瓜子壳吐在手心里。）认识我两分钟，就知道我晚上怎么过了。 # speaker: he-songlin # mood: annoyed
    -> he_process
* [凯文说18辆车的线路全装在您脑子里。这对玉珍来说不是个风险吗？哪天早上您病了，明天的线路谁来排？ # move: tell-buyer-their-problem # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    （他看着凯文，而不是你。）我不在的时候，你就是这么说我的？ # speaker: he-songlin # mood: annoyed
    （凯文盯着地面。） # speaker: narrator
    -> he_process
* [我不是来抢谁的活儿的。我想学学您是怎么做的。能不能带我看看，明天的线路是怎么排出来的？ # move: ask-current-process]
    ~ he_support = MIN(he_support + 1, 4)
    ~ trust += 1
    （他耸耸肩，但把瓜子放下了。）坐吧。你会觉得没意思的。 # speaker: he-songlin # mood: neutral
    -> he_process

=== he_process ===
{ patience <= 0: -> ending_thrown_out }
他拿马克笔指了指墙。 # speaker: narrator
餐馆在微信上下单，一直下到晚上九点——高兴了还更晚。我把单子按片区录进Excel。每辆车管一个片区——禅城、南海、顺德。哪个司机认得哪家的后门，我心里有数。禾美的店先送，因为有时间窗。然后我写到白板上，司机五点钟来拍照。 # speaker: he-songlin
* [一张表格要装这么多东西，不容易。您见过我们的排线系统是怎么处理禾美的时间窗、司机特点和实时路况的吗？我在电脑上给您演示一下。 # move: pitch-features # cause: alienated-he]
    ~ he_support = MAX(he_support - 1, -1)
    ~ patience -= 1
    （他头都没转。）我有电脑。里面有Excel。 # speaker: he-songlin # mood: skeptical
    -> he_objection
* [禾美哪些单会赶不上时间窗——每周都是那几条线吗？出问题的那些早上是什么情况？ # move: ask-diagnostic]
    ~ he_support = MIN(he_support + 1, 4)
    ~ trust += 1
    （他什么都没查，张口就答。）顺德。12号车，七家禾美店加十五家餐馆。有家餐馆晚上十点半加二十箱，我在脑子里重排一遍，结果第二天早上八点就落后一站，一整天都追不回来。 # speaker: he-songlin # mood: neutral
    店长不知道我们几点到，就打电话给我。一上午二十个电话。上个月罚了三万八。潘总骂的是我，不是禾美。 # speaker: he-songlin # milestone: pain-acknowledged
    -> he_objection
* [说真的，18辆车能排成这样，太厉害了。我见过不少大仓库，一整个团队排线都没您这么紧凑。 # move: flatter]
    （他耸耸肩。）大仓库有的是预算。 # speaker: he-songlin # mood: neutral
    -> he_objection

=== he_objection ===
{ patience <= 0: -> ending_thrown_out }
他在白板上敲了敲一块磁贴。 # speaker: narrator
你那台电脑。它知道乐从那家店的后门七点前锁着吗？知道大良那家店十一点以后不收冻品吗？知道小莫倒不进容桂市场吗？ # speaker: he-songlin # mood: skeptical
* [这些它都会自动学会。跑上几周GPS数据，它就知道哪个门什么时候锁、每辆车在哪儿耽误时间——什么都不用您告诉它。 # move: dismiss-objection, overclaim # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    （他笑了，笑得不太客气。）GPS知道小莫倒不了车？那它比他老婆还了解他。 # speaker: he-songlin # mood: annoyed
    -> usage
* [不知道。您不告诉它，它什么都不知道；有些事——比如小莫倒车——它永远也不会知道。所以每条线路最后都由您说了算。 # move: acknowledge-objection, admit-limitation]
    ~ he_support = MIN(he_support + 2, 4)
    ~ trust += 1
    （他第一次正眼看你。）我说了算。（停了一下。）小陆说的是电脑说了算。 # speaker: he-songlin # mood: neutral # milestone: risk-addressed
    -> usage
* [像这样的规矩大概有多少条？除了在您脑子里，现在还记在哪儿？ # move: clarify-objection]
    ~ he_support = MIN(he_support + 1, 4)
    （他想了想。）四十条？五十条？有些在白板上。大部分在这儿。（他敲敲太阳穴。）一台要害我丢饭碗的机器，我可不会给它写下来。 # speaker: he-songlin # mood: skeptical
    -> usage

=== usage ===
{ patience <= 0: -> ending_thrown_out }
你还没来得及往下说，凯文就插了进来。 # speaker: narrator
给他看完整的排线看板。拖拽、实时地图，全套都给他看看。 # speaker: kevin-lu # mood: interested
* [好啊。要不我给两位把完整演示过一遍，全部十四个模块？看完二位就知道它为什么是市场第一了。 # move: pitch-features, claim-different-on-everything # cause: alienated-he]
    ~ he_support = MAX(he_support - 1, -1)
    ~ patience -= 1
    十四个。（他又抓起了瓜子。） # speaker: he-songlin # mood: skeptical
    （二十分钟后，凯文兴奋不已，老何一眼都没看过屏幕。） # speaker: narrator
    -> pan_arrives
* [咱们要做就做到位：从第一天起，就用排线看板把白板和表格全都换掉。就一套系统，干干净净，司机直接在手机上收线路，再也不用有人每天早上五点跑来对着一面墙拍照了。 # move: impose-solution-design # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    （他非常小心地把马克笔放下。）那线路你也一起排了吧。 # speaker: he-songlin # mood: annoyed
    -> pan_arrives
* [演示待会儿再说。何师傅，设想今晚九点：您的Excel照旧。按一个键，12号车就按禾美的时间窗排出顺德的建议顺序。您把乐从拖到七点以后。接下来该是什么样？ # move: share-usage-scenario]
    ~ he_support = MIN(he_support + 1, 4)
    ~ trust += 1
    （他想了很久。）然后我检查一遍。排得蠢我就改。那些店……（慢慢地）那些店收到通知，不用再打给我。没有那二十个电话。 # speaker: he-songlin # mood: interested
    我的Excel还留着？ # speaker: he-songlin
    您的Excel留着，白板也留着，最后还是您说了算。一开始只有禾美的线走排线系统。 # speaker: seller
    （他没说行。只是在一张便利贴上写下了“12号车”。） # speaker: narrator # milestone: vision-agreed
    -> pan_arrives

=== pan_arrives ===
{ patience <= 0: -> ending_thrown_out }
~ pan_here = true
门开了。潘玉珍端着一个保温杯进来，胳膊下夹着一个文件夹。凯文站了起来。老何没有。 # speaker: narrator # enter: pan-yuzhen
小陆说你们是未来。我不需要未来。我需要禾美别再罚我的钱。（她坐下。）FleetPilot一辆车八十，老何的Excel不要钱，你们要两百二。我凭什么多付给你们？ # speaker: pan-yuzhen # mood: skeptical
* [FleetPilot基础版做定位没问题，但它也就只能做定位。其他的——排线、时间窗、报表——我们都做得更好。根本没法比。 # move: claim-different-on-everything # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    人人都说“没法比”。所以我才要比。 # speaker: pan-yuzhen # mood: skeptical
    -> kevin_vision
* [在定位和到货短信上，FleetPilot基础版和我们一样——这点我不否认。区别在让您花钱的那部分：基础版让何师傅看到12号车在哪儿，却不会按禾美的时间窗去排12号车的站点顺序。 # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    （她看着老何。）是这样吗？ # speaker: pan-yuzhen # mood: neutral
    { he_support >= 2: （他耸耸肩。）那些点帮不了我。车在哪儿我知道。我不知道的是哪辆会迟到。 | （他耸耸肩。）点也好，顺序也好，对我都一样。 } # speaker: he-songlin
    -> kevin_vision
* [问得好，潘总。一辆车两百二，您当然应该清楚自己的钱付给了谁。我先介绍一下Routewise是家什么样的公司：专做物流软件十五年，四百多家客户，在深圳上市——然后再跟您讲我们为什么不一样。 # move: open-with-company-history # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （她拧开保温杯。）我问的是八十和两百二。 # speaker: pan-yuzhen # mood: annoyed
    -> kevin_vision

=== kevin_vision ===
{ patience <= 0: -> ending_thrown_out }
凯文按捺不住了。 # speaker: narrator
而且潘总，Routewise Labs还有AI预测——它会自己学习路况。我们会成为佛山最先进的配送商！ # speaker: kevin-lu # mood: interested
潘总的脸像卷帘门一样拉了下来。 # speaker: narrator
* [凯文说得对，潘总。两年后佛山每家配送商都会用AI排线，起步晚的不光要追赶，禾美的罚款还照样得交。您肯定宁可当第一个，也不想当最后一个吧？ # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    第一个。（她看凯文的眼神，就好像他提议把仓库卖了。）枪打出头鸟。 # speaker: pan-yuzhen # mood: annoyed
    -> value
* [（什么也不说，让凯文把话讲完。） # C2-2 # why: 在落后者老板面前，任由拥护者的AI推销替Routewise发言；沉默本身也是一种表态。 # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （凯文又讲了一分钟机器学习。潘总由着他讲完，然后转向你。）我花两百二，就买这个？ # speaker: pan-yuzhen # mood: skeptical
    -> value
* [那是很久以后的事了，也许永远用不上。潘总，我听到的是这样：禾美别再罚款，何师傅还照他的办法排线，您花尽量少的钱做到这一点。我哪里说得不对，您纠正我。 # move: listen-and-summarize, fit-message-to-segment]
    ~ trust += 2
    （她放下保温杯。）就是这样。（对凯文，语气并不重。）看见没？人家会听人说话。 # speaker: pan-yuzhen # mood: neutral # milestone: goal-stated
    （凯文泄气了一瞬，随即点了点头。） # speaker: narrator
    -> value

=== value ===
{ patience <= 0: -> ending_thrown_out }
她打开文件夹。里面是禾美的罚款通知，订在一起，数字用红笔圈着。 # speaker: narrator
我弟媳会问，这钱花出去我能得到什么。要数字，不要感觉。 # speaker: pan-yuzhen
* [那我就给您数字：我们的客户通常能减少18%的行驶里程、四分之一的加班，四个月就能回本。今晚我把ROI计算器发给您弟媳，好吗？ # move: numbers-without-buy-in # cause: no-value-case]
    ~ trust = MAX(trust - 1, 0)
    “通常”。（她没记。）我弟媳会问，是谁家的里程。 # speaker: pan-yuzhen # mood: skeptical
    -> excel
* [能不能就用您这个文件夹来算？上个月的罚款里有多少出在12号车上，何师傅熬夜的成本是多少——再请您告诉我，哪些数字您弟媳会信。 # move: build-business-case]
    ~ trust += 2
    ~ value_case = true
    你们就在老何的白板上，用她的数字一起算。罚款3.8万元，其中2.65万元出在顺德和南海的线上。供应商连续三个月迟到率超过5%，禾美就会启动审查——而禾美占玉珍营业额的22%。五辆禾美车用Routewise：每月1100元。 # speaker: narrator
    （她盯着白板看了很久。）一千一对两万六。就算只解决一半。（对老何。）就算他只解决一半。 # speaker: pan-yuzhen # mood: interested # milestone: cost-quantified
    -> excel
* [潘总，凯文对您的业务了如指掌，我们俩一起仔细过了一遍。我们都认为这对玉珍是正确的选择——这件事您可以相信我们。 # move: rely-on-rapport # cause: no-value-case]
    ~ trust = MAX(trust - 1, 0)
    小陆信的东西多了。（她合上文件夹。）光相信可不算数。 # speaker: pan-yuzhen # mood: skeptical
    -> excel

=== excel ===
{ patience <= 0: -> ending_thrown_out }
她往椅背上一靠。 # speaker: narrator
那你说说，为什么老何不能就用Excel做，再自己给门店发个微信？那可不要钱。 # speaker: pan-yuzhen
* [说实话？您的餐馆线路用Excel就挺好，我建议就留在Excel里。只有禾美的线才被时间窗卡住。还有一个限制：九点以后进来的单子我们解决不了——那些还得何师傅来定。 # move: calibrate-expectations, admit-limitation]
    ~ trust += 1
    ~ he_support = MIN(he_support + 1, 4)
    （他坐直了一点。）餐馆还归我。 # speaker: he-songlin # mood: interested
    （潘总慢慢点头。）所以不是全部。只管让我花钱的那一块。 # speaker: pan-yuzhen # mood: neutral
    -> access
* [恕我直言，何师傅已经每天干到半夜了。他干到半夜，原因就是Excel。 # move: tell-buyer-their-problem # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    （他站了起来。）我干到半夜，是因为餐馆下单下到半夜。 # speaker: he-songlin # mood: annoyed
    -> access
* [当然可以。那他每天早上要给多少个店长发消息？他在打字的时候，顺德那条线怎么办？ # move: ask-implication]
    ~ trust += 1
    （她在心里算了算。）四十二家店。每天早上。（她看着老何。）你就别想放下手机了。 # speaker: pan-yuzhen # mood: neutral
    （老何哼了一声；在他嘴里，这就算同意了。） # speaker: narrator
    -> access

=== access ===
{ patience <= 0: -> ending_thrown_out }
她看了看表，站起身。 # speaker: narrator
好。细节小陆跟你们对，然后给我一个建议。我四点约了一个供应商。 # speaker: pan-yuzhen
* [当然。凯文了解业务，也清楚您看重什么——这周我和他一起把方案做出来，他给您带一份五分钟就能看完的建议。 # move: accept-delegation-down # cause: no-access]
    （她点点头，人已经走到门口了。） # speaker: narrator
    （凯文冲你竖了个大拇指。老何看着你，表情让人捉摸不透。） # speaker: narrator
    -> reference
* [好的，细节我跟凯文和何师傅一起过。之后能不能给我们二十分钟？您凭亲眼看到的来定，而不是凭我们的PPT。 # move: ask-to-meet-decision-maker]
    ~ access_kept = true
    ~ trust += 1
    （她在门口停下，打量着你。）二十分钟。下周四早上八点，车回来之前。带老何来，别带PPT。 # speaker: pan-yuzhen # mood: neutral # milestone: meeting-agreed
    -> reference
* [您先别走——罚款、时间窗，还有何师傅需要什么，您都看到了。如果凯文的建议是Routewise，我们今天能不能说定，您就签？这样能省您开一次会。 # move: premature-close # cause: no-access]
    ~ trust = MAX(trust - 2, 0)
    （她在门口转过身。）我签什么，我自己决定。 # speaker: pan-yuzhen # mood: annoyed
    -> reference

=== reference ===
{ patience <= 0: -> ending_thrown_out }
{ access_kept: 她在门口多停了一会儿。 | 她在门口停下，好像刚想起什么。 } # speaker: narrator
对了。还有谁在用这个？别跟我说深圳那些大公司。要跟我们差不多的。 # speaker: pan-yuzhen
* [我们服务的客户里，有好几家是全国最大的零售和电商物流企业。他们用得好，玉珍肯定也用得好。 # move: mismatched-pitch # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    大公司有IT部门。我有小陆。（她走了。） # speaker: pan-yuzhen # mood: skeptical
    -> kevin_after
* (jin) [东莞的金味食品——家族企业，做冻品，22辆车，也给禾美供货。他们去年秋天只把送禾美的车放上了Routewise，其余的车调度员还是手工排。我可以请金总给您打个电话。 # move: offer-peer-reference]
    ~ trust += 1
    金美芳？（她差点笑出来。）她到现在开发票还用钢笔。连她都用了的话……让她给我打电话。 # speaker: pan-yuzhen # mood: interested # milestone: references-requested
    -> kevin_after
* [这是我们上海一家冷链客户的案例：他们三个月内把延误配送减少了40%。 # move: share-success-story]
    （她接过那张纸，瞥了一眼上面的精美照片，折起来夹进文件夹。）上海。 # speaker: pan-yuzhen # mood: neutral
    -> kevin_after

=== kevin_after ===
潘总走了。凯文关上门，压低了声音。 # speaker: narrator
咱俩私下说一句——她永远不会懂的。她是另一个时代的人。你把方案做大一点，把Labs的东西放进去，我就能打包卖给她。相信我。 # speaker: kevin-lu # mood: interested
* [谢谢您，凯文。但拍板的是她，她也说清楚了她会买什么：禾美的车，改动越小越好。我更想帮您把这个小版本做成功。 # move: build-vision-from-buyer-words, fit-message-to-segment]
    ~ trust += 1
    （他犹豫了一下，无奈地笑着耸耸肩。）小的。行吧。小的也比Excel强。 # speaker: kevin-lu # mood: neutral
    -> he_last
* [您比我了解她，她也听您的。为什么不干脆做大——全车队、Labs预测到达、排线看板——由您打包一起推给她？让她点一次头，总比点三次容易。 # move: impose-solution-design, rely-on-single-contact # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    好。我这个周末就把PPT做出来。 # speaker: kevin-lu # mood: pleased
    （你刚刚提议的，是让一个潘总早就认定在做白日梦的人，去卖给她一样和她要的恰恰相反的东西。） # speaker: narrator
    -> he_last
* [私下说，我同意——白板时代已经过去了，等系统跑起来她自然会明白。咱们先拿个小单子进门，以后再慢慢做大。 # move: tell-buyer-their-problem # cause: alienated-he]
    ~ he_support = MAX(he_support - 2, -1)
    （调度室里传来椅子挪动的声音。老何听见了。） # speaker: narrator
    -> he_last

=== he_last ===
你回到调度室时，老何正在收拾瓜子。 # speaker: narrator
{ he_support >= 3: 你。你刚才在里面跟我说的那些。是真心的吗？ | 就这样了？ } # speaker: he-songlin # mood: skeptical
* [说实话，头两周会更慢，不会更快，因为您得教它认那些门和时间。之后好不好，您来判断。 # move: calibrate-expectations]
    ~ he_support = MIN(he_support + 1, 4)
    ~ trust += 1
    （他慢慢点头。）先慢。至少你肯说实话。FleetPilot那个人说头一天就能更快。 # speaker: he-songlin # mood: neutral
    -> plan
* [相信我，何师傅——等它认熟了您那些门，排线系统几分钟就能排好禾美的线，不出一个月，您就会奇怪以前没有它是怎么过来的。 # move: overclaim # cause: alienated-he]
    ~ he_support = MAX(he_support - 1, -1)
    没有它，我也过来二十五年了。（他拉上包的拉链。） # speaker: he-songlin # mood: skeptical
    -> plan
* [何师傅，什么情况下您会说不？我宁可现在听到，也别等到在潘总面前才听到。 # move: ask-obstacles]
    ~ he_support = MIN(he_support + 1, 4)
    （他想了想。）要是它动我的餐馆。要是司机收到两份单子，一份我的，一份机器的。要是我关不掉它。 # speaker: he-songlin # mood: neutral
    那就是三条。餐馆归您。单子只有一份，您的。再加一个开关。 # speaker: seller
    （他哼了一声。）写下来。 # speaker: he-songlin
    -> plan

=== plan ===
凯文送你回大门。 # speaker: narrator
{ access_kept: 那周四我们带什么过去？ | 那，接下来怎么办？ } # speaker: kevin-lu
* [我们这样向她提：四周，只跑12号车和其他禾美车；何师傅保留Excel，最后也由他说了算；我们每周统计迟到单数和罚款；先请一位她信得过的同行给潘总打电话；四周结束时由潘总做决定。 # move: propose-mutual-plan]
    -> decide
* [我们给她拿一份全车队的方案，月底前签约就给10%的首发折扣——这样肯定能引起她的注意。 # move: push-quarter-end, unilateral-discount # cause: discount-deck]
    ~ trust = MAX(trust - 2, 0)
    ~ big_deck = true
    -> ending_kevin_deck
* [先等等，看FleetPilot报什么方案，我们再针对它出招。 # C12-2 # why: 没有留下买方会去走的下一步；等对手先出牌，等于把时间表交给FleetPilot，也没给潘总留下任何要决定的事。 # cause: wait-and-see]
    ~ waited = true
    -> ending_drift

=== decide ===
{ not access_kept: -> ending_kevin_deck }
{ he_support <= 1: -> ending_he_veto }
{ not value_case: -> ending_drift }
{ trust < 9: -> ending_lost }
-> ending_won

=== ending_won ===
周四早上八点。{reference.jin:潘总前一天晚上和金美芳通过电话了。|潘总前一天晚上给两家认识的配送商打了电话。}老何带来了那张写着“12号车”的便利贴，还有一张手写的清单：四十三个门、时间和人。 # speaker: narrator
四周。只做禾美的车。老何说了算。要是罚款没减半，就停，我一分钱都不再付。（她看着老何。）同意吗？ # speaker: pan-yuzhen # mood: pleased
（他耸耸肩。）同意。 # speaker: he-songlin # mood: neutral
小陆，你负责让老何要什么，他们就给什么。别反过来。 # speaker: pan-yuzhen # milestone: mutual-plan-agreed # milestone: preferred-vendor # phase: 3
潘总同意在禾美的车上试行四周，定好了决定日期，由老何负责，并把Routewise定为首选供应商，排在FleetPilot和Excel之前。 # speaker: narrator # outcome: won
-> END

=== ending_drift ===
{ waited:
    FleetPilot的方案周一就到了：一页纸，一辆车八十。凯文转发给你，附了一句“该你了？”。等你的方案准备好，潘总已经两边都不再问了。 # speaker: narrator
- else:
    一周后，潘总听完了方案，点点头，说她想先看看禾美夏天是不是真会启动审查。 # speaker: narrator
}
现在不行。也许过了中秋旺季再说。在那之前，我们先用老何的Excel对付着。 # speaker: pan-yuzhen # mood: neutral
{ waited:
    没人说不，也没人说好。你等着竞争对手来定下一步，结果谁也没定：这次评估悄无声息地回到了凯文的抽屉里。 # speaker: narrator # outcome: no-decision # caused-by: wait-and-see
- else:
    没人说不，也没人说好。没有一笔用她自己的数字算出来的账，交罚款就比做决定更省事：这次评估悄无声息地回到了凯文的抽屉里。 # speaker: narrator # outcome: no-decision # caused-by: no-value-case
}
-> END

=== ending_he_veto ===
周四，何松林没来开会。他已经跟潘总说了，要是“机器”来排他的线，他就提前退休。 # speaker: narrator
他给我排了二十五年线路。我不会为了一台电脑丢了他。（她合上文件夹。）我们就用Excel。老何会再加把劲。 # speaker: pan-yuzhen # mood: annoyed
你始终没争取过来的那个反对者决定了结局：玉珍食品继续用白板，什么也没买。 # speaker: narrator # outcome: no-decision # caused-by: alienated-he
-> END

=== ending_kevin_deck ===
{ big_deck: 凯文做了一份三十页的PPT，亲自向潘总汇报：全车队、排线看板、Labs预测到达，外加首发折扣。 | 凯文一个人向潘总汇报了你的方案。你不在场。 } # speaker: narrator
（事后，凯文悄悄跟你说。）她就问了一个问题——“多少钱？”——然后就让她弟媳给禾美那几辆车订了FleetPilot基础版。一辆车八十。她说：“够了。” # speaker: kevin-lu # mood: anxious
{ big_deck: 这份方案是为拥护者做的，不是为老板做的；没人要的折扣又让她觉得价格有水分。 | 见不到决策者，你的方案只能二手传到她那里，用的还是别人的话。 } # speaker: narrator
{ big_deck:
    你输给了最便宜的选项。 # speaker: narrator # outcome: lost # caused-by: discount-deck
- else:
    你输给了最便宜的选项。 # speaker: narrator # outcome: lost # caused-by: no-access
}
-> END

=== ending_lost ===
周四，潘总客气而简短。 # speaker: narrator
谢谢。FleetPilot更便宜，而你们没让我看到，你们凭什么贵出那么多。我们先在禾美的车上试他们的。 # speaker: pan-yuzhen # mood: neutral
玉珍食品买了FleetPilot基础版。你始终没能把这场比较从比价格变成比合不合适。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_thrown_out ===
{ pan_here: 潘总合上了文件夹。 | 何松林站起身，把马克笔和瓜子揣进兜里，一言不发地走向货车。 } # speaker: narrator
{ pan_here:
    我看今天就到这儿吧。小陆，送送客人。老何，顺德的车在等你。 # speaker: pan-yuzhen # mood: annoyed
- else:
    （凯文看看那把空椅子，又看看你。）潘总现在不会来了。午饭前老何就会把什么都告诉她。 # speaker: kevin-lu # mood: anxious
}
{ pan_here:
    会议提前结束。两周后凯文给你发消息：他们选了FleetPilot基础版。 # speaker: narrator # outcome: lost # caused-by: lost-trust
- else:
    会议提前结束。两周后凯文给你发消息：他们选了FleetPilot基础版。 # speaker: narrator # outcome: lost # caused-by: alienated-he
}
-> END
