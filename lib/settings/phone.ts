/**
 * Toll-free numbers. The practice asks for a dedicated DIRECT line: a toll-free
 * 0800 line is often busy and does not reach the named handler.
 */
const TOLL_FREE_PATTERNS: readonly RegExp[] = [
  /^(?:886)?0?80[09]\d{6}$/, // Taiwan 0800-xxx-xxx, 0809-xxx-xxx
  /^(?:86)?(?:400|800)\d{7}$/, // mainland China 400-xxx-xxxx, 800-xxx-xxxx
  /^1?8(?:00|88|77|66|55|44|33)\d{7}$/, // North America 1-800, 888, 877, 866, 855, 844, 833
];

/** True when the phone number, whatever its punctuation, is a toll-free number. */
export function isTollFreeNumber(phone: string): boolean {
  const digits = phone.replace(/\D/g, '');
  return digits.length > 0 && TOLL_FREE_PATTERNS.some((re) => re.test(digits));
}

const COUNTRY_CODES = ['886', '852', '853', '86', '1', '44', '65', '60', '61', '81', '82'];

/**
 * The digits of a number as dialled inside its country, without trunk zeros: `+886-2-2345-6789`,
 * `(02) 2345 6789` and `02-2345-6789` all give `223456789`, so the same line written the
 * local or the international way is recognised as one.
 */
export function nationalDigits(phone: string): string {
  const trimmed = phone.trim();
  let digits = trimmed.replace(/\D/g, '');
  if (/^(?:\+|00)/.test(trimmed)) {
    digits = digits.replace(/^00/, '');
    const code = COUNTRY_CODES.find((c) => digits.startsWith(c));
    if (code) digits = digits.slice(code.length);
  }
  return digits.replace(/^0+/, '');
}
