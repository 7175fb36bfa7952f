import type { Metadata } from "next";
import { db } from "@/db";
import { DefaultCvForm } from "@/components/profile/default-cv-form";
import { ProfileForm } from "@/components/profile/profile-form";
import { getDefaultCv } from "@/lib/accounts/default-cv";
import { getProfile, getProfileOptions } from "@/lib/accounts/profile";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireUser("/me/profile");
  const [profile, options, cv] = await Promise.all([
    getProfile(db, user.id),
    getProfileOptions(db),
    getDefaultCv(db, user.id),
  ]);
  if (!profile) return null;
  return (
    <div className="mx-auto max-w-3xl space-y-6 py-2">
      <h1 className="text-2xl font-bold">Your profile</h1>
      <ProfileForm
        options={options}
        initial={{
          name: profile.name ?? "",
          headline: profile.headline,
          location: profile.location,
          yearsExperience: profile.yearsExperience === null ? "" : String(profile.yearsExperience),
          targetGuide: profile.targetGuide ?? "",
          targetLevel: profile.targetLevel ?? "",
          visibility: profile.visibility,
          workplacePreference: profile.workplacePreference ?? "",
          skills: profile.skills,
        }}
      />
      {user.role === "seeker" && (
        <section aria-labelledby="cv-heading" className="space-y-3 rounded-xl border border-slate-200 bg-white p-5">
          <h2 id="cv-heading" className="text-lg font-semibold">
            Default CV
          </h2>
          <DefaultCvForm
            current={cv && { name: cv.name, size: cv.size, uploadedOn: cv.createdAt.toISOString().slice(0, 10) }}
          />
        </section>
      )}
    </div>
  );
}
