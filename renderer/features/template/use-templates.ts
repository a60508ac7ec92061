import { refetchReads } from '../../api/invalidate';
import { useConsole } from '../../store';

/**
 * Templates are this console's own data: no `data:changed` names them, so a screen that writes one reads them again
 * itself; a failure to read shows in the page's alert area like any other.
 */
export function rereadTemplates(): void {
  refetchReads(['template:list', 'template:get']).catch((error: unknown) => useConsole.getState().reportProblem(`The templates could not be read again: ${String(error)}`));
}
