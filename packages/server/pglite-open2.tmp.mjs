import { PGlite } from "@electric-sql/pglite";

const sb = process.argv[3];
const t0 = performance.now();
const opts = sb
  ? { startParams: [...(PGlite.defaultStartParams ?? []), "-c", `shared_buffers=${sb}`] }
  : {};
const c = await PGlite.create(process.argv[2], opts);
const t1 = performance.now();
const r = await c.query("show shared_buffers");
const cpu = process.cpuUsage();
console.log(
  sb,
  r.rows[0],
  "create",
  (t1 - t0).toFixed(0),
  "cpu",
  ((cpu.user + cpu.system) / 1000).toFixed(0),
  "rss",
  (process.memoryUsage().rss / 2 ** 20).toFixed(0),
);
await c.close();
