/**
 * Every Gmail selector Tactful relies on, with the live-DOM fact behind it (see
 * ../shared/notes/site-dom.md; seen 2023–2025 in InboxSDK's driver and gmail.js).
 * Stable for ten years: adn ads, gD/g2 with email/name, g3[title], ii gt, a3s, ajR/adL,
 * aaq, h7/kv/kQ, hP, M9, g_editable, data-message-id. The thread container churns, so
 * several generations are listed and the visible one wins.
 */

/** Thread containers, newest first (`.a98.iY` since late 2023; `.PeIF1d`, `.if`, `table.Bs > tr` before). */
export const THREAD_CONTAINERS = [
  '[role="main"] .a98.iY',
  '[role="main"] .PeIF1d',
  '[role="main"] .if',
  '[role="main"] table.Bs > tr',
];

/** Subject heading; carries data-legacy-thread-id (hex) and data-thread-perm-id. */
export const SUBJECT = 'h2.hP';

/** One message (expanded or collapsed): `div.adn.ads[data-message-id]`; own sent messages use `#msg-a:…`. */
export const MESSAGE = 'div.adn[data-message-id]';

/**
 * A message's list item says whether it is open: `[role=listitem][aria-expanded="true"]` on
 * real Gmail (sturdier than the `h7`/`kv` classes); without the attribute, a visible body
 * with text means open.
 */
export const MESSAGE_ITEM = 'div[role="listitem"]';
export const EXPANDED_ITEM = 'div[role="listitem"][aria-expanded="true"]';

/** Sender: `span.gD[email][name]` in the message header. */
export const SENDER = 'span.gD[email]';

/** Date: `span.g3[title]` holds the full localised date. */
export const DATE = 'span.g3[title]';

/**
 * Body: `div.ii.gt > div.a3s`. Gmail renders a hidden twin after it,
 * `<div class="ii gt" style="display:none"><div class="a3s aiL "></div></div>`, which matches
 * too: skip invisible or empty bodies.
 */
export const BODY = 'div.ii.gt div.a3s';

/** Excluded from analysis (kept in the record): quoted history, trimmed content and its toggle. */
export const QUOTED =
  'div.gmail_quote, blockquote.gmail_quote, div.gmail_attr, div.adL, div.ajR, div.gmail_signature, span.HOEnZb';

/** Header Reply button (`div.aaq[role=button]`) and footer Reply link (`span.ams.bkH`); A/B tests may duplicate — pick the visible one. */
export const REPLY_BUTTONS = ['div.aaq[role="button"]', 'span.ams.bkH[role="link"]'];

/** The message editor of a reply or compose: role + g_editable, never its localised aria-label. */
export const EDITOR = 'div[role="textbox"][contenteditable="true"][g_editable="true"]';

/** Gmail's signature inside the editor. */
export const EDITOR_SIGNATURE = 'div.gmail_signature, div[data-smartmail="gmail_signature"]';

/**
 * Gmail's own "Unsubscribe" control beside the sender, shown for mail with a `List-Unsubscribe`
 * header: newsletters, but also a customer's message delivered through a Google Group (see bulk.ts).
 */
export const GMAIL_UNSUBSCRIBE = 'span.Ca';

/**
 * What each selector must match in the saved Gmail fixtures (refined-github's habit):
 * `[expected count, fixture, hash route, open the reply editor first?]`. The table test
 * (test/e2e/gmail-selectors.spec.ts) fails when a fixture — and so, once the fixture is
 * refreshed from the live page, Gmail — no longer has what a selector expects. Legacy
 * thread containers (`.PeIF1d`, `.if`, `table.Bs`) are fallbacks for older Gmail
 * builds and match nothing in today's pages, so they are not listed.
 */
export type SelectorExpectation = readonly [count: number, fixture: 'en' | 'zh-TW', route: string, replyOpen?: boolean];
export const SELECTOR_EXPECTATIONS: Record<string, readonly SelectorExpectation[]> = {
  [THREAD_CONTAINERS[0]!]: [
    [5, 'en', '#inbox'],
    [3, 'zh-TW', '#inbox'],
  ],
  [SUBJECT]: [
    [5, 'en', '#inbox'],
    [3, 'zh-TW', '#inbox'],
  ],
  [MESSAGE]: [
    [5, 'en', '#inbox'],
    [6, 'zh-TW', '#inbox'],
  ],
  [EXPANDED_ITEM]: [
    [5, 'en', '#inbox'],
    [4, 'zh-TW', '#inbox'],
  ],
  [GMAIL_UNSUBSCRIBE]: [
    [2, 'en', '#inbox'],
    [0, 'zh-TW', '#inbox'],
  ],
  [SENDER]: [
    [5, 'en', '#inbox'],
    [6, 'zh-TW', '#inbox'],
  ],
  // Collapsed messages show no date cell.
  [DATE]: [
    [5, 'en', '#inbox'],
    [4, 'zh-TW', '#inbox'],
  ],
  // Expanded messages: the visible body and its hidden empty twin (also `.a3s`); collapsed ones keep one hidden body.
  [BODY]: [
    [10, 'en', '#inbox'],
    [10, 'zh-TW', '#inbox'],
  ],
  [QUOTED]: [
    [2, 'en', '#inbox'],
    [11, 'zh-TW', '#inbox'],
  ],
  [REPLY_BUTTONS[0]!]: [
    [5, 'en', '#inbox'],
    [4, 'zh-TW', '#inbox'],
  ],
  [REPLY_BUTTONS[1]!]: [
    [5, 'en', '#inbox'],
    [3, 'zh-TW', '#inbox'],
  ],
  [EDITOR]: [
    [0, 'en', '#inbox/FMfcgzQXJWDsKmvRgtnQbxLpNwHfTzrD'],
    [1, 'en', '#inbox/FMfcgzQXJWDsKmvRgtnQbxLpNwHfTzrD', true],
    [1, 'zh-TW', '#inbox/KtbxLwGrZmVwfHjTPqXbJcgSzKdNnXqN', true],
  ],
  [EDITOR_SIGNATURE]: [[1, 'en', '#inbox/FMfcgzQXJWDsKmvRgtnQbxLpNwHfTzrD', true]],
};
