/** Kept apart from the view itself so the Consoles table can point to it without importing the registry it is part of. */
export const refusedEditsViewId = 'refused-edits';
