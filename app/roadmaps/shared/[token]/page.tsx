import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { ProgressBar } from "@/components/roadmap/progress-bar";
import { RoadmapPath } from "@/components/roadmap/roadmap-path";
import { countProgress } from "@/lib/roadmap/progress";
import { getSharedRoadmap } from "@/lib/roadmap/queries";

type Props = { params: Promise<{ token: string }> };

// Shared links are private-by-obscurity: keep them out of search engines.
export const metadata: Metadata = { title: "Shared roadmap progress", robots: { index: false, follow: false } };

/** A user's progress, shared by them on purpose; 404 when the link is off or unknown. */
export default async function SharedRoadmapPage({ params }: Props) {
  const { token } = await params;
  const shared = /^[A-Za-z0-9_-]{20,64}$/.test(token) ? await getSharedRoadmap(token) : null;
  if (!shared) notFound();
  const { roadmap, progress, firstName } = shared;
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">Shared progress</p>
        <h1 className="text-3xl font-bold">
          {firstName ? `${firstName}'s` : "A learner's"} progress on the {roadmap.guide.title} roadmap
        </h1>
        <ProgressBar
          label="Overall progress"
          counts={countProgress(roadmap.milestones, progress)}
          testId="overall-progress"
          size="lg"
        />
        <p className="text-sm">
          <Link href={`/guides/${roadmap.guide.slug}/roadmap`} className="text-brand-700 underline">
            Start your own {roadmap.guide.title} roadmap
          </Link>
        </p>
      </header>
      <RoadmapPath roadmap={roadmap} progress={progress} />
    </div>
  );
}
