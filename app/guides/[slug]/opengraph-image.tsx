import { ImageResponse } from "next/og";
import { OG_SIZE, OgCard } from "@/components/og-card";
import { getCachedGuide } from "@/lib/guides/cached";

export const alt = "A Ladder career guide";
export const size = OG_SIZE;
export const contentType = "image/png";
// Like the guide page: rendered on first request, then cached.
export const revalidate = 600;
export function generateStaticParams() {
  return [];
}

/** The guide's shared image: its title and summary. */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  const { slug } = await params;
  const guide = /^[a-z0-9-]{1,80}$/.test(slug) ? await getCachedGuide(slug) : null;
  return new ImageResponse(
    <OgCard kicker="Career guide" title={guide ? guide.title : "Ladder"} lines={guide ? [guide.summary] : []} />,
    size,
  );
}
