/**
 * Every Facebook selector Tactful relies on, with the live-DOM fact behind it
 * (see ../shared/notes/site-dom.md; facts marked [inferred] were not confirmed by a saved
 * page). Generated class names (x1n2onr6…) churn and are never used, and no selector
 * matches a whole `class` attribute.
 *
 * Next to each selector `FOO` stands `FOO_`: `[expected matches, fixture]` pairs on the
 * saved pages in test/fixtures/facebook/ (counted over the whole document, hidden
 * duplicates included; for label lists, the `[role=button]`s whose text or aria-label is
 * one of the labels). test/e2e/facebook-selectors.spec.ts walks them all, so a change in
 * Facebook's markup (mirrored in the fixtures) breaks a test, not a user. A selector
 * without its table fails that test too.
 */

/** Saved pages the tables refer to (see SAVED_PAGES in test/fixtures/facebook/posts.ts). */
export type FacebookFixtureName = 'en' | 'zh-TW' | 'zh-CN' | 'en-dialog';
export type SelectorExpectations = ReadonlyArray<readonly [count: number, fixture: FacebookFixtureName]>;

/**
 * A comment or reply: `div[role=article]` WITH a non-empty aria-label ("Comment by NAME 2h");
 * the post's own article has none. Seen 2024–2025 in saved pages (English, Dutch, Slovak).
 * Counts: every comment and reply, plus hidden duplicates (zh-TW 4, zh-CN 5) and the feed preview (en-dialog 1).
 */
export const COMMENT_ARTICLE = 'div[role="article"][aria-label]:not([aria-label=""])';
export const COMMENT_ARTICLE_: SelectorExpectations = [
  [14, 'en'],
  [26, 'zh-TW'],
  [31, 'zh-CN'],
  [15, 'en-dialog'],
];

/** Any article (comments, replies, posts): where a comment's own elements end (a nested article is not its own). */
export const ANY_ARTICLE = '[role="article"]';
export const ANY_ARTICLE_: SelectorExpectations = [
  [15, 'en'],
  [27, 'zh-TW'],
  [32, 'zh-CN'],
  [17, 'en-dialog'],
];

/** Post containers: feed units carry aria-posinset; a permalink may open in a dialog; the post itself is an article without a label. */
export const POST_CONTAINER =
  '[aria-posinset], [role="dialog"], div[role="article"]:not([aria-label]), div[role="article"][aria-label=""]';
export const POST_CONTAINER_: SelectorExpectations = [
  [2, 'en'],
  [2, 'zh-TW'],
  [2, 'zh-CN'],
  [4, 'en-dialog'],
];

/** A dialog over the page (comment dialog, photo or video viewer): its copy of a comment is the one the user reads. */
export const DIALOG = '[role="dialog"]';
export const DIALOG_: SelectorExpectations = [
  [0, 'en'],
  [0, 'zh-TW'],
  [0, 'zh-CN'],
  [1, 'en-dialog'],
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
];

/** The author: an `a[role=link]` whose `span[dir=auto]` holds the display name (timestamps, mentions, links, the post header and the banner logo are links too). */
export const AUTHOR_LINK = 'a[role="link"]';
export const AUTHOR_LINK_: SelectorExpectations = [
  [32, 'en'],
  [58, 'zh-TW'],
  [72, 'zh-CN'],
  [35, 'en-dialog'],
];
export const AUTHOR_NAME = 'span[dir="auto"]';
export const AUTHOR_NAME_: SelectorExpectations = [
  [28, 'en'],
  [52, 'zh-TW'],
  [62, 'zh-CN'],
  [30, 'en-dialog'],
];

/**
 * Links carrying the comment id: the timestamp permalink has numeric `comment_id`
 * (+ `reply_comment_id` for replies), the author link a base64 `comment_id`. Two per comment.
 */
export const COMMENT_ID_LINK = 'a[href*="comment_id="]';
export const COMMENT_ID_LINK_: SelectorExpectations = [
  [28, 'en'],
  [52, 'zh-TW'],
  [62, 'zh-CN'],
  [30, 'en-dialog'],
];

/** Buttons in a comment (Like, Reply, "See more" inside the text) and around it. */
export const BUTTON = '[role="button"]';
export const BUTTON_: SelectorExpectations = [
  [31, 'en'],
  [55, 'zh-TW'],
  [66, 'zh-CN'],
  [36, 'en-dialog'],
];

/** The Lexical comment editor; Messenger boxes match too, so scope to a post. */
export const COMPOSER_EDITOR = 'div[contenteditable="true"][role="textbox"]';
export const COMPOSER_EDITOR_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [1, 'zh-CN'],
  [1, 'en-dialog'],
];
export const LEXICAL_EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
export const LEXICAL_EDITOR_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [1, 'zh-CN'],
  [1, 'en-dialog'],
];
export const COMPOSER_FORM = 'form[role="presentation"]';
export const COMPOSER_FORM_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [1, 'zh-CN'],
  [1, 'en-dialog'],
];

/** Post text: `[data-ad-rendering-role="story_message"]` (or `[data-ad-preview="message"]`). */
export const POST_MESSAGE = '[data-ad-rendering-role="story_message"], [data-ad-preview="message"]';
export const POST_MESSAGE_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [1, 'zh-CN'],
  [2, 'en-dialog'],
];

/** The post's header link to the page (first heading link in the post) [inferred]. */
export const POST_HEADER_LINK = 'h2 a[role="link"], h3 a[role="link"], h4 a[role="link"], strong a[role="link"]';
export const POST_HEADER_LINK_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [1, 'zh-CN'],
  [2, 'en-dialog'],
];

/** Localised labels of the Reply button (the button has no stable attribute) [inferred for zh]. One per comment. */
export const REPLY_LABELS = ['Reply', '回覆', '回复', '回應'];
export const REPLY_LABELS_: SelectorExpectations = [
  [14, 'en'],
  [26, 'zh-TW'],
  [31, 'zh-CN'],
  [15, 'en-dialog'],
];

/** Localised "See more" labels inside truncated comment text (zh-CN 展开 [inferred]). One truncated comment per post (+ its hidden copy on zh-CN). */
export const SEE_MORE_LABELS = ['See more', '查看更多', '顯示更多', '显示更多', '查看更多內容', '展开'];
export const SEE_MORE_LABELS_: SelectorExpectations = [
  [1, 'en'],
  [1, 'zh-TW'],
  [2, 'zh-CN'],
  [1, 'en-dialog'],
];
