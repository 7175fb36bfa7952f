import type { Metadata } from "next";
import { notFound, permanentRedirect } from "next/navigation";
import { CompanyProfile } from "@/components/company/company-profile";
import { getCachedCompanyProfile } from "@/lib/jobs/cached";
import { findRenamedSlug } from "@/lib/slug-redirects";

type Props = { params: Promise<{ slug: string }> };

// Rendered per request (the CSP nonce: app/layout.tsx) from cached data, like the guide: kept
// until a listing or company write calls revalidateListings(), at most 10 minutes
// (lib/jobs/cached.ts).

const load = (slug: string) => (/^[a-z0-9-]{1,80}$/.test(slug) ? getCachedCompanyProfile(slug) : Promise.resolve(null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const profile = await load((await params).slug);
  if (!profile) return { title: "Company not found" };
  const path = `/companies/${profile.company.slug}`;
  const title = `${profile.company.name}: jobs and company profile`;
  return { title, alternates: { canonical: path }, openGraph: { title, url: path, siteName: "Ladder" } };
}

export default async function CompanyPage({ params }: Props) {
  const { slug } = await params;
  const profile = await load(slug);
  if (!profile) {
    // A slug rewritten by the transliteration fix: its old address moved for good.
    const moved = /^[a-z0-9-]{1,80}$/.test(slug) ? await findRenamedSlug("company", slug) : null;
    if (moved) permanentRedirect(`/companies/${moved}`);
    notFound();
  }
  return <CompanyProfile profile={profile} />;
}
