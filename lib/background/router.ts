import type { CaseRow, TactfulDB } from '../db/schema';
import {
  describeZodError,
  requestSchema,
  toSummary,
  type ParsedRequest,
  type RequestType,
  type Response,
  type ResponseMap,
} from '../protocol';
import { captureParsed, casesBySourceKeys } from '../records/capture';
import { addNote, caseCounts, CaseNotFoundError, changeStatus, logDraftUsed, markGone } from '../records/lifecycle';
import type { Settings } from '../settings/schema';

export interface RouterDeps {
  db: TactfulDB;
  getSettings: () => Promise<Settings>;
  openDashboard: (caseId?: string) => Promise<void>;
  /**
   * Called after anything that changes cases (refreshes the toolbar badge). A capture
   * passes the rows of the cases it created (empty when it only appended versions).
   */
  onCasesChanged?: (change?: { created: CaseRow[] }) => void;
  now?: () => number;
}

type Handlers = { [T in RequestType]: (msg: Extract<ParsedRequest, { type: T }>) => Promise<ResponseMap[T]> };

function makeHandlers(deps: RouterDeps): Handlers {
  const now = () => deps.now?.() ?? Date.now();
  return {
    ping: async () => ({ pong: true }),
    capture: async ({ capture }) => {
      const settings = await deps.getSettings();
      const [result] = await captureParsed(deps.db, [capture], {
        replyWithinHours: settings.replyWithinHours,
        now: now(),
      });
      if (!result) throw new Error('nothing recorded');
      if (result.created || result.appended) deps.onCasesChanged?.({ created: result.created ? [result.case] : [] });
      return { case: toSummary(result.case), created: result.created, appended: result.appended };
    },
    captureBatch: async ({ captures }) => {
      const settings = await deps.getSettings();
      const results = await captureParsed(deps.db, captures, {
        replyWithinHours: settings.replyWithinHours,
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
  };
}

/**
 * Parses and answers one message. Never throws: a message that does not parse gets
 * `invalid_message` and nothing is changed; a failing handler gets an error response.
 */
export function createRouter(deps: RouterDeps) {
  const handlers = makeHandlers(deps);
  return async function handleMessage(raw: unknown): Promise<Response<RequestType>> {
    const parsed = requestSchema.safeParse(raw);
    if (!parsed.success) {
      return {
        ok: false,
        error: { code: 'invalid_message', message: `Invalid message: ${describeZodError(parsed.error)}` },
      };
    }
    const msg = parsed.data;
    try {
      const handler = handlers[msg.type] as (m: ParsedRequest) => Promise<ResponseMap[RequestType]>;
      return { ok: true, data: await handler(msg) };
    } catch (err) {
      if (err instanceof CaseNotFoundError) return { ok: false, error: { code: 'not_found', message: err.message } };
      return { ok: false, error: { code: 'internal', message: err instanceof Error ? err.message : String(err) } };
    }
  };
}
