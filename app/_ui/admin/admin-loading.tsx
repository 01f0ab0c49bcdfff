/** What an admin page shows while it waits on the database (its segment's loading.tsx). */
export function AdminLoading() {
  return (
    <p role="status" className="text-slate-700">
      Loading…
    </p>
  );
}
