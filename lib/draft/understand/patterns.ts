import { NOT_SHIPPED, REPEATED_CONTACT_PATTERNS } from '../variables';
import { SERVICE_CONCEPTS } from '../boundary';
import { DEADLINE_PATTERNS, WANTS_PATTERNS } from './customer-deadline';
import {
  ARRIVED_PATTERNS,
  INFO_PATTERNS,
  SERVICE_PLAN_PATTERNS,
  VISIT_PATTERNS,
  WRONG_ITEM_PATTERNS,
} from './given-info';
import {
  HAZARD_PATTERNS,
  HURT_PATTERNS,
  PRIVACY_OTHER_PATTERNS,
  PRIVACY_OWN_PATTERNS,
  PRODUCT_WORDS,
} from './incident';
import { DEFECT_PATTERNS, NEGATIVE_PATTERNS, PRAISE_PATTERNS, QUESTION_PATTERNS } from './message-kind';
import { PROBLEM_PATTERNS, CATEGORY_CUES } from './problem';
import {
  CONTACT_LINE_PATTERNS,
  CONTRAST,
  GREETING_PATTERNS,
  GREETING_PREFIX,
  NUMBERED_ITEM,
  PROFANITY_PATTERNS,
  REQUEST_PATTERNS,
  SELF_INTRO_PATTERNS,
  SIGNOFF_PATTERNS,
  VENTING_PATTERNS,
} from './read-back';

/**
 * Every regular expression the drafting code runs on customer text, in one table, so a
 * linear-time harness can check them all (lib/draft/understand/patterns.test.ts feeds each
 * a long adversarial input). The service concepts match by substring, not by pattern.
 */
export const CUSTOMER_TEXT_PATTERNS: Readonly<Record<string, readonly RegExp[]>> = {
  question: QUESTION_PATTERNS,
  praise: PRAISE_PATTERNS,
  negative: NEGATIVE_PATTERNS,
  defect: DEFECT_PATTERNS,
  repeatedContact: REPEATED_CONTACT_PATTERNS,
  notShipped: [NOT_SHIPPED],
  hazard: HAZARD_PATTERNS,
  hurt: HURT_PATTERNS,
  privacyOther: PRIVACY_OTHER_PATTERNS,
  privacyOwn: PRIVACY_OWN_PATTERNS,
  product: PRODUCT_WORDS.map((w) => w.re),
  deadline: DEADLINE_PATTERNS,
  wants: WANTS_PATTERNS.map(([, re]) => re),
  info: Object.values(INFO_PATTERNS).flat(),
  servicePlan: SERVICE_PLAN_PATTERNS,
  wrongItem: WRONG_ITEM_PATTERNS,
  visit: VISIT_PATTERNS,
  arrived: ARRIVED_PATTERNS,
  problem: [...Object.values(PROBLEM_PATTERNS).flat(), ...Object.values(CATEGORY_CUES).flat()],
  greeting: [...GREETING_PATTERNS, ...GREETING_PREFIX],
  signoff: SIGNOFF_PATTERNS,
  contactLine: CONTACT_LINE_PATTERNS,
  numbered: [NUMBERED_ITEM],
  profanity: PROFANITY_PATTERNS,
  request: REQUEST_PATTERNS,
  venting: VENTING_PATTERNS,
  selfIntro: SELF_INTRO_PATTERNS,
  contrast: [CONTRAST],
};

export const SERVICE_CONCEPT_COUNT = SERVICE_CONCEPTS.length;
