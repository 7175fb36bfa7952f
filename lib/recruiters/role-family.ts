import type { RoleFamily } from "@/db/schema";

// Checked in order: an explicit family word wins over a stack hint ("Backend Engineer,
// Data Platform" is backend; "Data Platform Engineer" is data).
const RULES: [RegExp, RoleFamily][] = [
  [/full[\s-]?stack|product engineer/, "fullstack"],
  [/back[\s-]?end/, "backend"],
  [/front[\s-]?end|\bui\b|\bweb (engineer|developer)|react developer|\bcss\b/, "frontend"],
  [/\bios\b|android|mobile|react native|flutter|swift/, "mobile"],
  [/devops|\bsre\b|site reliability|infrastructure|\bcloud\b|reliability/, "devops"],
  [/\bdata\b|analytics|machine learning|\bml\b|\bai\b/, "data"],
  [
    /\bapi\b|platform|server|\bgo\b|golang|python|java\b|node|rust|ruby|php|\.net|c#|distributed systems|payments/,
    "backend",
  ],
];

/** The role family a title implies, or null when it says too little ("Software Engineer"). */
export function roleFamilyFromTitle(title: string): RoleFamily | null {
  const t = title.toLowerCase();
  for (const [pattern, family] of RULES) if (pattern.test(t)) return family;
  return null;
}
