/*
 * The dashboard's own loading state, in a route group so that it wraps the dashboard alone: a
 * loading state above a section's layout would stream before that layout's gate, and its
 * refusal could no longer be a 403.
 */
export default function AdminLoading() {
  return (
    <p role="status" className="text-slate-700">
      Loading…
    </p>
  );
}
