import { actionLabels, type Action } from '../../../shared/rules/permissions';
import { useConsole } from '../../store';
import { selectOperator } from '../../store/operator-slice';

export interface May {
  allowed: boolean;
  /** Why not, in the operator's terms; null when allowed. */
  reason: string | null;
}

/**
 * Whether the signed-in operator may do `action`, from the permission table the judge applies (the operator's
 * actions come from it): screens hide or disable what would only be refused, and say why.
 */
export function useMay(action: Action): May {
  const operator = useConsole(selectOperator);
  if (operator?.actions.includes(action)) return { allowed: true, reason: null };
  const what = actionLabels[action];
  const reason = operator
    ? `${operator.name} holds no role that may ${what}.`
    : `Sign in as someone whose role may ${what}.`;
  return { allowed: false, reason };
}

/**
 * Props for a control the operator may not use: disabled, the reason as its tooltip, and as its accessible
 * description the note `MayNot` renders with `id` (one note for a list of rows).
 */
export const mayProps = (may: May, noteId: string): { disabled: boolean; title?: string; 'aria-describedby'?: string } =>
  may.allowed ? { disabled: false } : { disabled: true, title: may.reason ?? undefined, 'aria-describedby': noteId };

/** In place of a form the operator may not use: the reason, so the screen says why nothing can be added here. */
export function MayNot({ may, id }: { may: May; id?: string }) {
  if (may.allowed) return null;
  return (
    <p id={id} className="muted may-note" data-testid="may-not">
      {may.reason}
    </p>
  );
}
