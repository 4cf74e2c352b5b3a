import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { CasesApp } from '../../components/cases/CasesApp';

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <CasesApp />
  </StrictMode>,
);
