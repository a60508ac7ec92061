import type { StatementExport } from '../../../../../shared/domain/statement';
import { approvedTexts, slug, type ExportContext } from './approved-texts';

/** The approved text as the public would read it, with a short header for whoever carries it to a channel. */
export function plainTextExport({ incident, statement }: ExportContext, language?: string): StatementExport {
  const texts = approvedTexts(statement, language);
  const exercise = incident.mode === 'exercise' ? ['EXERCISE — NOT A REAL EVENT', ''] : [];
  const sections = texts.map(({ revision, approver, approvedAt }) =>
    [`${statement.title} [${revision.language}]`, `Approved by ${approver} at ${approvedAt} (text ${revision.hash.slice(0, 12)})`, '', revision.text].join('\n'),
  );
  const suffix = language ? `-${language}` : '';
  return {
    format: 'text',
    filename: `${slug(statement.title)}${suffix}.txt`,
    mediaType: 'text/plain;charset=utf-8',
    content: [...exercise, sections.join('\n\n———\n\n'), ''].join('\n'),
  };
}
