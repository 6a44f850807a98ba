import { describe, expect, it } from "vitest";
import { ConfigError, readConfig } from "../config.js";
import { describeBytes } from "./document-storage.js";

const S3 = {
  ORRERY_S3_BUCKET: "pmo-docs",
  ORRERY_S3_ENDPOINT: "http://minio:9000",
  ORRERY_S3_ACCESS_KEY_ID: "orrery",
  ORRERY_S3_SECRET_ACCESS_KEY: "secret-key",
};

describe("document storage configuration", () => {
  it("keeps files in the data folder with the embedded store, in the database with PostgreSQL", () => {
    expect(readConfig({ ORRERY_DATA_DIR: "data" }, "/srv/orrery").documents).toEqual({
      storage: { kind: "file", dir: "/srv/orrery/data/documents" },
      maxBytes: 25 * 1024 * 1024,
      scanCommand: null,
    });
    const postgres = readConfig({ DATABASE_URL: "postgres://db/orrery" }, "/srv").documents;
    expect(postgres.storage).toEqual({ kind: "postgres" });
  });

  it("uses an S3 bucket whenever one is configured, whatever the database", () => {
    const config = readConfig(
      { ...S3, DATABASE_URL: "postgres://db/orrery", ORRERY_S3_PREFIX: "orrery/" },
      "/srv",
    );
    expect(config.documents.storage).toEqual({
      kind: "s3",
      endpoint: "http://minio:9000",
      bucket: "pmo-docs",
      region: "us-east-1",
      accessKeyId: "orrery",
      secretAccessKey: "secret-key",
      prefix: "orrery/",
      pathStyle: true,
    });
  });

  it("refuses a bucket without its endpoint and keys, naming what is missing", () => {
    expect(() => readConfig({ ORRERY_S3_BUCKET: "pmo-docs" }, "/srv")).toThrow(ConfigError);
    expect(() => readConfig({ ORRERY_S3_BUCKET: "pmo-docs" }, "/srv")).toThrow(
      "ORRERY_S3_BUCKET needs ORRERY_S3_ENDPOINT, ORRERY_S3_ACCESS_KEY_ID and ORRERY_S3_SECRET_ACCESS_KEY",
    );
  });

  it("takes the size limit and the scan command", () => {
    const config = readConfig(
      { ORRERY_DOCUMENT_MAX_BYTES: "1048576", ORRERY_SCAN_COMMAND: "clamdscan --no-summary" },
      "/srv",
    );
    expect(config.documents).toMatchObject({
      maxBytes: 1048576,
      scanCommand: "clamdscan --no-summary",
    });
    expect(() => readConfig({ ORRERY_DOCUMENT_MAX_BYTES: "0" }, "/srv")).toThrow(ConfigError);
  });

  it("names limits as people read them, and exactly", () => {
    expect(describeBytes(25 * 1024 * 1024)).toBe("25 MiB (26214400 bytes)");
    expect(describeBytes(2048)).toBe("2 KiB (2048 bytes)");
    expect(describeBytes(1000)).toBe("1000 bytes");
    expect(describeBytes(1536)).toBe("1536 bytes");
  });
});
