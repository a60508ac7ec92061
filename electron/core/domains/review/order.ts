/**
 * Orders every console applies alike: by code unit, never by the console's locale, so two consoles holding the same
 * ops list the same report.
 */
export const compareText = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

/** Earliest first by an instant, then by an id. */
export const byInstant =
  <T>(at: (item: T) => string, id: (item: T) => string) =>
  (a: T, b: T): number =>
    Date.parse(at(a)) - Date.parse(at(b)) || compareText(id(a), id(b));
