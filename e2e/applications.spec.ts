import path from "node:path";
import { expect, test, type Browser, type Page } from "@playwright/test";
import { createCompany, signUpAndIn, signUpAsRecruiter } from "./helpers";
import { latestMailTo } from "./mail";

const FILES = path.join(import.meta.dirname, "../tests/fixtures/files");

async function seekerPage(browser: Browser, name: string) {
  const context = await browser.newContext();
  const page = await context.newPage();
  return { page, email: await signUpAndIn(page, name) };
}

async function applyWith(page: Page, slug: string, file: string, answer: "Yes" | "No") {
  await page.goto(`/jobs/${slug}`);
  await page.getByRole("link", { name: "Apply on Ladder" }).click();
  await page.getByLabel(/^Your CV/).setInputFiles(path.join(FILES, file));
  await page
    .getByRole("group", { name: /Can you work in the EU/ })
    .getByLabel(answer)
    .check();
  await page.getByRole("button", { name: "Send application" }).click();
  await expect(page.getByText(/Application sent\. You applied on/)).toBeVisible({ timeout: 20_000 });
}

test("a seeker applies with a CV and answers; the recruiter moves one to interviewing and rejects another with a message; another company cannot read the CV", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const word = `wombat${Date.now().toString(36)}`;
  const title = `Backend Engineer ${word}`;

  // The recruiter posts a role that takes applications on Ladder, with a required question.
  await signUpAsRecruiter(page, "Rita");
  await createCompany(page, `Quill ${word}`);
  await page.getByRole("link", { name: "Post a role" }).click();
  await page.getByLabel("Job title").fill(title);
  await page.getByLabel("Level").selectOption("mid");
  await page.getByLabel("Remote", { exact: true }).check();
  await page.getByLabel("Europe", { exact: true }).check();
  await page.getByLabel("From", { exact: true }).fill("90000");
  await page.getByLabel("To", { exact: true }).fill("120000");
  const skills = page.getByRole("combobox", { name: "Skills" });
  await skills.fill("postg");
  await page.getByRole("option", { name: /^PostgreSQL / }).click();
  await page
    .getByLabel("Description")
    .fill("Build and run the services that take applications, with a small team that reviews every change.");
  await page.getByLabel(/^Apply on Ladder/).check();
  await page.getByPlaceholder("Question 1").fill("Can you work in the EU without a visa?");
  await page.getByLabel("Is question 1 required").selectOption("required");
  await page.getByRole("button", { name: "Publish" }).click();
  await expect(page.getByText("Published: the role is in search now.")).toBeVisible();
  const slug = (await page
    .getByRole("row", { name: title })
    .getByRole("link", { name: title, exact: true })
    .getAttribute("href"))!
    .split("/")
    .pop()!;

  // A seeker applies: the form is prefilled; the required answer is enforced; a fake PDF is refused.
  const { page: ada, email: adaEmail } = await seekerPage(browser, "Ada");
  await ada.goto(`/jobs/${slug}`);
  await ada.getByRole("link", { name: "Apply on Ladder" }).click();
  await expect(ada.getByLabel("Name")).toHaveValue("Ada");
  // No file chosen (and no default CV): the CV is asked for, not called an empty file.
  await ada.getByRole("button", { name: "Send application" }).click();
  await expect(ada.getByText("Choose your CV: a PDF or Word (.docx) file, at most 5 MB")).toBeVisible({
    timeout: 20_000,
  });
  await expect(ada.getByText(/This file is empty/)).toHaveCount(0);
  await ada.getByLabel(/^Your CV/).setInputFiles(path.join(FILES, "page-renamed.pdf"));
  await ada.getByRole("button", { name: "Send application" }).click();
  await expect(ada.getByText(/this file is neither, whatever its name/)).toBeVisible({ timeout: 20_000 });
  await expect(ada.getByText("Answer this question: it is required")).toBeVisible();
  await applyWith(ada, slug, "cv.pdf", "Yes");
  await ada.goto("/me/jobs");
  await expect(ada.getByRole("article", { name: title }).getByTestId("application-stage")).toHaveText("Applied");

  // A second seeker applies with a Word file.
  const { page: bo, email: boEmail } = await seekerPage(browser, "Bo");
  await applyWith(bo, slug, "cv.docx", "No");

  // The recruiter sees both with their answers, moves Ada to interviewing and rejects Bo with a message.
  await page.goto("/recruiter");
  await expect(page.getByRole("row", { name: title })).toContainText("New 2");
  await page.getByRole("row", { name: title }).getByRole("link", { name: /New 2/ }).click();
  const adaCard = page.getByRole("article", { name: "Ada", exact: true });
  await expect(adaCard).toContainText("Can you work in the EU without a visa?");
  await expect(adaCard).toContainText("Match: 0 of 1 skill");
  await adaCard.getByLabel("Stage for Ada").selectOption("interviewing");
  await adaCard.getByRole("button", { name: "Move" }).click();
  await expect(adaCard.getByText("Stage saved.")).toBeVisible();
  const boCard = page.getByRole("article", { name: "Bo", exact: true });
  await boCard.getByText("Reject…").click();
  await boCard.getByLabel(/Message to Bo/).fill("We chose someone closer to our time zone. Thank you!");
  await boCard.getByRole("button", { name: "Reject Bo" }).click();
  await expect(boCard.getByTestId("stage")).toHaveText("Rejected");
  await expect(boCard).toContainText("Your message: “We chose someone closer to our time zone. Thank you!”");

  // The CV opens for the company, inline and with the safety headers.
  const cvHref = (await adaCard.getByRole("link", { name: "open" }).getAttribute("href"))!;
  const cv = await page.request.get(cvHref);
  expect(cv.status()).toBe(200);
  expect(cv.headers()["content-type"]).toBe("application/pdf");
  expect(cv.headers()["x-content-type-options"]).toBe("nosniff");
  expect(cv.headers()["content-disposition"]).toMatch(/^inline; filename="cv.pdf"/);

  // The seekers' trackers follow the recruiter's decisions.
  await ada.goto("/me/jobs");
  const adaEntry = ada.getByRole("article", { name: title });
  await expect(adaEntry.getByTestId("application-stage")).toHaveText("Interviewing");
  // The tracker's stage is the application's, shown as text (no dropdown to contradict it).
  await expect(adaEntry.getByTestId("tracker-stage")).toHaveText("Interviewing");
  await expect(adaEntry.getByRole("combobox", { name: "Stage" })).toHaveCount(0);
  await bo.goto("/me/jobs");
  const boEntry = bo.getByRole("article", { name: title });
  await expect(boEntry.getByTestId("application-stage")).toHaveText("Rejected");
  await expect(boEntry.getByTestId("rejection-message")).toHaveText(
    "We chose someone closer to our time zone. Thank you!",
  );
  // And so does their mail: a receipt each, the move to interviews, the rejection with its message.
  await latestMailTo(adaEmail, new RegExp(`^Application sent: ${title} at Quill`));
  await latestMailTo(adaEmail, new RegExp(`moved you to interviews for ${title}$`));
  const rejection = await latestMailTo(boEmail, new RegExp(`^Your application for ${title}`));
  expect(rejection.text).toContain("We chose someone closer to our time zone. Thank you!");

  // Another company's recruiter, and another seeker, get nothing for the same URL.
  const otherContext = await browser.newContext();
  const other = await otherContext.newPage();
  await signUpAsRecruiter(other, "Otto");
  await createCompany(other, `Other ${word}`);
  expect((await other.request.get(cvHref)).status()).toBe(404);
  expect((await bo.request.get(cvHref)).status()).toBe(404);
});
