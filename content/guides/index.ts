/*
 * Every career guide, one content module each. Adding a guide: write
 * content/guides/<family>.ts (`satisfies GuideModule`) and list it here; the seed writes it,
 * the pages read it, the tests validate it. The order here is only the seed's and the tests';
 * /guides lists the published guides by title (getGuides in lib/guides/queries.ts).
 */
import { backendGuide } from "./backend";
import { dataGuide } from "./data";
import { devopsGuide } from "./devops";
import { frontendGuide } from "./frontend";
import { fullstackGuide } from "./fullstack";
import { mobileGuide } from "./mobile";
import type { GuideModule } from "./types";

export const GUIDE_MODULES: readonly GuideModule[] = [
  backendGuide,
  frontendGuide,
  fullstackGuide,
  devopsGuide,
  dataGuide,
  mobileGuide,
];
