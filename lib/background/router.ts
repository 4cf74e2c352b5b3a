import { CorrectionsFullError } from '../corrections/store';
import type { CaseRow, TactfulDB } from '../db/schema';
import {
  describeZodError,
  requestSchema,
  type ErrorCode,
  toSummary,
  type ParsedRequest,
  type RequestType,
  type Response,
  type ResponseMap,
} from '../protocol';
import { AuthorMismatchError, captureParsed, casesBySourceKeys, type ParsedCapture } from '../records/capture';
import {
  addNote,
  caseCounts,
  CaseNotFoundError,
  changeStatus,
  InvalidTransitionError,
  logDraftUsed,
  markGone,
} from '../records/lifecycle';
import type { Settings } from '../settings/schema';
import type { CorrectionsKeeper } from './corrections';
import type { SenderSite } from './sender';
import { deadlineFor } from '../settings/schedule';

export interface RouterDeps {
  db: TactfulDB;
  getSettings: () => Promise<Settings>;
  openDashboard: (caseId?: string) => Promise<void>;
  /**
   * Called after anything that changes cases (refreshes the toolbar badge). A capture
   * passes the rows of the cases it created (empty when it only appended versions).
   */
  onCasesChanged?: (change?: { created: CaseRow[] }) => void;
  /** The single writer of the CSM's corrections (corrections.ts). */
  corrections?: CorrectionsKeeper;
  now?: () => number;
}

/**
 * Where a message came from (sender.ts): a site, an extension page, null for anything else
 * (a capture from there is refused), or undefined for a call inside the background itself.
 */
export type MessageOrigin = SenderSite | null | undefined;

type Handlers = {
  [T in RequestType]: (msg: Extract<ParsedRequest, { type: T }>, from: MessageOrigin) => Promise<ResponseMap[T]>;
};

/** A capture whose `source` is not the site of the tab that sent it. */
class SourceMismatchError extends Error {}

/** A message that only Tactful's own pages may send, sent from a site. */
class NotAllowedError extends Error {}

/** Refuses a message from anywhere but Tactful's own pages (or the background itself). */
function onlyFromExtension(from: MessageOrigin, what: string): void {
  if (from !== undefined && from !== 'extension')
    throw new NotAllowedError(`${what} can only be done from Tactful's own pages; nothing was changed`);
}

/** Refuses captures that name another site than the one they were sent from. */
function checkSources(captures: readonly ParsedCapture[], from: MessageOrigin): void {
  if (from === undefined || from === 'extension') return;
  const index = captures.findIndex((c) => c.source !== from);
  if (index < 0) return;
  throw new SourceMismatchError(
    `Not recorded: capture ${index + 1} says it was read on ${captures[index]!.source}, but it was sent from ${from ?? 'another site'}; nothing was stored`,
  );
}

function makeHandlers(deps: RouterDeps): Handlers {
  const now = () => deps.now?.() ?? Date.now();
  const corrections = () => {
    if (!deps.corrections) throw new Error('corrections are not available here');
    return deps.corrections;
  };
  return {
    ping: async () => ({ pong: true }),
    capture: async ({ capture }, from) => {
      checkSources([capture], from);
      const settings = await deps.getSettings();
      const [result] = await captureParsed(deps.db, [capture], {
        replyWithinHours: settings.replyWithinHours,
        deadlineFor: (seenAt) => deadlineFor(seenAt, settings),
        now: now(),
      });
      if (!result) throw new Error('nothing recorded');
      if (result.created || result.appended) deps.onCasesChanged?.({ created: result.created ? [result.case] : [] });
      return { case: toSummary(result.case), created: result.created, appended: result.appended };
    },
    captureBatch: async ({ captures }, from) => {
      checkSources(captures, from);
      const settings = await deps.getSettings();
      const results = await captureParsed(deps.db, captures, {
        replyWithinHours: settings.replyWithinHours,
        deadlineFor: (seenAt) => deadlineFor(seenAt, settings),
        now: now(),
      });
      if (results.some((r) => r.created || r.appended))
        deps.onCasesChanged?.({ created: results.filter((r) => r.created).map((r) => r.case) });
      return { results: results.map((r) => ({ case: toSummary(r.case), created: r.created, appended: r.appended })) };
    },
    'cases.bySourceKeys': async ({ sourceKeys }) => {
      const rows = await deps.db.transaction('r', deps.db.cases, () => casesBySourceKeys(deps.db, sourceKeys));
      return { cases: rows.map(toSummary) };
    },
    'cases.history': async ({ authorContact }) => {
      const rows = await deps.db.cases.where('authorContact').equals(authorContact).sortBy('firstSeenAt');
      return { cases: rows.map(toSummary) };
    },
    'case.setStatus': async ({ caseId, status }) => {
      const row = await changeStatus(deps.db, caseId, status, now());
      deps.onCasesChanged?.();
      return { case: toSummary(row) };
    },
    'case.addNote': async ({ caseId, text, confirmedByCustomer }) => ({
      eventId: await addNote(deps.db, caseId, text, confirmedByCustomer, now()),
    }),
    'case.draftUsed': async ({ sourceKey, kind, text }) => ({
      logged: await logDraftUsed(deps.db, sourceKey, kind, text, now()),
    }),
    'cases.markGone': async ({ sourceKeys }) => ({ marked: await markGone(deps.db, sourceKeys, now()) }),
    'cases.counts': async () => caseCounts(deps.db, now()),
    'dashboard.open': async ({ caseId }) => {
      await deps.openDashboard(caseId);
      return { opened: true };
    },
    'corrections.add': async ({ entry }, from) => {
      // A site adds only what was corrected on it; Tactful's pages may say where (the dashboard, a library).
      if (from !== undefined && from !== 'extension' && entry.via !== from)
        throw new SourceMismatchError(
          `Not stored: the correction says it was made on ${entry.via}, but it was sent from ${from ?? 'another site'}`,
        );
      return corrections().add(entry);
    },
    'corrections.undo': async ({ id }) => corrections().undo(id),
    'corrections.reset': async (_msg, from) => {
      onlyFromExtension(from, 'Resetting the corrections');
      return corrections().reset();
    },
    'corrections.import': async ({ entries }, from) => {
      onlyFromExtension(from, 'Importing corrections');
      return corrections().import(entries);
    },
    'corrections.forgetErased': async (_msg, from) => {
      onlyFromExtension(from, 'The erasure sweep');
      return corrections().forgetErased();
    },
  };
}

/** The protocol's error code for a handler's failure. */
function errorCode(err: unknown): ErrorCode {
  if (err instanceof CaseNotFoundError) return 'not_found';
  if (err instanceof InvalidTransitionError) return 'invalid_transition';
  if (err instanceof AuthorMismatchError) return 'author_mismatch';
  if (err instanceof SourceMismatchError) return 'source_mismatch';
  if (err instanceof CorrectionsFullError) return 'corrections_full';
  if (err instanceof NotAllowedError) return 'not_allowed';
  return 'internal';
}

/**
 * Parses and answers one message. Never throws: a message that does not parse gets
 * `invalid_message` and nothing is changed; a failing handler gets an error response.
 * `from` is where the message came from (the background's listener always says).
 */
export function createRouter(deps: RouterDeps) {
  const handlers = makeHandlers(deps);
  return async function handleMessage(raw: unknown, from?: MessageOrigin): Promise<Response<RequestType>> {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid_message', message: `Invalid message: ${describeZodError(parsed.error)}` },
      };
    }
    const msg = parsed.data;
    try {
      const handler = handlers[msg.type] as (m: ParsedRequest, f: MessageOrigin) => Promise<ResponseMap[RequestType]>;
      return { ok: true, data: await handler(msg, from) };
    } catch (err) {
      return { ok: false, error: { code: errorCode(err), message: err instanceof Error ? err.message : String(err) } };
    }
  };
}
