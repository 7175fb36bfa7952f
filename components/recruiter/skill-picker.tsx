"use client";

import { useId, useState } from "react";

type Option = { slug: string; name: string; category: string };

/**
 * Skills from the shared list, picked with an ARIA combobox: type to filter, arrow keys
 * to move, Enter to add, Escape to close, Backspace on an empty box removes the last one.
 * The chosen skills are posted as hidden `skills` inputs.
 */
export function SkillPicker({
  options,
  initial,
  onChange,
  errors,
}: {
  options: Option[];
  initial: string[];
  onChange: (slugs: string[]) => void;
  errors?: string[];
}) {
  const id = useId();
  const [selected, setSelected] = useState<string[]>(initial);
  const [query, setQuery] = useState("");
  const [open, setOpen] = useState(false);
  const [active, setActive] = useState(0);
  const [announcement, setAnnouncement] = useState("");
  const byslug = new Map(options.map((o) => [o.slug, o]));
  const q = query.trim().toLowerCase();
  const matches = options
    .filter((o) => !selected.includes(o.slug) && (!q || o.name.toLowerCase().includes(q) || o.slug.includes(q)))
    .sort((a, b) => Number(!a.name.toLowerCase().startsWith(q)) - Number(!b.name.toLowerCase().startsWith(q)))
    .slice(0, 8);
  const expanded = open && matches.length > 0;

  const update = (next: string[], message: string) => {
    setSelected(next);
    onChange(next);
    setAnnouncement(`${message} ${next.length} ${next.length === 1 ? "skill" : "skills"} chosen.`);
  };
  const add = (slug: string) => {
    if (selected.includes(slug) || selected.length >= 20) return;
    update([...selected, slug], `${byslug.get(slug)?.name ?? slug} added.`);
    setQuery("");
    setActive(0);
    setOpen(false);
  };
  const remove = (slug: string) =>
    update(
      selected.filter((s) => s !== slug),
      `${byslug.get(slug)?.name ?? slug} removed.`,
    );

  const errorId = `${id}-error`;
  return (
    <div className="space-y-2">
      <label htmlFor={`${id}-input`} className="block text-sm font-medium text-slate-900">
        Skills
      </label>
      {selected.length > 0 && (
        <ul aria-label="Chosen skills" className="flex flex-wrap gap-1.5">
          {selected.map((slug) => (
            <li
              key={slug}
              className="inline-flex items-center gap-1 rounded-full bg-brand-50 py-0.5 pr-1 pl-2.5 text-sm text-brand-800"
            >
              <span>{byslug.get(slug)?.name ?? slug}</span>
              <button
                type="button"
                onClick={() => remove(slug)}
                aria-label={`Remove ${byslug.get(slug)?.name ?? slug}`}
                className="rounded-full px-1.5 hover:bg-brand-100 focus-visible:outline-2"
              >
                <span aria-hidden="true">×</span>
              </button>
              <input type="hidden" name="skills" value={slug} />
            </li>
          ))}
        </ul>
      )}
      <div className="relative">
        <input
          id={`${id}-input`}
          type="text"
          role="combobox"
          autoComplete="off"
          aria-autocomplete="list"
          aria-expanded={expanded}
          aria-controls={`${id}-listbox`}
          aria-activedescendant={expanded && matches[active] ? `${id}-opt-${matches[active].slug}` : undefined}
          aria-invalid={errors?.length ? true : undefined}
          aria-describedby={[`${id}-hint`, errors?.length ? errorId : ""].filter(Boolean).join(" ")}
          value={query}
          placeholder="Type a skill, like PostgreSQL"
          onChange={(e) => {
            setQuery(e.target.value);
            setOpen(true);
            setActive(0);
          }}
          onFocus={() => setOpen(true)}
          onBlur={() => setOpen(false)}
          onKeyDown={(e) => {
            if (e.key === "ArrowDown") {
              e.preventDefault();
              setOpen(true);
              setActive((a) => Math.min(a + 1, Math.max(matches.length - 1, 0)));
            } else if (e.key === "ArrowUp") {
              e.preventDefault();
              setActive((a) => Math.max(a - 1, 0));
            } else if (e.key === "Enter") {
              // Enter picks a skill; it never sends the form from here.
              e.preventDefault();
              if (expanded && matches[active]) add(matches[active].slug);
            } else if (e.key === "Escape") {
              setOpen(false);
            } else if (e.key === "Backspace" && !query && selected.length) {
              remove(selected[selected.length - 1]!);
            }
          }}
          className="w-full rounded-lg border border-slate-300 bg-white px-3 py-2 aria-[invalid=true]:border-red-600"
        />
        {expanded && (
          <ul
            id={`${id}-listbox`}
            role="listbox"
            aria-label="Matching skills"
            className="absolute z-10 mt-1 max-h-64 w-full overflow-auto rounded-lg border border-slate-300 bg-white py-1 shadow-lg"
          >
            {matches.map((o, i) => (
              <li
                key={o.slug}
                id={`${id}-opt-${o.slug}`}
                role="option"
                aria-selected={i === active}
                // mousedown, not click: the input's blur would close the list first.
                onMouseDown={(e) => {
                  e.preventDefault();
                  add(o.slug);
                }}
                onMouseMove={() => setActive(i)}
                className={`flex cursor-pointer justify-between px-3 py-1.5 text-sm ${i === active ? "text-brand-900 bg-brand-50" : ""}`}
              >
                <span>{o.name}</span>
                <span className="text-xs text-slate-500">{o.category}</span>
              </li>
            ))}
          </ul>
        )}
      </div>
      <p id={`${id}-hint`} className="text-xs text-slate-600">
        From Ladder’s shared skills list, so job seekers’ skill filters find the role. Up to 20.
      </p>
      {errors?.length ? (
        <p id={errorId} className="text-sm text-red-700">
          {errors.join(" ")}
        </p>
      ) : null}
      <p aria-live="polite" className="sr-only">
        {announcement}
      </p>
    </div>
  );
}
