import type { ReactNode } from 'react';
import type { SitrepContent } from '../../../shared/domain/sitrep';
import { capitalise, dayLabel } from '../../components/format';
import { When } from '../../components/When';

function Section({ title, children }: { title: string; children: ReactNode }) {
  const id = `sitrep-${title.toLowerCase().replace(/[^a-z]+/g, '-')}`;
  return (
    <section className="sitrep-section" aria-labelledby={id}>
      <h3 id={id}>{title}</h3>
      {children}
    </section>
  );
}

function Items<T extends { id: string }>({ items, empty, children }: { items: readonly T[]; empty: string; children: (item: T) => ReactNode }) {
  if (items.length === 0) return <p className="muted">{empty}</p>;
  return (
    <ul className="sitrep-items">
      {items.map((item) => (
        <li key={item.id}>{children(item)}</li>
      ))}
    </ul>
  );
}

/** The handover note, the situation and the period's objectives: what the incoming lead reads first. */
export function SitrepOpening({ c }: { c: SitrepContent }) {
  const s = c.situation;
  return (
    <>
      <Section title="Handover note">
        {c.period.handoverNote ? <p className="sitrep-note">{c.period.handoverNote}</p> : <p className="muted">Not written when this report was made.</p>}
      </Section>
      <Section title="Situation">
        <dl className="sitrep-facts">
          <dt>Incident</dt>
          <dd>
            {s.name} ({s.kind}), started <When iso={s.startedAt} />
          </dd>
          <dt>Security risk</dt>
          <dd>
            {capitalise(s.securityRiskLevel)}
            {s.securityRiskNote && `: ${s.securityRiskNote}`}
          </dd>
          <dt>Escalation outlook</dt>
          <dd>{capitalise(s.escalationOutlook)}</dd>
          <dt>Area</dt>
          <dd>{s.areaDescription || '—'}</dd>
        </dl>
      </Section>
      <Section title="Objectives of the period">
        <Items items={c.period.objectives} empty="No objective set for the period.">
          {(o) => o.title}
        </Items>
      </Section>
      <Section title="Priorities">
        <ol className="sitrep-items">
          {c.priorities.map((p) => (
            <li key={p.id}>
              {p.title} <span className={`sitrep-tag sitrep-${p.visibility}`}>{p.visibility}</span>
            </li>
          ))}
        </ol>
      </Section>
      <Section title="Decisions since the previous report">
        <Items items={c.decisions.items} empty="No decision recorded since the previous report.">
          {(d) => (
            <>
              <When iso={d.at} />: {d.what}
              {d.priorityTitles.length > 0 && <span className="muted"> (serves {d.priorityTitles.join(', ')})</span>}
            </>
          )}
        </Items>
      </Section>
    </>
  );
}

/** Who is on the ground, who needs protection and what is happening to them. */
export function SitrepGround({ c }: { c: SitrepContent }) {
  return (
    <>
      <Section title="Actors on the ground">
        <p>
          {c.actors.total} in all: {c.actors.byStatus.map((b) => `${b.count} ${b.status}`).join(', ')}.
        </p>
        <h4>Not heard from for over {c.actors.staleAfterMinutes} minutes ({c.actors.stale.length})</h4>
        <Items items={c.actors.stale} empty="None.">
          {(a) => (
            <>
              {a.name} <span className="muted">({a.status}, last heard <When iso={a.lastHeardAt} />)</span>
            </>
          )}
        </Items>
      </Section>
      <Section title="Protection needs">
        <Items items={c.protection} empty="No protection need open.">
          {(n) => (
            <>
              <strong>{n.name}</strong> <span className="sitrep-tag">{n.riskLevel} risk</span>
              {n.openMeasures.length > 0 && (
                <ul>
                  {n.openMeasures.map((m) => (
                    <li key={m.id}>
                      {capitalise(m.kind)} ({m.status}){m.description && `: ${m.description}`}
                    </li>
                  ))}
                </ul>
              )}
            </>
          )}
        </Items>
      </Section>
      <Section title="Backlash">
        <p>{c.backlash.total} reports in all.</p>
        {c.backlash.perDay.length > 0 && (
          <table className="data-table">
            <caption className="muted">Reports per day</caption>
            <thead>
              <tr>
                <th scope="col">Day</th>
                <th scope="col">Reports</th>
              </tr>
            </thead>
            <tbody>
              {c.backlash.perDay.map((d) => (
                <tr key={d.day}>
                  <td>{dayLabel(d.day)}</td>
                  <td>{d.count}</td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </Section>
      <Section title="Communities">
        <Items items={c.communities.map((x) => ({ ...x, id: x.needId }))} empty="No community recorded.">
          {(x) => (
            <>
              {x.name}: {x.temperature ?? 'not checked'}
              {x.trend && `, ${x.trend}`}
              {x.checkOverdue && <span className="overdue-flag"> check overdue</span>}
            </>
          )}
        </Items>
      </Section>
    </>
  );
}

/** What is due: tasks, public statements, rumours to answer, promises to keep, families' needs. */
export function SitrepWork({ c }: { c: SitrepContent }) {
  return (
    <>
      <Section title="Tasks">
        <p>
          {c.tasks.open} open, {c.tasks.overdueCount} overdue.
        </p>
        <Items items={c.tasks.overdue} empty="No task overdue.">
          {(t) => (
            <>
              {t.title} <span className="muted">({t.status}, due <When iso={t.dueAt} />{t.ownerName && `, ${t.ownerName}`})</span>
            </>
          )}
        </Items>
      </Section>
      <Section title="Public statements">
        <Items items={c.statements.published} empty="No statement published.">
          {(s) => (
            <>
              {s.title} <span className="muted">(published <When iso={s.publishedAt} />)</span>
            </>
          )}
        </Items>
        <p>{c.statements.nextDueAt ? <>Next update due <When iso={c.statements.nextDueAt} />.</> : 'No update cadence set.'}</p>
      </Section>
      <Section title="Open rumours">
        <Items items={c.rumours} empty="No open rumour.">
          {(r) => (
            <>
              “{r.claim}” <span className="muted">({r.status}, reach {r.reach})</span>
            </>
          )}
        </Items>
      </Section>
      <Section title="Promises">
        <p>{c.promises.open} open.</p>
        <Items items={c.promises.overdue} empty="No promise overdue.">
          {(p) => (
            <>
              {p.text} <span className="overdue-flag">overdue since <When iso={p.dueAt} /></span>
              {p.ownerName && <span className="muted"> ({p.ownerName})</span>}
            </>
          )}
        </Items>
      </Section>
      <Section title="Families and survivors">
        <p>
          {c.familyNeeds.households} households supported; {c.familyNeeds.withoutLiaison} without a liaison.
        </p>
        <ul className="sitrep-items">
          {c.familyNeeds.byField.map((f) => (
            <li key={f.field}>
              {capitalise(f.field)}: {f.open} open{f.overdue > 0 ? `, ${f.overdue} overdue` : ''}
            </li>
          ))}
        </ul>
      </Section>
    </>
  );
}
