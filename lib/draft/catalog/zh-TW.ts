import { dayRuns } from './day-ranges';
import type { Catalog } from './types';

const list = (items: readonly string[]) => items.join('、');
const DAYS = ['', '一', '二', '三', '四', '五', '六', '日'];

export const ZH_TW: Catalog = {
  placeholders: {
    line: '【請在設定填寫專線】',
    handler: '【請在設定填寫承辦人】',
    brand: '【請在設定填寫品牌】',
    service: '【請在設定填寫服務名稱】',
  },
  anonymousCustomer: '您',
  salutation: (name) => (name ? `${name} 您好` : '您好'),
  letterSalutation: (name) => (name ? `${name} 您好：` : '您好：'),
  contactLine: (phone, ext, hours) => `${phone}${ext ? ` 分機 ${ext}` : ''}${hours ? `（服務時間：${hours}）` : ''}`,
  scheduleHours: (days, open, close) =>
    days.length === 7
      ? `每天 ${open}–${close}`
      : `${dayRuns(days)
          .map(([a, b]) => (a === b ? `週${DAYS[a]}` : `週${DAYS[a]}至週${DAYS[b]}`))
          .join('、')} ${open}–${close}`,
  problem: {
    words: (w) => `關於${w}的狀況`,
    byCategory: {
      delivery: '關於出貨與配送進度的狀況',
      quality: '關於商品品質的狀況',
      billing: '關於付款與扣款的狀況',
      service: '關於服務過程的狀況',
      account: '關於帳號使用的狀況',
      price: '關於價格與優惠的狀況',
      health: '關於商品安全的狀況',
      privacy: '關於個人資料的狀況',
      other: '關於這次的狀況',
    },
  },
  apologies: {
    formal: [
      '讓您有不好的感受，我們很抱歉',
      '造成您的困擾，我們很抱歉',
      '讓您這次的體驗不愉快，我們很抱歉',
      '讓您費心又擔心，真的很抱歉',
    ],
    warm: ['這次讓您失望了，真的很抱歉', '讓您心情受到影響，真的很不好意思', '讓您花時間處理這件事，真的很抱歉'],
    repeated: ['還讓您一再反映，真的很抱歉', '讓您重複留言了好幾次，真的很抱歉', '讓您一次又一次來詢問，我們很抱歉'],
  },
  channels: (messenger, id) =>
    messenger && id
      ? `；也可以私訊粉專，或加入 LINE 官方帳號 ${id}`
      : messenger
        ? '；也可以直接私訊粉專'
        : id
          ? `；也可以加入 LINE 官方帳號 ${id} 留言給我們`
          : '',
  readBack: (points) =>
    points.length === 1 ? `「${points[0]}」` : points.map((p, i) => `${i + 1}. 「${p}」`).join('\n'),
  infoItems: {
    order: '訂單編號',
    orderDate: '下單日期',
    tracking: '您最後看到的物流狀態',
    photos: '商品照片（問題處與外包裝各一張）',
    receivedDate: '收到商品的日期',
    payment: '付款方式',
    charge: '扣款的日期與金額（如附截圖，請先遮住卡號）',
    contactWhen: '當時聯繫的日期與時間',
    contactChannel: '聯繫的管道（電話、門市或線上客服）',
    account: '會員帳號（電子郵件即可）',
    device: '使用的裝置與 App 版本',
    productLink: '商品名稱或連結',
    usedWhen: '使用或食用的時間',
    batch: '商品標籤或批號的照片',
    whatHappened: '事情的經過',
    projectLink: '專案頁連結（或專案名稱）',
    budget: '目前規劃的宣傳預算',
    screenshot: '錯誤畫面或頁面的截圖',
    serviceAccount: '申辦時的帳號或門號',
    visit: '到店的日期、時段與門市',
  },
  infoAsk: (items) => `為了加快查詢，麻煩再提供${list(items)}。`,
  infoComplete: '您提供的資料已經足夠，我會直接依這些資料查詢，不需要再另外提供。',
  incident: {
    // Food is eaten, not used: 「停止使用商品」 about a lunch box reads like a template.
    healthPublic: (c) =>
      c.food
        ? `為了安全，剩下的${c.product ?? '餐點'}請先不要再食用，並保留下來${c.hurt ? '；如有身體不適，請先就醫' : ''}`
        : `為了安全，請先停止使用${c.product ?? '商品'}${c.electric ? '並拔掉插頭' : ''}，商品請先保留${c.hurt ? '；如有身體不適，請先就醫' : ''}`,
    healthPrivate: (c) =>
      [
        '為了安全，想先請您：',
        c.food
          ? `1. 剩下的${c.product ?? '餐點'}請先不要再食用。`
          : `1. 停止使用${c.product ?? '商品'}${c.electric ? '，並拔掉插頭，不要再通電或自行拆修' : ''}。`,
        c.food
          ? `2. 保留剩下的${c.product ?? '餐點'}、包裝和購買收據（或訂購紀錄），我們會安排取回檢測。`
          : `2. 保留${c.product ?? '商品'}與外包裝，我們會安排取回檢測。`,
        c.hurt ? '3. 身體不適的話，請先就醫，並保留就醫紀錄與收據。' : '',
      ]
        .filter(Boolean)
        .join('\n'),
    privacyOtherPublic: '其中如有其他人的個人資料，請先不要公開張貼或轉傳，我們會私下與您聯繫說明回收方式',
    privacyOtherPrivate:
      '您收到的資料屬於其他顧客，麻煩先不要轉傳、公開或使用。我們會安排回收：可以由我們寄回郵信封給您寄回，或在電話中確認後由您直接銷毀，請告訴我您方便的方式。我們也會通知相關顧客與負責單位。',
    privacyOwnPublic: '請先不要在留言中公開您的個人資料，我們會私下與您確認',
    privacyOwnPrivate:
      '提醒您：我們不會以電話或簡訊要求您操作 ATM、解除分期或提供信用卡資料。如接到可疑來電，請直接掛斷並撥打 165 反詐騙專線。',
    paragraph: '我們會把這件事交由負責單位確認原因，查明後向您完整說明，也會依照相關規定處理。',
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
  quadrantUnconfirmed: {
    'reasonable-responsible':
      '我會先查清楚這次的原因；如果確認是我們這邊的問題，會依照服務條款與相關規定處理，並檢討內部流程。具體的處理方式，我會在確認細節後向您說明。',
    'unreasonable-responsible':
      '我會先查清楚這次的原因，並在公司規定的範圍內整理可行的處理方案與您討論，希望找到雙方都能接受的解決方式。',
  },
  boundary: (paid, included, bonus) =>
    [
      paid.length ? `${list(paid)}屬於另外收費的服務，如有需要，我可以提供報價給您參考。` : '',
      included.length
        ? `目前我能先為您做的是：${list(included)}。`
        : '目前我能先為您做的是確認您的需求，並提供具體的建議。',
      bonus.length
        ? `另外，這次我們也可以額外為您提供：${list(bonus)}；這項協助一般屬於付費服務，這次為您安排一次。`
        : '',
    ].join(''),
  faqIntro: '以下資訊也提供給您參考：',
  deadlineAccepted: (a) =>
    `關於您希望「${a.phrase}」：我們會在這個期限之前（${a.theirDay}前）${a.written ? '以書面' : ''}回覆您查證的結果。`,
  deadlineTooSoon: (a) =>
    `關於您希望「${a.phrase}」：很抱歉，依照專線的服務時間，我們最快能在${a.ours}${a.written ? '以書面' : ''}回覆您，謝謝您的體諒。`,
  list,
  bodies: {
    publicFormal: [
      '{{salutation}}，謝謝您告訴我們{{problem}}，{{apology}}。為了盡快了解並協助您，請撥打{{brand}}專線 {{contactLine}}，由{{handlerTitle}}為您處理{{channels}}；我們也會在{{deadline}}主動與您聯繫。',
      '{{salutation}}，{{problem}}，謝謝您特地留言告訴我們，{{apology}}。想請您撥打{{brand}}專線 {{contactLine}}，{{handlerTitle}}會親自為您了解{{channels}}；我們也會在{{deadline}}主動聯繫您。',
      '{{salutation}}，收到您反映{{problem}}，{{apology}}。麻煩您撥打{{brand}}專線 {{contactLine}}，找{{handlerTitle}}直接為您處理{{channels}}；我們也會在{{deadline}}主動跟您聯繫。',
    ],
    publicWarm: [
      '{{salutation}}，謝謝您願意跟我們說{{problem}}，{{apology}}。想請您撥打{{brand}}專線 {{contactLine}}，找{{handlerTitle}}，會由{{handlerTitle}}親自幫您了解{{channels}}；我們也會在{{deadline}}主動聯繫您。',
      '{{salutation}}，看到您的留言了，{{problem}}，{{apology}}。方便的話請撥{{brand}}專線 {{contactLine}}找{{handlerTitle}}，我們一起把事情弄清楚{{channels}}；{{handlerTitle}}也會在{{deadline}}主動聯繫您。',
      '{{salutation}}，{{problem}}，我們都看到了，{{apology}}。請撥打{{brand}}專線 {{contactLine}}，{{handlerTitle}}會陪您一起處理{{channels}}；我們也會在{{deadline}}主動與您聯繫。',
    ],
    publicHealth:
      '{{salutation}}，謝謝您告訴我們{{problem}}。{{incident}}。讓您有這樣的經歷，我們很抱歉。請撥打{{brand}}專線 {{contactLine}}，由{{handlerTitle}}為您處理；我們也會在{{deadline}}主動與您聯繫。',
    publicPrivacy:
      '{{salutation}}，謝謝您告訴我們{{problem}}。{{incident}}。造成您的困擾，我們很抱歉。請撥打{{brand}}專線 {{contactLine}}，由{{handlerTitle}}為您處理；我們也會在{{deadline}}主動與您聯繫。',
    privateFormal: `{{salutation}}：

我是{{brand}}的{{handlerFull}}，接下來由我負責處理您的案件。

{{incident}}

為了確認我們的紀錄正確，我把您提到的重點整理如下：
{{verbatim}}
請您確認以上內容是否完整無誤；如需補充或更正，也請直接告訴我。

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

{{customerDeadline}}

我們會在{{deadline}}回覆您下一步的處理情形。若您希望直接通話，歡迎撥打專線 {{contactLine}}，找{{handlerTitle}}。

{{brand}} {{handlerTitle}} 敬上`,
    privateWarm: `{{salutation}}：

謝謝您願意把狀況告訴我們。我是{{brand}}的{{handlerFull}}，接下來會由我陪您一起處理這件事。

{{incident}}

我先把您提到的重點記錄如下：
{{verbatim}}
想請您幫我確認一下，這樣的記錄是否完整、正確？有任何要補充的地方都可以直接告訴我。

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

{{customerDeadline}}

我會在{{deadline}}跟您回報下一步的進度。想直接聊聊的話，也歡迎撥打專線 {{contactLine}}，找{{handlerTitle}}就可以了。

{{brand}} {{handlerTitle}}`,
  },
  scripts: {
    messenger: `{{salutation}}，我是{{brand}}的{{handlerTitle}}，接下來由我為您處理。
{{incident}}
我整理了您提到的重點，麻煩幫我確認：
{{verbatim}}
{{infoNeeded}}
{{boundary}}
{{faq}}
{{customerDeadline}}
我會在{{deadline}}回覆您進度；也可以撥專線 {{contactLine}}找{{handlerTitle}}。`,
    questionPublic: [
      '{{salutation}}，謝謝您的詢問！{{answer}}如果還有其他想了解的，歡迎撥打{{brand}}專線 {{contactLine}}，由{{handlerTitle}}為您說明{{channels}}。',
      '{{salutation}}，謝謝您的提問！{{answer}}其他細節也歡迎撥{{brand}}專線 {{contactLine}}找{{handlerTitle}}{{channels}}。',
    ],
    questionPrivate: `{{salutation}}：

謝謝您的詢問，我是{{brand}}的{{handlerFull}}。

{{answer}}

{{faq}}

如果還有其他想了解的，歡迎直接回覆，或撥打專線 {{contactLine}}，找{{handlerTitle}}。

{{brand}} {{handlerTitle}} 敬上`,
    questionNoAnswer: '這個問題我們確認後，會在{{deadline}}回覆您。',
    praisePublic: [
      '{{salutation}}，謝謝您的支持與分享！看到您的留言，整個團隊都很開心，我們會繼續努力 😊',
      '{{salutation}}，謝謝您這麼用心的回饋！您的肯定是我們最大的動力，也歡迎常來逛逛。',
      '{{salutation}}，好開心收到您的分享，謝謝您的支持！有任何需要都歡迎隨時找我們。',
    ],
    praisePrivate: `{{salutation}}：

謝謝您的分享與支持！我是{{brand}}的{{handlerFull}}，已經把您的回饋轉達給團隊，大家都很開心。

之後有任何需要，歡迎直接回覆，或撥打專線 {{contactLine}}，找{{handlerTitle}}。

{{brand}} {{handlerTitle}} 敬上`,
    commentPublic: [
      '{{salutation}}，謝謝您的留言！有任何問題都歡迎撥打{{brand}}專線 {{contactLine}}{{channels}}。',
      '{{salutation}}，謝謝您的分享！需要協助的話，歡迎撥{{brand}}專線 {{contactLine}}找{{handlerTitle}}{{channels}}。',
    ],
    closingPublic: [
      '{{salutation}}，這次的狀況已經和您聯繫並處理完成，謝謝您這段時間的耐心與包容。之後若有任何需要，也歡迎隨時找我們。',
      '{{salutation}}，謝謝您的耐心等候，這件事已經和您確認處理完成了。之後有任何問題，都歡迎再告訴我們。',
      '{{salutation}}，這次的狀況我們已經私下和您聯繫並處理完成，謝謝您的包容與耐心，也謝謝大家的關心。',
    ],
    closingPrivate: `{{salutation}}：

我是{{brand}}的{{handlerFull}}。您反映的狀況已經處理完成，謝謝您這段時間的耐心，也謝謝您願意告訴我們，讓我們有機會改進。

如果之後還有任何問題，歡迎直接回覆這則訊息，或撥打專線 {{contactLine}}，找{{handlerTitle}}。

{{brand}} {{handlerTitle}} 敬上`,
  },
};
