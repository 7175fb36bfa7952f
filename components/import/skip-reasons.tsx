/**
 * Why the last successful sync skipped postings: a closed <details> with one line a reason
 * and its count ("2 × missing or invalid: title"), most frequent first. Nothing when none was
 * skipped. `reasons` is the source's `last_counts.skippedReasons` (reason → count).
 */
export function SkipReasons({ reasons }: { reasons: Record<string, number> | undefined }) {
  const entries = Object.entries(reasons ?? {})
    .filter(([, n]) => n > 0)
    .sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0]));
  if (entries.length === 0) return null;
  const total = entries.reduce((sum, [, n]) => sum + n, 0);
  return (
    <details className="text-slate-700">
      <summary className="cursor-pointer">
        Why {total === 1 ? "1 posting was" : `${total} postings were`} skipped
      </summary>
      <ul className="ml-5 list-disc">
        {entries.map(([reason, n]) => (
          <li key={reason}>
            {n} × {reason}
          </li>
        ))}
      </ul>
    </details>
  );
}
