import { notFound } from "next/navigation";
import { connection } from "next/server";
import { CompanyProfile } from "@/components/company/company-profile";
import { env } from "@/env";
import { getCompanyProfile } from "@/lib/recruiters/queries";

/* The company page read from the database on every request, for `npm run bench` to compare
   with the cached /companies/[slug]. Exists only when the server runs with LADDER_BENCH_ROUTES=1. */
export const metadata = { robots: { index: false } };

export default async function UncachedCompanyPage({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  if (!env().LADDER_BENCH_ROUTES) notFound();
  const profile = await getCompanyProfile((await params).slug);
  if (!profile) notFound();
  return <CompanyProfile profile={profile} />;
}
