/**
 * Every Facebook selector Tactful relies on, with the live-DOM fact behind it
 * (see ../shared/notes/site-dom.md; facts marked [inferred] were not confirmed by a saved
 * page). Generated class names (x1n2onr6…) churn and are never used. Each selector's
 * expected match counts on the fixtures are checked by selectors.test.ts.
 */

/** A comment or reply: `div[role=article]` WITH a non-empty aria-label ("Comment by NAME 2h"); the post's own article has none. */
export const COMMENT_ARTICLE = 'div[role="article"][aria-label]:not([aria-label=""])';

/** Post containers: feed units carry aria-posinset; a permalink may open in a dialog; the post itself is an article without a label. */
export const POST_CONTAINER = '[aria-posinset], [role="dialog"], div[role="article"]:not([aria-label]), div[role="article"][aria-label=""]';

/** One paragraph of comment text: `div[dir=auto][style="text-align: start;"]` (inside `span[lang][dir=auto]`). */
export const TEXT_PARAGRAPH = 'div[dir="auto"][style*="text-align"]';

/** The author: an `a[role=link]` whose `span[dir=auto]` holds the display name. */
export const AUTHOR_LINK = 'a[role="link"]';
export const AUTHOR_NAME = 'span[dir="auto"]';

/** Links carrying the comment id: the timestamp permalink has numeric `comment_id` / `reply_comment_id`. */
export const COMMENT_ID_LINK = 'a[href*="comment_id="]';

/** Buttons in a comment (Like, Reply, "See more" inside the text). */
export const BUTTON = '[role="button"]';

/** The Lexical comment editor; Messenger boxes match too, so scope to a post. */
export const COMPOSER_EDITOR = 'div[contenteditable="true"][role="textbox"]';
export const LEXICAL_EDITOR = 'div[contenteditable="true"][role="textbox"][data-lexical-editor="true"]';
export const COMPOSER_FORM = 'form[role="presentation"]';

/** Post text: `[data-ad-rendering-role="story_message"]` (or `[data-ad-preview="message"]`). */
export const POST_MESSAGE = '[data-ad-rendering-role="story_message"], [data-ad-preview="message"]';

/** The post's header link to the page (first heading link in the post) [inferred]. */
export const POST_HEADER_LINK = 'h2 a[role="link"], h3 a[role="link"], h4 a[role="link"], strong a[role="link"]';

/** Localised labels of the Reply button (the button has no stable attribute) [inferred for zh]. */
export const REPLY_LABELS = ['Reply', '回覆', '回复', '回應'];

/** Localised "See more" labels inside truncated comment text. */
export const SEE_MORE_LABELS = ['See more', '查看更多', '顯示更多', '显示更多', '查看更多內容', '展开'];
