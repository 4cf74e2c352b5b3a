import { cityOf, dayRuns } from './day-ranges';
import type { Catalog } from './types';

const DAYS = ['', 'Mon', 'Tue', 'Wed', 'Thu', 'Fri', 'Sat', 'Sun'];

function list(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

const capitalise = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);

function clock(hhmm: string): string {
  const [h, m] = hhmm.split(':').map(Number) as [number, number];
  return `${h % 12 === 0 ? 12 : h % 12}${m ? `:${String(m).padStart(2, '0')}` : ''} ${h < 12 ? 'am' : 'pm'}`;
}

export const EN: Catalog = {
  placeholders: {
    line: '[set your dedicated line in Options]',
    handler: '[set the handler in Options]',
    brand: '[set your brand in Options]',
    service: '[set the English name of this service in Options]',
  },
  anonymousCustomer: 'there',
  salutation: (name) => `Hi ${name || 'there'}`,
  letterSalutation: (name) => `Hi ${name || 'there'},`,
  contactLine: (phone, ext, hours) => `${phone}${ext ? ` ext. ${ext}` : ''}${hours ? ` (${hours})` : ''}`,
  scheduleHours: (days, open, close, timeZone) =>
    `${
      days.length === 7
        ? 'every day'
        : dayRuns(days)
            .map(([a, b]) => (a === b ? DAYS[a] : `${DAYS[a]}–${DAYS[b]}`))
            .join(', ')
    } ${clock(open)}–${clock(close)}, ${cityOf(timeZone)} time`,
  problem: {
    words: (w) => `about ${w}`,
    byCategory: {
      delivery: 'about the delay with your order',
      quality: 'about the problem with your item',
      billing: 'about the charge you mentioned',
      service: 'about how you were treated when you contacted us',
      account: 'about the trouble with your account',
      price: 'about the price you were shown',
      health: 'about what happened with the product',
      privacy: 'about the personal details involved',
      other: 'about what you described',
    },
    withObject: {
      delivery: (o) => `about your ${o} not arriving yet`,
      quality: (o) => `about the problem with your ${o}`,
      billing: (o) => (o === 'refund' ? 'about your refund' : `about the charge for your ${o}`),
      account: (o) => `about the trouble with your ${o}`,
      health: (o) => `about what happened with the ${o}`,
      price: (o) => `about the price of the ${o}`,
    },
  },
  apologies: {
    formal: [
      "we're sorry for the experience you've had",
      "we're sorry this has been so frustrating",
      "we're sorry for the trouble this has been for you",
      "we're sorry it has come to this",
    ],
    warm: [
      "we're really sorry this let you down",
      "we're so sorry you've had to deal with this",
      "we're sorry this has spoiled your day",
    ],
    repeated: [
      "we're sorry you've had to write more than once",
      "we're sorry you've had to chase us about this",
      "we're sorry you've had to ask again",
    ],
  },
  channels: (messenger, id) =>
    messenger && id
      ? ` You can also reach us on Messenger or LINE (${id}).`
      : messenger
        ? ' You can also message our Page.'
        : id
          ? ` You can also reach us on LINE at ${id}.`
          : '',
  readBack: (points) => (points.length === 1 ? `“${points[0]}”` : points.map((p, i) => `${i + 1}. “${p}”`).join('\n')),
  infoItems: {
    order: 'your order number',
    orderDate: 'the order date',
    tracking: 'the last tracking status you saw',
    photos: 'photos of the item (the problem and the outer packaging)',
    receivedDate: 'the date it arrived',
    payment: 'how you paid',
    charge: 'the date and amount of the charge (please cover the card number on any statement)',
    contactWhen: 'when you contacted us',
    contactChannel: 'how you contacted us (phone, store or online chat)',
    account: 'your account email',
    device: 'the device and app version you use',
    productLink: 'the product name or link',
    usedWhen: 'when it was used',
    batch: 'a photo of the label or batch number',
    whatHappened: 'what happened',
    projectLink: 'the link to your project page',
    budget: 'the promotion budget you have in mind',
    screenshot: 'a screenshot of the error or the page',
    serviceAccount: 'the account or phone number the service is under',
    visit: 'the day, the time and the branch of your visit',
  },
  infoAsk: (items) => `To speed things up, could you also send me ${list(items)}?`,
  infoComplete: 'You have already given me everything I need to look into this, so there is nothing more to send.',
  incident: {
    // Food is eaten, not used: "stop using the product" about a takeaway reads like a template.
    healthPublic: (c) =>
      c.food
        ? `For your safety, please don't eat or drink any more of the ${c.product ?? 'food'}, and keep what is left for us${c.hurt ? '; if anyone feels unwell, please see a doctor' : ''}`
        : `For your safety, please stop using the ${c.product ?? 'product'}${c.electric ? ' and unplug it' : ''}, and keep it for us${c.hurt ? '; if anyone feels unwell, please see a doctor' : ''}`,
    healthPrivate: (c) =>
      [
        'For your safety, please:',
        c.food
          ? `1. Don't eat or drink any more of the ${c.product ?? 'food'}.`
          : `1. Stop using the ${c.product ?? 'product'}${c.electric ? ', unplug it, and do not switch it on again or try to repair it' : ''}.`,
        c.food
          ? `2. Keep what is left, its packaging and the receipt (or the order record); we will arrange to collect it for testing.`
          : `2. Keep the ${c.product ?? 'product'} and its packaging; we will arrange to collect it for testing.`,
        c.hurt ? '3. If anyone feels unwell, please see a doctor and keep the medical notes and receipts.' : '',
      ]
        .filter(Boolean)
        .join('\n'),
    privacyOtherPublic:
      "If it shows anyone else's personal details, please don't post or share them; we'll contact you privately about collecting them",
    privacyOtherPrivate:
      'The details you received belong to another customer, so please do not share, post or use them. We will collect them: we can send you a prepaid envelope, or you can destroy them once we have confirmed by phone, whichever suits you. We are also informing the customer concerned and the team responsible.',
    privacyOwnPublic:
      'Please keep your personal details out of the comments; we will check everything with you privately',
    privacyOwnPrivate:
      'Please note: we will never ask you by phone or text to move money, cancel instalments or give card details. If you get a suspicious call, hang up and report it to the police.',
    paragraph:
      'I am passing this to the team responsible to find out what happened, and I will explain fully once we know, following the rules that apply.',
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
  quadrantUnconfirmed: {
    'reasonable-responsible':
      'I will first find out what caused this; if it turns out to be on our side, we will handle it under our terms of service and review our process. I will explain the exact steps once I have confirmed the details.',
    'unreasonable-responsible':
      'I will first find out what caused this, then put together the options our policies allow and talk them through with you, so we can find a solution that works for both sides.',
  },
  boundary: (paid, included, bonus) =>
    [
      paid.length
        ? `${capitalise(list(paid))} ${paid.length > 1 ? 'are paid services' : 'is a paid service'}; I can send you a quote if you would like one.`
        : '',
      included.length
        ? `What I can do for you now is ${list(included)}.`
        : 'What I can do for you now is confirm what you need and give you concrete suggestions.',
      bonus.length
        ? `This time I can also help with ${list(bonus)}; this is normally part of a paid service, so it is a one-off.`
        : '',
    ]
      .filter(Boolean)
      .join(' '),
  faqIntro: 'You may also find this helpful:',
  deadlineAccepted: (a) =>
    `You asked for ${a.written ? 'a written answer' : 'an answer'} "${a.phrase}": we will ${a.written ? 'reply in writing' : 'get back to you'} with what we have found before then (by ${a.theirDay}).`,
  deadlineTooSoon: (a) =>
    `You asked for ${a.written ? 'a written answer' : 'an answer'} "${a.phrase}". I'm sorry: given our line's hours, the earliest we can ${a.written ? 'reply in writing' : 'get back to you'} is ${a.ours}.`,
  list,
  bodies: {
    publicFormal: [
      '{{salutation}}, thank you for telling us {{problem}}; {{apology}}. Please call {{handlerTitle}} on our dedicated line {{contactLine}}. We will also contact you {{deadline}}.{{channels}}',
      "{{salutation}}, thanks for letting us know {{problem}}; {{apology}}. {{handlerTitle}} is looking after this: please call our dedicated line {{contactLine}}. We'll also get in touch {{deadline}}.{{channels}}",
      "{{salutation}}, we've read your message {{problem}}, and {{apology}}. Please ask for {{handlerTitle}} on our dedicated line {{contactLine}}; we will also contact you {{deadline}}.{{channels}}",
    ],
    publicWarm: [
      "{{salutation}}, thanks for telling us {{problem}}, and {{apology}}. Please give {{handlerTitle}} a call on our dedicated line {{contactLine}}. We'll also reach out {{deadline}}.{{channels}}",
      "{{salutation}}, we hear you {{problem}}, and {{apology}}. Could you call {{handlerTitle}} on our dedicated line {{contactLine}}? We'll reach out {{deadline}} too.{{channels}}",
      "{{salutation}}, thank you for writing to us {{problem}}; {{apology}}. Please call {{handlerTitle}} on our dedicated line {{contactLine}}, and we'll be in touch {{deadline}}.{{channels}}",
    ],
    publicHealth:
      "{{salutation}}, we're sorry to hear this. {{incident}}. Please call {{handlerTitle}} on our dedicated line {{contactLine}}; we will also contact you {{deadline}}.",
    publicPrivacy:
      "{{salutation}}, thank you for telling us, and we're sorry for the worry. {{incident}}. Please call {{handlerTitle}} on our dedicated line {{contactLine}}; we will also contact you {{deadline}}.",
    privateFormal: `{{salutation}},

I'm {{handlerFull}} from {{brand}}, and I will be looking after your case from here.

{{incident}}

To make sure we have understood you correctly, here are the points you raised:
{{verbatim}}
Could you confirm that this is complete and correct? If anything is missing or wrong, just tell me.

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

{{customerDeadline}}

I will get back to you {{deadline}} with the next step. If you would rather talk, please call our dedicated line {{contactLine}} and ask for {{handlerTitle}}.

Best regards,
{{handlerFull}}
{{brand}}`,
    privateWarm: `{{salutation}},

Thanks so much for telling us about this. I'm {{handlerFull}} from {{brand}}, and I'll be working on this with you from here.

{{incident}}

Here are the points you raised, so we have them on record:
{{verbatim}}
Could you check that I've got everything right? If there's anything to add or correct, just let me know.

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

{{customerDeadline}}

I'll be back in touch {{deadline}} with the next step. If you'd like to talk it through, call our dedicated line {{contactLine}} and ask for {{handlerTitle}}.

Warm wishes,
{{handlerFull}}
{{brand}}`,
  },
  scripts: {
    messenger: `{{salutation}}, I'm {{handlerTitle}} from {{brand}} and I'm looking after this for you.
{{incident}}
Here are the points you raised; could you confirm them?
{{verbatim}}
{{infoNeeded}}
{{boundary}}
{{faq}}
{{customerDeadline}}
I'll update you {{deadline}}; you can also call our dedicated line {{contactLine}} and ask for {{handlerTitle}}.`,
    questionPublic: [
      '{{salutation}}, thanks for asking! {{answer}} If there is anything else, call our dedicated line {{contactLine}} and ask for {{handlerTitle}}.{{channels}}',
      '{{salutation}}, good question! {{answer}} For any other details, {{handlerTitle}} is on our dedicated line {{contactLine}}.{{channels}}',
    ],
    questionPrivate: `{{salutation}},

Thanks for your question. I'm {{handlerFull}} from {{brand}}.

{{answer}}

{{faq}}

If there is anything else, just reply here or call our dedicated line {{contactLine}} and ask for {{handlerTitle}}.

Best regards,
{{handlerFull}}
{{brand}}`,
    questionNoAnswer: 'We will check and get back to you {{deadline}}.',
    praisePublic: [
      '{{salutation}}, thank you so much for the kind words! The whole team was delighted to read this.',
      '{{salutation}}, thanks for sharing this with us! It means a lot, and we hope to see you again soon.',
      '{{salutation}}, we really appreciate you taking the time to tell us. Thank you for your support!',
    ],
    praisePrivate: `{{salutation}},

Thank you for your kind words! I'm {{handlerFull}} from {{brand}}, and I have passed them on to the team, who were delighted.

If you ever need anything, just reply here or call our dedicated line {{contactLine}} and ask for {{handlerTitle}}.

Best regards,
{{handlerFull}}
{{brand}}`,
    commentPublic: [
      '{{salutation}}, thanks for your comment! If you need anything, call our dedicated line {{contactLine}}.{{channels}}',
      '{{salutation}}, thank you for sharing! For any help, {{handlerTitle}} is on our dedicated line {{contactLine}}.{{channels}}',
    ],
    closingPublic: [
      '{{salutation}}, we have been in touch and this is now resolved. Thank you for your patience, and do reach out whenever you need us.',
      '{{salutation}}, thank you for bearing with us: we have sorted this out together. If anything else comes up, we are here.',
      '{{salutation}}, we have followed this up with you privately and it is now resolved. Thank you for your patience, and thanks to everyone for your concern.',
    ],
    closingPrivate: `{{salutation}},

I'm {{handlerFull}} from {{brand}}. Your case is now resolved. Thank you for your patience, and for telling us about it: it helps us do better.

If anything else comes up, just reply to this message or call our dedicated line {{contactLine}} and ask for {{handlerTitle}}.

Best regards,
{{handlerFull}}
{{brand}}`,
  },
};
