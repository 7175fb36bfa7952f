import { Readable } from "node:stream";
import { pipeline } from "node:stream/promises";
import type { Sql } from "postgres";
import type { Database } from "../client";

/**
 * Bulk loading for large seeds (`--jobs 1000000`, the benchmark) on a postgres-js database:
 * COPY instead of multi-row INSERTs, with the secondary indexes and foreign keys of the
 * loaded tables dropped during the load and re-created after it. Building an index once
 * over sorted input is several times cheaper than updating it row by row, and a foreign key
 * added back is checked with one join instead of a trigger per row. Measured on 2 cores:
 * INSERT batches ~280 rows/s with every index in place; COPY into a bare table plus the
 * rebuild is an order of magnitude faster (figures in docs/benchmarks.md).
 */

/** The postgres-js client behind a Drizzle database, or null (PGlite: the batch INSERT path). */
export function postgresClient(db: Database): Sql | null {
  const client = (db as unknown as { $client?: unknown }).$client;
  // postgres-js's Sql is a tagged-template function with `unsafe` and `reserve`.
  return typeof client === "function" && "unsafe" in client && "reserve" in client ? (client as Sql) : null;
}

/** A value in COPY's text format: \N for null, with backslash, tab and line breaks escaped. */
export function copyField(value: string | number | Date | null | readonly number[]): string {
  if (value === null) return "\\N";
  if (value instanceof Date) return value.toISOString();
  if (Array.isArray(value)) return `{${value.join(",")}}`;
  if (typeof value === "number") return String(value);
  return (value as string).replace(/[\\\t\n\r]/g, (c) =>
    c === "\\" ? "\\\\" : c === "\t" ? "\\t" : c === "\n" ? "\\n" : "\\r",
  );
}

/** Streams rows (arrays in `columns` order) into `table` with COPY ... FROM STDIN. */
export async function copyRows(
  client: Sql,
  table: string,
  columns: string[],
  rows: Iterable<(string | number | Date | null | readonly number[])[]>,
): Promise<void> {
  const target = await client.unsafe(`copy ${table} (${columns.join(", ")}) from stdin`).writable();
  async function* lines() {
    let chunk = "";
    for (const row of rows) {
      chunk += `${row.map(copyField).join("\t")}\n`;
      if (chunk.length > 1 << 20) {
        yield chunk;
        chunk = "";
      }
    }
    if (chunk) yield chunk;
  }
  await pipeline(Readable.from(lines()), target);
}

type Saved = { indexes: string[]; foreignKeys: { table: string; name: string; def: string }[] };

/**
 * Runs `load` with the tables' non-unique indexes and their own foreign keys removed, then
 * puts them back exactly as they were (their definitions are read from the catalog first,
 * so whatever the migrations created comes back), even when `load` fails. Unique indexes
 * and primary keys stay: the load relies on them to refuse duplicates.
 */
export async function withoutSecondaryStructures<T>(client: Sql, tables: string[], load: () => Promise<T>): Promise<T> {
  const indexes = await client<{ name: string; def: string }[]>`
    select i.relname as name, pg_get_indexdef(x.indexrelid) as def
    from pg_index x join pg_class i on i.oid = x.indexrelid join pg_class t on t.oid = x.indrelid
    join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = current_schema() and t.relname in ${client(tables)} and not x.indisunique`;
  const foreignKeys = await client<{ table: string; name: string; def: string }[]>`
    select t.relname as table, c.conname as name, pg_get_constraintdef(c.oid) as def
    from pg_constraint c join pg_class t on t.oid = c.conrelid join pg_namespace n on n.oid = t.relnamespace
    where n.nspname = current_schema() and t.relname in ${client(tables)} and c.contype = 'f'`;
  const saved: Saved = { indexes: indexes.map((i) => i.def), foreignKeys: [...foreignKeys] };
  for (const fk of saved.foreignKeys) await client.unsafe(`alter table ${fk.table} drop constraint ${fk.name}`);
  for (const i of indexes) await client.unsafe(`drop index ${i.name}`);
  try {
    return await load();
  } finally {
    await restore(client, saved);
  }
}

async function restore(client: Sql, saved: Saved) {
  // One connection with room to sort: index builds are the longest step of a large load.
  const conn = await client.reserve();
  try {
    await conn`set maintenance_work_mem = '256MB'`;
    for (const def of saved.indexes) await conn.unsafe(def);
    for (const fk of saved.foreignKeys) {
      await conn.unsafe(`alter table ${fk.table} add constraint ${fk.name} ${fk.def}`);
    }
  } finally {
    conn.release();
  }
}
