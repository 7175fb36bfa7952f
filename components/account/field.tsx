/** A labelled input with its field-level error, linked for screen readers. */
export function Field({
  name,
  label,
  type = "text",
  defaultValue,
  errors,
  autoComplete,
  hint,
  inputMode,
  min,
  max,
}: {
  name: string;
  label: string;
  type?: string;
  defaultValue?: string;
  errors?: string[];
  autoComplete?: string;
  hint?: string;
  inputMode?: "numeric";
  min?: string;
  max?: string;
}) {
  const errorId = `${name}-error`;
  const hintId = `${name}-hint`;
  return (
    <div className="space-y-1">
      <label htmlFor={name} className="block text-sm font-medium text-slate-900">
        {label}
      </label>
      <input
        id={name}
        name={name}
        type={type}
        defaultValue={defaultValue}
        autoComplete={autoComplete}
        inputMode={inputMode}
        min={min}
        max={max}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[errors?.length ? errorId : "", hint ? hintId : ""].filter(Boolean).join(" ") || undefined}
        className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600"
      />
      {hint && (
        <p id={hintId} className="text-xs text-slate-600">
          {hint}
        </p>
      )}
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
    </div>
  );
}
