import { create } from 'xmlbuilder2';
import { xmlSafe } from '../../../../../shared/rules/text-hygiene';
import type { SecurityRiskLevel } from '../../../../../shared/domain/incident';
import type { StatementDetail, StatementExport } from '../../../../../shared/domain/statement';
import { approvedTexts, slug, type ExportContext } from './approved-texts';

export const CAP_NAMESPACE = 'urn:oasis:names:tc:emergency:cap:1.2';

/** CAP times carry a numeric offset and no fractions; UTC is written "-00:00", never "Z" (CAP 1.2 §3.3.2). */
export const capTime = (iso: string): string => `${new Date(iso).toISOString().slice(0, 19)}-00:00`;

const severity: Record<SecurityRiskLevel, string> = { critical: 'Extreme', high: 'Severe', elevated: 'Moderate', low: 'Minor', none: 'Minor' };

const sender = (incidentId: string) => `concord.eoc.${incidentId}`;
const identifier = (statementId: string, cancel = false) => `concord-${statementId}${cancel ? '-cancel' : ''}`;

/** A CAP `references` entry: "sender,identifier,sent" of the earlier message. */
const reference = (incidentId: string, statement: StatementDetail): string | null =>
  statement.publishedAt ? `${sender(incidentId)},${identifier(statement.id)},${capTime(statement.publishedAt)}` : null;

/**
 * A CAP 1.2 alert with one <info> per approved language. Exercises are marked `Exercise`; a withdrawn statement
 * answers a `Cancel` of its publication, and a statement that follows an earlier published one an `Update` of it.
 * Elements are written in the order of the CAP 1.2 schema's sequences.
 */
export function capExport({ incident, statement, follows, now }: ExportContext): StatementExport {
  const texts = approvedTexts(statement);
  const withdrawn = statement.status === 'withdrawn' ? statement.transitions.find((t) => t.kind === 'withdraw') : undefined;
  const cancelOf = withdrawn ? reference(incident.id, statement) : null;
  const updateOf = !cancelOf && follows ? reference(incident.id, follows) : null;
  const msgType = cancelOf ? 'Cancel' : updateOf ? 'Update' : 'Alert';
  const sent = withdrawn?.at ?? statement.publishedAt ?? now;

  const alert = create({ version: '1.0', encoding: 'UTF-8' }).ele(CAP_NAMESPACE, 'alert');
  alert.ele('identifier').txt(xmlSafe(identifier(statement.id, Boolean(cancelOf))));
  alert.ele('sender').txt(xmlSafe(sender(incident.id)));
  alert.ele('sent').txt(xmlSafe(capTime(sent)));
  alert.ele('status').txt(xmlSafe(incident.mode === 'exercise' ? 'Exercise' : 'Actual'));
  alert.ele('msgType').txt(xmlSafe(msgType));
  alert.ele('source').txt(xmlSafe('Concord emergency operations centre'));
  alert.ele('scope').txt(xmlSafe('Public'));
  if (incident.mode === 'exercise') alert.ele('note').txt(xmlSafe('Exercise: not a real event.'));
  const refs = cancelOf ?? updateOf;
  if (refs) alert.ele('references').txt(xmlSafe(refs));
  alert.ele('incidents').txt(xmlSafe(incident.id));

  const security = incident.kind.includes('attack') || incident.kind === 'civil unrest';
  for (const { revision } of texts) {
    const info = alert.ele('info');
    info.ele('language').txt(xmlSafe(revision.language));
    info.ele('category').txt(xmlSafe('Safety'));
    if (security) info.ele('category').txt(xmlSafe('Security'));
    info.ele('event').txt(xmlSafe(incident.name));
    info.ele('responseType').txt(xmlSafe(statement.phase === 'immediate-safety' ? 'Avoid' : msgType === 'Cancel' ? 'AllClear' : 'Monitor'));
    info.ele('urgency').txt(xmlSafe(statement.phase === 'immediate-safety' ? 'Immediate' : 'Expected'));
    info.ele('severity').txt(xmlSafe(severity[incident.securityRiskLevel]));
    info.ele('certainty').txt(xmlSafe('Observed'));
    if (statement.audience) info.ele('audience').txt(xmlSafe(statement.audience));
    info.ele('senderName').txt(xmlSafe('City emergency operations centre'));
    info.ele('headline').txt(xmlSafe(statement.title.slice(0, 160)));
    info.ele('description').txt(xmlSafe(revision.text));
    info.ele('area').ele('areaDesc').txt(xmlSafe(incident.areaDescription || incident.name));
  }
  return {
    format: 'cap',
    filename: `cap-${slug(statement.title)}.xml`,
    mediaType: 'application/xml',
    content: alert.end({ prettyPrint: true }),
  };
}
