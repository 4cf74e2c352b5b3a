import { useEffect, useState } from 'react';
import { openDatabase, type CaseRow } from '../../lib/db/schema';

// Minimal case list from the foundation; the cases dashboard issue replaces it.
export function CasesApp() {
  const [cases, setCases] = useState<CaseRow[] | null>(null);
  useEffect(() => {
    void openDatabase().cases.orderBy('firstSeenAt').reverse().toArray().then(setCases);
  }, []);
  if (!cases) return null;
  return (
    <main>
      <h1>Cases</h1>
      <table>
        <tbody>
          {cases.map((c) => (
            <tr key={c.id} data-tactful="case-row" data-case-id={c.id}>
              <td>{c.source}</td>
              <td>{c.context}</td>
              <td>{c.authorName}</td>
              <td>{c.status}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </main>
  );
}
