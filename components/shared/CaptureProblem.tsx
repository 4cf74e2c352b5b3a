/** Why a capture of this comment or message failed ("Not recorded: …"), shown until one succeeds. */
export function CaptureProblem({ text }: { text: string | null | undefined }) {
  if (!text) return null;
  return (
    <p className="tf-notice tf-error" role="alert" data-tactful="capture-problem">
      {text}
    </p>
  );
}
