/** Renders a listing description: blank lines split paragraphs, "- " lines become lists.
    React escapes all text, so no markup in a description can run. */
export function Description({ text }: { text: string }) {
  const blocks = text.split(/\n{2,}/);
  return (
    <div className="space-y-3 text-slate-800">
      {blocks.map((block, i) => {
        const lines = block.split("\n");
        if (lines.every((l) => l.startsWith("- "))) {
          return (
            <ul key={i} className="list-disc space-y-1 pl-5">
              {lines.map((l, j) => (
                <li key={j}>{l.slice(2)}</li>
              ))}
            </ul>
          );
        }
        if (block.endsWith(":") && lines.length === 1) {
          return (
            <h3 key={i} className="pt-2 font-semibold text-slate-900">
              {block.slice(0, -1)}
            </h3>
          );
        }
        return <p key={i}>{block}</p>;
      })}
    </div>
  );
}
