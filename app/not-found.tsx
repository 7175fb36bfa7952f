import { NotFoundMessage } from "@/components/not-found-message";

export default function NotFound() {
  return (
    <NotFoundMessage
      title="We could not find that page"
      explanation="There is no page at this address: the link may be mistyped or out of date."
      primary={{ href: "/jobs", label: "Search jobs" }}
    />
  );
}
