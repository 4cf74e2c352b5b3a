import { ContentScriptContext as WxtContentScriptContext } from 'wxt/utils/content-script-context';

/**
 * WXT's content-script context without its start-up signal. WXT announces every content
 * script to the page (a `postMessage` naming the extension id, received by every page script,
 * and a DOM event) and invalidates an older context when it sees that event, which a page
 * can replay to switch Tactful off. Tactful stops only when its own extension context is gone
 * (`browser.runtime.id`, see extension-context.ts), so the announcement is never sent and
 * never listened for. wxt.config.ts resolves WXT's `wxt/utils/content-script-context` to this
 * module for every importer but this one. (WXT 0.21.4 can leave the `postMessage` out with the
 * `noScriptStartedPostMessage` option, but it requires Node 22 and still dispatches and heeds
 * the event; Tactful builds with WXT 0.21.0 on Node 20.)
 */
export class ContentScriptContext extends WxtContentScriptContext {
  override stopOldScripts(): void {}
  override listenForNewerScripts(): void {}
}
