import { useRef } from 'react';

export interface JsonFileButtonProps {
  /** The button's text (also the hidden input's accessible name). */
  label: string;
  /** The hidden file input's `data-tactful` name (tests and outside checks set files on it). */
  inputName: string;
  onFile: (file: File) => void;
}

/**
 * A button that opens the file chooser for one JSON file: the input stays hidden, and its
 * value is cleared after each choice so that choosing the same file again works.
 */
export function JsonFileButton({ label, inputName, onFile }: JsonFileButtonProps) {
  const input = useRef<HTMLInputElement>(null);
  return (
    <>
      <button type="button" onClick={() => input.current?.click()}>
        {label}
      </button>
      <input
        ref={input}
        type="file"
        hidden
        accept="application/json,.json"
        data-tactful={inputName}
        aria-label={label}
        onChange={(e) => {
          const file = e.target.files?.[0];
          e.target.value = '';
          if (file) onFile(file);
        }}
      />
    </>
  );
}
