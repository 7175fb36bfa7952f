import Link from "next/link";

type Props = {
  done: number;
  total: number;
  missing: { slug: string; name: string; href: string }[];
  /** "Your level", "One level above you"...; null when the profile gives no level. */
  level: string | null;
};

/** Why a listing is on the user's matches: skills done, the ones missing (with where to learn them), level. */
export function MatchReasons({ done, total, missing, level }: Props) {
  const percent = total ? Math.round((done / total) * 100) : 0;
  return (
    <div className="mt-3 space-y-1.5 border-t border-slate-100 pt-3 text-sm text-slate-800" data-testid="match-reasons">
      <div className="h-1.5 w-full max-w-xs overflow-hidden rounded-full bg-slate-200" aria-hidden="true">
        <div className="h-full rounded-full bg-emerald-600" style={{ width: `${percent}%` }} />
      </div>
      <p>
        <strong>
          {done} of {total} {total === 1 ? "skill" : "skills"} done
        </strong>
        {missing.length > 0 ? (
          <>
            ; missing:{" "}
            {missing.map((s, i) => (
              <span key={s.slug}>
                {i > 0 && ", "}
                <Link
                  href={s.href}
                  className="text-brand-700 underline hover:text-brand-800"
                  title={s.href.includes("/roadmap") ? `${s.name} on the roadmap` : `Open roles asking for ${s.name}`}
                >
                  {s.name}
                </Link>
              </span>
            ))}
          </>
        ) : (
          "; nothing missing"
        )}
      </p>
      {level && <p className="text-slate-600">Level: {level}</p>}
    </div>
  );
}
