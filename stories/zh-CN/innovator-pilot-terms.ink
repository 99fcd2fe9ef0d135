# id: innovator-pilot-terms
# title: “我们是你们的标杆客户”：Kitebox从试点到签约
# objective: 按标价签约,每一次让步都有回报
# phase: 3
# segment: innovators
# buyer: nadia-lin; 林娜; 创始人兼首席执行官，Kitebox; decision-maker; woman
# buyer: gu-ping; 顾平; 联合创始人兼首席财务官，Kitebox; financial-approver; man glasses
# minutes: 20
# difficulty: advanced
# version: 4
# setting: office
# brief: Kitebox在上海运营26个由机器人作业的前置仓，用电动车在二十分钟内配送冷藏生鲜，一直营业到凌晨一点。创始人林娜在一家大型地图公司做了六年路径规划，Routewise Labs的Beta一公布，她当周就报了名。为期八周、覆盖三个前置仓的试点——用Labs路径规划API做ETA预测加动态拼单——刚刚结束：准时兑现率从88%升到96%，骑手空闲时间减少19%，“我的订单到哪了？”的咨询减少41%。
# brief: 现在林娜想签一份两年、覆盖40个前置仓的合同（现有的26个，加上今年新开的14个）：按抢先体验版的目录价，每年约125万元。会前她的团队发来三个要求：抢先用上Labs的下一个Beta；ETA模型的源代码级访问权限；以及打五折，“因为我们是你们的标杆客户”。FleetPilot给出的是标准产品两年降35%。联合创始人兼首席财务官顾平负责签字；董事会周四审批。
# brief: 公司商务部允许你拿来交换的筹码有：免掉18万元的上线费；阶梯定价（14个新仓前六个月按试点价）；参与联合开发的客户可抢先用上下一个Beta；ETA模型第三方托管，万一Labs停掉这个产品就释放给客户。你不能给的：源代码、下一个Beta的任何日期，以及未经你们副总裁同意、超过目录价10%的折扣。还有一个Kitebox没问到的坏消息：抢先体验版的可用性目标是99.5%，除了最多10%的服务抵扣外没有任何罚则，而且支持服务只在09:00–21:00提供。可Kitebox有22%的订单是在21:00以后进来的。

VAR trust = 4
VAR patience = 2
VAR sla_disclosed = false
VAR gave_away = 0
VAR gets = 0
VAR promised = false
VAR plan_agreed = false
VAR case_study = false

-> pre_call

=== pre_call ===
周一晚上。你的手机响了：Kitebox的首席财务官顾平。你只见过他一次；试点启动会上，他一直在桌子底下看一张表格。 # speaker: narrator
简单说两句。林娜想这周就签。我今晚在做给董事会的模型。直接给我你们的最优价吧——降40%的话，我就轻松多了。 # speaker: gu-ping # mood: neutral
* [模型里要出现什么数字，董事会才会点头？ # move: ask-what-price-works # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    （他毫不犹豫。）降50%。你非要坚持的话，45%。我就填45%。 # speaker: gu-ping # mood: pleased
    -> opening
* [40%我做不到，但我明白——董事会今晚就要一个干净的数字。您就按两年总价降25%填，我明早跟我们这边打好招呼，让林总这周就能签。 # move: negotiate-with-non-decision-maker, percentage-discount-off-total # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    25%。（你听到敲键盘的声音。）开了个好头。我会跟林娜说你们很灵活。 # speaker: gu-ping # mood: pleased
    -> opening
* [今晚我把目录价和试点结果发给您做模型。条款我更希望明天跟您和林总一起定——除了二位，还有谁要签批？ # move: ask-decision-process, hold-price-with-value]
    ~ trust += 1
    （停顿。）林娜拍板，我签字，董事会周四审批。行，那就先按目录价。（淡淡地。）林娜说过你会这么说。 # speaker: gu-ping # mood: neutral
    -> opening

=== opening ===
周二。Kitebox的办公室就在一号前置仓楼上；楼下冷库的压缩机嗡嗡作响，整层楼都跟着震。林娜站在一张升降桌前，桌上铺满了骑手热力图。顾平坐在一旁，笔记本电脑开着。 # speaker: narrator # enter: nadia-lin
{ gave_away >= 1:
    顾平说你们已经在价格上松口了。很好。（她笑了笑。）那今天就快了。 # speaker: nadia-lin # mood: pleased
}
试点非常成功。签吧。我的三个要求你看过了：抢先用下一个Beta，ETA模型的源代码，打五折。我们是你们的标杆客户——上海每个做即时零售的创始人都会问，我们的路径规划是谁做的。 # speaker: nadia-lin # mood: interested
* [谈条款之前：试点给你们带来了什么变化？放到四十个仓，那值多少钱？ # move: ask-need-payoff]
    ~ trust += 1
    （她歪了歪头，然后把一张图表投到墙上的屏幕。）好吧。简单说：它改变了我们能向顾客承诺什么。 # speaker: nadia-lin # mood: neutral
    -> value_recap
* [我们非常希望Kitebox做标杆客户——说实话，你们正是我们最想放进PPT的那个logo。抢先体验和源代码，没问题，就当已经定了。折扣我也会去找我们副总裁，帮您争取到最好的。 # move: overclaim, unilateral-discount # cause: overpromised]
    ~ trust = MAX(trust - 1, 0)
    ~ gave_away = MIN(gave_away + 1, 2)
    ~ promised = true
    （他停下打字，抬起头。）源代码。白纸黑字？ # speaker: gu-ping # mood: interested
    （她笑得稍微有点过头了。）我喜欢。 # speaker: nadia-lin # mood: pleased
    -> value_recap
* [那我们这周就把它签了，细节边做边定？董事会周四开——来得及。 # move: premature-close # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （头也不抬。）我那45%，就藏在“细节”里。 # speaker: gu-ping # mood: skeptical
    -> value_recap

=== value_recap ===
林娜的图表：三个仓，八周。准时兑现率那条线从88%爬到96%，然后一直稳在那儿。 # speaker: narrator
二十分钟送达的承诺，一百单里兑现九十六单。放到四十个仓，这就是我们B轮融资的那页PPT。（她转过身。）所以，五折？ # speaker: nadia-lin # mood: interested
* [我们先把试点的数字放到四十个仓上算一遍——兑现的承诺、骑手工时、咨询量——这样顾总的模型就能看出它值多少。 # move: build-business-case]
    ~ trust += 1
    （他不由自主地打开了一个新标签页。）四十个仓，骑手空闲减少19%……光骑手工时一年就大约210万。还没算咨询。 # speaker: gu-ping # mood: interested # milestone: cost-quantified
    对比125万。（她耸耸肩。）行，值。但这不是重点。重点是标杆。 # speaker: nadia-lin # mood: neutral
    -> bad_news
* [对标杆客户，我们可以往您这边靠一靠：全线降30%，整个合同期都有效。 # move: percentage-discount-off-total, negotiate-before-value-accepted # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    （他敲下“30”，在下面画了一道线。）我想30%只是起点，不是封顶吧。 # speaker: gu-ping # mood: pleased
    （林娜没有反应。她在观察你。） # speaker: narrator
    -> bad_news
* [今晚我把我们标准的ROI计算器发过来，顾总可以直接放进董事会模型——用ETA预测Beta的客户，通常五个月内就能回本，这还没算标杆价值。 # move: numbers-without-buy-in]
    （耐心地。）我有我自己的数字。更好的数字。就来自你们的试点。 # speaker: nadia-lin # mood: neutral
    -> bad_news

=== bad_news ===
顾平把笔记本电脑转过来：一份合同草稿，Routewise标准的抢先体验版模板，除了价格，每一条都标成了绿色。 # speaker: narrator
法务对模板没意见。就差一个数字。 # speaker: gu-ping
* [很好——这就是我们标准的抢先体验版模板，试点用的也是这一份，所以法务其实每一条条款都已经看过了。不用再翻出来重谈：我们直接谈价格，今晚就帮您把董事会材料做完。 # move: hide-known-gap # cause: hid-night-gap]
    （他点点头，关掉了附件的标签页。）太好了。 # speaker: gu-ping # mood: pleased
    -> three_questions
* [从两位的角度看，还有什么可能让周四的签约卡住？ # move: ask-obstacles]
    ~ trust += 1
    价格。还有董事会会问夜间运营——去年有个跟踪服务商半夜宕机，我们丢了一整个周末。 # speaker: gu-ping # mood: neutral
    （林娜看着你，等着看你会不会接这个话。） # speaker: narrator
    -> three_questions
* [谈任何数字之前，你们得先知道附件里写了什么：可用性目标99.5%，服务抵扣最多10%，支持时间09:00–21:00。你们有五分之一的订单是九点以后来的。 # move: admit-limitation]
    ~ trust += 1
    ~ sla_disclosed = true
    （沉默。他翻到附件，找到了。）早九晚九。（对林娜：）你知道这个吗？ # speaker: gu-ping # mood: anxious
    （慢慢地。）不知道。（对你。）合同都摆在桌上了，你为什么偏偏这时候告诉我们？ # speaker: nadia-lin # mood: skeptical
    因为我不说，你们就会在凌晨一点自己撞上它。 # speaker: seller
    （她点了一下头。）好。这比折扣值钱。继续。 # speaker: nadia-lin # mood: neutral # milestone: risk-addressed
    -> three_questions

=== three_questions ===
{ patience <= 0: -> ending_walkout }
林娜第一次坐了下来。 # speaker: narrator
好。条款。从哪儿开始？ # speaker: nadia-lin # mood: neutral
* [三个问题。如果条款谈妥了，你们会选我们而不是FleetPilot吗？价格和你们那三个要求，就是全部的问题了吗？周四之后顾总能签字吗？ # move: ask-negotiation-preconditions]
    ~ trust += 1
    { trust >= 7:
        （她没看顾平就回答了。）是，你们是首选。FleetPilot那35%是筹码，这我不否认。（顿了一下。）是，就这些问题。 # speaker: nadia-lin # mood: neutral # milestone: preferred-vendor # insider: preferred-vendor
    - else:
        （她瞥了顾平一眼。）我们在跟你们谈。FleetPilot在跟我们谈。今天我只说到这儿。（顿了一下。）是，就这些问题。 # speaker: nadia-lin # mood: neutral
    }
    董事会周四批，我周五签。前提是数字站得住。 # speaker: gu-ping # mood: neutral
    -> showcase
* [从哪儿开始都行——在两位看来，什么样的价格算公道？ # move: ask-what-price-works # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    （立刻。）五折。我们说过了。 # speaker: gu-ping # mood: pleased
    -> showcase
* [五折确实是个大要求，不过标杆的逻辑我理解。我今晚把你们的五折带去找我们副总裁，看她能让到多接近——董事会材料发出去之前，我给顾总回电话。 # move: concede-silently # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （他写下“50%——待VP确认”。）这么说，五折是可以谈的。 # speaker: gu-ping # mood: pleased
    -> showcase

=== showcase ===
{ patience <= 0: -> ending_walkout }
林娜身子前倾。 # speaker: narrator
{ gave_away >= 1: 所以，你们已经在让了。干脆就落在五折，就叫标杆合作价。 | 五折。因为我们是你们的标杆客户。你们需要我们这样的logo，比我们需要折扣更迫切。 } # speaker: nadia-lin # mood: interested
* [有道理——你们冒险用了Beta，你们这样的logo对我们也确实有价值。那我们各让一步：总价降30%，作为标杆合作伙伴价，两年全期有效，这周就签。 # move: percentage-discount-off-total # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    （他敲了进去。）30%，合作伙伴价。那剩下的20%呢？ # speaker: gu-ping # mood: pleased
    -> early_access
* [价格反映的是试点证明的东西：兑现的承诺、骑手工时、更少的咨询。我宁可守住价格，谈谈这个标杆对我们双方各值多少。 # move: hold-price-with-value]
    { trust >= 7:
        ~ trust += 1
        （她似笑非笑。）看来顾平那张表你听进去了。行。那标杆值多少？ # speaker: nadia-lin # mood: neutral
    - else:
        （她皱起眉。）试点证明了什么，是我的事。你们的价格是多少，是你的事。再来。 # speaker: nadia-lin # mood: skeptical
    }
    -> early_access
* [那我们就把标杆做实：用你们的数字发布一篇案例，每季度两次参考客户电话，再加三年的合同期。这几样给我，我们再谈条款。 # move: ask-two-gets, trade-concession]
    ~ trust += 1
    ~ gets = MIN(gets + 1, 2)
    （她眨了眨眼。）你是要我们真的去当标杆。（她瞥了顾平一眼。）三年……董事会喜欢价格好的长合同。案例——也许。我得先看看。 # speaker: nadia-lin # mood: interested
    -> early_access

=== early_access ===
{ patience <= 0: -> ending_walkout }
第一个要求。抢先用Labs的下一个Beta——多仓拼单。我的工程师恨不得昨天就用上。 # speaker: nadia-lin # mood: interested
* [可以，前提是联合开发：你们的工程师每两周参加一次Labs研讨，并提供脱敏的拼单数据。另外说实话，日期我给不了。 # move: trade-concession, calibrate-expectations]
    ~ trust += 1
    ~ gets = MIN(gets + 1, 2)
    （她考虑了一下。）每两周一次。我的工程师会把你们的工程师生吞活剥。（咧嘴一笑。）成交。没有日期——也行。供应商给的日期，就是穿了西装的瞎猜。 # speaker: nadia-lin # mood: pleased # milestone: concession-traded
    -> source_ask
* [没问题——抢先体验给你们，不附任何条件；这是你们用那次试点挣来的。多仓拼单第三季度上线，旺季之前你们的工程师早就用上了。 # move: unilateral-discount, overclaim # cause: overpromised]
    ~ gave_away = MIN(gave_away + 1, 2)
    ~ promised = true
    （她在热力图上写下“Q3”。）第三季度。我去告诉董事会。 # speaker: nadia-lin # mood: pleased
    -> source_ask
* [抢先体验恐怕没法放进商业合同——那是另一个单独的项目。 # move: dismiss-objection # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    （她盯着你。）那是三个要求里最容易的一个。 # speaker: nadia-lin # mood: annoyed
    -> source_ask

=== source_ask ===
{ patience <= 0: -> ending_walkout }
第二个要求。ETA模型的源代码级访问权限。没得商量。 # speaker: nadia-lin # mood: skeptical
* [源代码谁都拿不到，这是公司政策。说实话，您会把Kitebox的路径规划代码交给客户吗？对供应商提这种要求，不太合理。 # move: dismiss-objection # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （冷冷地。）“不合理”这几个字，我在供应商的邮件里见多了。意思通常是“我们还没想过”。 # speaker: nadia-lin # mood: annoyed
    -> source_answer
* [拿到源代码，能让你们做到哪些现在做不到的事？ # move: clarify-objection]
    ~ trust += 1
    （她认真想了想。）两件事。要是Labs被砍掉，Kitebox就跟着完蛋——我亲眼见过大公司在某个周五把Beta说关就关。还有，你们的ETA错了的时候，我想知道为什么，而不是去提个工单。 # speaker: nadia-lin # mood: neutral
    -> source_answer
* [这个交给我——源代码访问权限我来搞定。像Kitebox这样的标杆，法务会想办法的。 # move: overclaim # cause: overpromised]
    ~ promised = true
    （他写下“源代码——已确认”。）太好了。 # speaker: gu-ping # mood: pleased
    -> source_answer

=== source_answer ===
{ patience <= 0: -> ending_walkout }
林娜抱着双臂，等你把话说完。 # speaker: narrator
* [源代码不是我能给的。我可以提供模型托管，万一Labs哪天不做了就释放给你们，再加一个能解释每个ETA的API。您来选。 # move: admit-limitation, offer-options]
    ~ trust += 2
    （林娜看向顾平。顾平耸耸肩：她说了算。）托管管的是会不会死。解释管的是其余的。（停顿。）如果标杆能换来这两样，我两样都要。 # speaker: nadia-lin # mood: interested
    -> sla_push
* [源代码不行——这件事我确实做不了主，抱歉。但我不想让你们最难的这个要求落空，所以作为补偿，我在其他所有优惠之外再加10%的折扣。 # move: unilateral-discount # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    （喜出望外。）再加10%。记下了。 # speaker: gu-ping # mood: pleased
    （语气平平。）我没有要拿钱换源代码。我要的是别死掉。 # speaker: nadia-lin # mood: skeptical
    -> sla_push

=== sla_push ===
{ patience <= 0: -> ending_walkout }
顾平清了清嗓子。 # speaker: narrator
{ sla_disclosed:
    回到夜间的问题。五分之一的订单在九点以后，支持却是早九晚九，董事会那关过不去。我要99.9%，全天候，带罚则。 # speaker: gu-ping # mood: skeptical
- else:
    最后一个法务问题。董事会会要求99.9%的可用性，全天候，带罚则。我想这在你们模板里是标准条款吧？ # speaker: gu-ping # mood: neutral
}
* {sla_disclosed} [（什么也不说，记一笔，接着往下谈。） # move: concede-silently # cause: overpromised]
    ~ promised = true
    （他敲下“99.9，7×24——已同意”。） # speaker: gu-ping # mood: pleased
    -> apples
* {not sla_disclosed} [（什么也不说，记一笔，接着往下谈。） # move: concede-silently, hide-known-gap # cause: hid-night-gap]
    ~ promised = true
    （他敲下“99.9，7×24——已同意”。） # speaker: gu-ping # mood: pleased
    -> apples
* {sla_disclosed} [我们可以把全天候99.9%写进合同。整个试点期间Beta一直很稳——你们自己的看板就能看到——所以我愿意白纸黑字写下来，罚则也算上。 # move: overclaim # cause: overpromised]
    ~ promised = true
    （他敲下“99.9，7×24，含罚则”。）好。 # speaker: gu-ping # mood: pleased
    -> apples
* {not sla_disclosed} [我们可以把全天候99.9%写进合同。整个试点期间Beta一直很稳——你们自己的看板就能看到——所以我愿意白纸黑字写下来，罚则也算上。 # move: overclaim, hide-known-gap # cause: hid-night-gap]
    ~ promised = true
    （他敲下“99.9，7×24，含罚则”。）好。 # speaker: gu-ping # mood: pleased
    -> apples
* [Beta我签不了99.9%。有两个选项：调用失败时回退到上一版有效的计划，这样夜里只是变慢，不会停摆；或者夜间用我们正式版的路径规划，配7×24支持，但没有ETA预测。 # move: calibrate-expectations, offer-options]
    ~ trust += 1
    { not sla_disclosed:
        ~ sla_disclosed = true
        （他停住了。）“Beta”。支持时间呢？（你告诉他：早九晚九。）你本来打算什么时候说这个？ # speaker: gu-ping # mood: annoyed
        ~ trust = MAX(trust - 1, 0)
    }
    （边想边说。）回退到上一版计划……我们丢掉的是几分钟的预测，不是骑手。（对顾平：）我能接受。董事会能吗？ # speaker: nadia-lin # mood: neutral # milestone: risk-addressed
    前提是合同里把它写成一种设计，而不是一个承诺。 # speaker: gu-ping
    -> apples

=== apples ===
{ patience <= 0: -> ending_walkout }
顾平调出第二份文件：FleetPilot的报价，连信头都有。 # speaker: narrator
FleetPilot：降35%，两年，99.9%带罚则。该你了。 # speaker: gu-ping # mood: skeptical
* [FleetPilot的ETA是上一代的——会让你们直接退回88%。你们是花更少的钱，买更差的产品。 # move: bash-competitor # cause: lost-trust]
    ~ trust = MAX(trust - 1, 0)
    ~ patience -= 1
    （语气尖锐。）什么是上一代，我自己判断。我以前就是做他们竞争对手的。 # speaker: nadia-lin # mood: annoyed
    -> conditional_offer
* [他们的35%是标准产品的折扣，99.9%覆盖的是跟踪——不包括撑起你们96%的ETA预测和拼单。拿它跟那96%值多少钱比一比。 # move: point-out-apples-to-oranges, hold-price-with-value]
    ~ trust += 1
    （他又读了一遍他们的报价，这次慢了些。）……他们的SLA写的是“平台可用性”。就是跟踪。（对林娜：）没错，不包括ETA。 # speaker: gu-ping # mood: neutral
    -> conditional_offer
* [那我们就跟他们一样：两年降35%。你们用的是更好的产品，不该反而多付钱；我宁可少赚点利润，也不想丢掉帮我们把试点做成功的这个客户。 # move: percentage-discount-off-total # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    （他第一次笑了。）35%。有进展了。 # speaker: gu-ping # mood: pleased
    -> conditional_offer

=== conditional_offer ===
{ patience <= 0: -> ending_walkout }
林娜看了看钟。董事会材料今晚就得交。 # speaker: narrator
那你报个价吧。一口价。 # speaker: nadia-lin # mood: neutral
* [案例、每季度两次参考电话、三年、联合开发。换来的是：抢先体验、模型托管、免上线费、新仓前六个月按试点价。周五签？ # move: trade-concession, close-when-ready]
    ~ gets = MIN(gets + 1, 2)
    { gets >= 2:
        ~ trust += 2
        （他已经在算了。）上线费，18万。阶梯价……大约40万。没有百分比折扣，但都是真金白银。（他看着林娜。）而且按目录价签三年，这个数字董事会喜欢。 # speaker: gu-ping # mood: neutral
        案例是最难的部分。我们的投资人不太喜欢我们把运营摊开给人看。 # speaker: nadia-lin # mood: anxious
    - else:
        ~ trust += 1
        （他对着那张清单皱起眉。）对一家还没点头的公司来说，这条件也太多了。 # speaker: gu-ping # mood: skeptical
        而且案例是最难的部分。我们的投资人不太喜欢我们把运营摊开给人看。 # speaker: nadia-lin # mood: anxious
    }
    -> pushback
* [你们要看到什么才能今天签？说出来，我带去找我们副总裁。 # move: ask-what-price-works # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    （毫不犹豫。）降40%，源代码，99.9，抢先体验。跟今天上午一样。 # speaker: gu-ping # mood: pleased
    -> regret
* [一口价，而且是实打实的：总价降30%，含抢先体验和模型托管，这周签约。对标杆客户，这已经是我能做到的极限了——我们副总裁会肉疼，但我来扛。 # move: percentage-discount-off-total, unilateral-discount # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    “我能做到的极限”，意思通常是“第一轮报价”。 # speaker: gu-ping # mood: pleased
    -> regret

=== pushback ===
{ patience <= 0: -> ending_walkout }
林娜抱起双臂。 # speaker: narrator
不要案例。投资人不会同意。把它拿掉，换成20%的折扣就行——皆大欢喜。 # speaker: nadia-lin # mood: skeptical
* [行——20%，不要案例。就这么定了。 # move: unilateral-discount, percentage-discount-off-total # cause: soft-on-price]
    ~ gave_away = MIN(gave_away + 1, 2)
    （林娜点点头，顾平却眯起了眼睛：20%来得这么容易，那还有什么会来得容易？） # speaker: narrator
    -> regret
* [我很想帮您把这事办成，但时间上我得跟您直说：董事会周四开，试点价月底到期。如果今天谈不拢，这些我一样都保不住。 # move: pressure-buyer, push-quarter-end # cause: no-trade]
    ~ trust = MAX(trust - 2, 0)
    ~ patience -= 1
    （声音很轻。）别来这套。你那边的位子，我也坐过。 # speaker: nadia-lin # mood: annoyed
    -> regret
* [那阶梯定价也得拿掉——它是用案例换的。一篇脱敏的案例，不写仓名，就能把它换回来。您决定。 # move: withdraw-concession, trade-concession]
    ~ trust += 1
    ~ case_study = true
    ~ gets = MIN(gets + 1, 2)
    （长时间的沉默。然后她笑了。）你是第一个把东西收回去的供应商。（对顾平：）脱敏的？ # speaker: nadia-lin # mood: interested
    脱敏的，投资人能接受。 # speaker: gu-ping # mood: neutral # milestone: concession-traded
    -> regret

=== regret ===
{ patience <= 0: -> ending_walkout }
林娜走到窗边。楼下，两个骑手正冒着雨把冷藏箱装上电动车。 # speaker: narrator
最后一个问题，也是真正的问题。我要把我们B轮的那页PPT押在一个Beta上。要是一年后你们的Labs产品线被砍了怎么办？要是我错了呢？ # speaker: nadia-lin # mood: anxious
* [您现在也了解我了。Kitebox这边我亲自盯着——我向您保证。 # move: rely-on-rapport]
    （她转过身，似笑非笑。）你的保证很好听。可你的保证每三年就换一次工作。 # speaker: nadia-lin # mood: neutral
    -> close
* [Labs是我们CEO亲自抓的重点——上一次投资者开放日的头条就是它，明年的研发预算也主要投在那儿。它哪儿也不会去。我愿意拿我的职业生涯担保。 # move: overclaim # cause: overpromised]
    ~ promised = true
    （她多看了你一会儿。）当年也有人拿职业生涯给Google Reader担保。 # speaker: nadia-lin # mood: skeptical
    -> close
* [问得好。三件事：Labs一旦停掉，启用托管；第一年后如果我们达不到你们在试点中做到的准时兑现率，你们可以退出；再请您和我们另一位Labs客户的创始人通个电话，他当初也问过同样的问题。 # move: offer-risk-reduction, calibrate-expectations]
    ~ trust += 1
    （她回到桌边。）和我们自己的数字挂钩的退出条款。（她写下“96%”，圈了起来。）这个我能放上董事会的PPT。 # speaker: nadia-lin # mood: interested # milestone: risk-addressed
    -> close

=== close ===
{ patience <= 0: -> ending_walkout }
顾平把笔记本电脑合上了一半。 # speaker: narrator
董事会材料八点发出。“下一步”那一栏我写什么？ # speaker: gu-ping
* [为什么不写“已签约”？林总想要，试点也证明了，条款都在桌上。我们今天就签，赶在董事会之前，这样周四就是板上钉钉的事，你们的工程师周一就能开工。 # move: premature-close # cause: no-plan]
    ~ trust = MAX(trust - 1, 0)
    （淡淡地。）董事会存在的意义，就是不让事情在周四之前就板上钉钉。 # speaker: nadia-lin # mood: skeptical
    -> decide
* [今晚出条款清单；周四董事会；周五签字；1号在14个新仓启动；第九十天前出案例初稿；两周后第一次Labs研讨。这样可以吗？ # move: propose-mutual-plan]
    ~ trust += 1
    ~ plan_agreed = true
    -> decide
* [写“最终条款随后提供”。我们这边把所有审批都走完，下周发给您。 # C12-2 # why: 给董事会的是供应商自己的作业，而不是买方的步骤和日期；没有共同计划，赢下的试点也会搁浅。 # cause: no-plan]
    -> decide

=== decide ===
{ patience <= 0: -> ending_walkout }
{ not sla_disclosed: -> ending_night_clause }
{ promised: -> ending_promises }
{ gave_away >= 1: -> ending_squeezed }
{ not plan_agreed || not case_study: -> ending_board_drift }
{ trust >= 12 && gets >= 2: -> ending_won }
{ trust >= 10: -> ending_board_drift }
-> ending_fleetpilot

=== ending_won ===
（他一字不差地敲了进去。）今晚出条款，周四董事会，周五我签。（他抬起头。）目录价，三年，每一样都有东西换。董事会会讨厌它合理得挑不出毛病。 # speaker: gu-ping # mood: pleased # milestone: mutual-plan-agreed
（她和你握手。）脱敏案例，每季度两次电话，我的工程师每两周去你们Labs一次。你们拿到了标杆。我们拿到了一个会说“不”的供应商。 # speaker: nadia-lin # mood: pleased
周五16:40：签好的合同发回来了。没有百分比折扣，夜间的限制作为一种设计写进了合同，每一项让步都换到了东西。 # speaker: narrator # outcome: won
-> END

=== ending_promises ===
周四上午，Routewise法务读到顾平“按会上约定”发回的条款：你在那间会议室里许下的承诺，都被写成了一条条条款。 # speaker: narrator
法务把它们一条一条划掉。顾平把改过的草稿转给林娜，一个字的评论都没有。 # speaker: narrator
你说的都是我想听的。现在我得去告诉董事会，那些都不是真的。（停顿。）FleetPilot至少会签他们说出口的东西。 # speaker: nadia-lin # mood: annoyed
兑现不了的承诺，把一次赢下的试点变成了一份输掉的合同：Kitebox和FleetPilot签了约。 # speaker: narrator # outcome: lost # caused-by: overpromised
-> END

=== ending_night_clause ===
周五凌晨01:12。一次API超时，让十二名骑手有九分钟拿不到拼单。Kitebox的值班工程师打给Routewise支持，听到的是一段录音：服务时间为09:00至21:00。 # speaker: narrator
周六中午前，顾平在试点协议里找到了那份附件。林娜亲自给你打了电话。 # speaker: narrator
你知道。你坐在我的桌边，听着我们谈夜里的运营，你明明知道。（你还没来得及回答，她就挂了电话。） # speaker: nadia-lin # mood: annoyed
你没有早早带来的坏消息，在凌晨一点自己来了：董事会撤回了合同，Kitebox转投FleetPilot。 # speaker: narrator # outcome: lost # caused-by: hid-night-gap
-> END

=== ending_squeezed ===
（周四的董事会开了很久。会后他发来一段话。）董事会注意到Routewise在价格上似乎很愿意让步，请你们给出最终的最终报价。另外，我们也还在等FleetPilot的报价。 # speaker: gu-ping # mood: neutral
你白白给出的每一个让步、你让他们开出的每一个数字，都成了下一轮讨价还价的起点。又来回发了三周邮件，这单还是“在董事会那儿”。 # speaker: narrator
你让价格变成了谈判的全部，却没换来一个签字：这份合同最终不了了之。 # speaker: narrator # outcome: no-decision # caused-by: soft-on-price
-> END

=== ending_board_drift ===
{ not plan_agreed:
    顾平的董事会材料发出去了，“下一步”一栏里没有任何董事会可以核对的东西：没有买方的步骤，没有日期。董事会要求再等一个月，“先看看14个新仓开起来再说”。 # speaker: narrator
- else:
    顾平的董事会材料发出去了，还留着一个没回答的问题：Kitebox到底拿什么、换什么。董事会要求再等一个月，“先看看14个新仓开起来再说”。 # speaker: narrator
}
（林娜发来一条消息。）还是想用你们。董事会要时间。夏天再聊吧。 # speaker: nadia-lin # mood: neutral
{
- not plan_agreed:
    没有一份董事会能按日期逐项跟进的计划，赢下的试点就这样滑向了不了了之。 # speaker: narrator # outcome: no-decision # caused-by: no-plan
- not case_study:
    没有一套董事会能逐项看清“给什么、换什么”的条款，赢下的试点就这样滑向了不了了之。 # speaker: narrator # outcome: no-decision # caused-by: no-trade
- else:
    没有一个它信得过、能把“给什么、换什么”和每个日期都跟到底的销售，董事会就让赢下的试点滑向了不了了之。 # speaker: narrator # outcome: no-decision # caused-by: lost-trust
}
-> END

=== ending_fleetpilot ===
周四，董事会比较了两份报价：FleetPilot的，简单，已签好；你们的，还悬着。 # speaker: narrator
我想要Labs。但你们的条款我在董事会面前守不住，我们谈到这一步的方式，我也信不过。 # speaker: nadia-lin # mood: anxious
Kitebox接受了FleetPilot的35%。你们的试点，成了他们讲“我们为什么尝试过新东西”的案例。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END

=== ending_walkout ===
林娜站了起来。 # speaker: narrator
我看今天就到这儿吧。顾平，把FleetPilot的方案发给董事会。（对你，语气并不重。）等你想做合作伙伴、而不只是供应商的时候，再来。 # speaker: nadia-lin # mood: annoyed
会议结束了：试点赢了，合同丢了。 # speaker: narrator # outcome: lost # caused-by: lost-trust
-> END
