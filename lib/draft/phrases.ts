import type { Category, Quadrant } from '../detect/types';
import type { DraftLanguage } from './types';

/**
 * Everything a draft says that depends on the language, written natively for each:
 * Taiwan usage for zh-TW (專線、分機、聯繫、服務時間), mainland usage for zh-CN
 * (专线、分机、联系、服务时间), plain professional English.
 */
export interface Phrases {
  /** Shown in place of a setting that is still empty, so the CSM sees what to fill in. */
  placeholders: { line: string; handler: string; brand: string };
  /** How to address a customer whose name is unknown. */
  anonymousCustomer: string;
  /** Joins phone, extension and hours into one contact line. */
  contactLine: (phone: string, extension: string, hours: string) => string;
  /** "within 24 hours" / 「24 小時內」. */
  deadline: (hours: number) => string;
  /** Wraps the customer's words, verbatim. */
  quote: (text: string) => string;
  /** What the handler needs to move the case forward, per category. */
  infoNeeded: Record<Category, string>;
  /** The strategy of the practice for each quadrant (../shared/domain.md §3). */
  quadrantParagraph: Record<Quadrant, string>;
  /** Service-boundary paragraph: a paid service named by the customer, what can be done now, and one-off bonus help. */
  boundary: (paid: string[], included: string[], bonus: string[]) => string;
  /** Introduces the FAQ answers chosen by the CSM. */
  faqIntro: string;
  /** Joins list items in running text. */
  list: (items: string[]) => string;
}

const zhList = (items: string[]) => items.join('、');

export const PHRASES: Record<DraftLanguage, Phrases> = {
  'zh-TW': {
    placeholders: { line: '【請在設定填寫專線】', handler: '【請在設定填寫承辦人】', brand: '【請在設定填寫品牌】' },
    anonymousCustomer: '您',
    contactLine: (phone, ext, hours) => `${phone}${ext ? ` 分機 ${ext}` : ''}${hours ? `（服務時間：${hours}）` : ''}`,
    deadline: (h) => (h >= 48 && h % 24 === 0 ? `${h / 24}天內` : `${h}小時內`),
    quote: (t) => `「${t}」`,
    infoNeeded: {
      delivery: '為了加快查詢，麻煩提供訂單編號、下單日期，以及您最後看到的物流狀態。',
      quality: '麻煩提供訂單編號、商品照片（瑕疵處與外包裝各一張），以及收到商品的日期。',
      billing: '麻煩提供訂單編號、付款方式、扣款日期與金額；如附上扣款紀錄截圖，請先遮住卡號。',
      service: '麻煩告訴我們當時接洽的日期、時間與管道（電話、門市或線上客服），以及事情的經過。',
      account: '麻煩提供您的會員帳號（電子郵件即可）、使用的裝置與 App 版本，以及錯誤畫面的截圖。',
      price: '麻煩提供商品名稱或連結、下單時間，以及您看到的價格或活動頁面截圖。',
      health:
        '請先以您的健康為優先，如有任何不適請盡快就醫。也麻煩提供訂單編號、商品照片或批號、食用或使用的時間，以及就醫紀錄（如有）。',
      privacy: '麻煩描述您發現的狀況與時間（例如收到的訊息或來電內容），我們會交由負責單位確認。',
      other: '麻煩提供訂單編號（如有），以及相關的日期、照片或截圖，方便我們盡快確認。',
    },
    quadrantParagraph: {
      'reasonable-not-responsible':
        '我們完全理解您的心情。關於這次的狀況，我會把相關的規則與實際情形整理清楚向您說明，也會和您一起找出最適合的做法。',
      'reasonable-responsible':
        '這次確實是我們的疏失，造成您的困擾，真的很抱歉。我們會依照服務條款與相關規定處理，並檢討內部流程，避免同樣的情況再發生；具體的處理方式，我會在確認細節後向您說明。',
      'unreasonable-not-responsible':
        '我們理解您的不滿，也重視您的意見。我會依照我們的服務範圍與規定，清楚說明目前可行的選項，讓這件事盡快有結果。',
      'unreasonable-responsible':
        '這次的狀況我們確實有疏失，我們不會迴避。在公司規定的範圍內，我會整理可行的處理方案與您討論，希望找到雙方都能接受的解決方式。',
    },
    boundary: (paid, included, bonus) =>
      [
        `${zhList(paid)}屬於另外收費的服務，如有需要，我可以提供報價給您參考。`,
        included.length
          ? `目前我能先為您做的是：${zhList(included)}。`
          : '目前我能先為您做的是確認您的需求，並提供具體的建議。',
        bonus.length
          ? `另外，這次我們也可以額外為您提供：${zhList(bonus)}；這項協助一般屬於付費服務，這次特別為您安排。`
          : '',
      ]
        .filter(Boolean)
        .join(''),
    faqIntro: '以下資訊也提供給您參考：',
    list: zhList,
  },
  'zh-CN': {
    placeholders: {
      line: '【请在设置中填写专线】',
      handler: '【请在设置中填写负责人】',
      brand: '【请在设置中填写品牌】',
    },
    anonymousCustomer: '您',
    contactLine: (phone, ext, hours) => `${phone}${ext ? ` 转 ${ext}` : ''}${hours ? `（服务时间：${hours}）` : ''}`,
    deadline: (h) => (h >= 48 && h % 24 === 0 ? `${h / 24}天内` : `${h}小时内`),
    quote: (t) => `“${t}”`,
    infoNeeded: {
      delivery: '为了尽快查询，麻烦提供订单号、下单日期，以及您最后看到的物流状态。',
      quality: '麻烦提供订单号、商品照片（问题部位和外包装各一张），以及收到商品的日期。',
      billing: '麻烦提供订单号、支付方式、扣款日期和金额；如附上扣款记录截图，请先遮住卡号。',
      service: '麻烦告诉我们当时沟通的日期、时间和渠道（电话、门店或在线客服），以及事情的经过。',
      account: '麻烦提供您的会员账号（邮箱即可）、使用的设备和 App 版本，以及报错页面的截图。',
      price: '麻烦提供商品名称或链接、下单时间，以及您看到的价格或活动页面截图。',
      health:
        '请先以您的健康为重，如有任何不适请尽快就医。也麻烦提供订单号、商品照片或批号、食用或使用的时间，以及就医记录（如有）。',
      privacy: '麻烦描述您发现的情况和时间（例如收到的短信或来电内容），我们会交由负责部门核实。',
      other: '麻烦提供订单号（如有），以及相关的日期、照片或截图，方便我们尽快核实。',
    },
    quadrantParagraph: {
      'reasonable-not-responsible':
        '我们完全理解您的心情。关于这次的情况，我会把相关规则和实际情况整理清楚向您说明，也会和您一起找到最合适的做法。',
      'reasonable-responsible':
        '这次确实是我们的失误，给您添麻烦了，非常抱歉。我们会按照服务条款和相关规定处理，并复盘内部流程，避免同样的情况再次发生；具体处理方式，我会在核实细节后向您说明。',
      'unreasonable-not-responsible':
        '我们理解您的不满，也重视您的意见。我会按照我们的服务范围和规定，清楚说明目前可行的方案，让这件事尽快有结果。',
      'unreasonable-responsible':
        '这次的情况我们确实有失误，我们不会回避。在公司规定的范围内，我会整理可行的处理方案和您商量，希望找到双方都能接受的解决办法。',
    },
    boundary: (paid, included, bonus) =>
      [
        `${zhList(paid)}属于另外收费的服务，如有需要，我可以给您提供报价参考。`,
        included.length
          ? `目前我能先为您做的是：${zhList(included)}。`
          : '目前我能先为您做的是确认您的需求，并提供具体的建议。',
        bonus.length
          ? `另外，这次我们也可以额外为您提供：${zhList(bonus)}；这项协助一般属于付费服务，这次特别为您安排。`
          : '',
      ]
        .filter(Boolean)
        .join(''),
    faqIntro: '以下信息也供您参考：',
    list: zhList,
  },
  en: {
    placeholders: {
      line: '[set your dedicated line in Options]',
      handler: '[set the handler in Options]',
      brand: '[set your brand in Options]',
    },
    anonymousCustomer: 'there',
    contactLine: (phone, ext, hours) => `${phone}${ext ? ` ext. ${ext}` : ''}${hours ? ` (${hours})` : ''}`,
    deadline: (h) => (h >= 48 && h % 24 === 0 ? `within ${h / 24} days` : `within ${h} hours`),
    quote: (t) => `"${t}"`,
    infoNeeded: {
      delivery:
        'To speed things up, could you send me your order number, the order date and the last tracking status you saw?',
      quality:
        'Could you send me your order number, photos of the item (the problem and the outer packaging) and the date it arrived?',
      billing:
        'Could you send me your order number, how you paid, and the date and amount of the charge? If you attach a statement, please cover the card number.',
      service: 'Could you tell me when and how you contacted us (phone, store or online chat) and what happened?',
      account:
        'Could you send me your account email, the device and app version you use, and a screenshot of the error?',
      price:
        'Could you send me the product name or link, when you ordered, and a screenshot of the price or promotion you saw?',
      health:
        'Your health comes first: if you feel unwell, please see a doctor. Could you also send me your order number, a photo or batch number of the product, when you used it, and any medical notes you are comfortable sharing?',
      privacy:
        'Could you describe what you noticed and when (for example the message or call you received)? I will pass it to the team responsible to check.',
      other: 'Could you send me your order number (if any) and any dates, photos or screenshots that help us check?',
    },
    quadrantParagraph: {
      'reasonable-not-responsible':
        'I completely understand how this feels. I will set out the rules and what actually happened clearly, and work out with you the option that suits you best.',
      'reasonable-responsible':
        'This was our mistake, and I am sorry for the trouble it caused. We will handle it under our terms of service and review our process so it does not happen again; I will explain the exact steps once I have confirmed the details.',
      'unreasonable-not-responsible':
        'I understand you are unhappy, and your feedback matters to us. I will explain clearly what we can do within our service terms so we can reach an outcome quickly.',
      'unreasonable-responsible':
        'We did get this wrong, and we will not hide from that. Within what our policies allow, I will put together the options we can offer and talk them through with you, so we can find a solution that works for both sides.',
    },
    boundary: (paid, included, bonus) =>
      [
        `${enList(paid)} ${paid.length > 1 ? 'are paid services' : 'is a paid service'}; I can send you a quote if you would like one.`,
        included.length
          ? `What I can do for you now is ${enList(included)}.`
          : 'What I can do for you now is confirm what you need and give you concrete suggestions.',
        bonus.length
          ? `This time we can also help with ${enList(bonus)}; this is normally part of a paid service, so we are glad to offer it once.`
          : '',
      ]
        .filter(Boolean)
        .join(' '),
    faqIntro: 'You may also find this helpful:',
    list: enList,
  },
};

function enList(items: string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}
