import type { ReactNode } from "react";

const LOOKS = {
  primary: "rounded-lg bg-brand-700 px-4 py-2 font-semibold text-white hover:bg-brand-800 disabled:opacity-60",
  secondary:
    "rounded-lg border border-slate-300 bg-white px-4 py-2 font-semibold hover:bg-slate-100 disabled:opacity-60",
  danger: "rounded-lg bg-red-700 px-4 py-2 font-semibold text-white hover:bg-red-800 disabled:opacity-60",
} as const;

/**
 * A form's submit button: disabled while the action runs (no double submit), with the
 * label saying what is happening meanwhile. `wide` fills the form (the sign-in pages).
 */
export function SubmitButton({
  pending,
  pendingLabel,
  look = "primary",
  wide = false,
  children,
}: {
  pending: boolean;
  pendingLabel: string;
  look?: keyof typeof LOOKS;
  wide?: boolean;
  children: ReactNode;
}) {
  return (
    <button type="submit" disabled={pending} className={wide ? `w-full ${LOOKS[look]}` : LOOKS[look]}>
      {pending ? pendingLabel : children}
    </button>
  );
}
