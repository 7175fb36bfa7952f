import { NotFoundMessage } from "@/components/not-found-message";

export default function ListingNotFound() {
  return (
    <NotFoundMessage
      title="We could not find that listing"
      explanation="No listing has this address: it may never have been published, or the link may be mistyped."
      primary={{ href: "/jobs", label: "Search open roles" }}
    />
  );
}
