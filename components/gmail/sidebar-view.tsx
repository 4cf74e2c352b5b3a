import { createRoot, type Root } from 'react-dom/client';
import type { CreateSidebarView } from '../../lib/content/gmail/controller';
import { Sidebar } from './Sidebar';

/** React and the sidebar, drawn by the Gmail controller (lib/content/gmail) into Tactful's shadow root. */
export const createSidebarView: CreateSidebarView = (container) => {
  let root: Root | null = null;
  return {
    render: (state, actions) => (root ??= createRoot(container)).render(<Sidebar state={state} actions={actions} />),
    unmount: () => {
      root?.unmount();
      root = null;
    },
  };
};
