import { NotFoundMessage } from "@/components/not-found-message";

export default function GuideNotFound() {
  return (
    <NotFoundMessage
      title="We could not find that guide"
      explanation="There is no career guide (or roadmap) at this address; the link may be mistyped."
      primary={{ href: "/guides", label: "All career guides" }}
    />
  );
}
