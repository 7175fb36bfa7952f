import type { Metadata } from "next";
import Link from "next/link";
import { notFound } from "next/navigation";
import { QueryBoundary } from "@/components/query-boundary";
import { RoadmapBoard } from "@/components/roadmap/roadmap-board";
import { ShareControls } from "@/components/roadmap/share-controls";
import { getCurrentUser } from "@/lib/auth/session";
import { getCachedRoadmap, getCachedRoadmapDemand } from "@/lib/roadmap/cached";
import { getProgressByUser, getRoadmapShareToken } from "@/lib/roadmap/queries";
import { setRoadmapShareAction } from "./actions";

type Props = { params: Promise<{ slug: string }> };

const load = (slug: string) => (/^[a-z0-9-]{1,80}$/.test(slug) ? getCachedRoadmap(slug) : Promise.resolve(null));

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const roadmap = await load((await params).slug);
  return roadmap
    ? {
        title: `${roadmap.guide.title} roadmap`,
        description: `Skills, topics, certifications and projects for each ${roadmap.guide.title} level, with live demand.`,
        alternates: { canonical: `/guides/${roadmap.guide.slug}/roadmap` },
      }
    : { title: "Roadmap not found" };
}

// Per visitor (progress), so rendered per request; the roadmap and its live demand come
// from the data cache (tags "guides" and "listings").
export default async function RoadmapPage({ params }: Props) {
  const { slug } = await params;
  const roadmap = await load(slug);
  if (!roadmap) notFound();
  const [demand, user] = await Promise.all([getCachedRoadmapDemand(roadmap.guide.slug), getCurrentUser()]);
  const [progress, shareToken] = user
    ? await Promise.all([getProgressByUser(user.id, roadmap.guide.id), getRoadmapShareToken(user.id, roadmap.guide.id)])
    : [null, null];
  return (
    <div className="space-y-8">
      <header className="space-y-3">
        <p className="text-sm font-semibold tracking-wide text-brand-700 uppercase">
          <Link href={`/guides/${slug}`} className="hover:underline">
            {roadmap.guide.title} career guide
          </Link>{" "}
          / Roadmap
        </p>
        <h1 className="text-3xl font-bold sm:text-4xl">{roadmap.guide.title} roadmap</h1>
        <p className="max-w-3xl text-slate-700">
          Every level of the career, from first job to principal: the skills employers ask for, the topics behind them,
          the certifications worth considering and projects to practise on. Mark each milestone as you go; skills you
          mark done become your profile skills, so your job matches follow your progress. Skill demand counts open
          listings on Ladder right now.
        </p>
        <p className="text-sm text-slate-600">
          Set a status with a click, or use Tab to reach a milestone and the arrow keys to change it.
        </p>
      </header>
      <QueryBoundary>
        <RoadmapBoard roadmap={roadmap} demand={demand} initialProgress={progress}>
          {user && <ShareControls guideSlug={slug} token={shareToken} action={setRoadmapShareAction} />}
        </RoadmapBoard>
      </QueryBoundary>
    </div>
  );
}
