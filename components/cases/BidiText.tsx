import { codePointLabel, splitBidi } from '../../lib/records/bidi';

/**
 * A field of untrusted text, isolated from its neighbours (`<bdi>`), with every bidi control
 * character (lib/records/bidi.ts) taken out of the layout and shown as a visible marker
 * (`⟨RLO⟩`, the code point in its tooltip). The characters stay in the DOM text, so the
 * element's text is the exact stored text; they just cannot reorder anything.
 */
export function BidiText({ text }: { text: string }) {
  const parts = splitBidi(text);
  return (
    <bdi>
      {parts.length === 1 && !parts[0]!.control
        ? text
        : parts.map((part, i) =>
            part.control ? (
              <span key={i} className="bidi-mark" data-bidi={part.control} title={codePointLabel(part.text)}>
                <span hidden>{part.text}</span>
              </span>
            ) : (
              part.text
            ),
          )}
    </bdi>
  );
}
