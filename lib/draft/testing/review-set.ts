import { detect } from '../../detect';
import { SAMPLE_SETTINGS } from '../../settings/defaults';
import { settingsSchema, type Settings } from '../../settings/schema';
import { draftReplies, type DraftOutput } from '../draft';
import type { DraftLanguage } from '../types';

/**
 * The senior CSM's review set: 30 fresh messages a Taiwanese brand receives (18 zh-TW, 6 zh-CN, 6 en),
 * written for this review and not taken from eval-set.ts or any test. Each says what a CSM calls it and
 * what a good reply must do, so review.test.ts can check properties over all of them (docs/draft.md,
 * "The senior CSM's review").
 */
export interface ReviewCase {
  id: string;
  source: 'facebook' | 'gmail';
  author: string;
  text: string;
  language: DraftLanguage;
  kind: 'complaint' | 'question' | 'praise';
  /** What a good reply must do, in one line. */
  note: string;
  expect?: {
    incident?: 'health' | 'privacy-other' | 'privacy-own';
    repeated?: boolean;
    customerDeadline?: boolean;
    /** Words of items the customer gave, which must not be asked for again. */
    notAskedFor?: string[];
    /** Text that must never appear in the public reply (personal data). */
    notInPublic?: string[];
    /** Text that must appear in the private follow-up's read-back. */
    readBack?: string[];
    /** Text that must not appear in any draft (greetings, signatures, contact lines). */
    never?: string[];
  };
}

/** The sample settings, as the README documents them (with `localized.en`). */
export const REVIEW_SAMPLE: Settings = SAMPLE_SETTINGS;

/** A second brand, a food-delivery and kitchen-appliance shop, with English and Simplified wording set. */
export const REVIEW_KITCHEN: Settings = settingsSchema.parse({
  brand: '好食光廚房',
  handler: { name: '周佳蓉', title: '周小姐' },
  dedicatedLine: {
    phone: '04-2258-7700',
    extension: '62',
    hours: '週一至週六 10:00–19:00',
    schedule: { days: [1, 2, 3, 4, 5, 6], open: '10:00', close: '19:00', timeZone: 'Asia/Taipei' },
  },
  contactEmail: 'service@haoshiguang.example.tw',
  replyWithinHours: 24,
  language: 'auto',
  sites: { gmail: true, facebook: true },
  monitoredPages: [],
  autoRecord: false,
  serviceBoundary: { paid: ['到府安裝'], included: ['保固內免費維修'], bonus: ['免費到府檢測'] },
  sensitivity: 0.5,
  channels: { messenger: true, line: '@haoshiguang' },
  localized: {
    en: {
      brand: 'Good Times Kitchen',
      handler: { name: 'Chia-jung Chou', title: 'Ms. Chou' },
      dedicatedLine: { phone: '+886-4-2258-7700', hours: 'Mon–Sat 10 am–7 pm, Taipei time' },
    },
    'zh-CN': { handler: { title: '周女士' } },
  },
});

/** Monday 7 December 2026, 14:05 in Taipei: within working hours. */
export const MONDAY_AFTERNOON = Date.UTC(2026, 11, 7, 6, 5);
/** Saturday 12 December 2026, 22:40 in Taipei: after hours, weekend. */
export const SATURDAY_NIGHT = Date.UTC(2026, 11, 12, 14, 40);

export const REVIEW_CASES: readonly ReviewCase[] = [
  // ---- zh-TW --------------------------------------------------------------------
  {
    id: 'tw-third-time',
    source: 'facebook',
    author: '蔡宜蓁',
    language: 'zh-TW',
    kind: 'complaint',
    text: '這是我第三次在這邊留言了，私訊也都已讀不回。11/20訂的羽絨外套到現在還沒收到，物流查詢一直顯示「包裹處理中」，你們到底有沒有在處理？',
    note: 'Acknowledge the repeated contact, name the late parcel, read back the tracking status; ask for the order number only.',
    expect: { repeated: true, notAskedFor: ['下單日期', '物流狀態'] },
  },
  {
    id: 'tw-own-damage',
    source: 'facebook',
    author: '許志偉',
    language: 'zh-TW',
    kind: 'complaint',
    text: '氣炸鍋的內鍋我用鋼刷刷過之後塗層就一直掉，才用一個月而已，這種品質敢賣這個價錢？',
    note: 'Customer-caused damage: no admission, no lecture; name the coating problem; ask for photos and the order.',
  },
  {
    id: 'tw-food-sick',
    source: 'facebook',
    author: '鄭雅文',
    language: 'zh-TW',
    kind: 'complaint',
    text: '昨天晚上叫了你們的雞肉飯外送，全家吃完半夜都在拉肚子，我女兒還吐了兩次，現在在診所。你們的食材到底新不新鮮？',
    note: 'Health first: see a doctor, keep the leftover food and the receipt; no cause admitted in public.',
    expect: { incident: 'health' },
  },
  {
    id: 'tw-question-sunscreen',
    source: 'facebook',
    author: '林筱涵',
    language: 'zh-TW',
    kind: 'question',
    text: '請問這瓶防曬敏感肌可以用嗎？孕婦可以擦嗎？',
    note: 'A question: answer or promise an answer by a time; no apology.',
  },
  {
    id: 'tw-praise-salon',
    source: 'facebook',
    author: '黃詩婷',
    language: 'zh-TW',
    kind: 'praise',
    text: '上週在信義店剪頭髮，設計師Amy超細心，幫我修了好幾次瀏海，很滿意，下次還會再來！',
    note: 'Praise: thank warmly, no apology, no dedicated-line push.',
  },
  {
    id: 'tw-mixed-noodles',
    source: 'facebook',
    author: '劉建宏',
    language: 'zh-TW',
    kind: 'complaint',
    text: '牛肉麵很好吃，湯頭沒話說，但是服務生態度真的很差，點餐時一直催我們，結帳還算錯錢，有點失望。',
    note: 'Mixed review: apologise for the service and the bill experience only; read back the service and billing points.',
    expect: { readBack: ['算錯錢'], never: ['湯頭沒話說'] },
  },
  {
    id: 'tw-friday-deadline',
    source: 'facebook',
    author: '邱俊賢',
    language: 'zh-TW',
    kind: 'complaint',
    text: '我上個月已經申請解約了，這個月帳單還是照收1,399元，請你們這週五前把多扣的錢處理好，不然我就去NCC申訴。',
    note: 'Answer 「這週五前」 explicitly; no refund promised; the amount is given, do not ask for it.',
    expect: { customerDeadline: true, notAskedFor: ['金額'] },
  },
  {
    id: 'tw-long-email',
    source: 'gmail',
    author: '李淑芬',
    language: 'zh-TW',
    kind: 'complaint',
    text: [
      '王經理您好：',
      '',
      '我是晨光補習班的行政主任李淑芬。我們從今年九月開始使用貴公司的線上排課系統（專業版，帳號 chenguang_edu），最近遇到幾個問題，整理如下：',
      '',
      '1. 12/1起家長端App常常收不到上課提醒推播，已有三位家長反映孩子因此缺課。',
      '2. 11月的發票金額是NT$8,800，但合約寫的是每月NT$6,600，多收了2,200元。',
      '3. 客服信箱寄了兩次信（11/25、12/2）都沒有回覆。',
      '',
      '麻煩請在12/10前回覆處理方式。',
      '',
      '謝謝',
      '',
      '李淑芬',
      '晨光補習班 行政主任',
      '電話：04-2233-4455',
      '手機：0922-123-456',
    ].join('\n'),
    note: 'Read back the three numbered points (no greeting, signature or phones); answer 12/10; ask for nothing already given.',
    expect: {
      customerDeadline: true,
      repeated: true,
      notAskedFor: ['帳號', '聯繫的時間'],
      readBack: ['推播', '多收了', '都沒有回覆'],
      never: ['0922-123-456', '04-2233-4455', '王經理您好'],
    },
  },
  {
    id: 'tw-hk-late',
    source: 'facebook',
    author: 'Ka Yan Cheung',
    language: 'zh-TW',
    kind: 'complaint',
    text: '你哋嘅外賣遲咗成個鐘先到，啲嘢食凍晒，打電話去又冇人聽，真係好失望',
    note: 'Cantonese comment: reply in standard written Traditional Chinese, name the late, cold delivery.',
  },
  {
    id: 'tw-dishwasher-leak',
    source: 'gmail',
    author: '陳冠宇',
    language: 'zh-TW',
    kind: 'complaint',
    text: '您好，上個月在你們官網買的洗碗機（訂單編號 TW20261103552），這兩天發現底部一直漏水，廚房地板都濕了，照片附在信件裡。請問要怎麼處理？',
    note: 'A leak with the order number and photos given: ask for neither; no repair promised.',
    expect: { notAskedFor: ['訂單編號', '照片'], notInPublic: ['TW20261103552'] },
  },
  {
    id: 'tw-signal',
    source: 'facebook',
    author: '張凱翔',
    language: 'zh-TW',
    kind: 'complaint',
    text: '家裡的4G訊號從上禮拜開始就超爛，網頁都開不了，每個月繳一樣的錢給這種品質？',
    note: 'Name the signal problem; ask for the address area and the account, not an order number.',
  },
  {
    id: 'tw-serum-rash',
    source: 'facebook',
    author: '簡思妤',
    language: 'zh-TW',
    kind: 'complaint',
    text: '用了你們新出的玫瑰精華液兩天，臉整個紅腫發癢，已經去看皮膚科了，醫生說是接觸性皮膚炎。',
    note: 'Health: stop using, keep the product, keep the medical notes; no unplugging (not electrical).',
    expect: { incident: 'health' },
  },
  {
    id: 'tw-wrong-size',
    source: 'facebook',
    author: '洪佩君',
    language: 'zh-TW',
    kind: 'complaint',
    text: '買了黑色M號收到卻是白色L號，這已經不是第一次寄錯了，你們出貨前都不檢查的嗎',
    note: 'Name the wrong item; no admission in public; ask for the order number and a photo.',
  },
  {
    id: 'tw-course-delay',
    source: 'gmail',
    author: '羅士豪',
    language: 'zh-TW',
    kind: 'complaint',
    text: '報名了你們的Python線上課程，說好12/1開課結果延到明年一月，我要求全額退費，不要再拖了。',
    note: 'A refund demand: no refund promised; name the postponed course; give a time.',
  },
  {
    id: 'tw-question-delivery',
    source: 'facebook',
    author: '葉佳穎',
    language: 'zh-TW',
    kind: 'question',
    text: '請問週末有外送到內湖嗎？最低消費多少？',
    note: 'A question: answer, no apology.',
  },
  {
    id: 'tw-praise-repair',
    source: 'facebook',
    author: '謝明哲',
    language: 'zh-TW',
    kind: 'praise',
    text: '上次除濕機故障，你們維修人員隔天就來換零件，效率很高，給個讚👍',
    note: 'Praise: thank, no apology (the past breakdown is not a complaint now).',
  },
  {
    id: 'tw-other-label',
    source: 'facebook',
    author: '游惠雯',
    language: 'zh-TW',
    kind: 'complaint',
    text: '我收到的包裹裡面夾了別人的出貨單，上面有對方的姓名地址電話，你們這樣個資外洩沒問題嗎？',
    note: 'Privacy: ask not to post or share it, explain collection privately.',
    expect: { incident: 'privacy-other' },
  },
  {
    id: 'tw-double-charge',
    source: 'gmail',
    author: '陳思穎',
    language: 'zh-TW',
    kind: 'complaint',
    text: '客服人員您好：\n\n我的信用卡在12/3被扣了兩次NT$2,490，是同一筆訂單，請協助確認並退回重複扣款。\n\n謝謝\n陳思穎 敬上',
    note: 'Double charge with date, amount and card given: ask only for the order number; no refund promised.',
    expect: { notAskedFor: ['付款方式', '金額'], never: ['客服人員您好', '陳思穎 敬上'] },
  },
  // ---- zh-CN --------------------------------------------------------------------
  {
    id: 'cn-airfryer-late',
    source: 'facebook',
    author: '王磊',
    language: 'zh-CN',
    kind: 'complaint',
    text: '在你们天猫店买的空气炸锅，下单一个星期了还没发货，客服一直说在排单，到底什么时候能发？',
    note: 'Simplified, mainland wording; name the late shipment; no Traditional characters.',
  },
  {
    id: 'cn-cooker-crack',
    source: 'gmail',
    author: '李娜',
    language: 'zh-CN',
    kind: 'complaint',
    text: '收到的电饭煲内胆有裂痕，开箱视频我都录了，要求换新。',
    note: 'No replacement promised; the unboxing video is given, do not ask for photos again.',
    expect: { notAskedFor: ['照片'] },
  },
  {
    id: 'cn-question-robot',
    source: 'facebook',
    author: '张伟',
    language: 'zh-CN',
    kind: 'question',
    text: '请问这款扫地机器人能不能连小米的APP？有没有国行保修？',
    note: 'A question: answer, no apology.',
  },
  {
    id: 'cn-praise-parcel',
    source: 'facebook',
    author: '刘洋',
    language: 'zh-CN',
    kind: 'praise',
    text: '快递很快，包装也很用心，客服小姐姐回复也及时，好评！',
    note: 'Praise: thanks, no apology.',
  },
  {
    id: 'cn-cup-stomach',
    source: 'facebook',
    author: '陈静',
    language: 'zh-CN',
    kind: 'complaint',
    text: '给孩子买的保温杯，装热水后杯盖那里有很重的塑料味，孩子喝了以后说肚子疼，你们的材料到底合不合格？',
    note: 'Health: stop using, keep the cup, see a doctor; no cause admitted.',
    expect: { incident: 'health' },
  },
  {
    id: 'cn-broadband-third',
    source: 'gmail',
    author: '赵强',
    language: 'zh-CN',
    kind: 'complaint',
    text: '这是我第三次投诉了，宽带装了一个月，三天两头断网，师傅每次来都说没问题，你们的服务质量太差了。',
    note: 'Repeated contact acknowledged; name the dropping connection.',
    expect: { repeated: true },
  },
  // ---- English ----------------------------------------------------------------------
  {
    id: 'en-desk-friday',
    source: 'gmail',
    author: 'Mark Chen',
    language: 'en',
    kind: 'complaint',
    text: "Hi there,\n\nI ordered a standing desk (order #LD-448812) on November 28 and it still hasn't shipped. Your site said 3-5 business days. I need it set up before my new job starts, so please tell me by Friday whether it will arrive.\n\nThanks,\nMark Chen\n+1 415 555 0142",
    note: 'Answer "by Friday"; order number and date given; no greeting or signature read back.',
    expect: {
      customerDeadline: true,
      notAskedFor: ['order number', 'order date'],
      notInPublic: ['LD-448812', '415 555 0142'],
      never: ['+1 415 555 0142', 'Hi there'],
    },
  },
  {
    id: 'en-blender-dishwasher',
    source: 'facebook',
    author: 'Sarah Wong',
    language: 'en',
    kind: 'complaint',
    text: 'My blender jar cracked after I put it in the dishwasher. Isn’t it supposed to be durable? Pretty disappointed for the price.',
    note: 'Customer-caused: no admission, no lecture; name the cracked jar.',
  },
  {
    id: 'en-question-hk',
    source: 'facebook',
    author: 'Tom Lee',
    language: 'en',
    kind: 'question',
    text: 'Do you ship to Hong Kong? And how long does it usually take?',
    note: 'A question: answer, no apology.',
  },
  {
    id: 'en-praise-course',
    source: 'facebook',
    author: 'Priya Nair',
    language: 'en',
    kind: 'praise',
    text: 'Just wanted to say the online Excel course was fantastic — Jenny explains everything so clearly. Already recommended it to my team!',
    note: 'Praise: thanks, no apology.',
  },
  {
    id: 'en-sunscreen-rash',
    source: 'facebook',
    author: 'Emily Carter',
    language: 'en',
    kind: 'complaint',
    text: "My son got a rash all over his arms after using your kids' sunscreen. We had to take him to urgent care. What is in this stuff?",
    note: 'Health: stop using, keep the bottle, keep the doctor’s notes; no cause admitted.',
    expect: { incident: 'health' },
  },
  {
    id: 'en-renewal-third',
    source: 'gmail',
    author: 'Daniel Park',
    language: 'en',
    kind: 'complaint',
    text: 'Third time writing about this. I like the app itself, but my subscription renewed at $89 instead of $49 and nobody answers your support emails.',
    note: 'Repeated contact acknowledged; the charge is given, do not ask for it; no refund promised.',
    expect: { repeated: true, notAskedFor: ['amount'] },
  },
];

/**
 * When each message arrives: alternately within hours and on a Saturday night, except that a message setting its
 * own deadline arrives on Monday afternoon, so the deadline (「12/10前」, 「這週五前」, "by Friday") is still ahead.
 */
export function reviewReceivedAt(c: ReviewCase): number {
  if (c.expect?.customerDeadline) return MONDAY_AFTERNOON;
  return REVIEW_CASES.indexOf(c) % 2 ? SATURDAY_NIGHT : MONDAY_AFTERNOON;
}

/** A review message drafted as Tactful drafts it, with a brand's settings, from a channel. */
export function draftReviewCase(c: ReviewCase, settings: Settings, source: 'facebook' | 'gmail'): DraftOutput {
  return draftReplies({
    text: c.text,
    detection: detect(c.text),
    authorName: c.author,
    source,
    settings,
    receivedAt: reviewReceivedAt(c),
  });
}
