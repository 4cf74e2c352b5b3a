import type { SignalKind } from './types';
import { en, zh, type Rule } from './patterns';

/**
 * Explained signals: each rule has a machine-stable label and zh + en patterns.
 * Chinese patterns are folded to one script before matching, so one pattern covers
 * Traditional and Simplified text. Phrasing follows the source articles and real
 * fan-page and review language (see docs/detect.md for the list and examples).
 */
type Kind = Exclude<SignalKind, 'personal_data'>;

export const SIGNAL_RULES: readonly Rule<Kind>[] = [
  // --- demands for refund / compensation / free items --------------------------------
  zh('refund_demand', 'refund', '退款|退費|退钱|退錢|全額退|退回.{0,3}(?:款|錢)|還錢|还钱|把錢還|錢退|給我退|给我退'),
  zh('refund_demand', 'compensation', '賠償|赔偿|補償|补偿|賠錢|赔钱|索賠|索赔|賠我|赔我|給個交代|给个说法|給個說法'),
  zh('refund_demand', 'return-exchange', '退貨|退货|換貨|换货|退換|退换|重新寄|重寄|補寄|补寄|重送'),
  zh('refund_demand', 'free-item', '免費(?:送|補|給|再)|送.{0,2}(?:折價券|優惠券|折扣碼|代金券)|免單|免单'),
  en(
    'refund_demand',
    'refund',
    String.raw`\brefund(?:ed|s)?\b|\bmoney back\b|\breturn my money\b|\bgive (?:me )?(?:my|back my) money\b|\breimburs\w*`,
  ),
  en('refund_demand', 'compensation', String.raw`\bcompensat\w*|\bmake (?:this|it) right\b|\bmake up for\b`),
  en(
    'refund_demand',
    'return-exchange',
    String.raw`\breplacement\b|\bexchange (?:it|this|the)\b|\bsend (?:me )?(?:a )?new one\b|\breship\w*`,
  ),
  en(
    'refund_demand',
    'free-item',
    String.raw`\bfree (?:replacement|item|meal|product|month|upgrade)\b|\bvoucher\b|\bstore credit\b`,
  ),

  // --- escalation threats ---------------------------------------------------------
  zh(
    'escalation',
    'consumer-protection',
    '消保官|消保處|消保会|消基會|消費者保護|消费者保护|消協|消协|消費者協會|消费者协会|(?<!\\d)1950(?!\\d)|(?<!\\d)12315(?!\\d)|市場監管|市场监管|工商局|公平會|行政院',
  ),
  zh(
    'escalation',
    'legal',
    '(?:找|請|请|委託|委托|我的|叫)律[師师]|律[師师]函|提告|告你|告死|告到|起訴|起诉|(?:上|告上|法院見)法院|法院見|法院见|法律途徑|法律途径|法律責任|法律责任|存證信函|存证信函|報警|报警|報案|报案|(?:叫|找)警察',
  ),
  zh(
    'escalation',
    'media',
    '(?:找|告訴|告诉|給|给|投訴|投诉|聯絡|联系|上|交給|交给)(?:媒體|媒体|記者|记者|新聞|新闻|電視台|电视台)|爆料|公審|公审|上新聞|上新闻|投書|投书',
  ),
  zh(
    'escalation',
    'public-exposure',
    '靠北|爆廢|po(?:上|到|網|出來)|PO(?:上|到|網)|發文|发文|公開這件事|公开这件事|(?:我要|我會|我会|我就|就要|上網|上网|幫你們|帮你们|把你們|把你们|去)曝光|曝光(?:你們|你们|這件事|这件事|這家|这家|此事|出來|出来)|讓大家知道|让大家知道|告訴大家|ptt|dcard|臉書社團|微博|小紅書|小红书|大眾點評|大众点评',
  ),
  zh('escalation', 'bad-review', '(?:給|给|留|打)(?:你們)?(?:一星|負評|负评|差評|差评)|一星負評'),
  zh('escalation', 'complaint-filing', '投訴|投诉|客訴|客诉|申訴|申诉|檢舉|检举|舉報|举报'),
  en(
    'escalation',
    'consumer-protection',
    String.raw`\b(?:bbb|better business bureau|ftc|attorney general|consumer (?:protection|affairs|rights)|trading standards|ombudsman)\b`,
  ),
  en(
    'escalation',
    'legal',
    String.raw`\b(?:my|a|call(?:ing)? (?:my|a)|contact(?:ing)? (?:my|a)) (?:lawyer|attorney)\b|\b(?:sue|suing)\b|\blawsuit\b|\blegal action\b|\bsmall claims\b|\b(?:see you|take you) (?:in|to) court\b|\bcall(?:ing)? the police\b`,
  ),
  en(
    'escalation',
    'chargeback',
    String.raw`\bcharge ?back\b|\bdispute (?:the |this |a )?(?:charge|transaction)\b|\bcontact(?:ing)? my bank\b`,
  ),
  en(
    'escalation',
    'media',
    String.raw`\b(?:contact(?:ing)?|call(?:ing)?|tell(?:ing)?|go(?:ing)? to|email(?:ing)?) (?:the )?(?:media|news|press|local news|reporters?|journalists?)\b`,
  ),
  en(
    'escalation',
    'public-exposure',
    String.raw`\bgo(?:ing)? public\b|\btell (?:everyone|all my friends|everybody)\b|\bsocial media\b|\bgo viral\b|\bexpose\b`,
  ),
  en(
    'escalation',
    'bad-review',
    String.raw`\b(?:one|1)[- ]star\b|\b(?:bad|negative|terrible) review\b|\bleave (?:a )?review\b`,
  ),
  en(
    'escalation',
    'complaint-filing',
    String.raw`\b(?:file|filing|lodge|make) (?:a |an )?(?:formal )?complaint\b|\breport(?:ing)? (?:you|this|them)\b`,
  ),

  // --- repetition ---------------------------------------------------------------
  zh(
    'repetition',
    'nth-time',
    // A repeated complaint, not "the second time I ask how to…" (才問第二次) or a second purchase.
    '(?:已經|已经|這是|这是|又|都)(?:是)?第[二三四五六七八九十兩两幾几0-9]{1,3}次|(?<!才|才問|才问|回購|回购|回訪|回访|光顧|光顾)第[二三四五六七八九十兩两幾几0-9]{1,3}次(?:了|反映|反應|反应|投訴|投诉|客訴|客诉|詢問|询问|聯絡|联系|來信|来信|寫信|写信|發生|发生|出現|出现|遇到|送錯|送错|寄錯|寄错)|好幾次|好几次|屢次|屡次|三番兩次|三番两次|一再',
  ),
  zh(
    'repetition',
    'still-not',
    '還是(?:沒|没|不|一樣|一样)|还是(?:没|不|一样)|仍然(?:沒|没|不)|依然(?:沒|没|不)|到現在(?:還|都)|到现在(?:还|都)|始終|始终|至今',
  ),
  zh('repetition', 'again', '又(?:是|來|再|一次|出|壞|錯|沒|遲|送|寄|少|漏|被)|每次都|一直(?:沒|不|都|在|等)'),
  en(
    'repetition',
    'nth-time',
    String.raw`\b(?:second|third|fourth|fifth|2nd|3rd|4th|5th|\d+th) time\b|\b(?:multiple|several|many|countless|numerous) times\b|\bevery (?:single )?time\b|\btimes now\b`,
  ),
  en(
    'repetition',
    'still-not',
    String.raw`\bstill (?:not|no|nothing|waiting|broken|haven'?t|hasn'?t|have not|has not|didn'?t|don'?t|can'?t|unable|no sign)\b|\bstill\b(?=[^.!?]{0,30}\b(?:not|no|never)\b)`,
  ),
  en(
    'repetition',
    'again',
    // "never again", "I'll buy again": not a repeated complaint.
    String.raw`(?<!\b(?:never|ever|buy|order|come|visit|shop|go|eat|stay|fly|back|definitely|will|would)\s)\bagain\b|\byet again\b|\bkeeps? (?:happening|breaking|failing|crashing|getting)\b|\bfor (?:weeks|months|days) now\b`,
  ),

  // --- urgency ------------------------------------------------------------------
  zh('urgency', 'urgent', '馬上|立刻|立即|盡快|趕快|緊急|急用|十萬火急|快點|速速|今天(?:內|之內|就要|一定)'),
  en(
    'urgency',
    'urgent',
    String.raw`\basap\b|\burgent(?:ly)?\b|\bimmediately\b|\bright (?:now|away)\b|\bas soon as possible\b|\bemergency\b`,
  ),

  // --- insults and profanity ------------------------------------------------------
  zh(
    'insult',
    'insult',
    '垃圾|騙子|骗子|詐騙|诈骗|黑心|無恥|无耻|白癡|白痴|智障|腦殘|脑残|廢物|废物|去死|混蛋|王八|奸商|可恥|可耻|坑人|坑爹|吃屎|狗屁|爛店|烂店|什麼爛|爛透|烂透|噁心|恶心|智商',
  ),
  zh('insult', 'profanity', '他媽|媽的|幹你|干你|操你|靠腰|機掰|鸡巴|傻逼|傻b|sb(?![a-z])|tmd|尼瑪|臥槽'),
  en(
    'insult',
    'insult',
    String.raw`\b(?:scam(?:mers?)?|fraud(?:sters?)?|crooks?|idiots?|stupid|morons?|incompetent|useless|pathetic|disgusting|ridiculous|garbage|trash|liars?|thie(?:f|ves)|clowns?|joke of a)\b`,
  ),
  en(
    'insult',
    'profanity',
    String.raw`\b(?:wtf|f+u+c+k\w*|fck\w*|sh[i1]t\w*|crap|damn|bullshit|bs|hell|screw you|sucks?)\b`,
  ),

  // --- health and safety ------------------------------------------------------------
  zh(
    'health_safety',
    'food-poisoning',
    '食物中毒|中毒|拉肚子|腹瀉|腹泻|嘔吐|呕吐|上吐下瀉|上吐下泻|吃完.{0,6}(?:吐|痛|不舒服)|肚子痛|胃痛|送醫|送医|急診|急诊|掛急診|住院|看醫生|看医生',
  ),
  zh('health_safety', 'allergy', '過敏(?:了|反應|反应|起疹|發作)|过敏(?:了|反应)|起疹子|紅疹|红疹'),
  zh('health_safety', 'injury', '受傷|受伤|燙傷|烫伤|割傷|割伤|流血|刮傷|刮伤|骨折|瘀青|夾傷|夹伤'),
  zh(
    'health_safety',
    'contamination',
    '異物|异物|吃到(?:頭髮|头发|蟲|虫|玻璃|鐵|铁|塑膠|塑料)|蟑螂|蒼蠅|苍蝇|蟲子|虫子|發霉|发霉|長黴|长霉|變質|变质|酸掉|臭掉|(?:吃到|喝到|買到|买到|收到|送來|送来)(?:的)?(?:是)?過期|(?:吃到|喝到|買到|买到|收到|送來|送来)(?:的)?(?:是)?过期|過期(?:的)?(?:食物|食品|牛奶|麵包|面包|飲料|饮料|肉|罐頭|罐头|藥|药)|过期(?:的)?(?:食物|食品|牛奶|面包|饮料|肉|罐头|药)|(?:牛奶|麵包|面包|食物|食品|飲料|饮料|肉|罐頭|罐头|藥|药|蛋糕|便當|便当).{0,4}(?:過期|过期)|壞掉的|坏掉的',
  ),
  zh('health_safety', 'hazard', '爆炸|起火|冒煙|冒烟|漏電|漏电|觸電|触电|有毒|刺鼻|危險|危险'),
  en(
    'health_safety',
    'food-poisoning',
    String.raw`\bfood poisoning\b|\bpoison(?:ed|ing)\b|\bdiarrh?o?ea\b|\bvomit\w*|\bthrew up\b|\b(?:got|made (?:me|us|my \w+)|was|were|am|felt) (?:so |really |very )?sick (?:after|from)\b|\bhospital\w*|\bemergency room\b|\bthe er\b`,
  ),
  en('health_safety', 'allergy', String.raw`\ballergic reaction\b|\banaphyla\w*|\b(?:had|having|caused) an? allerg\w*`),
  en(
    'health_safety',
    'injury',
    String.raw`\binjur(?:y|ed|ies)\b|\b(?:got |was )?burn(?:ed|t) (?:by|my|me)\b|\bbleeding\b|\bcut (?:my|me)\b|\bbroke my\b`,
  ),
  en(
    'health_safety',
    'contamination',
    String.raw`\bmou?ldy?\b|\brotten\b|\bspoiled\b|\bexpired (?:food|milk|meat|bread|medicine|product|items?)\b|\b(?:sold|served|received) (?:me |us )?(?:an? )?expired\b|\bcockroach\w*|\b(?:hair|glass|plastic|metal|bug|worm|insect) in (?:my|the)\b`,
  ),
  en(
    'health_safety',
    'hazard',
    String.raw`\bcaught fire\b|\bexplod\w*|\belectric(?:al)? shock\b|\bunsafe\b|\bdangerous\b|\bchoking\b|\bsmoke came\b`,
  ),

  // --- inflated demands (the "unreasonable motive" quadrant) ------------------------
  zh(
    'inflated_demand',
    'multiple-compensation',
    '(?:十|10|百|兩|两|三|五|雙|双)倍(?:的)?(?:賠|赔|退|補|补|價|价|金額|金额|奉還|返還|返还)|(?:賠|赔|退|補|补)(?:償|偿)?(?:十|10|百|兩|两|三|五|雙|双)倍|加倍(?:賠|赔|退|補|补)|精神(?:損失|损失|賠償|赔偿)',
  ),
  zh(
    'inflated_demand',
    'written-apology',
    '書面道歉|书面道歉|登報道歉|登报道歉|公開道歉|公开道歉|道歉信|上門道歉|上门道歉|親自(?:來|到|上門)(?:道歉)?|亲自(?:来|上门)|親自.{0,6}道歉|亲自.{0,6}道歉',
  ),
  zh(
    'inflated_demand',
    'threat-against-staff',
    '(?:開除|开除|辭退|辞退|處分|处分|懲處|惩处|記過|记过)(?:.{0,6}(?:員工|员工|客服|店員|店员|那個|那个|他|她|這個人|这个人))|把(?:他|她|那個|那个|這個|这个|那位|這位|这位)?(?:員工|员工|店員|店员|客服|司機|司机|人)?(?:開除|开除|辭退|辞退|炒掉)|(?:叫|讓|让|要)(?:你們|你们)?(?:老闆|老板|主管|經理|经理|店長|店长)(?:出來|出来|親自|亲自|跟我)|否則.{0,10}(?:投訴|客訴|告|爆料|公開|檢舉)|否则.{0,10}(?:投诉|告|爆料|公开|举报)|不然.{0,10}(?:投訴|投诉|客訴|告|爆料|公開|公开|檢舉|举报)',
  ),
  en(
    'inflated_demand',
    'multiple-compensation',
    String.raw`\b(?:double|triple|twice|ten ?times|\d+ ?x|\d+ times) (?:the |my )?(?:refund|compensation|money|price|amount)\b|\bpain and suffering\b|\bpunitive\b`,
  ),
  en(
    'inflated_demand',
    'written-apology',
    String.raw`\b(?:written|formal|public) apology\b|\bapologi[sz]e (?:publicly|in writing|in person)\b`,
  ),
  en(
    'inflated_demand',
    'threat-against-staff',
    String.raw`\b(?:fire|fired|firing|discipline|sack) (?:the|that|this|your|him|her)\b(?: (?:employee|staff|guy|girl|agent|rep|manager|driver|waiter|waitress|cashier))?|\bor (?:else )?i(?:'ll| will) (?:complain|report|sue|post|tell|leave)\b`,
  ),

  // --- concrete facts (versus pure venting) -----------------------------------------
  zh(
    'concrete_fact',
    'date',
    '[0-9]{1,2}[/／-][0-9]{1,2}|[0-9一二三四五六七八九十]{1,3}月[0-9一二三四五六七八九十]{1,3}[日號号]|(?:上|這|这|本)(?:週|周|禮拜|礼拜|星期)|昨天|前天|上個月|上个月|今天早上|昨晚',
  ),
  zh(
    'concrete_fact',
    'amount',
    '(?:NT\\$|nt\\$|\\$|＄|¥|￥|rmb)\\s?[0-9][0-9,.]*|(?<![0-9,.])[0-9][0-9,.]*\\s?(?:元|塊|块|台幣|台币|人民幣|人民币)',
  ),
  zh(
    'concrete_fact',
    'duration',
    '[0-9一二三四五六七八九十兩两幾几半]{1,6}\\s?(?:天|小時|小时|個小時|个小时|分鐘|分钟|週|周|個月|个月|禮拜|礼拜)',
  ),
  zh('concrete_fact', 'product', '訂單|订单|包裹|商品|產品|产品|貨品|货品|收據|收据|發票|发票|型號|型号|規格|规格'),
  en(
    'concrete_fact',
    'date',
    String.raw`\b(?:yesterday|last (?:week|month|night|monday|tuesday|wednesday|thursday|friday|saturday|sunday)|on (?:monday|tuesday|wednesday|thursday|friday|saturday|sunday)|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]* \d{1,2})\b|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b`,
  ),
  en(
    'concrete_fact',
    'amount',
    String.raw`(?:\$|£|€|usd ?)\d[\d,.]*|(?<![\w,.])\d[\d,.]* ?(?:dollars|bucks|usd|eur|gbp)\b`,
  ),
  en(
    'concrete_fact',
    'duration',
    String.raw`\b(?:\d+|a|an|one|two|three|four|five|six|several|few) (?:days?|hours?|weeks?|months?|minutes?|mins?)\b`,
  ),
  en(
    'concrete_fact',
    'product',
    String.raw`\b(?:order|package|parcel|item|product|receipt|invoice|model|delivery|shipment)\b`,
  ),

  // --- plain dissatisfaction --------------------------------------------------------
  zh(
    'dissatisfaction',
    'negative',
    '不滿|不满|失望|生氣|生气|氣死|气死|很差|太差|真差|超差|好差|極差|极差|不好(?!意思)|難吃|难吃|不新鮮|不新鲜|很慢|太慢|超慢|好慢|遲到|迟到|延遲|延迟|沒收到|没收到|還沒(?:送|寄)?到|还没(?:送|寄)?到|冷了|壞了|坏了|壞掉|坏掉|破損|破损|有問題|有问题|不能用|無法|无法|錯誤|错误|送錯|送错|寄錯|寄错|少了|漏送|漏寄|冷掉|涼了|凉了|糟糕|不負責|不负责|敷衍|態度(?:很|超|真|太)?差|态度(?:很|太)?差|沒人理|没人理|不理人|已讀不回|已读不回|沒回|没回|不回覆|不回复|等了|怎麼還|怎么还|到底|搞什麼|搞什么|誇張|夸张|離譜|离谱|無言|无语|(?<!好吃到|好喝到|便宜到)傻眼|受不了|爛|烂|坑|扣款|重複扣|重复扣|扣了兩次|扣了两次|不退|拒絕退|拒绝退|瑕疵|故障|褪色|掉漆|縮水|缩水|不符|跟圖片不一樣|与图片不符|貨不對|货不对|太貴|太贵|不值|後悔|后悔|浪費|浪费|再也不|是破的|破掉|破了|碎了|裂了|上錯|上错|拿錯|拿错|做錯|做错|算錯|算错|沒什麼特別|没什么特别',
  ),
  zh(
    'dissatisfaction',
    'rhetorical',
    '為什麼|为什么|為何|難道|怎麼搞|怎么搞|怎麼會|怎么会|竟然|居然|欺騙|好意思[嗎]|對得起.{0,10}[嗎]|算不算|憑什麼|凭什么',
  ),
  zh('dissatisfaction', 'where-is-my-order', '(?:我的|我)(?:訂單|包裹|貨|退款|餐)(?:呢|到底|在哪|去哪|怎麼還|怎么还)'),
  // Hong Kong written Cantonese: 難食 (tastes bad), 唔好食, 冇誠意, 中伏 (a trap), 麻麻 (so-so)…
  zh(
    'dissatisfaction',
    'cantonese',
    '難食|难食|唔好食|唔好味|唔抵|唔值|好差|差勁|差劲|冇誠意|冇诚意|冇禮貌|冇礼貌|中伏|伏味|麻麻|一般般|求其|欠奉|唔會再|唔会再|冇下次|唔再幫襯|唔再帮衬|嬲|激死|好嬲|嘔|呕',
  ),
  // Mixed and sarcastic reviews: praise of one thing only (weighs: 只有氣氛好 means the rest is bad), or praise
  // then "but…" (explains only: the review sets label such three-star reviews either way).
  zh(
    'dissatisfaction',
    'only-good',
    '只有.{1,6}(?:好|不錯|不错|還行|还行|可以|ok)|除了.{1,8}(?:以外|之外)?(?:其他|其它)?(?:都|全)(?:很|超|好)?(?:普通|一般|難吃|难吃|差|不行|爛|烂)',
  ),
  zh(
    'dissatisfaction',
    'mixed-review',
    '(?:可惜|不過|不过|但是|但|可是)[^。！!]{0,10}(?:普通|不怎麼樣|不怎么样|一般|偏少|不值|失望|難吃|难吃|太鹹|太咸|太貴|太贵|太慢|很慢|等太久)|很會做行銷|很会做营销',
  ),
  // Taiwanese review slang (踩雷 "stepped on a mine", CP值低 "poor value", 不推); 沒踩雷, 以為會很雷 are praise.
  zh(
    'dissatisfaction',
    'slang',
    '(?<!沒|沒有|不會|不怕|以為會)(?:踩雷|雷店|(?:很|超|好|有夠|大)雷)|不推|cp值(?:很|超|好|太|偏|有夠)?低|很普|超普|普普(?!通)|就那樣|不會再?(?:回購|回訪|再來|再訪|光顧)|不再(?:來|光顧|回購)',
  ),
  en(
    'dissatisfaction',
    'where-is-my-order',
    String.raw`\bwhere(?:'s| is) my (?:order|package|parcel|refund|delivery|money|item)\b`,
  ),
  en(
    'dissatisfaction',
    'negative',
    String.raw`\b(?:disappoint\w*|unhappy|frustrat\w*|angry|annoyed|upset|furious|terrible|horrible|awful|worst|poor(?:ly)?|unacceptable|broken|damaged|defective|faulty|missing|wrong|late|delayed|overcharged|double[- ]charged|charged twice|never (?:arrived|received|came|got|showed)|not (?:working|received|arrived|happy|good|acceptable|delivered)|doesn'?t work|does not work|didn'?t (?:arrive|work|receive|get)|won'?t (?:work|let|refund)|can'?t (?:believe|get|log|access)|no (?:response|reply|answer|one)|ignor\w+|waiting|waited|fail(?:ed|s|ure)?|issues?|problems?|sick of|fed up|tired of|rip ?off|nightmare|hours? on hold|on hold)\b`,
  ),
];
