import type { Finding } from '../../../shared/rules/guidance/types';
import { ruleLabels } from './labels';

/** The draft with each finding's span marked, so the drafter sees where, not only what. Overlaps keep the first. */
export function HighlightedText({ text, findings }: { text: string; findings: Finding[] }) {
  const spans = findings.filter((f) => f.end > f.start).sort((a, b) => a.start - b.start);
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const f of spans) {
    if (f.start < at) continue;
    parts.push(text.slice(at, f.start));
    parts.push(
      <mark key={`${f.rule}-${f.start}`} className={`finding-mark finding-${f.severity}`} title={f.message}>
        {text.slice(f.start, f.end)}
        <span className="visually-hidden"> ({ruleLabels[f.rule]})</span>
      </mark>,
    );
    at = f.end;
  }
  parts.push(text.slice(at));
  return (
    <div className="highlighted-text" data-testid="highlighted-text">
      {parts}
    </div>
  );
}

export function FindingsList({ findings }: { findings: Finding[] }) {
  if (findings.length === 0) return <p className="muted findings-none">No findings: the guidance check has nothing to add.</p>;
  return (
    <ul className="findings" aria-label="Guidance findings">
      {findings.map((f) => (
        <li key={`${f.rule}-${f.start}-${f.end}-${f.message}`} className={`finding finding-${f.severity}`} data-rule={f.rule}>
          <strong>{ruleLabels[f.rule]}</strong>
          {f.severity === 'blocking' && <span className="finding-tag">needs acknowledging</span>} {f.message}
        </li>
      ))}
    </ul>
  );
}
