import { templateFileSchema, type TemplateContent } from '../../../../shared/domain/template';
import marlowBay from '../../../../resources/templates/marlow-bay.concord-template.json' with { type: 'json' };
import { contentOf } from './file';

/**
 * The templates shipped in resources/templates/, bundled at build time as the built-in playbooks are and parsed once:
 * a broken file stops the console at start. They carry no signature (no console's key made them): the app vouches
 * for them, so they are listed as built in, and only files from elsewhere must be signed. A new one is its file and
 * one entry here.
 */
export const builtInTemplates: ReadonlyMap<string, TemplateContent> = new Map(
  [marlowBay].map((raw) => {
    const file = templateFileSchema.parse(raw);
    return [file.template.id, contentOf(file)] as const;
  }),
);
