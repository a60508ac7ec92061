import type { Finding } from '../../../shared/rules/guidance/types';
import { languageAttributes } from '../../../shared/rules/text-direction';
import { ruleLabels } from './labels';

const severityRank: Record<Finding['severity'], number> = { blocking: 0, warning: 1, advice: 2 };

/**
 * The spans to mark, never overlapping: where two overlap the more severe one is kept (a blocking quote inside a
 * sentence that is only hard to read still shows), then the earlier one.
 */
function markedSpans(findings: readonly Finding[]): Finding[] {
  const kept: Finding[] = [];
  const bySeverity = findings.filter((f) => f.end > f.start).sort((a, b) => severityRank[a.severity] - severityRank[b.severity] || a.start - b.start);
  for (const f of bySeverity) if (!kept.some((k) => k.start < f.end && f.start < k.end)) kept.push(f);
  return kept.sort((a, b) => a.start - b.start);
}

/** The draft with each finding's span marked, so the drafter sees where, not only what. */
export function HighlightedText({ text, language, findings }: { text: string; language: string; findings: Finding[] }) {
  const parts: React.ReactNode[] = [];
  let at = 0;
  for (const f of markedSpans(findings)) {
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
    <div className="highlighted-text" data-testid="highlighted-text" {...languageAttributes(language)}>
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
