import { makeTranslator, type UiLocale } from '../i18n';
import { contentStrings } from '../i18n/strings/content';
import { guardTrustedEvents } from './trusted-events';

const CSS = `
:host { all: initial; }
.bar { position: fixed; z-index: 2147483000; left: 50%; bottom: 16px; transform: translateX(-50%);
  display: flex; gap: 10px; align-items: center; padding: 8px 10px 8px 14px; border-radius: 10px;
  background: #1d2129; color: #fff; box-shadow: 0 6px 20px rgba(0,0,0,.3);
  font: 13px/1.3 system-ui, -apple-system, 'Segoe UI', 'Noto Sans TC', 'Noto Sans CJK TC', sans-serif; }
button { font: inherit; border: 0; border-radius: 6px; padding: 5px 10px; cursor: pointer; }
.reload { background: #4f8cff; color: #fff; font-weight: 600; }
.dismiss { background: transparent; color: #c9ced6; padding: 5px 6px; }
button:focus-visible { outline: 2px solid #9cc0ff; outline-offset: 2px; }
`;

/**
 * The one line shown after Tactful was updated or reloaded while this page stayed open: the
 * old content script can no longer reach the extension, so it has removed its badges and
 * panels, and says so instead of failing silently. Built from plain DOM and inline styles:
 * the extension's files cannot be loaded any more.
 */
export function showUpdateNotice(doc: Document, locale: UiLocale): HTMLElement {
  const t = makeTranslator(contentStrings, locale);
  const host = doc.createElement('span');
  host.setAttribute('data-tactful', 'update-notice-host');
  const shadow = guardTrustedEvents(host.attachShadow({ mode: 'open' }));
  const style = doc.createElement('style');
  style.textContent = CSS;
  const bar = doc.createElement('div');
  bar.className = 'bar';
  bar.setAttribute('role', 'status');
  bar.setAttribute('data-tactful', 'update-notice');
  const text = doc.createElement('span');
  text.textContent = t('updated');
  const reload = doc.createElement('button');
  reload.type = 'button';
  reload.className = 'reload';
  reload.textContent = t('reload');
  reload.setAttribute('data-tactful-action', 'reload-page');
  reload.addEventListener('click', () => doc.defaultView?.location.reload());
  const dismiss = doc.createElement('button');
  dismiss.type = 'button';
  dismiss.className = 'dismiss';
  dismiss.textContent = '×';
  dismiss.setAttribute('aria-label', t('dismiss'));
  dismiss.addEventListener('click', () => host.remove());
  bar.append(text, reload, dismiss);
  shadow.append(style, bar);
  (doc.body ?? doc.documentElement).append(host);
  return host;
}
