import { incidentSchema } from '../domain/incident';
import {
  templateExportOutput,
  templateFromIncidentInput,
  templateImportInput,
  templateImportOutput,
  templateListOutput,
  templateRef,
  templateRemoveOutput,
  templateSaveInput,
  templateSchema,
  templateStartInput,
} from '../domain/template';
import { method } from './define';
import { z } from 'zod';

/**
 * Templates are the console's own data, not records of an incident: no op changes them, so no `data:changed` ever
 * names them and their reads declare no entity. A screen that writes one reads the list again itself.
 */
export const templateMethods = {
  'template:list': method(z.object({}).strict(), templateListOutput, 'The templates of this console and those built in, by name, with what each holds.', { reads: [] }),
  'template:get': method(templateRef, templateSchema, 'One template, whole.', { reads: [] }),
  'template:save': method(templateSaveInput, templateSchema, 'Make a template, or replace one made or imported here (a built-in one is copied, never changed).'),
  'template:remove': method(templateRef, templateRemoveOutput, 'Remove a template made or imported here.'),
  'template:fromIncident': method(
    templateFromIncidentInput,
    templateSchema,
    'Keep an incident’s roster, communities with their entry points, actors as contacts, approved statements and adopted playbooks as a new template (the signed-in roster manager of that incident).',
  ),
  'template:startIncident': method(
    templateStartInput,
    incidentSchema,
    'Open a new incident from a template, through the contract’s own methods: its opener is the commander and signed in.',
  ),
  'template:export': method(templateRef, templateExportOutput, 'The template as one file signed with this console’s device key.', { reads: [] }),
  'template:import': method(
    templateImportInput,
    templateImportOutput,
    'Import a signed template file: a file altered or unsigned is refused; one whose id is here already replaces it only when asked to.',
  ),
};
