import type { Currency, JobLevel, PayPeriod, RoleFamily } from "@/db/schema";
import { formatMoney, LEVEL_LABEL } from "@/lib/format";
import { markdownToText } from "@/lib/markdown/markdown";
import { annualUsd } from "./pay";
import type { PayBenchmarks } from "./queries";
import { roleFamilyFromTitle } from "./role-family";

/* The posting form's quality panel: advice, not rules (the server's validation is the
   rule). Pure, so it runs as the recruiter types and is unit-tested. */

export type Hint = {
  tone: "warn" | "good" | "info";
  topic: "pay" | "skills" | "location" | "description";
  text: string;
};

export type DraftValues = {
  title: string;
  roleFamily: string;
  level: string;
  workplace: string;
  location: string;
  applicantRegions: string[];
  salaryMin: string;
  salaryMax: string;
  salaryCurrency: string;
  salaryPeriod: string;
  skills: string[];
  description: string;
};

export const GOOD_DESCRIPTION = 600;
const FAMILY_WORD: Record<RoleFamily, string> = {
  backend: "backend",
  frontend: "frontend",
  fullstack: "full-stack",
  devops: "DevOps",
  data: "data",
  mobile: "mobile",
};

const amount = (v: string) => {
  const n = Number(v.replace(/[,\s_]/g, ""));
  return v.trim() && Number.isFinite(n) && n > 0 ? n : null;
};

export function qualityHints(v: DraftValues, bench: PayBenchmarks): Hint[] {
  const hints: Hint[] = [];
  const family = (v.roleFamily || roleFamilyFromTitle(v.title)) as RoleFamily | null;
  const level = v.level as JobLevel;
  const min = amount(v.salaryMin);
  const max = amount(v.salaryMax) ?? min;
  if (min === null || max === null) {
    hints.push({
      tone: "warn",
      topic: "pay",
      text: "Add the pay range: it is required, and listings that show pay get more applicants.",
    });
  } else if (!family || !LEVEL_LABEL[level]) {
    hints.push({
      tone: "info",
      topic: "pay",
      text: "Choose a level and a role family to compare the pay with open listings.",
    });
  } else {
    const mid = annualUsd((min + max) / 2, v.salaryCurrency as Currency, v.salaryPeriod as PayPeriod);
    const b = bench[family]?.[level];
    const group = `${LEVEL_LABEL[level]} ${FAMILY_WORD[family]} roles`;
    const yours = `The middle of your range (about ${formatMoney(mid)} a year)`;
    if (!Number.isFinite(mid)) {
      hints.push({ tone: "info", topic: "pay", text: "Choose a currency and period to compare the pay." });
    } else if (!b) {
      hints.push({ tone: "info", topic: "pay", text: `Too few open ${group} show pay to compare yours yet.` });
    } else if (mid < b.p25) {
      hints.push({
        tone: "warn",
        topic: "pay",
        text: `${yours} is below the 25th percentile (${formatMoney(b.p25)}) for ${group} on Ladder; the median is ${formatMoney(b.p50)}.`,
      });
    } else if (mid > b.p75) {
      hints.push({
        tone: "good",
        topic: "pay",
        text: `${yours} is above the 75th percentile (${formatMoney(b.p75)}) for ${group} on Ladder.`,
      });
    } else {
      hints.push({
        tone: "good",
        topic: "pay",
        text: `${yours} is between the 25th (${formatMoney(b.p25)}) and 75th (${formatMoney(b.p75)}) percentiles for ${group} on Ladder.`,
      });
    }
  }
  if (v.skills.length === 0) {
    hints.push({ tone: "warn", topic: "skills", text: "Add the skills the role needs: job seekers filter by them." });
  } else if (v.skills.length < 3) {
    hints.push({ tone: "info", topic: "skills", text: "Most listings name three to eight skills." });
  }
  if (v.workplace === "remote") {
    if (v.applicantRegions.length === 0)
      hints.push({
        tone: "warn",
        topic: "location",
        text: "Say where applicants may live (countries, regions or time zones).",
      });
  } else if (!v.location.trim()) {
    hints.push({ tone: "warn", topic: "location", text: "Add where the role is based, like Berlin, Germany." });
  }
  const length = markdownToText(v.description).length;
  if (length < GOOD_DESCRIPTION) {
    hints.push({
      tone: "warn",
      topic: "description",
      text: `The description is short (${length} of about ${GOOD_DESCRIPTION} characters): say what the work is, who the team is, and what you look for.`,
    });
  }
  return hints;
}
