"use client";

import { lazy, Suspense, type ComponentProps } from "react";
import type { ReportForm as Form } from "./report-form";

const ReportForm = lazy(() => import("./report-form").then((m) => ({ default: m.ReportForm })));

/**
 * The report form, its code fetched only where it renders (a signed-in reader with no
 * reviewed report). A client component a page imports statically is in every visitor's
 * scripts for that page: the form and its labels (about 2 kB gzipped) were loaded by every
 * listing view, though signed-out visitors, most of them, get a sign-in link instead. The
 * server renders the form in full (same HTML as before); the browser hydrates it once its
 * chunk has arrived.
 */
export function LazyReportForm(props: ComponentProps<typeof Form>) {
  return (
    <Suspense fallback={null}>
      <ReportForm {...props} />
    </Suspense>
  );
}
