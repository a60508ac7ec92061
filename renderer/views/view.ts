import type { ComponentType } from 'react';

/**
 * A view of an open incident besides the command centre; each is also a panel of the command centre. A feature
 * exports its own from `features/<name>/view.ts`, and the registry lists them in navigation order.
 */
export interface ViewDefinition<Id extends string = string> {
  /** Typed as its literal, so the registry knows every view id as one union. */
  id: Id;
  title: string;
  /** The question from the guide's "first moments" checklist this view answers. */
  guidance?: string;
  /** What the view will hold, said by its empty state until the feature lands (DESIGN.md §1). */
  purpose?: string;
  /** The summary on the command view; absent means the panel shows `purpose` as an empty state. */
  Panel?: ComponentType;
  /** False for a view with no panel on the command view at all: a long document read on its own, such as a report. */
  commandPanel?: false;
  /** The full view; absent means the view shows `purpose` as an empty state. */
  View?: ComponentType;
}

