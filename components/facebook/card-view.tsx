import { createRoot, type Root } from 'react-dom/client';
import { SuggestionCard, type CardProps } from './SuggestionCard';

/**
 * React and the suggestion card, imported by the controller when the first card opens (a
 * page with no card opened never parses or runs React).
 */
export interface CardView {
  render(props: CardProps & { key: string }): void;
  unmount(): void;
}

export function createCardView(container: HTMLElement): CardView {
  const root: Root = createRoot(container);
  return {
    render: ({ key, ...props }) => root.render(<SuggestionCard key={key} {...props} />),
    unmount: () => root.unmount(),
  };
}
