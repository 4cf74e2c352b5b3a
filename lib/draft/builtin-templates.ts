import type { Quadrant } from '../detect/types';
import type { DraftLanguage, Template } from './types';

/**
 * The built-in template library. Public replies follow the four steps for a public page
 * (limited apology → dedicated line with the handler's name → time frame; no money, no
 * promise, nothing personal repeated); private follow-ups restate the complaint verbatim
 * for confirmation, ask for what the category needs, follow the quadrant's strategy, draw
 * the service boundary and give a time frame. Category- and quadrant-specific wording
 * comes in through variables ({{infoNeeded}}, {{quadrantParagraph}}, {{boundary}}), so
 * every language × quadrant × category × tone has a complete draft.
 */

const RESPONSIBLE: Quadrant[] = ['reasonable-responsible', 'unreasonable-responsible'];

interface Bodies {
  publicFormal: string;
  publicWarm: string;
  publicResponsible: string;
  publicHealth: string;
  privateFormal: string;
  privateWarm: string;
}

const BODIES: Record<DraftLanguage, Bodies> = {
  'zh-TW': {
    publicFormal:
      '{{salutation}}，謝謝您告訴我們這次的狀況，讓您有不好的感受，我們很抱歉。為了盡快了解並協助您，請撥打{{brand}}專線 {{contactLine}}，由{{handlerTitle}}為您處理；我們也會在{{deadline}}主動與您聯繫。',
    publicWarm:
      '{{salutation}}，謝謝您願意跟我們說，這次讓您失望了，真的很抱歉。想請您撥打{{brand}}專線 {{contactLine}}，找{{handlerTitle}}，會由{{handlerTitle}}親自幫您了解狀況；我們也會在{{deadline}}主動聯繫您。',
    publicResponsible:
      '{{salutation}}，謝謝您告訴我們，這次是我們的疏失，造成您的不便，我們很抱歉。請撥打{{brand}}專線 {{contactLine}}，由{{handlerTitle}}為您處理後續；我們也會在{{deadline}}主動與您聯繫。',
    publicHealth:
      '{{salutation}}，謝謝您告訴我們，請先以您的健康為優先，如有不適請盡快就醫。讓您有這樣的經歷，我們很抱歉。請撥打{{brand}}專線 {{contactLine}}，由{{handlerTitle}}為您處理；我們也會在{{deadline}}主動與您聯繫。',
    privateFormal: `{{salutation}}：

我是{{brand}}的{{handlerFull}}，接下來由我負責處理您的案件。

為了確認我們的紀錄正確，以下是您留下的原文：
{{verbatim}}
請您確認以上內容是否完整無誤；如需補充或更正，也請直接告訴我。

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

我們會在{{deadline}}回覆您下一步的處理情形。若您希望直接通話，歡迎撥打專線 {{contactLine}}，找{{handlerTitle}}。

{{brand}} {{handlerTitle}} 敬上`,
    privateWarm: `{{salutation}}：

謝謝您願意把狀況告訴我們。我是{{brand}}的{{handlerFull}}，接下來會由我陪您一起處理這件事。

我先把您留下的原文記錄如下：
{{verbatim}}
想請您幫我確認一下，這樣的記錄是否完整、正確？有任何要補充的地方都可以直接告訴我。

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

我會在{{deadline}}跟您回報下一步的進度。想直接聊聊的話，也歡迎撥打專線 {{contactLine}}，找{{handlerTitle}}就可以了。

{{brand}} {{handlerTitle}}`,
  },
  'zh-CN': {
    publicFormal:
      '{{salutation}}，感谢您告诉我们这次的情况，给您带来不好的体验，我们深表歉意。为了尽快帮您核实处理，请拨打{{brand}}专线 {{contactLine}}，由{{handlerTitle}}为您跟进；我们也会在{{deadline}}主动联系您。',
    publicWarm:
      '{{salutation}}，谢谢您愿意告诉我们，这次让您失望了，真的很抱歉。麻烦您拨打{{brand}}专线 {{contactLine}}，找{{handlerTitle}}，会由{{handlerTitle}}亲自帮您了解情况；我们也会在{{deadline}}主动联系您。',
    publicResponsible:
      '{{salutation}}，感谢您告诉我们，这次是我们的失误，给您带来了不便，我们深表歉意。请拨打{{brand}}专线 {{contactLine}}，由{{handlerTitle}}为您跟进后续；我们也会在{{deadline}}主动联系您。',
    publicHealth:
      '{{salutation}}，感谢您告诉我们，请先以您的健康为重，如有不适请尽快就医。让您有这样的经历，我们深表歉意。请拨打{{brand}}专线 {{contactLine}}，由{{handlerTitle}}为您跟进；我们也会在{{deadline}}主动联系您。',
    privateFormal: `{{salutation}}：

我是{{brand}}的{{handlerFull}}，接下来由我负责跟进您的问题。

为了确保我们的记录准确，以下是您留下的原话：
{{verbatim}}
请您确认以上内容是否完整无误；如需补充或更正，也请直接告诉我。

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

我们会在{{deadline}}给您回复下一步的处理进展。如果您希望电话沟通，欢迎拨打专线 {{contactLine}}，找{{handlerTitle}}。

{{brand}} {{handlerTitle}}`,
    privateWarm: `{{salutation}}：

谢谢您愿意把情况告诉我们。我是{{brand}}的{{handlerFull}}，接下来会由我陪您一起处理这件事。

我先把您留下的原话记录如下：
{{verbatim}}
麻烦您帮我确认一下，这样记录是否完整、准确？有任何需要补充的地方，都可以直接告诉我。

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

我会在{{deadline}}跟您同步下一步的进展。想直接电话沟通的话，也欢迎拨打专线 {{contactLine}}，找{{handlerTitle}}就可以。

{{brand}} {{handlerTitle}}`,
  },
  en: {
    publicFormal:
      "{{salutation}}, thank you for letting us know, and we're sorry for the experience you've had. So we can look into it properly, please call our dedicated line {{contactLine}} and ask for {{handlerTitle}}, who is handling your case. We will also contact you {{deadline}}.",
    publicWarm:
      "{{salutation}}, thanks for telling us, and we're really sorry this let you down. Please give our dedicated line a call on {{contactLine}} and ask for {{handlerTitle}}, who will look into it with you personally. We'll also reach out to you {{deadline}}.",
    publicResponsible:
      "{{salutation}}, thank you for letting us know. We got this wrong, and we're sorry for the trouble it has caused. Please call our dedicated line {{contactLine}} and ask for {{handlerTitle}}, who will handle it personally. We will also contact you {{deadline}}.",
    publicHealth:
      "{{salutation}}, thank you for letting us know. Your health comes first: if you feel unwell, please see a doctor. We're sorry you went through this. Please call our dedicated line {{contactLine}} and ask for {{handlerTitle}}. We will also contact you {{deadline}}.",
    privateFormal: `{{salutation}},

I'm {{handlerFull}} from {{brand}}, and I will be looking after your case from here.

To make sure we have recorded it correctly, here is your message exactly as you wrote it:
{{verbatim}}
Could you confirm that this is complete and correct? If anything is missing or wrong, just tell me.

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

I will get back to you {{deadline}} with the next step. If you would rather talk, please call our dedicated line {{contactLine}} and ask for {{handlerTitle}}.

Best regards,
{{handlerFull}}
{{brand}}`,
    privateWarm: `{{salutation}},

Thanks so much for telling us about this. I'm {{handlerFull}} from {{brand}}, and I'll be working on this with you from here.

Here is your message exactly as you wrote it, so we have it on record:
{{verbatim}}
Could you check that I've got everything right? If there's anything to add or correct, just let me know.

{{infoNeeded}}

{{quadrantParagraph}}

{{boundary}}

{{faq}}

I'll be back in touch {{deadline}} with the next step. If you'd like to talk it through, call our dedicated line {{contactLine}} and ask for {{handlerTitle}}.

Warm wishes,
{{handlerFull}}
{{brand}}`,
  },
};

function builtin(language: DraftLanguage): Template[] {
  const b = BODIES[language];
  const base = { language, category: 'any', quadrant: 'any' } as const;
  return [
    {
      ...base,
      id: `builtin.${language}.public.formal`,
      name: 'Public reply (formal)',
      kind: 'public',
      tone: 'formal',
      body: b.publicFormal,
    },
    {
      ...base,
      id: `builtin.${language}.public.warm`,
      name: 'Public reply (warm)',
      kind: 'public',
      tone: 'warm',
      body: b.publicWarm,
    },
    ...RESPONSIBLE.map((quadrant): Template => ({
      ...base,
      id: `builtin.${language}.public.${quadrant}`,
      name: 'Public reply (company responsible)',
      kind: 'public',
      quadrant,
      tone: 'any',
      body: b.publicResponsible,
    })),
    {
      ...base,
      id: `builtin.${language}.public.health`,
      name: 'Public reply (health and safety)',
      kind: 'public',
      category: 'health',
      tone: 'any',
      body: b.publicHealth,
    },
    {
      ...base,
      id: `builtin.${language}.private.formal`,
      name: 'Private follow-up (formal)',
      kind: 'private',
      tone: 'formal',
      body: b.privateFormal,
    },
    {
      ...base,
      id: `builtin.${language}.private.warm`,
      name: 'Private follow-up (warm)',
      kind: 'private',
      tone: 'warm',
      body: b.privateWarm,
    },
  ];
}

export const BUILTIN_TEMPLATES: readonly Template[] = (['zh-TW', 'zh-CN', 'en'] as const).flatMap(builtin);
