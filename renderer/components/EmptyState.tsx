interface EmptyStateProps {
  purpose: string;
  guidance?: string;
}

/** Says what will appear here, so an empty panel reads as "not yet" rather than "broken". */
export function EmptyState({ purpose, guidance }: EmptyStateProps) {
  return (
    <div className="empty-state">
      <p className="empty-lead">Nothing recorded here yet.</p>
      <p>
        <span className="muted">What will appear here: </span>
        {purpose}
      </p>
      {guidance && (
        <p className="guidance">
          <span className="muted">From the guidance: </span>“{guidance}”
        </p>
      )}
    </div>
  );
}
