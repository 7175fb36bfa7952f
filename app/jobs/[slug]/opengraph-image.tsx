import { ImageResponse } from "next/og";
import { connection } from "next/server";
import { OG_SIZE, OgCard } from "@/components/og-card";
import { formatPay, WORKPLACE_LABEL } from "@/lib/format";
import { getJobBySlug } from "@/lib/jobs/queries";

export const alt = "A job listing on Ladder: title, company, pay and location";
export const size = OG_SIZE;
export const contentType = "image/png";

/** The listing's shared image: title, company, pay and place (a plain Ladder card for an unknown slug). */
export default async function Image({ params }: { params: Promise<{ slug: string }> }) {
  await connection();
  const { slug } = await params;
  const job = slug.length > 300 ? null : await getJobBySlug(slug);
  if (!job) return new ImageResponse(<OgCard kicker="Jobs" title="Ladder" lines={[]} />, size);
  const pay = formatPay(job.salaryMin, job.salaryMax, job.salaryCurrency, job.salaryPeriod);
  const place = job.workplace === "remote" ? job.location : `${job.location} · ${WORKPLACE_LABEL[job.workplace]}`;
  return new ImageResponse(
    <OgCard
      kicker={job.isOpen ? job.company.name : `${job.company.name} · no longer accepting applications`}
      title={job.title}
      lines={[pay ?? "Pay not shown", place]}
    />,
    size,
  );
}
