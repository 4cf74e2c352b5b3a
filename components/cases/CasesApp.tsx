import { useRef } from 'react';
import { CasesTab } from './CasesTab';
import { CorrectionsTab } from './CorrectionsTab';
import { DashboardContext } from './context';
import { DataTab } from './DataTab';
import { Header, StatusLine } from './Header';
import { Patterns } from './Patterns';
import { useDashboardModel } from './useDashboardModel';
import './cases.css';

/** The cases dashboard (`/cases.html`): its shared state is in useDashboardModel, handed out by context. */
export function CasesApp() {
  const tableBody = useRef<HTMLDivElement>(null);
  const dashboard = useDashboardModel(tableBody);
  const { state, cases, dispatch, locale, t, ta, now } = dashboard;
  return (
    <DashboardContext.Provider value={dashboard}>
      <div className="app">
        <Header />
        <StatusLine />
        {state.tab === 'cases' && <CasesTab tableBody={tableBody} />}
        {state.tab === 'patterns' && cases && (
          <Patterns
            rows={cases}
            locale={locale}
            t={t}
            ta={ta}
            now={now}
            onPickAuthor={(contact) => dispatch({ type: 'pickAuthor', contact })}
          />
        )}
        {state.tab === 'corrections' && <CorrectionsTab />}
        {state.tab === 'data' && <DataTab />}
      </div>
    </DashboardContext.Provider>
  );
}
