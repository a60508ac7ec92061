import { useState } from 'react';
import { statementChannels, type StatementChannel, type StatementDetail } from '../../../shared/domain/statement';
import { formatTime } from '../../components/format';
import { useConcordReads } from '../../api/query';
import { useConsole } from '../../store';
import { selectIncidentId } from '../../store/ui-slice';
import { useMay } from '../roster/use-may';
import { FindingsList } from './HighlightedText';
import { StatementExports } from './StatementExports';
import { channelLabels, languageName } from './labels';
import { useFindings } from './use-findings';
import { useStatementWrite } from './use-statement-write';

/**
 * Whether any text awaiting approval names a withheld person, or quotes an internal priority or task: then the
 * approver must say they saw each.
 */
function useNeedsAcknowledgement(statement: StatementDetail, incidentId: string): { names: boolean; internal: boolean } {
  const pending = statement.variants.filter((v) => v.currentRevisionId && v.approvedRevisionId !== v.currentRevisionId);
  const checks = useConcordReads(
    'statement:check',
    pending.map((v) => ({ incidentId, phase: statement.phase, language: v.language, text: statement.revisions.find((r) => r.id === v.currentRevisionId)?.text ?? '' })),
  );
  const blocking = new Set(checks.flatMap((check) => check?.findings.filter((f) => f.severity === 'blocking').map((f) => f.rule) ?? []));
  return { names: blocking.has('perpetrator-name'), internal: blocking.has('internal-priority-disclosed') };
}

export function StatementActions({ statement }: { statement: StatementDetail }) {
  const incidentId = useConsole(selectIncidentId) ?? '';
  // Refusals show in the page's alert area: these buttons belong to no form.
  const requestReview = useStatementWrite('statement:requestReview');
  const approve = useStatementWrite('statement:approve');
  const publish = useStatementWrite('statement:publish');
  const withdraw = useStatementWrite('statement:withdraw');
  const mayApprove = useMay('approveStatements');
  const mayPublish = useMay('publishStatements');
  const mayDraft = useMay('draftStatements');
  const [acknowledged, setAcknowledged] = useState(false);
  const [acknowledgedInternal, setAcknowledgedInternal] = useState(false);
  const [channels, setChannels] = useState<StatementChannel[]>(statement.channels.length ? statement.channels : ['community-network']);
  const needs = useNeedsAcknowledgement(statement, incidentId);
  const unacknowledged = (needs.names && !acknowledged) || (needs.internal && !acknowledgedInternal);
  const firstText = statement.revisions.find((r) => r.id === statement.variants[0]?.currentRevisionId);
  const publishFindings = useFindings(
    firstText ? { incidentId, statementId: statement.id, phase: statement.phase, language: firstText.language, text: firstText.text, channels } : null,
  ).filter((f) => f.rule === 'community-network-first');
  const closed = statement.status === 'published' || statement.status === 'withdrawn';
  const withText = statement.variants.filter((v) => v.currentRevisionId);
  const pending = withText.filter((v) => v.approvedRevisionId !== v.currentRevisionId);
  const published = statement.transitions.find((t) => t.kind === 'publish');

  return (
    <section className="statement-actions" aria-label="Review, approval and publication">
      <h4>Review and approval</h4>
      {published && (
        <p className="published-line" data-testid="published-line">
          Published by {published.author} at <time dateTime={published.at}>{formatTime(published.at)}</time> on {published.channels.map((c) => channelLabels[c]).join(', ')}.
        </p>
      )}
      {pending.length > 0 ? (
        <p>
          Awaiting approval: {pending.map((v) => `${languageName(v.language)}${v.changedSinceApproval ? ' (changed since approval)' : ''}`).join(', ')}.
        </p>
      ) : withText.length > 0 ? (
        <p>Every language’s current text is approved.</p>
      ) : (
        <p className="muted">Save a text before asking for review.</p>
      )}
      {!closed && mayDraft.allowed && (
        <div className="actions">
          <button type="button" disabled={withText.length === 0 || statement.status !== 'draft'} onClick={() => void requestReview.run({ statementId: statement.id, note: '' })}>
            Request review
          </button>
        </div>
      )}
      {!closed && pending.length > 0 && !mayApprove.allowed && <p className="muted may-note">{mayApprove.reason}</p>}
      {!closed && pending.length > 0 && mayApprove.allowed && (
        <div className="approve-box">
          {needs.names && (
            <label className="acknowledge">
              <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} /> I have seen that this text names someone the
              commander asked to withhold, and approve it as it stands
            </label>
          )}
          {needs.internal && (
            <label className="acknowledge">
              <input type="checkbox" checked={acknowledgedInternal} onChange={(e) => setAcknowledgedInternal(e.target.checked)} /> I have seen that this text
              quotes an internal priority or a task not marked public, and approve it as it stands
            </label>
          )}
          <button
            type="button"
            className="primary"
            disabled={unacknowledged}
            onClick={() =>
              void approve
                .run({
                  statementId: statement.id,
                  revisionIds: pending.map((v) => v.currentRevisionId ?? ''),
                  acknowledgePerpetratorNames: needs.names && acknowledged,
                  acknowledgeInternal: needs.internal && acknowledgedInternal,
                })
                // An acknowledgement covers the text approved: a later edit asks for it again.
                .then((approved) => {
                  if (!approved) return;
                  setAcknowledged(false);
                  setAcknowledgedInternal(false);
                })
            }
          >
            Approve {pending.length > 1 ? `${pending.length} languages` : 'text'}
          </button>
        </div>
      )}
      {!closed && mayPublish.allowed && (
        <fieldset className="publish-box">
          <legend>Publish on</legend>
          {statementChannels.map((c) => (
            <label key={c}>
              <input type="checkbox" checked={channels.includes(c)} onChange={(e) => setChannels(e.target.checked ? [...channels, c] : channels.filter((x) => x !== c))} />{' '}
              {channelLabels[c]}
            </label>
          ))}
          {publishFindings.length > 0 && <FindingsList findings={publishFindings} />}
          <button
            type="button"
            className="primary"
            disabled={pending.length > 0 || withText.length === 0 || channels.length === 0}
            onClick={() => void publish.run({ statementId: statement.id, channels })}
          >
            Publish
          </button>
          {pending.length > 0 && <p className="muted">Publishing waits until every language’s current text is approved.</p>}
        </fieldset>
      )}
      {statement.status !== 'withdrawn' && statement.status !== 'draft' && mayPublish.allowed && (
        <button type="button" className="quiet" onClick={() => void withdraw.run({ statementId: statement.id, note: '' })}>
          Withdraw statement
        </button>
      )}
      <StatementExports statement={statement} />
    </section>
  );
}
