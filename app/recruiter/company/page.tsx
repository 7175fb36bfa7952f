import type { Metadata } from "next";
import Link from "next/link";
import { redirect } from "next/navigation";
import { connection } from "next/server";
import { CompanyForm } from "@/components/recruiter/company-form";
import { RecruitersOnly } from "@/components/recruiter/recruiters-only";
import { getRecruiterPageAccess } from "@/lib/recruiters/access";
import { getCompanyById } from "@/lib/recruiters/queries";

export const metadata: Metadata = { title: "Company profile" };

export default async function CompanySettingsPage() {
  await connection();
  const access = await getRecruiterPageAccess("/recruiter/company");
  if (!access.allowed) return <RecruitersOnly role={access.user.role} />;
  if (!access.membership) redirect("/recruiter");
  const c = await getCompanyById(access.membership.companyId);
  if (!c) redirect("/recruiter");
  return (
    <div className="mx-auto max-w-xl space-y-4 py-2">
      <nav aria-label="Breadcrumb" className="text-sm text-slate-600">
        <Link href="/recruiter" className="hover:underline">
          {c.name}
        </Link>{" "}
        <span aria-hidden="true">/</span> Profile
      </nav>
      <h1 className="text-2xl font-bold">Company profile</h1>
      {access.membership.role === "owner" ? (
        <CompanyForm
          mode={{ kind: "edit", companyId: c.id }}
          initial={{
            name: c.name,
            website: c.website ?? "",
            size: c.size ?? "",
            headquarters: c.headquarters ?? "",
            about: c.about,
          }}
        />
      ) : (
        <p className="text-slate-700">Only the company’s owner can change its profile.</p>
      )}
    </div>
  );
}
