import type { StatementExport } from '../../../../../shared/domain/statement';
import { approvedTexts, slug, type ExportContext } from './approved-texts';

/**
 * ICS 213, the general message form of the Incident Command System, as text: its numbered boxes (incident name,
 * to, from, subject, date, time, message, approved by) in the form's order, so it can be typed onto the paper form
 * or sent as is where the radio room expects one.
 */
export function ics213Export({ incident, statement, now, positionOf }: ExportContext): StatementExport {
  const texts = approvedTexts(statement);
  const when = statement.publishedAt ?? now;
  const [date, time] = [when.slice(0, 10), `${when.slice(11, 16)} UTC`];
  const author = texts[0]?.revision.author ?? '';
  const approvers = [...new Set(texts.map((t) => t.approver))];
  const message = texts.map((t) => (texts.length > 1 ? `[${t.revision.language}]\n${t.revision.text}` : t.revision.text)).join('\n\n');
  const lines = [
    'GENERAL MESSAGE (ICS 213)',
    ...(incident.mode === 'exercise' ? ['EXERCISE — NOT A REAL EVENT'] : []),
    '',
    `1. Incident Name (Optional): ${incident.name}`,
    `2. To (Name and Position): ${statement.audience || 'The public'}${statement.channels.length ? ` — via ${statement.channels.join(', ')}` : ''}`,
    `3. From (Name and Position): ${author}${positionOf(author) ? `, ${positionOf(author)}` : ''}`,
    `4. Subject: ${statement.title}`,
    `5. Date: ${date}`,
    `6. Time: ${time}`,
    '7. Message:',
    message,
    '',
    `8. Approved by: Name: ${approvers.join(', ')}   Signature: approved in Concord (text ${texts.map((t) => t.revision.hash.slice(0, 12)).join(', ')})   Position/Title: ${approvers.map(positionOf).filter(Boolean).join(', ')}`,
    '',
  ];
  return { format: 'ics213', filename: `ics213-${slug(statement.title)}.txt`, mediaType: 'text/plain;charset=utf-8', content: lines.join('\n') };
}
