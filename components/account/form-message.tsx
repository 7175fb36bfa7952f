import type { FormState } from "@/lib/actions/form-state";

/** A form's answer: a status after success, an alert after a refusal. Nothing before the first answer. */
export function FormMessage({ state }: { state: FormState }) {
  if (!state.message) return null;
  return state.ok ? (
    <p role="status" className="rounded-lg border border-emerald-200 bg-emerald-50 px-3 py-2 text-sm text-emerald-900">
      {state.message}
    </p>
  ) : (
    <p role="alert" className="rounded-lg border border-red-200 bg-red-50 px-3 py-2 text-sm text-red-900">
      {state.message}
    </p>
  );
}
