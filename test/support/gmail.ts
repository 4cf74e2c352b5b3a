import type { BrowserContext } from '@playwright/test';
import { serveSite } from './browser';

/** Serves a Gmail fixture at https://mail.google.com/mail/u/0/ (threads are hash routes). */
export async function serveGmail(context: BrowserContext, html: string): Promise<void> {
  await serveSite(context, 'https://mail.google.com/**', () => html);
}

/** Remote images inside mails are requested by Gmail's page itself (through its image proxy), not by Tactful. */
export const isPageImage = (url: string) => url.startsWith('https://ci3.googleusercontent.com/');
