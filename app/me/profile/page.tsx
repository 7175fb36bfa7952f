import type { Metadata } from "next";
import { db } from "@/db";
import { ProfileForm } from "@/components/profile/profile-form";
import { getProfile, getProfileOptions } from "@/lib/accounts/profile";
import { requireUser } from "@/lib/auth/session";

export const metadata: Metadata = { title: "Your profile" };

export default async function ProfilePage() {
  const user = await requireUser("/me/profile");
  const [profile, options] = await Promise.all([getProfile(db, user.id), getProfileOptions(db)]);
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
    </div>
  );
}
