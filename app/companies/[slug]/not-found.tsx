import { NotFoundMessage } from "@/components/not-found-message";

export default function CompanyNotFound() {
  return (
    <NotFoundMessage
      title="We could not find that company"
      explanation="No company on Ladder has this address; the link may be mistyped."
      primary={{ href: "/jobs", label: "Search open roles" }}
    />
  );
}
