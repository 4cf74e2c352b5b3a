export type Tab = 'settings' | 'library';
export const TABS: readonly Tab[] = ['settings', 'library'];

/** `options.html#library` opens the Templates & FAQ tab directly. */
export const tabFromHash = (): Tab =>
  typeof location !== 'undefined' && location.hash === '#library' ? 'library' : 'settings';

/** The tabs follow the ARIA tabs pattern (← → Home End move between them). */
export function OptionsTabs(props: {
  tab: Tab;
  label: string;
  names: Record<Tab, string>;
  onSelect: (tab: Tab, focus?: boolean) => void;
}) {
  return (
    <div className="tabs" role="tablist" aria-label={props.label}>
      {TABS.map((id) => (
        <button
          key={id}
          id={`tab-${id}`}
          type="button"
          role="tab"
          aria-selected={props.tab === id}
          aria-controls={`panel-${id}`}
          tabIndex={props.tab === id ? 0 : -1}
          data-tactful-tab={id}
          onClick={() => props.onSelect(id)}
          onKeyDown={(e) => {
            const i = TABS.indexOf(id);
            const next =
              e.key === 'ArrowRight'
                ? TABS[(i + 1) % TABS.length]
                : e.key === 'ArrowLeft'
                  ? TABS[(i + TABS.length - 1) % TABS.length]
                  : e.key === 'Home'
                    ? TABS[0]
                    : e.key === 'End'
                      ? TABS[TABS.length - 1]
                      : undefined;
            if (next) {
              e.preventDefault();
              props.onSelect(next, true);
            }
          }}
        >
          {props.names[id]}
        </button>
      ))}
    </div>
  );
}
