import { Fragment, type ReactNode } from "react";
import { parseMarkdown, type Block, type Inline } from "@/lib/markdown/parse";

/* Markdown as React elements: text is always a text node (React escapes it) and the only
   attribute that comes from the input is a link href that safeHref() allowed. No hooks,
   so the listing page (server) and the posting form's live preview (client) share it. */

const LINK_REL = "noopener nofollow ugc";

function inlines(nodes: Inline[]): ReactNode[] {
  return nodes.map((n, i) => {
    switch (n.t) {
      case "text":
        return <Fragment key={i}>{n.v}</Fragment>;
      case "br":
        return <br key={i} />;
      case "code":
        return (
          <code key={i} className="rounded bg-slate-100 px-1 py-0.5 text-[0.9em]">
            {n.v}
          </code>
        );
      case "strong":
        return <strong key={i}>{inlines(n.c)}</strong>;
      case "em":
        return <em key={i}>{inlines(n.c)}</em>;
      case "link":
        return (
          <a key={i} href={n.href} rel={LINK_REL} className="text-brand-700 underline">
            {inlines(n.c)}
          </a>
        );
    }
  });
}

function block(b: Block, i: number): ReactNode {
  switch (b.t) {
    case "h":
      return b.level === 3 ? (
        <h3 key={i} className="pt-2 text-lg font-semibold text-slate-900">
          {inlines(b.c)}
        </h3>
      ) : (
        <h4 key={i} className="pt-2 font-semibold text-slate-900">
          {inlines(b.c)}
        </h4>
      );
    case "p":
      // A short line of its own ending in ":" ("What you will do:") reads as a heading, as
      // listings (and the seed's descriptions) use it.
      if (b.c.length === 1 && b.c[0]!.t === "text" && b.c[0]!.v.length <= 60 && b.c[0]!.v.endsWith(":")) {
        return (
          <h3 key={i} className="pt-2 font-semibold text-slate-900">
            {b.c[0]!.v.slice(0, -1)}
          </h3>
        );
      }
      return <p key={i}>{inlines(b.c)}</p>;
    case "ul":
      return (
        <ul key={i} className="list-disc space-y-1 pl-5">
          {b.items.map((item, j) => (
            <li key={j}>{inlines(item)}</li>
          ))}
        </ul>
      );
    case "ol":
      return (
        <ol key={i} start={b.start} className="list-decimal space-y-1 pl-5">
          {b.items.map((item, j) => (
            <li key={j}>{inlines(item)}</li>
          ))}
        </ol>
      );
    case "quote":
      return (
        <blockquote key={i} className="border-l-4 border-slate-300 pl-3 text-slate-700">
          {inlines(b.c)}
        </blockquote>
      );
    case "code":
      return (
        <pre key={i} className="overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm">
          <code>{b.v}</code>
        </pre>
      );
    case "hr":
      return <hr key={i} className="border-slate-200" />;
  }
}

export function Markdown({ source }: { source: string }) {
  return <div className="space-y-3 break-words text-slate-800">{parseMarkdown(source).map(block)}</div>;
}
