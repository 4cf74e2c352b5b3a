import type { Category, Quadrant } from '../../detect/types';
import type { InfoItem } from '../understand/given-info';

/** What a draft says about an incident, worded for the product. */
export interface IncidentContext {
  /** The product as named in this language, or null. */
  product: string | null;
  electric: boolean;
  food: boolean;
  hurt: boolean;
}

/** The answer to a deadline the customer set. */
export interface DeadlineAnswer {
  /** The customer's words (「本週內書面說明」, "by Friday"). */
  phrase: string;
  /** Their day, formatted (「12/11（五）」). */
  theirDay: string;
  /** Our time frame, formatted. */
  ours: string;
  written: boolean;
}

export type ResponsibleQuadrant = 'reasonable-responsible' | 'unreasonable-responsible';

/**
 * Everything a draft says that depends on the language, written natively for each:
 * Taiwan usage for zh-TW (專線、分機、聯繫), mainland usage for zh-CN (专线、转、联系),
 * plain professional English. Lists are variants: one is chosen per comment.
 */
export interface Catalog {
  placeholders: { line: string; handler: string; brand: string; service: string };
  anonymousCustomer: string;
  salutation: (name: string) => string;
  /** Opening of a private message: 「陳大明 您好：」 / "Hi Jane,". */
  letterSalutation: (name: string) => string;
  contactLine: (phone: string, extension: string, hours: string) => string;
  /** Service hours written from the schedule: 「週一至週五 09:00–18:00」. */
  scheduleHours: (days: readonly number[], open: string, close: string, timeZone: string) => string;
  /** The one short clause naming the problem. */
  problem: {
    words: (customerWords: string) => string;
    byCategory: Record<Category, string>;
    /** English: frames around the customer's object (order, kettle…). */
    withObject?: Partial<Record<Category, (object: string) => string>>;
  };
  apologies: { formal: readonly string[]; warm: readonly string[]; repeated: readonly string[] };
  /** Invitation to the other channels, appended to the line's invitation ('' when none). */
  channels: (messenger: boolean, lineId: string) => string;
  /** The customer's points, quoted (numbered when several). */
  readBack: (points: readonly string[]) => string;
  infoItems: Record<InfoItem, string>;
  infoAsk: (items: readonly string[]) => string;
  /** Said when the message already gives everything the category needs. */
  infoComplete: string;
  incident: {
    healthPublic: (c: IncidentContext) => string;
    healthPrivate: (c: IncidentContext) => string;
    privacyOtherPublic: string;
    privacyOtherPrivate: string;
    privacyOwnPublic: string;
    privacyOwnPrivate: string;
    /** Replaces the situation paragraph in incident follow-ups. */
    paragraph: string;
  };
  /** The situation's strategy; the responsible ones admit the mistake (only when the CSM chose them). */
  quadrantParagraph: Record<Quadrant, string>;
  /** The responsible situations as suggested by the detector but not confirmed: no admission. */
  quadrantUnconfirmed: Record<ResponsibleQuadrant, string>;
  boundary: (paid: readonly string[], included: readonly string[], bonus: readonly string[]) => string;
  faqIntro: string;
  deadlineAccepted: (a: DeadlineAnswer) => string;
  deadlineTooSoon: (a: DeadlineAnswer) => string;
  list: (items: readonly string[]) => string;
  /** Templates of the library (public variants per tone, incidents, follow-ups). */
  bodies: {
    publicFormal: readonly string[];
    publicWarm: readonly string[];
    publicHealth: string;
    publicPrivacy: string;
    privateFormal: string;
    privateWarm: string;
  };
  /** Built-in scripts outside the library. */
  scripts: {
    messenger: string;
    questionPublic: readonly string[];
    questionPrivate: string;
    /** Said when no FAQ entry answers the question. */
    questionNoAnswer: string;
    praisePublic: readonly string[];
    praisePrivate: string;
    commentPublic: readonly string[];
    closingPublic: readonly string[];
    closingPrivate: string;
  };
}
