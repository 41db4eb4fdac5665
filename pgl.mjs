import { PGlite } from '@electric-sql/pglite';
const t = Date.now();
const db = new PGlite();
await db.waitReady;
console.log('ready', Date.now() - t);
console.log(
  (
    await db.query(
      "select version(), (timestamp '2026-11-26 08:00' at time zone 'Asia/Shanghai')::text as t, gen_random_uuid()",
    )
  ).rows,
);
const t2 = Date.now();
const dump = await db.dumpDataDir('none');
console.log('dump', Date.now() - t2, dump.size);
const t3 = Date.now();
const db2 = new PGlite({ loadDataDir: dump });
await db2.waitReady;
console.log('load', Date.now() - t3);
const t4 = Date.now();
const db3 = await db.clone?.();
console.log('clone', Date.now() - t4, !!db3);
