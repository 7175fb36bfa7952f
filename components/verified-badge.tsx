export function VerifiedBadge() {
  return (
    <span className="ml-1.5 inline-flex items-center rounded bg-sky-100 px-1.5 py-0.5 text-[11px] font-medium text-sky-900">
      <span aria-hidden="true">✓</span>
      <span className="ml-0.5">Verified</span>
    </span>
  );
}
