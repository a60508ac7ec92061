import type { AfterAction, LateUpdate, PublishedTimes } from '../../../../shared/domain/review';
import type { StatementDetail, StatementTransition } from '../../../../shared/domain/statement';
import { nextUpdateDue } from '../../../../shared/rules/public-cadence';
import { figures, minutesBetween } from './durations';
import { byInstant } from './order';

type ApprovalTime = PublishedTimes['approvals'][number];

/** A statement's records come newest first by (HLC, device id); reversed, they read in the order they were made. */
const oldestFirst = <T>(newestFirst: readonly T[]): T[] => [...newestFirst].reverse();

/** When the statement was first written: its first revision, or its creation when it was started without text. */
const firstDraftAt = (s: StatementDetail): string => oldestFirst(s.revisions)[0]?.at ?? s.createdAt;

/**
 * For each language a publication put out, the approval of the revision it published and the last request for
 * review before that approval: a text sent back and submitted again is timed from its last submission.
 */
function approvalTimes(s: StatementDetail, publication: StatementTransition): ApprovalTime[] {
  const transitions = oldestFirst(s.transitions);
  const approvals = oldestFirst(s.approvals);
  return publication.revisionIds.flatMap((revisionId): ApprovalTime[] => {
    const approval = approvals.find((a) => a.revisionId === revisionId);
    if (!approval) return [];
    const approvedMs = Date.parse(approval.at);
    const submittedAt = transitions.filter((t) => t.kind === 'request-review' && Date.parse(t.at) <= approvedMs).at(-1)?.at ?? null;
    return [
      {
        language: approval.language,
        submittedAt,
        approvedAt: approval.at,
        approverName: approval.approver,
        minutes: submittedAt === null ? null : minutesBetween(submittedAt, approval.at),
      },
    ];
  });
}

/** Turnaround (first draft to first publication) and approval times of the published statements; the ones still waiting. */
export function statementTimes(details: readonly StatementDetail[], now: string): AfterAction['statements'] {
  const published: PublishedTimes[] = [];
  const unpublished: AfterAction['statements']['unpublished'] = [];
  for (const s of details) {
    const draftedAt = firstDraftAt(s);
    const first = oldestFirst(s.transitions).find((t) => t.kind === 'publish');
    if (first) {
      published.push({ id: s.id, title: s.title, firstDraftAt: draftedAt, publishedAt: first.at, turnaroundMinutes: minutesBetween(draftedAt, first.at), approvals: approvalTimes(s, first) });
    } else if (s.status !== 'withdrawn') {
      unpublished.push({ id: s.id, title: s.title, status: s.status, firstDraftAt: draftedAt, waitingMinutes: minutesBetween(draftedAt, now) });
    }
  }
  published.sort(byInstant((p) => p.publishedAt, (p) => p.id));
  unpublished.sort(byInstant((u) => u.firstDraftAt, (u) => u.id));
  return {
    published,
    turnaround: figures(published.map((p) => ({ minutes: p.turnaroundMinutes, statementId: p.id, title: p.title, language: null }))),
    approval: figures(published.flatMap((p) => p.approvals.flatMap((a) => (a.minutes === null ? [] : [{ minutes: a.minutes, statementId: p.id, title: p.title, language: a.language }])))),
    unpublished,
  };
}

/**
 * "Even if there's nothing new to say, say there is nothing new to say": each publication promises the next within
 * its statement's update interval. Every gap that ran past that promise, up to the next publication or, when none
 * came yet, up to the report's "now".
 */
export function lateUpdates(details: readonly StatementDetail[], now: string): AfterAction['updates'] {
  const publications = details
    .flatMap((s) => s.transitions.filter((t) => t.kind === 'publish').map((t) => ({ statementId: s.id, title: s.title, at: t.at, interval: s.updateIntervalMinutes })))
    .sort(byInstant((p) => p.at, (p) => p.statementId));
  const late = publications.flatMap((p, i): LateUpdate[] => {
    const dueAt = nextUpdateDue(p.at, p.interval);
    if (dueAt === null) return [];
    const nextPublishedAt = publications[i + 1]?.at ?? null;
    const until = nextPublishedAt ?? now;
    if (Date.parse(until) <= Date.parse(dueAt)) return [];
    return [{ statementId: p.statementId, title: p.title, publishedAt: p.at, intervalMinutes: p.interval, dueAt, nextPublishedAt, lateMinutes: minutesBetween(dueAt, until) }];
  });
  return { publications: publications.length, late };
}
