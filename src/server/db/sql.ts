/** SQL fragments the queries files share. */
import { sql, type RawBuilder } from 'kysely';

/** Case-insensitive "contains" on both dialects; `%` and `_` in the text match themselves. */
export function containsText(column: string, text: string): RawBuilder<boolean> {
  const pattern = `%${text.toLowerCase().replace(/[\\%_]/g, (c) => `\\${c}`)}%`;
  return sql<boolean>`lower(${sql.ref(column)}) like ${pattern} escape '\\'`;
}
