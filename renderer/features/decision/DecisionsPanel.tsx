import { DecisionList } from './DecisionList';
import { useDecisions } from '../priority/use-priorities';
import '../priority/priorities.css';

export function DecisionsPanel() {
  const decisions = useDecisions();
  if (decisions.error) return <p className="form-error">{decisions.error}</p>;
  if (!decisions.data) return <p className="muted">Loading decisions…</p>;
  return <DecisionList decisions={decisions.data.slice(0, 4)} compact />;
}
