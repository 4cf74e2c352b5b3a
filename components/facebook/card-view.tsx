import { createRoot, type Root } from 'react-dom/client';
import type { CreateCardView } from '../../lib/content/facebook/card-manager';
import { SuggestionCard } from './SuggestionCard';

/**
 * React and the suggestion card, imported by the controller's card manager when the first
 * card opens (a page with no card opened never parses or runs React).
 */
export const createCardView: CreateCardView = (container) => {
  const root: Root = createRoot(container);
  return {
    render: ({ key, ...props }) => root.render(<SuggestionCard key={key} {...props} />),
    unmount: () => root.unmount(),
  };
};
