/**
 * Every Facebook selector Tactful relies on, with the live-DOM fact behind it
 * (see ../shared/notes/site-dom.md and the real saved pages of issue 13; facts marked
 * [inferred] were not confirmed by a saved page). Generated class names (x1n2onr6…) churn
 * and are never used, no selector matches a whole `class` attribute, and none depends on
 * `li` (2025 comments are plain `div`s) or on an `aria-label`'s wording.
 *
 * Next to each selector `FOO` stands `FOO_`: `[expected matches, fixture]` pairs on the
 * saved pages in test/fixtures/facebook/ (counted over the whole document, hidden
 * duplicates included; for label lists, the `[role=button]`s whose text or aria-label is
 * one of the labels). test/e2e/facebook-selectors.spec.ts walks them all, so a change in
 * Facebook's markup (mirrored in the fixtures) breaks a test, not a user. A selector
 * without its table fails that test too.
 */

/** Saved pages the tables refer to (see SAVED_PAGES in test/fixtures/facebook/posts.ts). */
export type FacebookFixtureName = 'en' | 'zh-TW' | 'zh-CN' | 'en-dialog' | 'es-2025' | 'zh-HK-shared';
export type SelectorExpectations = ReadonlyArray<readonly [count: number, fixture: FacebookFixtureName]>;

/**
 * Any article: comments and replies (an article with its own `comment_id` link, see thread.ts),
 * the post itself (an article holding the comment articles), a shared post's original.
 * Counts: comments and replies, their hidden copies (zh-TW 4, zh-CN 5), the feed preview
 * (en-dialog 1), and the post articles.
 */
export const ARTICLE = '[role="article"]';
export const ARTICLE_: SelectorExpectations = [
  [15, 'en'],
  [27, 'zh-TW'],
  [32, 'zh-CN'],
  [17, 'en-dialog'],
  [12, 'es-2025'],
  [10, 'zh-HK-shared'],
];

/**
 * Where a post's comments end: a feed unit (`aria-posinset`), a dialog (comment dialog, photo
 * viewer), or the post's own article (an article that is not a comment).
 */
export const POST_CONTAINER = '[aria-posinset], [role="dialog"], [role="article"]';
export const POST_CONTAINER_: SelectorExpectations = [
  [16, 'en'],
  [28, 'zh-TW'],
  [33, 'zh-CN'],
  [19, 'en-dialog'],
  [13, 'es-2025'],
  [11, 'zh-HK-shared'],
];

/** A dialog over the page (comment dialog, photo or video viewer): its copy of a comment is the one the user reads. */
export const DIALOG = '[role="dialog"]';
export const DIALOG_: SelectorExpectations = [
  [0, 'en'],
  [0, 'zh-TW'],
  [0, 'zh-CN'],
  [1, 'en-dialog'],
  [0, 'es-2025'],
  [0, 'zh-HK-shared'],
];

/**
 * One paragraph of text: `div[dir=auto][style="text-align: start;"]` (inside `span[lang][dir=auto]`
 * for comments; the post message uses the same). Counts: comment paragraphs + the post's.
 */
export const TEXT_PARAGRAPH = 'div[dir="auto"][style*="text-align"]';
export const TEXT_PARAGRAPH_: SelectorExpectations = [
  [15, 'en'],
  [27, 'zh-TW'],
  [33, 'zh-CN'],
  [17, 'en-dialog'],
  [12, 'es-2025'],
  [11, 'zh-HK-shared'],
];

/**
 * "See more": the only button inside a comment's text (a comment cut after a few lines), in
 * any interface language. One truncated comment per post (+ its hidden copy on zh-CN).
 */
export const SEE_MORE = `${TEXT_PARAGRAPH} [role="button"]`;
export const SEE_MORE_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [2, 'zh-CN'],
  [1, 'en-dialog'],
  [1, 'es-2025'],
  [0, 'zh-HK-shared'],
];

/** The author: an `a[role=link]` whose `span[dir=auto]` holds the display name (timestamps, mentions, links, the post header and the banner logo are links too). */
export const AUTHOR_LINK = 'a[role="link"]';
export const AUTHOR_LINK_: SelectorExpectations = [
  [32, 'en'],
  [58, 'zh-TW'],
  [72, 'zh-CN'],
  [35, 'en-dialog'],
  [28, 'es-2025'],
  [23, 'zh-HK-shared'],
];
export const AUTHOR_NAME = 'span[dir="auto"]';
export const AUTHOR_NAME_: SelectorExpectations = [
  [28, 'en'],
  [52, 'zh-TW'],
  [62, 'zh-CN'],
  [30, 'en-dialog'],
  [23, 'es-2025'],
  [18, 'zh-HK-shared'],
];

/**
 * Links carrying a comment id: the timestamp permalink (`comment_id`, + `reply_comment_id` for
 * replies; numeric on older pages, base64 of "comment:<postId>_<commentId>" on 2025 pages,
 * whose post paths are `pfbid…` tokens) and the author link (base64 `comment_id`). Two per
 * comment — plus any a commenter pasted into a text, which are never the comment's own.
 */
export const COMMENT_ID_LINK = 'a[href*="comment_id="]';
export const COMMENT_ID_LINK_: SelectorExpectations = [
  [28, 'en'],
  [52, 'zh-TW'],
  [62, 'zh-CN'],
  [30, 'en-dialog'],
  [23, 'es-2025'],
  [18, 'zh-HK-shared'],
];

/** Buttons in a comment (Like, Reply, "See more" inside the text) and around it. */
export const BUTTON = '[role="button"]';
export const BUTTON_: SelectorExpectations = [
  [31, 'en'],
  [55, 'zh-TW'],
  [66, 'zh-CN'],
  [36, 'en-dialog'],
  [26, 'es-2025'],
  [20, 'zh-HK-shared'],
];

/** Any contenteditable textbox: comment and reply boxes, and Messenger's chat boxes ("Message"), which are not. */
export const COMPOSER_EDITOR = 'div[contenteditable="true"][role="textbox"]';
export const COMPOSER_EDITOR_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [1, 'zh-CN'],
  [1, 'en-dialog'],
  [2, 'es-2025'],
  [1, 'zh-HK-shared'],
];
export const LEXICAL_EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
export const LEXICAL_EDITOR_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [1, 'zh-CN'],
  [1, 'en-dialog'],
  [2, 'es-2025'],
  [1, 'zh-HK-shared'],
];
/** Every real comment and reply box sits in a `form[role=presentation]`; Messenger's chat box does not. */
export const COMPOSER_FORM = 'form[role="presentation"]';
export const COMPOSER_FORM_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [1, 'zh-CN'],
  [1, 'en-dialog'],
  [1, 'es-2025'],
  [1, 'zh-HK-shared'],
];
/** A comment or reply box: the editor inside such a form (what Insert and live lint use). */
export const REPLY_BOX = `${COMPOSER_FORM} ${COMPOSER_EDITOR}`;
export const REPLY_BOX_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [1, 'zh-CN'],
  [1, 'en-dialog'],
  [1, 'es-2025'],
  [1, 'zh-HK-shared'],
];

/** Post text: `[data-ad-rendering-role="story_message"]` (or `[data-ad-preview="message"]`). */
export const POST_MESSAGE = '[data-ad-rendering-role="story_message"], [data-ad-preview="message"]';
export const POST_MESSAGE_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [1, 'zh-CN'],
  [2, 'en-dialog'],
  [1, 'es-2025'],
  [1, 'zh-HK-shared'],
];

/**
 * Heading links of a post: the author's name (h2–h4 or strong). On a shared post the first
 * one names the original author, not the sharer, so the page a comment belongs to comes from
 * the comment's own permalink; these only give the page's display name.
 */
export const POST_HEADER_LINK = 'h2 a[role="link"], h3 a[role="link"], h4 a[role="link"], strong a[role="link"]';
export const POST_HEADER_LINK_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [1, 'zh-CN'],
  [2, 'en-dialog'],
  [1, 'es-2025'],
  [1, 'zh-HK-shared'],
];

/**
 * Labels of the Reply button in the interface languages Facebook offers in Taiwan, Hong Kong
 * and the United States (English confirmed; the others [inferred]). A fallback: in any other
 * language the Reply button is found by its place in the action row (composer.ts). One per
 * comment where the viewer may reply (logged-out pages have none).
 */
export const REPLY_LABELS = [
  'Reply',
  '回覆',
  '回应',
  '回應',
  '回复',
  '返信する',
  '返信',
  '답글 달기',
  'Responder',
  'Répondre',
  'Antworten',
  'Rispondi',
  'Beantwoorden',
  'Phản hồi',
  'Trả lời',
  'ตอบกลับ',
  'Balas',
  'Tumugon',
  'Sumagot',
  'जवाब दें',
  'رد',
  'השב',
  'Ответить',
  'Відповісти',
  'Odpowiedz',
  'Yanıtla',
  'Reponn',
  'پاسخ',
  'উত্তর দিন',
  'Svara',
  'Απάντηση',
  'Odpovědět',
  'Răspunde',
];
export const REPLY_LABELS_: SelectorExpectations = [
  [14, 'en'],
  [26, 'zh-TW'],
  [31, 'zh-CN'],
  [15, 'en-dialog'],
  [11, 'es-2025'],
  [9, 'zh-HK-shared'],
];
