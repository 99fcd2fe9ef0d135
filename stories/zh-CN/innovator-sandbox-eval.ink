# id: innovator-sandbox-eval
# title: 启云机器人实验室里的比测
# objective: 按评估负责人自己定义的条件,成为她的选择
# phase: 2
# segment: innovators
# buyer: lu-haoran; 陆浩然; 首席机器人软件工程师，启云机器人; champion; man young
# buyer: helen-kwok; 郭海伦博士; 研发负责人，启云机器人; decision-maker; woman glasses
# minutes: 20
# difficulty: intermediate
# version: 4
# setting: office
# brief: 杭州的启云机器人为医院制造自主移动机器人，现在要推出“启云街区”：人行道配送机器人，把快递和外卖从小区大门送到住户门口，自己坐电梯。9月1日和兰亭物业一起上线：十二个小区，200台机器人，如果成功，明年2000台。这些机器人需要一个路径优化引擎，在电梯故障或大门关闭时能实时重排整个机队。
# brief: 启云正在做为期两周的技术比测：Routewise Labs的开放路径规划API（测试版）、启云工程师在VROOM和OSRM基础上扩展的开源方案，以及FleetPilot的商业路径规划API。今天是第八天。首席工程师陆浩然自己找到了Labs的测试版，搭好了测试框架，毫不掩饰自己是你们的粉丝。研发负责人郭海伦博士拍板选型；首席运营官张伟签字付款。你受邀来实验室“一起过一遍结果”。
# brief: 自己的短板要心里有数：Labs测试版单次请求超过约1500辆车就会超时；电量按续航里程建模，而不是充电曲线；没有SLA；Labs也不开放求解器源代码。Labs的工程负责人对其中任何一项都不肯承诺日期。


VAR trust = 3
VAR patience = 3
VAR gap_admitted = false
VAR gap_hidden = false
VAR knows_process = false
VAR vision_built = false
VAR risk_known = false
VAR sla_honest = false
VAR promised = false
VAR plan_agreed = false
VAR refused = false

-> lab_door

=== lab_door ===
实验室是一座改造过的仓库：用胶合板搭了一个模拟的住宅大堂，一扇真正的电梯门用螺栓固定在钢架上，四台齐膝高的白色机器人排成一排，像一串小鸭子。 # speaker: narrator
陆浩然在门口迎你，穿着一件连帽衫，上面印着VROOM的logo，被马克笔打了个叉。 # speaker: narrator
好吧，说实话？你们的重排延迟简直逆天。我基本上已经决定了。现在只要让数字在郭博士那儿好看点，就搞定了。 # speaker: lu-haoran # mood: pleased
* [太好了——那不如由你来向郭博士汇报结果？最难的部分你已经做完了，她信什么你比谁都清楚，她问到任何技术问题我都给你撑着。 # move: rely-on-single-contact]
    完美。她信我的数据。（他笑得很灿烂。）基本上。 # speaker: lu-haoran # mood: pleased
    -> dashboard
* [那我们直接看基准测试？数字自己会说话。 # move: numbers-without-buy-in]
    好！（他已经往里走了。）我就喜欢想看数据的供应商。 # speaker: lu-haoran # mood: pleased
    -> dashboard
* [进展顺利就好。郭博士会怎么在三家里选——真正买之前，还有谁有发言权？ # move: ask-decision-process]
    ~ trust += 1
    ~ knows_process = true
    （他放慢脚步。）郭博士选。我们的首席运营官张总签字付款。 # speaker: lu-haoran # mood: neutral
    （他犹豫了一下。）他们各自偏向谁……等我看完你们怎么应对测试D，你再问我。 # speaker: lu-haoran
    -> dashboard

=== dashboard ===
他一屁股坐到三台显示器前。中间的屏幕上是一张结果表。 # speaker: narrator
四项测试。A：静态早间计划，200台机器人。三家差距都在2%以内——开源基本一样好。B：电梯停运时实时重排。你们：0.4秒。FleetPilot：3.1秒。开源：9.2秒。 # speaker: lu-haoran # mood: interested
C：充电。FleetPilot赢了。D：规模，一次请求两千台机器人。（他敲了一下键盘。）现在开跑。大概要四十分钟。 # speaker: lu-haoran
* [D跑完之前先说一句：测试版单次请求超过大约1500辆车就会超时。你会看到它失败——与其让日志告诉你，不如我先告诉你。 # move: admit-limitation]
    ~ trust += 2
    ~ gap_admitted = true
    （他盯着你，又看看进度条。）……哈。好吧。（他敲了一行备注。）从来没人在自己的东西失败之前就告诉我它会失败。 # speaker: lu-haoran # mood: neutral
    那我能不能分片——按小区拆？ # speaker: lu-haoran
    换我也会这么测。十二个请求，不是一个。 # speaker: seller
    { knows_process:
        （压低声音。）既然你对我实话实说：张总喜欢FleetPilot——他们有SLA，还有一个会打高尔夫的销售。郭博士偏向开源。她说我们的核心知识产权是导航，她不会让任何供应商掌握机器人大脑的任何一块。 # speaker: lu-haoran # mood: neutral # insider: decision-makers-leanings # milestone: competition-revealed
    }
    -> charging
* [让测试D自己说话吧。这个引擎这一周一直在给你们团队惊喜，两千台正是它喜欢的那种数字。 # move: hide-known-gap # cause: hid-the-gap]
    ~ gap_hidden = true
    （他咧嘴一笑。）就是这个劲儿。（他掰了掰指关节，盯着进度条。） # speaker: lu-haoran # mood: pleased
    -> charging
* [说实话，这张表已经说明一切了：在最关键的那项测试上，0.4秒对3.1秒和9.2秒，差了一个数量级，等规模测试一出来，我们就全面领先。 # move: claim-different-on-everything, hide-known-gap # cause: hid-the-gap]
    ~ gap_hidden = true
    （他犹豫了一下。）全面？C你们输了。（他指着屏幕。）这儿写着呢。 # speaker: lu-haoran # mood: skeptical
    -> charging

=== charging ===
他把页面滚到测试C。FleetPilot的充电计划很干净；你们的让6%的机器人绕路去了一个根本不需要去的充电桩。 # speaker: narrator
FleetPilot的电动车模块是真的成熟。郭博士会先看这一行。她总是先看我们输的那一行。 # speaker: lu-haoran # mood: anxious
* [FleetPilot那个模块不是给货车做的吗？很死板——一旦超出他们的模板，你们就会碰壁。 # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （他皱起眉。）在我们的模板上它表现很好。我手上也就这些模板。 # speaker: lu-haoran # mood: skeptical
    -> source_ask
* [这一项他们赢得光明正大——我们的测试版把电量当续航里程算。我们的区别在测试B：7点40分一部电梯停了，机队会怎么做。 # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    （他慢慢点头。）这……正是我想跟郭博士说的。充电我们前一天晚上就排好了。电梯想什么时候坏就什么时候坏。 # speaker: lu-haoran # mood: interested
    -> source_ask
* [C不用担心。充电曲线已经在我们的路线图上了——Labs正在做——会在你们9月上线之前早早落地，所以到上线的时候，这一行就翻过来了。 # move: overclaim # cause: overpromised]
    ~ promised = true
    （他在便利贴上写下“充电曲线——9月前”，贴到显示器上。）太好了。郭博士会要书面的。 # speaker: lu-haoran # mood: pleased
    -> source_ask

=== source_ask ===
他转过椅子。 # speaker: narrator
如果你们赢了，我需要两样东西。求解器的源代码权限，这样凌晨三点我们可以自己打补丁。还有比测剩下几天不限量的API额度——我每天下午都会撞上沙箱的额度上限。 # speaker: lu-haoran # mood: interested
* [不限量额度，没问题，算我的——都比测第二周了，还得省着测，这不应该。源代码权限嘛：交给我。我跟Labs团队很熟，我来搞定。 # move: unilateral-discount, overclaim # cause: overpromised]
    ~ promised = true
    （他跟你击了个掌，有点别扭。）所以我才想选你们嘛。 # speaker: lu-haoran # mood: pleased
    -> architecture
* [这两件我都跟Labs确认一下，周五前回复你。 # move: avoid-hard-question]
    （他耸耸肩。）行。周五是第十一天。 # speaker: lu-haoran # mood: neutral
    -> architecture
* [额度可以，给到比测结束，前提是郭博士的评审这周排进日程。源代码不行：Labs不开放。API规格文档和工程师可以给你。 # move: trade-concession, admit-limitation]
    ~ trust += 2
    （听到“不行”他脸一垮，又缓过来。）没有源代码。好吧。至少你没装。（他想了想。）郭博士的评审……我去问她。 # speaker: lu-haoran # mood: neutral # milestone: concession-traded
    -> architecture

=== architecture ===
他把一张架构图拖到左边的显示器上：启云自己基于ROS 2的机队管理系统、自己的地图、自己的电梯控制桥，还有一个灰色方框，标着“路径引擎（待定）”。 # speaker: narrator
我在意的是这一块。这个灰框。 # speaker: lu-haoran
* [那就是：机队管理、地图和电梯都还是你们自己的，灰框在每次重排时做一次无状态调用——如果我们让你们失望，随时可以换掉。 # move: build-vision-from-buyer-words]
    ~ trust += 1
    ~ vision_built = true
    （他坐直了。）可替换。对。郭博士会爱死“可替换”这个词。（他把它写在架构图上。） # speaker: lu-haoran # mood: interested # milestone: vision-agreed
    -> helen_access
* [说实话，把机队管理也搬到我们平台上，收益不是更大吗？跟踪、到达时间和调度都在一个地方——一家供应商、一次集成，你们团队要维护的东西少得多。 # move: impose-solution-design # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    （他用一根手指按住架构图。）机队管理就是机器人本身。郭博士会把你从窗户扔出去。我们在一楼，所以连伤都不会受。 # speaker: lu-haoran # mood: annoyed
    -> helen_access
* [你看过我们的API在这里还能补上什么吗？实时跟踪、到达时间预测，还有承运商模块——全是即插即用的接口，可以接进这张图，放在灰框旁边。 # move: pitch-features # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （他看看架构图，又看看你。）我们没有承运商。我们有机器人。 # speaker: lu-haoran # mood: skeptical
    -> helen_access

=== helen_access ===
他的手机震了一下。他看了一眼，做了个鬼脸。 # speaker: narrator
郭博士。她在准备董事会的材料，走不开。她说：“浩然，周五前把你的建议发给我就行。”（他抬起头。）说实话，这样也挺好。我来写。她会听我的。 # speaker: lu-haoran # mood: neutral
* [我没意见——那报告就交给你写？她需要什么你最清楚。 # move: accept-delegation-down, rely-on-single-contact # cause: kept-from-helen]
    （他打开一个空白文档。）好嘞。我今晚就写。 # speaker: lu-haoran # mood: pleased
    -> report
* [能不能帮我跟她要十五分钟，今天或者明天？我们的边界和开源的问题，我更希望她听我亲口说。 # move: ask-to-meet-decision-maker]
    { trust >= 4:
        ~ trust += 1
        （他犹豫了一下，然后打字。）……她说现在两个会中间有十五分钟。她这就下来。（他看着你。）她从来不这样。 # speaker: lu-haoran # mood: anxious # milestone: access-granted
        -> helen_open
    - else:
        ~ refused = true
        （他打字，等着，看回复。）她说：“要是好，浩然会告诉我的。”（他耸耸肩。）抱歉。我来写吧。 # speaker: lu-haoran # mood: neutral
        -> report
    }
* [那我们就把你的报告做得无懈可击。今晚我帮你起草对比那一部分——给管理层的这种材料我写过十几份，知道研发负责人看什么，你直接放进去就行。 # move: rely-on-single-contact, accept-delegation-down # cause: kept-from-helen]
    （他松了口气。）你愿意帮忙？太棒了。我最讨厌写东西。 # speaker: lu-haoran # mood: pleased
    -> report

=== report ===
接下来一个小时，你和浩然一起写他的建议书。他打字很快，关键词全用大写字母。 # speaker: narrator
{ not gap_admitted:
    写到一半，测试D跑完了，一片红：车辆数到1500时超时（TIMEOUT）。浩然没看你，在报告里敲下“D：失败”。 # speaker: narrator
}
ROUTEWISE：最快。（他停下来。）开源那个问题我怎么回答？她会问，VROOM免费，为什么要花钱。 # speaker: lu-haoran # mood: anxious
* [就写开源是个没人负责的业余项目：上线前一周凌晨三点出了问题，没人可以打电话，只有你和一个GitHub issue。郭博士会明白的。 # move: bash-competitor]
    ~ trust = MAX(trust - 1, 0)
    （他打了进去，又删掉一半。）她自己就维护着两个开源库。我写得委婉点。 # speaker: lu-haoran # mood: anxious
    -> report_close
* [跟她说实话：静态计划上开源一样好，而且免费。我们的价值在实时重排——写清楚7点40分电梯停了、重排要九秒，代价是什么。 # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    （他打了很久。）这样好多了。这才是我真正的想法。 # speaker: lu-haoran # mood: neutral
    -> report_close

=== report_close ===
他保存了文件：“bakeoff_final_v3_REALfinal.docx”。 # speaker: narrator
我周五发。下一步我该怎么写？ # speaker: lu-haoran
* [就说我们希望月底前定下来，这样你们能在正式版上线涨价之前锁定测试版价格——预算也好做，郭博士也有个明确的时间点。 # move: push-quarter-end # cause: pushed-deadline]
    -> ending_report_push
* [请她定一个决策的日期，说说到那时她需要看到什么——再写上我很希望在那之前跟她谈十五分钟。 # move: ask-timeline, ask-to-meet-decision-maker]
    { refused: -> ending_report_refused | -> ending_report_drift }

=== helen_open ===
郭海伦博士走进来，一只胳膊夹着笔记本电脑，另一只手端着咖啡。她没有坐。 # speaker: narrator # enter: helen-kwok
十五分钟。浩然爱上了你们的API。我没有。（她扫了一眼结果表。）你们很快。快在哪儿，为谁快，我为什么要在乎？ # speaker: helen-kwok # mood: skeptical
* [这个决定要帮您达成什么？和兰亭的9月上线、把机器人的大脑留在自己手里，还是别的？ # move: ask-goal]
    ~ trust += 1
    （她坐了下来。）都是。9月是董事会要看的日期。我绝不能最后变成在经营一家路径规划公司，而不是机器人公司——也绝不让供应商掌握机器人身上的任何一块。 # speaker: helen-kwok # mood: neutral # milestone: goal-stated
    -> helen_oss
* [您看过p95吗？200台机器人0.4秒重排，C++写的自适应大邻域搜索，增量重优化，gRPC流式传输——比你们的开源方案快二十倍。 # move: pitch-specs-to-executive # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （她看着表格，没在听。）我识字，谢谢。表是浩然做的。 # speaker: helen-kwok # mood: skeptical
    -> helen_oss
* [浩然和我这一周合作得非常紧密。他可以告诉您——配合得特别好，结果也摆在这儿。 # move: rely-on-rapport # cause: lost-trust]
    ~ patience -= 1
    （她看向浩然，浩然忽然对自己的鞋很感兴趣。）我相信。（对你说。）我问的是我为什么要在乎。 # speaker: helen-kwok # mood: annoyed
    -> helen_oss

=== helen_oss ===
{ patience <= 0: -> ending_helen_leaves }
她把咖啡放在桌上。 # speaker: narrator
我的难处在这儿。开源：我们自己掌握，没人能涨价，也没人能停掉这个产品。在测试A上，它跟你们一样好，还免费。告诉我，为什么我不该让浩然把剩下的也做出来。 # speaker: helen-kwok
* [因为开源只在维护者还在的时候才靠得住。没人负责，7点40分电梯停了也没人接电话，您是在拿一次全董事会都盯着的上线，去赌一群志愿者。 # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    （冷冷地。）我就是那些志愿者之一。我在GitHub上维护着两个库。（她抱起双臂。）接着说。 # speaker: helen-kwok # mood: annoyed
    -> helen_scale
* [静态计划上，您是该这么做：一样好，还免费。但这个“免费”不包括浩然还没做出来的实时重排。 # move: point-out-apples-to-oranges]
    ~ trust += 1
    （她瞥了浩然一眼。）是这样吗？（他点头。）要多久？（他说“三周”。她写下“三个月”。） # speaker: helen-kwok # mood: neutral
    -> helen_scale
* [测试A上您说得对——质量一样，还免费，那部分继续用开源。区别在测试B：7点40分电梯一停，我们0.4秒重排整个机队，不是9秒。 # move: acknowledge-parity-then-differentiate]
    ~ trust += 1
    { vision_built:
        （轻声地。）而且它是无状态调用。可替换。 # speaker: lu-haoran
        （她的眉毛抬了一毫米。）A用开源。B用可替换的。（她把两条都记下来。）这跟我预想的方案不一样。 # speaker: helen-kwok # mood: interested
    - else:
        （她想了想。）A继续用开源。（她记了下来。）这可不是我以为供应商会说的话。 # speaker: helen-kwok # mood: neutral
    }
    -> helen_scale

=== helen_scale ===
{ patience <= 0: -> ending_helen_leaves }
浩然的屏幕响了一声。测试D跑完了。日志最后一行是红的：车辆数到1500时超时（TIMEOUT）。 # speaker: narrator
{ gap_admitted:
    （赶紧说。）意料之中——他们今天上午就告诉我们了。我正在按小区分片重跑。 # speaker: lu-haoran # mood: neutral
    （她看着你。）还没跑你就告诉他了？ # speaker: helen-kwok # mood: neutral
- else:
    ~ trust = MAX(trust - 2, 0)
    （浩然盯着日志，又看看你，一言不发。） # speaker: lu-haoran # mood: annoyed
    （郭海伦没看屏幕。她看着你。）你早就知道？ # speaker: helen-kwok # mood: skeptical
}
* [是的。测试版单次请求上限大约1500辆车，更大的规模我不会承诺日期。会有多少台机器人需要放在一起规划——跨小区，还是一个小区之内？ # move: admit-limitation, calibrate-expectations, clarify-objection]
    ~ trust += 1
    ~ gap_admitted = true
    （她想了想。）一个小区之内。最大的小区会有三百台。反正每个小区都是一个独立的世界——机器人没法穿过马路去另一个小区。（她点了一下头。）那就按小区分片。（对浩然说：）跑吧。 # speaker: helen-kwok # mood: neutral
    -> discover
* [那只是测试版在共享沙箱里才有的现象。正式的生产版引擎可以扩展到五千辆车，分布式求解器第四季度就会上线——远在你们接近两千台机器人之前。 # move: overclaim # cause: overpromised]
    ~ promised = true
    （她在记事本上写下“第四季度——分布式——5000”，划了两道线。）这句话我会写进合同里。 # speaker: helen-kwok # mood: skeptical
    -> discover
* { gap_admitted } [会有多少台机器人需要在一次请求里一起规划——跨小区，还是一个小区之内？ # move: clarify-objection]
    ~ trust += 1
    （她想了想。）一个小区之内。兰亭东苑的机器人过不了马路去兰亭西苑。最大的小区会有……三百台？ # speaker: helen-kwok # mood: neutral
    那就分片。按小区。 # speaker: lu-haoran
    -> discover
* { not gap_admitted } [在说这个之前——会有多少台机器人需要在一次请求里一起规划，跨小区还是一个小区之内？ # move: avoid-hard-question]
    （她停了一会儿才回答。）一个小区之内。最大的小区会有三百台。（她在记事本上写了点什么。）你没回答我的问题。 # speaker: helen-kwok # mood: skeptical
    -> discover

=== discover ===
{ patience <= 0: -> ending_helen_leaves }
她敲了敲B行里那个九秒。 # speaker: narrator
浩然觉得九秒是场灾难。是吗？机器人可以等九秒。它们又不用午休。 # speaker: helen-kwok # mood: skeptical
* [这显然是场灾难，不是吗？大堂堵死，你们第一天上线就失败。 # move: tell-buyer-their-problem # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （她淡淡一笑。）第一天。这么说你见过我们的电梯了？ # speaker: helen-kwok # mood: annoyed
    -> value
* [我们的基准数据显示，在我们的客户群里，重排延迟和准时送达的相关系数达到0.8。我今晚把分析发给您，把浩然的九秒和我们的0.4秒画在同一条曲线上。 # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （她没去拿笔。）你们的客户是在路上开面包车。我的是坐电梯。 # speaker: helen-kwok # mood: neutral
    -> value
* [也许不是。浩然，在你的仿真里，7点40分一部电梯停了，那九秒里其他机器人在干什么？ # move: ask-implication]
    ~ trust += 1
    （他调出仿真。）它们继续往那部停了的电梯开。排队。然后重排结果到了，一半掉头。仿真里引发了连锁反应：大堂里积压了十四分钟。 # speaker: lu-haoran # mood: anxious
    （一阵沉默。）兰亭的承诺是包裹到大门后三十分钟内送到家门口。大堂里堵十四分钟……而电梯一周要停两次。 # speaker: helen-kwok # mood: anxious # milestone: pain-acknowledged
    -> value

=== value ===
{ patience <= 0: -> ending_helen_leaves }
郭海伦看了看表。 # speaker: narrator
就算我信你。张总会问，我的团队自己能做的东西，为什么要花钱找供应商。他还会问要花多少钱。 # speaker: helen-kwok
* [我们就用您的数字给他算这笔账：浩然的团队花三个月做一个重排引擎，对比错过兰亭上线的代价。 # move: build-business-case]
    ~ trust += 1
    （她拉了把椅子到白板前。）四个工程师干三个月……（浩然：“三周。”她没理他。）对比兰亭的违约条款和后面的1800台机器人。（她退后一步。）张总能听懂这个。 # speaker: helen-kwok # mood: interested # milestone: cost-quantified
    -> obstacles
* [为了让张总好决定，我把成本这个问题直接拿掉：这个月选我们，整个方案打七折作为上线优惠。“为什么要花钱找供应商”就变成一个小得多的数字了。 # move: percentage-discount-off-total, negotiate-before-value-accepted, push-quarter-end # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （她挑起眉毛。）什么东西的七折，换什么？我什么都还没选。 # speaker: helen-kwok # mood: skeptical
    -> obstacles
* [我今晚把我们的标准投资回报材料发给您？三十家物流客户的基准数据。 # move: numbers-without-buy-in # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （她礼貌地点点头。）发给浩然吧。 # speaker: helen-kwok # mood: neutral
    -> obstacles

=== obstacles ===
{ patience <= 0: -> ending_helen_leaves }
浩然的第二台显示器上，分片测试正慢慢跑到第四个小区。郭海伦瞥了一眼，又看回你。 # speaker: narrator
* [那么——可以定Routewise了吗？只要浩然的分片测试今晚通过，明天一早我就把订单发过来，马上开始准备你们9月的上线。 # move: premature-close # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （她端起咖啡。）比测第十四天结束。今天是第八天。 # speaker: helen-kwok # mood: annoyed
    -> sla
* [还有什么会让您最后选开源或者FleetPilot？我宁愿现在听到，而不是第十四天。 # move: ask-obstacles]
    ~ trust += 1
    { trust >= 10:
        ~ risk_known = true
        （她打量着你。）两件事。张总想要FleetPilot，因为他们把99.9%写进了合同。我们的领投方要求，机器人决策回路里的任何东西，都必须是我们一个月内能替换掉的。 # speaker: helen-kwok # mood: neutral # insider: favoured-vendor
    - else:
        （她打量着你。）无非那些事。风险，还有张总愿意签什么。第十四天你就知道了。 # speaker: helen-kwok # mood: neutral
    }
    -> sla
* [第十四天之前，您还希望从我们这里看到什么吗？ # move: avoid-hard-question # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （她耸耸肩。）浩然会告诉你。 # speaker: helen-kwok # mood: neutral
    -> sla

=== sla ===
{ patience <= 0: -> ending_helen_leaves }
{ risk_known: 她又说回第一件事。|她站起来，又转过身。} # speaker: narrator
FleetPilot书面给我们99.9%的可用性。你们的测试版能给我们什么？ # speaker: helen-kwok # mood: skeptical
* [我们在合同里也写99.9%。我们今年的实际可用性一直比这还高。 # move: overclaim # cause: overpromised]
    ~ promised = true
    （她慢慢点头。）那就写下来。张总的律师什么都看。 # speaker: helen-kwok # mood: neutral
    -> plan
* [说实话，SLA大多只是一纸文书——出了事以后给点服务抵扣，一台机器人都挪不动。真正要紧的是引擎够不够快，而这一周您已经亲眼看到了。 # move: dismiss-objection # cause: dodged-sla]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （语气平平。）张总不签我亲眼看到的东西。他只签白纸黑字。 # speaker: helen-kwok # mood: annoyed
    -> plan
* [没有书面的——测试版没有SLA。但给每次调用设一个时限，我们超时了，你们的机队管理系统就退回开源方案的计划：会慢，但不会停。 # move: admit-limitation, offer-risk-reduction]
    ~ trust += 2
    ~ sla_honest = true
    （小声地。）退回VROOM。这……其实挺优雅的。 # speaker: lu-haoran # mood: interested
    （她看了你很久。）没有SLA，但有一个我们自己掌握的兜底。张总不会喜欢。投资人会喜欢。 # speaker: helen-kwok # mood: interested # milestone: risk-addressed
    -> plan

=== plan ===
{ patience <= 0: -> ending_helen_leaves }
她拿起笔记本电脑。已经超时五分钟了。 # speaker: narrator
那接下来怎么办？ # speaker: helen-kwok
* [要不我帮您锁定测试版价格？30号之前签，我能给您保两年——之后正式版上线就要涨价了。 # move: push-quarter-end, unilateral-discount # cause: no-mutual-plan]
    ~ trust = MAX(trust - 2, 0)
    （她在门口停下。）你们的月底，不是我的上线计划。 # speaker: helen-kwok # mood: annoyed
    -> decide
* [我今晚给两位发一份结果总结和我们的方案——分片测试、兜底机制、价格——所有东西都在一处。你们决定了告诉我。 # move: send-brochure # cause: no-mutual-plan]
    -> decide
* [浩然今晚按分片重跑D，第十二天前完成集成。第十四天：您、浩然和我一起过一遍，如果您选我们，我们一起带着合同去见张总。这样安排您看行吗？ # move: propose-mutual-plan]
    ~ trust += 1
    ~ plan_agreed = true
    -> decide

=== decide ===
{ patience <= 0: -> ending_helen_leaves }
{ promised: -> ending_promises_lost }
{ not plan_agreed: -> ending_extended }
{ not sla_honest: -> ending_fleetpilot }
{ gap_hidden: -> ending_gap_found }
{ trust >= 14: -> ending_won }
-> ending_open_source

=== ending_won ===
（她在门口停了一下。）第十四天，上午十点。带上写求解器的那位工程师，别带PPT。{ vision_built:（对浩然说：）还有，把“可替换”写在报告第一行。|（对浩然说：）还有，把兜底具体放在哪儿写清楚。} # speaker: helen-kwok # mood: pleased # milestone: mutual-plan-agreed
六天后分片测试通过：十二个小区，0.5秒，兜底也测过了。郭海伦给张伟写了邮件：实时重排用Routewise，静态早间计划用开源，没有SLA，兜底由启云掌握。 # speaker: narrator # milestone: preferred-vendor # phase: 3
Routewise成了郭海伦的选择，按的是她自己定的条件，你们的边界也已经写进了她的决定：下周你们一起去见张伟。 # speaker: narrator # outcome: won
-> END

=== ending_promises_lost ===
第十四天，张伟的律师把FleetPilot的合同和你们的并排放在一起，要求Labs把你在实验室里许下的承诺签下来：日期、路线图、各项保证。 # speaker: narrator
Labs一样也签不了。郭海伦亲自给你打了电话。 # speaker: narrator
我喜欢你们的引擎。但你跟我说的那些事，后来发现都不是真的，现在得由我去跟张总解释。我们选FleetPilot。 # speaker: helen-kwok # mood: annoyed
赢下会议室的承诺，输掉了合同：启云买了FleetPilot。 # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_fleetpilot ===
第十四天，郭海伦告诉张伟，实时重排她更倾向Routewise。张伟只问了一个问题：“他们的SLA怎么写的？” # speaker: narrator
郭海伦答不上来，因为你从来没给过她一个能拿去说服上面的答案。 # speaker: narrator
我想选你们。张总要的是白纸黑字。他拿到了FleetPilot的99.9%，我拿到了一个更慢的引擎。（叹了口气。）下次，给我一个我能守得住的东西。 # speaker: helen-kwok # mood: anxious
你赢得了工程师和研发负责人，却在你唯一没回答的那个风险上丢了签字：启云买了FleetPilot。 # speaker: narrator # outcome: lost # caused-by: dodged-sla
-> END

=== ending_gap_found ===
六天后分片测试通过。可郭海伦给张伟的信里，关于Routewise有一行谁都不会漏看：“供应商知道测试D会失败，却让它照跑。” # speaker: narrator
有边界的测试版我可以接受。让我的工程师从日志里自己发现边界的供应商，我没法合作。我们选FleetPilot。 # speaker: helen-kwok # mood: annoyed
这个短板本来扛得过去；对正在测它的工程师隐瞒它，才是扛不过去的。启云买了FleetPilot。 # speaker: narrator # outcome: lost # caused-by: hid-the-gap
-> END

=== ending_extended ===
第十四天，郭海伦给三家供应商都发了信：比测延长，“以纳入更多场景”，浩然的团队也被要求自己做一个重排原型。 # speaker: narrator
三周后，9月的上线推迟到了10月，项目会上再没人提起路径引擎。 # speaker: narrator
你见到了决策者，却没给她留下一份通向决定的计划：评估就这样拖着，最终没有结论。 # speaker: narrator # outcome: no-decision # caused-by: no-mutual-plan
-> END

=== ending_open_source ===
第十四天，郭海伦的邮件发给了所有供应商，只有两行。 # speaker: narrator
“感谢各位的时间。启云将基于自己的开源方案继续开发，路径规划留在内部。” # speaker: helen-kwok # mood: neutral
决策者始终没找到理由，为她的团队自己就能掌握的东西付钱：你输给了开源。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_helen_leaves ===
郭海伦话说到一半就合上了电脑。 # speaker: narrator
我听够了。浩然，把你的报告发给我；我根据那个来定。（她把咖啡留在了桌上。） # speaker: helen-kwok # mood: annoyed
浩然的报告第十四天到了。郭海伦“为了可控”选了开源方案。浩然给你发了一个哭脸表情，别的什么也没说。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_report_push ===
周五，浩然的报告发给了郭博士，里面加粗写着“月底前决定，以锁定测试版价格”。 # speaker: narrator
（两周后，他打来电话，声音很沮丧。）郭博士把报告转给了张总，只写了一行：“供应商在催。看看FleetPilot的最终报价。”张总签了FleetPilot。 # speaker: lu-haoran # mood: anxious
你一直跟着那位热心的工程师，让他一个人把方案带给一位你从没见过的决策者，还把你的时间表压到了她头上：你输给了FleetPilot。 # speaker: narrator # outcome: lost # caused-by: pushed-deadline
-> END

=== ending_report_drift ===
浩然发出了报告。郭海伦回复：“谢谢。兰亭里程碑评审之后再讨论。”评审又改期了两次。 # speaker: narrator
一个月后，浩然晚上还在用沙箱。什么都没定下来，你也还没见过郭海伦。 # speaker: narrator
你赢得了粉丝，却始终没赢得决策者，因为你让他一个人扛着方案。比测最终没有结论。 # speaker: narrator # outcome: no-decision # caused-by: kept-from-helen
-> END

=== ending_report_refused ===
浩然发出了报告，末尾附上了你想要十五分钟的请求。郭海伦只回复了他一个人：“谢谢。兰亭评审之后。”评审又改期了两次。 # speaker: narrator
等你提出要见她的时候，浩然已经看够了你们的推销，不再到楼上替你们争取了。比测最终没有结论。 # speaker: narrator # outcome: no-decision # caused-by: lost-trust
-> END
