import { detect, type CorrectionSet, type DetectionResult } from '../../detect';
import type { GmailMessage } from '../../sites/gmail';
import type { SidebarMessage } from './view';

/**
 * The verdict on a message's new part, with the CSM's corrections applied. Newsletters and
 * other bulk mail are never complaints, whatever their wording — unless the CSM said this one is.
 */
export function judge(
  message: GmailMessage,
  sensitivity: number,
  corrections: CorrectionSet | undefined,
): DetectionResult {
  const detection = detect(message.newText, { sensitivity, corrections });
  const decided = detection.correction && detection.correction.match !== 'learned';
  return message.bulk && !decided ? { ...detection, complaint: false, severity: 'none', categories: [] } : detection;
}

/** What the sidebar shows of a message (plain data: no element). */
export function pick(m: GmailMessage): Omit<SidebarMessage, 'detection'> {
  return {
    id: m.id,
    senderName: m.senderName,
    senderEmail: m.senderEmail,
    date: m.date,
    fullText: m.fullText,
    newText: m.newText,
  };
}
