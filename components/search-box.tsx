/** A plain GET form: works without JavaScript and gives a shareable URL. */
export function SearchBox({
  defaultValue,
  autoFocus = false,
  size = "md",
}: {
  defaultValue?: string;
  autoFocus?: boolean;
  size?: "md" | "lg";
}) {
  const pad = size === "lg" ? "py-3 text-base" : "py-2 text-sm";
  return (
    <form action="/jobs" method="get" role="search" className="flex w-full gap-2">
      <label htmlFor="job-search" className="sr-only">
        Search jobs
      </label>
      <input
        id="job-search"
        name="q"
        type="search"
        defaultValue={defaultValue}
        autoFocus={autoFocus}
        maxLength={200}
        placeholder='Title, skill or company, e.g. "backend engineer" go'
        className={`min-w-0 flex-1 rounded-lg border border-slate-300 bg-white px-3 ${pad} shadow-sm placeholder:text-slate-500`}
      />
      <button
        type="submit"
        className={`rounded-lg bg-brand-700 px-4 ${pad} font-semibold text-white hover:bg-brand-800`}
      >
        Search
      </button>
    </form>
  );
}
