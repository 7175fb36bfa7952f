import { Markdown } from "./markdown";

/** A listing description: Markdown, rendered safely (see components/markdown.tsx). */
export function Description({ text }: { text: string }) {
  return <Markdown source={text} />;
}
