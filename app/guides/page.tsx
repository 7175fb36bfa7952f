import type { Metadata } from "next";
import Link from "next/link";
import { connection } from "next/server";
import { getGuides } from "@/lib/guides/queries";

export const metadata: Metadata = { title: "Career guides", alternates: { canonical: "/guides" } };

export default async function GuidesPage() {
  await connection();
  const guides = await getGuides();
  return (
    <div className="space-y-6">
      <h1 className="text-2xl font-bold">Career guides</h1>
      <p className="max-w-2xl text-slate-700">
        Each guide explains a role and how it grows, and shows what employers on Ladder pay for it right now.
      </p>
      <ul className="grid gap-4 md:grid-cols-2">
        {guides.map((g) => (
          <li key={g.slug} className="rounded-xl border border-slate-200 bg-white p-5">
            <h2 className="text-lg font-semibold">
              <Link href={`/guides/${g.slug}`} className="hover:text-brand-700 hover:underline">
                {g.title}
              </Link>
            </h2>
            <p className="mt-1 text-slate-700">{g.summary}</p>
          </li>
        ))}
      </ul>
    </div>
  );
}
