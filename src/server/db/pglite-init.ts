/*
 * Creates a new embedded database directory (PGlite runs initdb) and exits. database.ts runs it as
 * a child process so that initdb's memory (~250 MB of wasm heap and compiled code, which the
 * parent would hold until some later full garbage collection) goes with the child.
 * Usage: node pglite-init.ts DIR POSTGRESQL_CONF_JSON
 */
import { PGlite } from '@electric-sql/pglite';

const [dir, conf] = process.argv.slice(2);
if (!dir || !conf) throw new Error('usage: pglite-init.ts DIR POSTGRESQL_CONF_JSON');
const client = await PGlite.create(dir, { postgresqlconf: JSON.parse(conf) as string[] });
await client.close();
