const storageKey = 'concord.token';

/**
 * The web host prints a URL with `#token=…`. Keep it for this tab only (sessionStorage), so a reload without
 * the fragment still works, and drop it from the address bar so it is not shown or shared by accident.
 */
export function takeToken(): string | null {
  const fromHash = new URLSearchParams(location.hash.slice(1)).get('token');
  if (fromHash) {
    sessionStorage.setItem(storageKey, fromHash);
    history.replaceState(null, '', location.pathname + location.search);
    return fromHash;
  }
  return sessionStorage.getItem(storageKey);
}
