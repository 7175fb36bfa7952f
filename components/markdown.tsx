import { createElement, Fragment, type ReactNode } from "react";
import type { Token } from "markdown-it";
import { parseMarkdown, safeHref } from "@/lib/markdown/markdown";

/* Markdown as React elements (lib/markdown/markdown.ts parses): text is always a text node,
   which React escapes, and the only attribute from the input is a link href safeHref()
   allowed. No hooks, so the listing page (server) and the posting form's live preview
   (client) share it. */

const LINK_REL = "noopener nofollow ugc";
const CLASS: Record<string, string> = {
  h3: "pt-2 text-lg font-semibold text-slate-900",
  h4: "pt-2 font-semibold text-slate-900",
  ul: "list-disc space-y-1 pl-5",
  ol: "list-decimal space-y-1 pl-5",
  blockquote: "border-l-4 border-slate-300 pl-3 text-slate-700",
  pre: "overflow-x-auto rounded-lg bg-slate-100 p-3 text-sm",
  code: "rounded bg-slate-100 px-1 py-0.5 text-[0.9em]",
  hr: "border-slate-200",
  a: "text-brand-700 underline",
};
// Headings sit under the listing's own h1/h2: # and ## read as h3, the rest as h4.
const HEADING: Record<string, string> = { h1: "h3", h2: "h3", h3: "h4", h4: "h4", h5: "h4", h6: "h4" };

function element(open: Token, children: ReactNode[], key: number): ReactNode {
  const tag = HEADING[open.tag] ?? open.tag;
  switch (open.type) {
    case "paragraph_open": {
      // A paragraph of a tight list item is no paragraph.
      if (open.hidden) return <Fragment key={key}>{children}</Fragment>;
      // A short line of its own ending in ":" ("What you will do:") reads as a heading, as
      // listings (and the seed's descriptions) use it.
      const [only] = children;
      if (children.length === 1 && typeof only === "string" && only.length <= 60 && only.endsWith(":")) {
        return (
          <h3 key={key} className="pt-2 font-semibold text-slate-900">
            {only.slice(0, -1)}
          </h3>
        );
      }
      return <p key={key}>{children}</p>;
    }
    case "link_open": {
      const href = safeHref(String(open.attrGet("href") ?? ""));
      // A refused target keeps its words.
      if (!href) return <Fragment key={key}>{children}</Fragment>;
      return (
        <a key={key} href={href} rel={LINK_REL} className={CLASS.a}>
          {children}
        </a>
      );
    }
    case "ordered_list_open": {
      const start = Number(open.attrGet("start") ?? 1);
      return (
        <ol key={key} start={start === 1 ? undefined : start} className={CLASS.ol}>
          {children}
        </ol>
      );
    }
    case "heading_open":
    case "bullet_list_open":
    case "list_item_open":
    case "blockquote_open":
    case "strong_open":
    case "em_open":
      return createElement(tag, { key, className: CLASS[tag] }, ...children);
    default:
      return <Fragment key={key}>{children}</Fragment>;
  }
}

function leaf(t: Token, key: number): ReactNode {
  switch (t.type) {
    case "text":
      return t.content;
    case "softbreak":
    case "hardbreak":
      return <br key={key} />;
    case "code_inline":
      return (
        <code key={key} className={CLASS.code}>
          {t.content}
        </code>
      );
    case "code_block":
    case "fence":
      return (
        <pre key={key} className={CLASS.pre}>
          <code>{t.content}</code>
        </pre>
      );
    case "hr":
      return <hr key={key} className={CLASS.hr} />;
    default:
      // Raw HTML is off, so no html_* token carries markup; anything else shows as its text.
      return t.content;
  }
}

/** markdown-it's flat tokens (opening, closing, leaf) as a tree of React nodes. */
function render(tokens: Token[]): ReactNode[] {
  const root: ReactNode[] = [];
  const open: { token: Token; children: ReactNode[] }[] = [];
  const add = (...nodes: ReactNode[]) => (open.at(-1)?.children ?? root).push(...nodes);
  tokens.forEach((t, i) => {
    if (t.nesting === 1) open.push({ token: t, children: [] });
    else if (t.nesting === -1) {
      const done = open.pop();
      if (done) add(element(done.token, mergeText(done.children), i));
    } else if (t.type === "inline") add(...render(t.children ?? []));
    else add(leaf(t, i));
  });
  return mergeText(root);
}

/** Adjacent strings as one (markdown-it splits text at every delimiter it tried). */
function mergeText(nodes: ReactNode[]): ReactNode[] {
  const out: ReactNode[] = [];
  for (const n of nodes) {
    const last = out.length - 1;
    if (typeof n === "string" && typeof out[last] === "string") out[last] += n;
    else out.push(n);
  }
  return out;
}

export function Markdown({ source }: { source: string }) {
  return <div className="space-y-3 break-words text-slate-800">{render(parseMarkdown(source))}</div>;
}
