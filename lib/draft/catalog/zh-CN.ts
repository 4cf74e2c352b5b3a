import { dayRuns } from './day-ranges';
import type { Catalog } from './types';

const list = (items: readonly string[]) => items.join('、');
const DAYS = ['', '一', '二', '三', '四', '五', '六', '日'];

export const ZH_CN: Catalog = {
  placeholders: {
    line: '【请在设置中填写专线】',
    handler: '【请在设置中填写负责人】',
    brand: '【请在设置中填写品牌】',
    service: '【请在设置中填写服务名称】',
  },
  anonymousCustomer: '您',
  salutation: (name) => (name ? `${name} 您好` : '您好'),
  letterSalutation: (name) => (name ? `${name} 您好：` : '您好：'),
  contactLine: (phone, ext, hours) => `${phone}${ext ? ` 转 ${ext}` : ''}${hours ? `（服务时间：${hours}）` : ''}`,
  scheduleHours: (days, open, close) =>
    days.length === 7
      ? `每天 ${open}–${close}`
      : `${dayRuns(days)
          .map(([a, b]) => (a === b ? `周${DAYS[a]}` : `周${DAYS[a]}至周${DAYS[b]}`))
          .join('、')} ${open}–${close}`,
  problem: {
    words: (w) => `关于${w}的情况`,
    byCategory: {
      delivery: '关于发货和配送进度的情况',
      quality: '关于商品质量的情况',
      billing: '关于付款和扣款的情况',
      service: '关于服务过程的情况',
      account: '关于账号使用的情况',
      price: '关于价格和优惠的情况',
      health: '关于商品安全的情况',
      privacy: '关于个人信息的情况',
      other: '关于这次的情况',
    },
  },
  apologies: {
    formal: [
      '给您带来不好的体验，我们深表歉意',
      '给您添麻烦了，非常抱歉',
      '让您这次的体验不愉快，我们很抱歉',
      '让您费心又担心，真的很抱歉',
    ],
    warm: ['这次让您失望了，真的很抱歉', '影响了您的心情，真的很不好意思', '让您花时间处理这件事，真的很抱歉'],
    repeated: ['还让您反复反馈，真的很抱歉', '让您留言了好几次，真的很抱歉', '让您一次又一次来询问，我们很抱歉'],
  },
  channels: (messenger, id) =>
    messenger && id
      ? `；也可以私信主页，或添加 LINE 官方账号 ${id}`
      : messenger
        ? '；也可以直接私信主页'
        : id
          ? `；也可以添加 LINE 官方账号 ${id} 给我们留言`
          : '',
  readBack: (points) => (points.length === 1 ? `“${points[0]}”` : points.map((p, i) => `${i + 1}. “${p}”`).join('\n')),
  infoItems: {
    order: '订单号',
    orderDate: '下单日期',
    tracking: '您最后看到的物流状态',
    photos: '商品照片（问题部位和外包装各一张）',
    receivedDate: '收到商品的日期',
    payment: '支付方式',
    charge: '扣款的日期和金额（如附截图，请先遮住卡号）',
    contactWhen: '当时联系的日期和时间',
    contactChannel: '联系的渠道（电话、门店或在线客服）',
    account: '会员账号（邮箱即可）',
    device: '使用的设备和 App 版本',
    productLink: '商品名称或链接',
    usedWhen: '使用或食用的时间',
    batch: '商品标签或批号的照片',
    whatHappened: '事情的经过',
    projectLink: '项目页链接（或项目名称）',
    budget: '目前规划的推广预算',
    screenshot: '报错页面或页面的截图',
    serviceAccount: '办理时的账号或手机号',
    visit: '到店的日期、时段和门店',
  },
  infoAsk: (items) => `为了尽快核实，麻烦再提供${list(items)}。`,
  infoComplete: '您提供的信息已经足够，我会直接按这些信息核实，不需要再另外提供。',
  incident: {
    // Food is eaten, not used: 「停止使用商品」 about a takeaway reads like a template.
    healthPublic: (c) =>
      c.food
        ? `为了安全，剩下的${c.product ?? '食物'}请先不要再食用，并保留下来${c.hurt ? '；如有身体不适，请先就医' : ''}`
        : `为了安全，请先停止使用${c.product ?? '商品'}${c.electric ? '并拔掉插头' : ''}，商品请先保留${c.hurt ? '；如有身体不适，请先就医' : ''}`,
    healthPrivate: (c) =>
      [
        '为了安全，想先请您：',
        c.food
          ? `1. 剩下的${c.product ?? '食物'}请先不要再食用。`
          : `1. 停止使用${c.product ?? '商品'}${c.electric ? '，并拔掉插头，不要再通电或自行拆修' : ''}。`,
        c.food
          ? `2. 保留剩下的${c.product ?? '食物'}、包装和购物凭证（或订单记录），我们会安排取回检测。`
          : `2. 保留${c.product ?? '商品'}和外包装，我们会安排取回检测。`,
        c.hurt ? '3. 身体不适的话，请先就医，并保留就医记录和票据。' : '',
      ]
        .filter(Boolean)
        .join('\n'),
    privacyOtherPublic: '其中如有其他人的个人信息，请先不要公开发布或转发，我们会私下联系您说明回收方式',
    privacyOtherPrivate:
      '您收到的信息属于其他顾客，麻烦先不要转发、公开或使用。我们会安排回收：可以由我们寄送回邮信封给您寄回，或在电话中确认后由您直接销毁，请告诉我您方便的方式。我们也会通知相关顾客和负责部门。',
    privacyOwnPublic: '请先不要在留言中公开您的个人信息，我们会私下与您核实',
    privacyOwnPrivate:
      '提醒您：我们不会通过电话或短信要求您转账、解除分期或提供银行卡信息。如接到可疑来电，请直接挂断并报警。',
    paragraph: '我们会把这件事交给负责部门核实原因，查明后向您完整说明，也会按照相关规定处理。',
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
  quadrantUnconfirmed: {
    'reasonable-responsible':
      '我会先查清楚这次的原因；如果核实是我们这边的问题，会按照服务条款和相关规定处理，并复盘内部流程。具体处理方式，我会在核实细节后向您说明。',
    'unreasonable-responsible':
      '我会先查清楚这次的原因，并在公司规定的范围内整理可行的处理方案和您商量，希望找到双方都能接受的解决办法。',
  },
  boundary: (paid, included, bonus) =>
    [
      paid.length ? `${list(paid)}属于另外收费的服务，如有需要，我可以给您提供报价参考。` : '',
      included.length
        ? `目前我能先为您做的是：${list(included)}。`
        : '目前我能先为您做的是确认您的需求，并提供具体的建议。',
      bonus.length
        ? `另外，这次我们也可以额外为您提供：${list(bonus)}；这项协助一般属于付费服务，这次为您安排一次。`
        : '',
    ].join(''),
  faqIntro: '以下信息也供您参考：',
  deadlineAccepted: (a) =>
    `关于您希望“${a.phrase}”：我们会在这个期限之前（${a.theirDay}前）${a.written ? '以书面形式' : ''}回复您核实的结果。`,
  deadlineTooSoon: (a) =>
    `关于您希望“${a.phrase}”：很抱歉，按照专线的服务时间，我们最快能在${a.ours}${a.written ? '以书面形式' : ''}回复您，感谢您的理解。`,
  list,
  bodies: {
    publicFormal: [
      '{{salutation}}，感谢您告诉我们{{problem}}，{{apology}}。为了尽快帮您核实处理，请拨打{{brand}}专线 {{contactLine}}，由{{handlerTitle}}为您跟进{{channels}}；我们也会在{{deadline}}主动联系您。',
      '{{salutation}}，{{problem}}，感谢您特意留言告诉我们，{{apology}}。麻烦您拨打{{brand}}专线 {{contactLine}}，{{handlerTitle}}会亲自为您了解{{channels}}；我们也会在{{deadline}}主动联系您。',
      '{{salutation}}，收到您反馈{{problem}}，{{apology}}。请您拨打{{brand}}专线 {{contactLine}}，找{{handlerTitle}}直接为您处理{{channels}}；我们也会在{{deadline}}主动联系您。',
    ],
    publicWarm: [
      '{{salutation}}，谢谢您愿意告诉我们{{problem}}，{{apology}}。麻烦您拨打{{brand}}专线 {{contactLine}}，找{{handlerTitle}}，会由{{handlerTitle}}亲自帮您了解{{channels}}；我们也会在{{deadline}}主动联系您。',
      '{{salutation}}，看到您的留言了，{{problem}}，{{apology}}。方便的话请拨{{brand}}专线 {{contactLine}}找{{handlerTitle}}，我们一起把事情弄清楚{{channels}}；{{handlerTitle}}也会在{{deadline}}主动联系您。',
      '{{salutation}}，{{problem}}，我们都看到了，{{apology}}。请拨打{{brand}}专线 {{contactLine}}，{{handlerTitle}}会陪您一起处理{{channels}}；我们也会在{{deadline}}主动联系您。',
    ],
    publicHealth:
      '{{salutation}}，感谢您告诉我们{{problem}}。{{incident}}。让您有这样的经历，我们深表歉意。请拨打{{brand}}专线 {{contactLine}}，由{{handlerTitle}}为您跟进；我们也会在{{deadline}}主动联系您。',
    publicPrivacy:
      '{{salutation}}，感谢您告诉我们{{problem}}。{{incident}}。给您添麻烦了，我们深表歉意。请拨打{{brand}}专线 {{contactLine}}，由{{handlerTitle}}为您跟进；我们也会在{{deadline}}主动联系您。',
    privateFormal: `{{salutation}}：

我是{{brand}}的{{handlerFull}}，接下来由我负责跟进您的问题。

{{incident}}

为了确保我们的记录准确，我把您提到的要点整理如下：
{{verbatim}}
请您确认以上内容是否完整无误；如需补充或更正，也请直接告诉我。

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

{{customerDeadline}}

我们会在{{deadline}}给您回复下一步的处理进展。如果您希望电话沟通，欢迎拨打专线 {{contactLine}}，找{{handlerTitle}}。

{{brand}} {{handlerTitle}}`,
    privateWarm: `{{salutation}}：

谢谢您愿意把情况告诉我们。我是{{brand}}的{{handlerFull}}，接下来会由我陪您一起处理这件事。

{{incident}}

我先把您提到的要点记录如下：
{{verbatim}}
麻烦您帮我确认一下，这样记录是否完整、准确？有任何需要补充的地方，都可以直接告诉我。

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

{{customerDeadline}}

我会在{{deadline}}跟您同步下一步的进展。想直接电话沟通的话，也欢迎拨打专线 {{contactLine}}，找{{handlerTitle}}就可以。

{{brand}} {{handlerTitle}}`,
  },
  scripts: {
    messenger: `{{salutation}}，我是{{brand}}的{{handlerTitle}}，接下来由我为您跟进。
{{incident}}
我整理了您提到的要点，麻烦帮我确认：
{{verbatim}}
{{infoNeeded}}
{{boundary}}
{{faq}}
{{customerDeadline}}
我会在{{deadline}}回复您进展；也可以拨打专线 {{contactLine}}找{{handlerTitle}}。`,
    questionPublic: [
      '{{salutation}}，感谢您的咨询！{{answer}}如果还有其他想了解的，欢迎拨打{{brand}}专线 {{contactLine}}，由{{handlerTitle}}为您说明{{channels}}。',
      '{{salutation}}，谢谢您的提问！{{answer}}其他细节也欢迎拨打{{brand}}专线 {{contactLine}}找{{handlerTitle}}{{channels}}。',
    ],
    questionPrivate: `{{salutation}}：

感谢您的咨询，我是{{brand}}的{{handlerFull}}。

{{answer}}

{{faq}}

如果还有其他想了解的，欢迎直接回复，或拨打专线 {{contactLine}}，找{{handlerTitle}}。

{{brand}} {{handlerTitle}}`,
    questionNoAnswer: '这个问题我们核实后，会在{{deadline}}回复您。',
    praisePublic: [
      '{{salutation}}，感谢您的支持和分享！看到您的留言，整个团队都很开心，我们会继续努力 😊',
      '{{salutation}}，谢谢您这么用心的反馈！您的肯定是我们最大的动力，也欢迎常来逛逛。',
      '{{salutation}}，很开心收到您的分享，感谢支持！有任何需要都欢迎随时找我们。',
    ],
    praisePrivate: `{{salutation}}：

感谢您的分享和支持！我是{{brand}}的{{handlerFull}}，已经把您的反馈转达给团队，大家都很开心。

之后有任何需要，欢迎直接回复，或拨打专线 {{contactLine}}，找{{handlerTitle}}。

{{brand}} {{handlerTitle}}`,
    commentPublic: [
      '{{salutation}}，感谢您的留言！有任何问题都欢迎拨打{{brand}}专线 {{contactLine}}{{channels}}。',
      '{{salutation}}，谢谢您的分享！需要协助的话，欢迎拨打{{brand}}专线 {{contactLine}}找{{handlerTitle}}{{channels}}。',
    ],
    closingPublic: [
      '{{salutation}}，这次的情况已经和您联系并处理完成，感谢您这段时间的耐心与包容。之后如有任何需要，也欢迎随时找我们。',
      '{{salutation}}，感谢您的耐心等待，这件事已经和您确认处理完成了。之后有任何问题，都欢迎再告诉我们。',
      '{{salutation}}，这次的情况我们已经私下和您联系并处理完成，感谢您的包容与耐心，也谢谢大家的关心。',
    ],
    closingPrivate: `{{salutation}}：

我是{{brand}}的{{handlerFull}}。您反馈的问题已经处理完成，感谢您这段时间的耐心，也谢谢您愿意告诉我们，让我们有机会改进。

如果之后还有任何问题，欢迎直接回复这条消息，或拨打专线 {{contactLine}}，找{{handlerTitle}}。

{{brand}} {{handlerTitle}}`,
  },
};
