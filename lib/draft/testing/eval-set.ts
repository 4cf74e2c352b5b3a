import { settingsSchema, type Settings } from '../../settings/schema';
import type { DraftLanguage } from '../types';

/**
 * Two realistic brands and fresh messages written for judging the drafts as a demanding
 * Taiwanese CSM would (docs/draft.md, "How the drafts were judged"). Used by
 * evaluation.test.ts (properties, not frozen strings) and `npx tsx scripts/draft-eval.ts`.
 */
export const APPLIANCE_SHOP: Settings = settingsSchema.parse({
  brand: '暖暖家電',
  handler: { name: '陳怡君', title: '陳小姐' },
  dedicatedLine: {
    phone: '02-2771-5566',
    extension: '305',
    hours: '',
    schedule: { days: [1, 2, 3, 4, 5], open: '09:30', close: '18:00', timeZone: 'Asia/Taipei' },
  },
  contactEmail: 'service@nuannuan.example.tw',
  replyWithinHours: 24,
  language: 'auto',
  sites: { gmail: true, facebook: true },
  monitoredPages: [],
  autoRecord: false,
  serviceBoundary: { paid: ['到府安裝', '延長保固'], included: ['保固內免費維修'], bonus: ['免費到府檢測'] },
  sensitivity: 0.5,
  channels: { messenger: true, line: '@nuannuan' },
  localized: {
    en: {
      brand: 'Nuannuan Home Appliances',
      handler: { name: 'Yijun Chen', title: 'Ms. Chen' },
      dedicatedLine: { phone: '+886-2-2771-5566' },
      serviceBoundary: {
        paid: ['home installation', 'extended warranty'],
        included: ['free repairs under warranty'],
        bonus: ['a free home check'],
      },
    },
    'zh-CN': { handler: { title: '陈女士' } },
  },
});

export const CROWDFUNDING: Settings = settingsSchema.parse({
  brand: '集夢坊',
  handler: { name: '黃志明', title: '黃先生' },
  dedicatedLine: {
    phone: '02-8712-3300',
    extension: '21',
    hours: '週一至週五 10:00–19:00',
    schedule: { days: [1, 2, 3, 4, 5], open: '10:00', close: '19:00', timeZone: 'Asia/Taipei' },
  },
  contactEmail: 'creators@jimeng.example.tw',
  replyWithinHours: 24,
  language: 'auto',
  sites: { gmail: true, facebook: true },
  monitoredPages: [],
  autoRecord: false,
  serviceBoundary: {
    paid: ['廣告代操', '影音製作', '設計製圖'],
    included: ['頁面修改建議', '提案文案健檢'],
    bonus: ['協助初步設定廣告'],
  },
  sensitivity: 0.5,
  tone: 'warm',
  channels: { line: '@jimeng' },
  localized: {
    en: {
      brand: 'Jimeng Crowdfunding',
      handler: { name: 'Chih-ming Huang', title: 'Mr. Huang' },
      dedicatedLine: { phone: '+886-2-8712-3300', hours: 'Mon–Fri 10 am–7 pm, Taipei time' },
    },
  },
});

export interface EvalCase {
  id: string;
  brand: 'appliance' | 'crowdfunding';
  source: 'facebook' | 'gmail';
  author: string;
  text: string;
  language: DraftLanguage;
  /** What a CSM would call it. */
  kind: 'complaint' | 'question' | 'praise';
  /** Extra expectations checked by the test. */
  expect?: {
    incident?: 'health' | 'privacy-other' | 'privacy-own';
    repeated?: boolean;
    customerDeadline?: boolean;
    /** Paid services the draft must name as paid. */
    paid?: string[];
    /** Words of items the customer gave, which must not be asked for again. */
    notAskedFor?: string[];
    /** Text that must not appear in any draft (personal data, profanity). */
    never?: string[];
  };
}

/** Friday 11 December 2026, 20:15 in Taipei: after hours before a weekend. */
export const FRIDAY_EVENING = Date.UTC(2026, 11, 11, 12, 15);
/** Tuesday 8 December 2026, 10:30 in Taipei. */
export const TUESDAY_MORNING = Date.UTC(2026, 11, 8, 2, 30);

export const EVAL_CASES: readonly EvalCase[] = [
  // ---- zh-TW, home appliances -------------------------------------------------
  {
    id: 'tw-late-1',
    brand: 'appliance',
    source: 'facebook',
    author: '林佩珊',
    language: 'zh-TW',
    kind: 'complaint',
    text: '12/1下單的除濕機到現在還沒出貨，客服電話也打不通，到底要等多久？',
    expect: { notAskedFor: ['下單日期'] },
  },
  {
    id: 'tw-late-2',
    brand: 'appliance',
    source: 'facebook',
    author: '張家豪',
    language: 'zh-TW',
    kind: 'complaint',
    text: '第三次留言了!!!!!! 訂單 NN20261130088 說好一週內到貨，現在都兩週了',
    expect: { repeated: true, notAskedFor: ['訂單編號'], never: ['NN20261130088'] },
  },
  {
    id: 'tw-filter',
    brand: 'appliance',
    source: 'facebook',
    author: '王美玲',
    language: 'zh-TW',
    kind: 'complaint',
    text: '清淨機的濾網我用水洗過之後就有怪味，而且風量變超小，這品質也太差了吧',
  },
  {
    id: 'tw-vacuum',
    brand: 'appliance',
    source: 'facebook',
    author: '吳俊傑',
    language: 'zh-TW',
    kind: 'complaint',
    text: '吸塵器不小心從樓梯摔下去就不會動了，才買三個月耶，這樣也太不耐用',
  },
  {
    id: 'tw-kettle',
    brand: 'appliance',
    source: 'facebook',
    author: '蔡雅婷',
    language: 'zh-TW',
    kind: 'complaint',
    text: '我女兒喝了用你們快煮壺煮的水之後肚子痛，現在在診所，請問這個壺到底安不安全？',
    expect: { incident: 'health' },
  },
  {
    id: 'tw-cord',
    brand: 'appliance',
    source: 'facebook',
    author: '李志偉',
    language: 'zh-TW',
    kind: 'complaint',
    text: '昨天買的延長線插上電暖器不到十分鐘就冒煙，還有燒焦味，嚇死人',
    expect: { incident: 'health', never: ['就醫紀錄'] },
  },
  {
    id: 'tw-privacy',
    brand: 'appliance',
    source: 'facebook',
    author: '黃淑芬',
    language: 'zh-TW',
    kind: 'complaint',
    text: '我收到的包裹裡面夾了別人的出貨單，上面有對方的姓名地址電話，你們的個資管理也太誇張',
    expect: { incident: 'privacy-other' },
  },
  {
    id: 'tw-double-charge',
    brand: 'appliance',
    source: 'gmail',
    author: '周文彬',
    language: 'zh-TW',
    kind: 'complaint',
    text: '您好，我11/28用信用卡買氣炸鍋，結果被重複扣款兩次，每次 NT$3,990，請盡快處理退款。\n\n周文彬\n0933-456-789',
    expect: { notAskedFor: ['付款方式', '扣款的日期'], never: ['0933-456-789'] },
  },
  {
    id: 'tw-email-points',
    brand: 'appliance',
    source: 'gmail',
    author: '鄭雅文',
    language: 'zh-TW',
    kind: 'complaint',
    text: '客服您好：\n\n我上週買的冷氣安裝後一直漏水，師傅來看過一次也沒修好。以下是我的要求：\n1. 本週內派人來重新檢查\n2. 說明漏水的原因\n3. 這段期間的不便，請給個交代\n\n他媽的真的受夠了。\n\n鄭雅文\n手機：0912-888-555\n地址：台北市信義區松仁路100號',
    expect: { customerDeadline: true, never: ['0912-888-555', '松仁路', '他媽的'] },
  },
  {
    id: 'tw-service',
    brand: 'appliance',
    source: 'facebook',
    author: '許志明',
    language: 'zh-TW',
    kind: 'complaint',
    text: '門市人員態度很差，我只是問保固怎麼算就一直不耐煩，這樣的服務真的很失望',
  },
  {
    id: 'tw-deadline',
    brand: 'appliance',
    source: 'gmail',
    author: '劉怡如',
    language: 'zh-TW',
    kind: 'complaint',
    text: '洗衣機送來第一天就有異音，請你們週五前給我書面說明要怎麼處理，不然我就找消保官。',
    expect: { customerDeadline: true },
  },
  {
    id: 'tw-install',
    brand: 'appliance',
    source: 'facebook',
    author: '楊承翰',
    language: 'zh-TW',
    kind: 'complaint',
    text: '買冷氣還要另外付到府安裝的錢？網頁上根本沒寫清楚，感覺被騙',
    expect: { paid: ['到府安裝'] },
  },
  {
    id: 'tw-question-floor',
    brand: 'appliance',
    source: 'facebook',
    author: '王小美',
    language: 'zh-TW',
    kind: 'question',
    text: '請問這款掃地機可以用在木地板嗎？',
  },
  {
    id: 'tw-question-ship',
    brand: 'appliance',
    source: 'facebook',
    author: '陳冠宇',
    language: 'zh-TW',
    kind: 'question',
    text: '想問一下現在下單大概多久會出貨？',
  },
  {
    id: 'tw-praise',
    brand: 'appliance',
    source: 'facebook',
    author: '林雅惠',
    language: 'zh-TW',
    kind: 'praise',
    text: '除濕機超好用！一個晚上就收了半桶水，客服也很親切，推推',
  },
  // ---- zh-TW, crowdfunding ----------------------------------------------------
  {
    id: 'tw-cf-reward',
    brand: 'crowdfunding',
    source: 'facebook',
    author: '江柏翰',
    language: 'zh-TW',
    kind: 'complaint',
    text: '贊助的回饋品說10月出貨，現在都12月了還沒寄出，提案人也都已讀不回，平台都不用負責嗎？',
    expect: { repeated: true },
  },
  {
    id: 'tw-cf-ads',
    brand: 'crowdfunding',
    source: 'gmail',
    author: '蘇怡安',
    language: 'zh-TW',
    kind: 'complaint',
    text: '我們的專案上線一週只募到12%，你們平台到底有沒有在幫忙？能不能幫我們投廣告、找網紅業配？老闆一直在問進度。',
    expect: { paid: ['廣告代操'] },
  },
  {
    id: 'tw-cf-video',
    brand: 'crowdfunding',
    source: 'gmail',
    author: '何建宏',
    language: 'zh-TW',
    kind: 'complaint',
    text: '提案頁的主視覺很普通，可以請你們幫忙拍宣傳影片、重做海報嗎？不然根本沒人看',
    expect: { paid: ['影音製作', '設計製圖'] },
  },
  {
    id: 'tw-cf-refund',
    brand: 'crowdfunding',
    source: 'facebook',
    author: '曾雅琪',
    language: 'zh-TW',
    kind: 'complaint',
    text: '專案募資失敗了，說好會退款，結果退款到現在還沒收到，已經三週了',
  },
  {
    id: 'tw-cf-question',
    brand: 'crowdfunding',
    source: 'facebook',
    author: '謝佳穎',
    language: 'zh-TW',
    kind: 'question',
    text: '請問贊助之後可以改寄送地址嗎？',
  },
  {
    id: 'tw-cf-praise',
    brand: 'crowdfunding',
    source: 'facebook',
    author: '賴俊宏',
    language: 'zh-TW',
    kind: 'praise',
    text: '謝謝集夢坊的團隊，第一次提案就達標了，一路上的建議都很有幫助！',
  },
  // ---- English ----------------------------------------------------------------
  {
    id: 'en-late',
    brand: 'appliance',
    source: 'facebook',
    author: 'Emily Carter',
    language: 'en',
    kind: 'complaint',
    text: 'Ordered a dehumidifier two weeks ago and it still has not shipped. This is the third time I am asking!!',
    expect: { repeated: true },
  },
  {
    id: 'en-email',
    brand: 'appliance',
    source: 'gmail',
    author: 'Daniel Wright',
    language: 'en',
    kind: 'complaint',
    text: 'Hello,\n\nMy air fryer (order #20261125) stopped working after one week. The display flickers and then shuts off.\n\n1. I want a replacement, not a repair.\n2. Please explain why this happened.\n3. I need an answer by Friday.\n\nThanks,\nDaniel Wright\n+1 (415) 555-0199',
    expect: { customerDeadline: true, notAskedFor: ['order number'], never: ['555-0199', '20261125'] },
  },
  {
    id: 'en-heater',
    brand: 'appliance',
    source: 'facebook',
    author: 'Sophie Lee',
    language: 'en',
    kind: 'complaint',
    text: 'Your heater started smoking and my son burned his hand on the grille. Absolutely unacceptable.',
    expect: { incident: 'health' },
  },
  {
    id: 'en-question',
    brand: 'appliance',
    source: 'facebook',
    author: 'Mark Davis',
    language: 'en',
    kind: 'question',
    text: 'Does the air purifier work in a 10 square metre bedroom?',
  },
  {
    id: 'en-praise',
    brand: 'appliance',
    source: 'facebook',
    author: 'Grace Kim',
    language: 'en',
    kind: 'praise',
    text: 'Love my new kettle, boils super fast and looks great. Thank you!',
  },
  {
    id: 'en-cf-ads',
    brand: 'crowdfunding',
    source: 'gmail',
    author: 'Olivia Brown',
    language: 'en',
    kind: 'complaint',
    text: 'Our campaign is stuck at 15% and your platform is doing nothing for us. Can you run some paid ads and find influencers? My boss wants results this week.',
    expect: { paid: ['廣告代操'] },
  },
  {
    id: 'en-cf-privacy',
    brand: 'crowdfunding',
    source: 'gmail',
    author: 'James Wilson',
    language: 'en',
    kind: 'complaint',
    text: "I received an update email that listed another backer's name, address and phone number. How is this possible?",
    expect: { incident: 'privacy-other' },
  },
  {
    id: 'en-cf-refund',
    brand: 'crowdfunding',
    source: 'facebook',
    author: 'Hannah Moore',
    language: 'en',
    kind: 'complaint',
    text: 'The project failed in October and I still have not received my refund. I have emailed twice and no one replied.',
    expect: { repeated: true },
  },
  // ---- zh-CN ------------------------------------------------------------------
  {
    id: 'cn-late',
    brand: 'appliance',
    source: 'facebook',
    author: '王伟',
    language: 'zh-CN',
    kind: 'complaint',
    text: '买的电风扇下单十天了还没发货，问客服也只会说请耐心等待，到底什么时候发？',
  },
  {
    id: 'cn-service',
    brand: 'appliance',
    source: 'facebook',
    author: '李娜',
    language: 'zh-CN',
    kind: 'complaint',
    text: '你们的服务质量太差了，客服三天都不回消息，给个交代！',
  },
  {
    id: 'cn-quality',
    brand: 'appliance',
    source: 'gmail',
    author: '张强',
    language: 'zh-CN',
    kind: 'complaint',
    text: '收到的吹风机用了两次就坏了，附上照片。订单号 CN20261201556，希望三天内给我答复。',
    expect: { customerDeadline: true, notAskedFor: ['订单号', '商品照片'], never: ['CN20261201556'] },
  },
  {
    id: 'cn-health',
    brand: 'appliance',
    source: 'facebook',
    author: '刘洋',
    language: 'zh-CN',
    kind: 'complaint',
    text: '电热水壶烧水的时候插头发烫冒烟，差点着火，太危险了！',
    expect: { incident: 'health' },
  },
  {
    id: 'cn-cf-video',
    brand: 'crowdfunding',
    source: 'gmail',
    author: '陈静',
    language: 'zh-CN',
    kind: 'complaint',
    text: '我们的项目数据很差，你们能不能帮我们拍视频、做海报？平台收了服务费就不管了吗？',
    expect: { paid: ['影音製作', '設計製圖'] },
  },
  {
    id: 'cn-question',
    brand: 'crowdfunding',
    source: 'facebook',
    author: '杨帆',
    language: 'zh-CN',
    kind: 'question',
    text: '请问项目下架以后支持者的钱多久能退回？',
  },
  {
    id: 'cn-praise',
    brand: 'crowdfunding',
    source: 'facebook',
    author: '赵敏',
    language: 'zh-CN',
    kind: 'praise',
    text: '平台的工作人员很专业，帮我们改了好几版文案，谢谢你们！',
  },
];
