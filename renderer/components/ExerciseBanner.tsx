export function ExerciseBanner() {
  return (
    <p className="exercise-banner" data-testid="exercise-banner">
      <strong>EXERCISE</strong>
      <span>This incident is a training exercise. Nothing recorded here is real.</span>
      <strong aria-hidden="true">EXERCISE</strong>
    </p>
  );
}
