import { useEffect, useMemo, useState } from 'react';
import { draftReplies, type DraftInput, type DraftOutput } from '../../lib/draft/draft';

/**
 * Generated drafts plus the CSM's edits. Changing an input that shapes the draft
 * (quadrant, tone, FAQ answers, settings, templates) regenerates both texts.
 */
export function useDrafts(input: DraftInput) {
  const { text, detection, authorName, source, language, quadrant, category, faq, tone, settings, library, uiLocale, includeBoundary } = input;
  const generated: DraftOutput = useMemo(
    () => draftReplies({ text, detection, authorName, source, language, quadrant, category, faq, tone, settings, library, uiLocale, includeBoundary }),
    [text, detection, authorName, source, language, quadrant, category, faq, tone, settings, library, uiLocale, includeBoundary],
  );
  const [publicText, setPublicText] = useState(generated.public);
  const [privateText, setPrivateText] = useState(generated.private);
  useEffect(() => {
    setPublicText(generated.public);
    setPrivateText(generated.private);
  }, [generated]);
  return { generated, publicText, setPublicText, privateText, setPrivateText };
}
