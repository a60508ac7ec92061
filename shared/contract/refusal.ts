import { refusalListInput, refusalListOutput, refusalReapplyInput, refusedEditSchema } from '../domain/refusal';
import { entityNames } from '../domain/entities';
import { method } from './define';

export const refusalMethods = {
  'refusal:list': method(
    refusalListInput,
    refusalListOutput,
    'Edits that reached this console but did not take effect, newest first, with who wrote them, from which console and why.',
    { reads: entityNames },
  ),
  'refusal:reapply': method(
    refusalReapplyInput,
    refusedEditSchema,
    'Re-enter a refused edit under the signed-in operator’s own authority; the judge checks it like every new edit.',
  ),
};
