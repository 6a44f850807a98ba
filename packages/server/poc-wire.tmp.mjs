import { Duplex } from "node:stream";
import { PGlite } from "@electric-sql/pglite";
import pg from "pg";

const db = await PGlite.create(process.argv[2]);
function backendStartup() {
  const parts = [];
  const R = Buffer.alloc(9);
  R.write("R", 0);
  R.writeInt32BE(8, 1);
  R.writeInt32BE(0, 5);
  parts.push(R);
  const Z = Buffer.alloc(6);
  Z.write("Z", 0);
  Z.writeInt32BE(5, 1);
  Z.write("I", 5);
  parts.push(Z);
  return Buffer.concat(parts);
}
class WireStream extends Duplex {
  #pending = Buffer.alloc(0);
  #started = false;
  #chain = Promise.resolve();
  setNoDelay() {}
  setKeepAlive() {}
  ref() {}
  unref() {}
  connect() {
    queueMicrotask(() => this.emit("connect"));
  }
  _read() {}
  _write(chunk, _enc, cb) {
    this.#pending = this.#pending.length ? Buffer.concat([this.#pending, chunk]) : chunk;
    if (!this.#started) {
      if (this.#pending.length < 4) return cb();
      const len = this.#pending.readInt32BE(0);
      if (this.#pending.length < len) return cb();
      this.#pending = this.#pending.subarray(len);
      this.#started = true;
      this.push(backendStartup());
    }
    // find complete messages ending with S, Q, X, H
    let off = 0,
      cut = 0;
    while (this.#pending.length - off >= 5) {
      const type = this.#pending[off];
      const len = this.#pending.readInt32BE(off + 1);
      if (this.#pending.length - off < len + 1) break;
      off += len + 1;
      if (type === 0x53 || type === 0x51 || type === 0x48) cut = off;
      if (type === 0x58) {
        this.push(null);
        cut = off;
      }
    }
    if (cut > 0) {
      const batch = this.#pending.subarray(0, cut);
      this.#pending = this.#pending.subarray(cut);
      this.#chain = this.#chain
        .then(() => db.execProtocolRaw(new Uint8Array(batch)))
        .then(
          (out) => {
            this.push(Buffer.from(out.buffer, out.byteOffset, out.byteLength));
          },
          (e) => this.destroy(e),
        );
    }
    cb();
  }
}
const client = new pg.Client({
  stream: () => new WireStream(),
  user: "postgres",
  database: "postgres",
});
await client.connect();
console.log((await client.query("select 1 as one, now() as t")).rows);
console.log(
  (
    await client.query({
      name: "p1",
      text: "select $1::int + 1 as x, 'a'::text as s",
      values: [41],
    })
  ).rows,
);
console.log(
  (await client.query({ name: "p1", text: "select $1::int + 1 as x, 'a'::text as s", values: [1] }))
    .rows,
);
try {
  await client.query("select 1/0");
} catch (e) {
  console.log("error ok:", e.message);
}
await client.query("begin");
await client.query("create temp table t(x int)");
await client.query("insert into t values ($1)", [5]);
console.log((await client.query("select * from t")).rows);
await client.query("rollback");
const n = 2000;
let t = performance.now();
for (let i = 0; i < n; i++)
  await client.query({ name: "p2", text: "select $1::int as x", values: [i] });
console.log("pg over wire:", (((performance.now() - t) / n) * 1000).toFixed(0), "us/query");
t = performance.now();
for (let i = 0; i < n; i++) await db.query("select $1::int as x", [i]);
console.log("pglite query:", (((performance.now() - t) / n) * 1000).toFixed(0), "us/query");
await client.end();
await db.close();
