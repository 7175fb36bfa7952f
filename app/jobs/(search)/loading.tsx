export default function Loading() {
  return (
    <div role="status" aria-live="polite" className="space-y-3 py-8">
      <span className="sr-only">Loading…</span>
      {[0, 1, 2].map((i) => (
        <div key={i} className="h-24 animate-pulse rounded-xl bg-slate-200" />
      ))}
    </div>
  );
}
