import { expect, test, type Browser } from "@playwright/test";
import { createCompany, signUpAndIn, signUpAsRecruiter } from "./helpers";
import { latestMailTo, linkIn } from "./mail";

/** A seeker with a profile in `place`, with PostgreSQL, open to recruiters or not; returns the page and email. */
async function seekerWithProfile(browser: Browser, name: string, place: string, open: boolean) {
  const page = await (await browser.newContext()).newPage();
  const email = await signUpAndIn(page, name);
  await page.goto("/me/profile");
  await page.getByLabel("Headline").fill(`${name}, backend engineer`);
  await page.getByLabel("Location").fill(place);
  await page.getByLabel("Years of experience").fill("5");
  await page.getByLabel("Where you want to work").selectOption("remote");
  await page.getByRole("checkbox", { name: "PostgreSQL" }).check();
  await page.getByLabel(open ? "Recruiters on Ladder" : "Only me").check();
  await page.getByRole("button", { name: "Save profile" }).click();
  await expect(page.getByText("Profile saved.")).toBeVisible();
  return { page, email };
}

test("a recruiter finds a public candidate by skill and writes; the candidate reads and replies; addresses stay hidden until then; a private profile never appears", async ({
  page,
  browser,
}) => {
  test.setTimeout(180_000);
  const place = `Wombatville ${Date.now().toString(36)}`;
  const pia = await seekerWithProfile(browser, "Pia", place, true);
  const quin = await seekerWithProfile(browser, "Quin", place, false);

  const recruiterEmail = await signUpAsRecruiter(page, "Rosa");
  await createCompany(page, `Finders ${place}`);
  await page.getByRole("link", { name: "Find candidates" }).click();
  await expect(page.getByRole("heading", { name: "Find candidates" })).toBeVisible();
  await page.getByText("Skills", { exact: true }).click();
  await page.getByRole("checkbox", { name: "PostgreSQL" }).check();
  await page.getByLabel("Location contains").fill(place);
  await page.getByRole("button", { name: "Search candidates" }).click();

  const results = page.getByRole("region", { name: /candidate/ }).first();
  await expect(page.getByRole("heading", { name: /^1 candidate with skills you picked/ })).toBeVisible();
  const card = page.getByRole("listitem").filter({ has: page.getByRole("heading", { name: "Pia", exact: true }) });
  await expect(card).toContainText("Fits 1 of 1 skills your role asks");
  await expect(card).toContainText("prefers Remote");
  await expect(results).not.toContainText("Quin");
  await expect(page.getByText("Quin")).toHaveCount(0);
  expect(await page.content()).not.toContain(pia.email);

  await card.getByText("Message Pia").click();
  await card.getByLabel("Subject").fill("Staff role on our data team");
  await card.getByLabel("Message to Pia").fill("Your PostgreSQL work caught our eye. Could we talk this week?");
  await card.getByRole("button", { name: "Send message" }).click();
  await expect(card.getByText(/^Sent\./)).toBeVisible({ timeout: 20_000 });
  await page.reload();
  const sent = page.getByRole("region", { name: "Messages your company sent" });
  await expect(sent).toContainText("Staff role on our data team to Pia");
  await expect(sent).toContainText("Their address stays hidden until they reply.");
  expect(await page.content()).not.toContain(pia.email);

  // Pia gets it by mail, without the recruiter's address, and opens her inbox from the link.
  const mail = await latestMailTo(pia.email, /on Ladder: Staff role on our data team/);
  expect(mail.text).toContain("Could we talk this week?");
  expect(mail.text).not.toContain(recruiterEmail);
  await pia.page.goto(linkIn(mail, "/me/messages"));
  const message = pia.page.getByRole("listitem").filter({ hasText: "Staff role on our data team" });
  await expect(message).toContainText("Could we talk this week?");
  await expect(message).not.toContainText(recruiterEmail);
  await message.getByLabel(/Your reply/).fill("Yes, Thursday works for me.");
  await message.getByRole("button", { name: "Send reply" }).click();
  // The form gives way to the sent reply, and now the recruiter's address shows.
  await expect(message).toContainText("You replied on", { timeout: 20_000 });
  await expect(message).toContainText(recruiterEmail);

  // The reply reaches the recruiter's confirmed address, with Pia's; now the page shows it too.
  const reply = await latestMailTo(recruiterEmail, /^Pia replied/);
  expect(reply.text).toContain("Yes, Thursday works for me.");
  expect(reply.text).toContain(pia.email);
  await page.reload();
  await expect(page.getByRole("region", { name: "Messages your company sent" })).toContainText(pia.email);

  // Quin, private, got nothing and is in no search.
  await quin.page.goto("/me/messages");
  await expect(quin.page.getByText("No messages yet.")).toBeVisible();
});
