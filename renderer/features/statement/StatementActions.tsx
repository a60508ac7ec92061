import { useEffect, useRef, useState } from 'react';
import { statementChannels, type StatementChannel, type StatementDetail } from '../../../shared/domain/statement';
import { FormError } from '../../components/Field';
import { formatTime } from '../../components/format';
import { call } from '../../api/client';
import { useConsole } from '../../store';
import { selectCurrent } from '../../store/incidents-slice';
import { FindingsList } from './HighlightedText';
import { StatementExports } from './StatementExports';
import { channelLabels, languageName } from './labels';
import { useFindings } from './use-findings';

/** Whether any text awaiting approval names a withheld person: then the approver must say they saw it. */
function useNeedsAcknowledgement(statement: StatementDetail, incidentId: string): boolean {
  const [needed, setNeeded] = useState(false);
  const pending = statement.variants.filter((v) => v.currentRevisionId && v.approvedRevisionId !== v.currentRevisionId);
  const texts = pending.map((v) => ({ language: v.language, text: statement.revisions.find((r) => r.id === v.currentRevisionId)?.text ?? '' }));
  const key = JSON.stringify(texts);
  useEffect(() => {
    let live = true;
    const list = JSON.parse(key) as { language: string; text: string }[];
    void Promise.all(list.map((t) => call('statement:check', { incidentId, phase: statement.phase, ...t }))).then((results) => {
      if (live) setNeeded(results.some((r) => r.ok && r.value.findings.some((f) => f.severity === 'blocking')));
    });
    return () => {
      live = false;
    };
  }, [key, incidentId, statement.phase]);
  return needed;
}

export function StatementActions({ statement }: { statement: StatementDetail }) {
  const act = useConsole((s) => s.actOnStatement);
  const incident = useConsole(selectCurrent);
  const [error, setError] = useState<string | null>(null);
  const [acknowledged, setAcknowledged] = useState(false);
  const [channels, setChannels] = useState<StatementChannel[]>(statement.channels.length ? statement.channels : ['community-network']);
  const incidentId = incident?.id ?? '';
  const needsAck = useNeedsAcknowledgement(statement, incidentId);
  const firstText = statement.revisions.find((r) => r.id === statement.variants[0]?.currentRevisionId);
  const publishFindings = useFindings(
    firstText ? { incidentId, statementId: statement.id, phase: statement.phase, language: firstText.language, text: firstText.text, channels } : null,
  ).filter((f) => f.rule === 'community-network-first');
  const closed = statement.status === 'published' || statement.status === 'withdrawn';
  const withText = statement.variants.filter((v) => v.currentRevisionId);
  const pending = withText.filter((v) => v.approvedRevisionId !== v.currentRevisionId);
  const published = statement.transitions.find((t) => t.kind === 'publish');
  // Only the latest action may set the message: an earlier one finishing late must not clear a newer refusal.
  const latest = useRef(0);
  const run = async (failure: Promise<{ message: string } | null>) => {
    const mine = ++latest.current;
    const message = (await failure)?.message ?? null;
    if (mine === latest.current) setError(message);
  };

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
      {!closed && (
        <div className="actions">
          <button type="button" disabled={withText.length === 0 || statement.status !== 'draft'} onClick={() => void run(act('statement:requestReview', { statementId: statement.id, note: '' }))}>
            Request review
          </button>
        </div>
      )}
      {!closed && pending.length > 0 && (
        <div className="approve-box">
          {needsAck && (
            <label className="acknowledge">
              <input type="checkbox" checked={acknowledged} onChange={(e) => setAcknowledged(e.target.checked)} /> I have seen that this text names someone the
              commander asked to withhold, and approve it as it stands
            </label>
          )}
          <button
            type="button"
            className="primary"
            disabled={needsAck && !acknowledged}
            onClick={() =>
              void run(
                act('statement:approve', {
                  statementId: statement.id,
                  revisionIds: pending.map((v) => v.currentRevisionId ?? ''),
                  acknowledgePerpetratorNames: needsAck && acknowledged,
                }),
              )
            }
          >
            Approve {pending.length > 1 ? `${pending.length} languages` : 'text'}
          </button>
        </div>
      )}
      {!closed && (
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
            onClick={() => void run(act('statement:publish', { statementId: statement.id, channels }))}
          >
            Publish
          </button>
          {pending.length > 0 && <p className="muted">Publishing waits until every language’s current text is approved.</p>}
        </fieldset>
      )}
      {statement.status !== 'withdrawn' && statement.status !== 'draft' && (
        <button type="button" className="quiet" onClick={() => void run(act('statement:withdraw', { statementId: statement.id, note: '' }))}>
          Withdraw statement
        </button>
      )}
      <FormError message={error} />
      <StatementExports statement={statement} />
    </section>
  );
}
