import { createHash, randomUUID } from "node:crypto";
import { createWriteStream } from "node:fs";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Transform } from "node:stream";
import { pipeline } from "node:stream/promises";
import { DOCUMENT_HEAD_BYTES } from "@orrery/core/documents/document-type";
import { Invalid, PayloadTooLarge } from "@orrery/core/errors/domain-error";
import type { FastifyRequest } from "fastify";
import { describeBytes } from "./document-storage.js";

/** An uploaded file, held in a temporary file until it is stored (or refused). */
export interface ReceivedFile {
  readonly fileName: string;
  readonly path: string;
  readonly sizeBytes: number;
  readonly sha256: string;
  /** The first bytes, for sniffing the type. */
  readonly head: Uint8Array;
}

export interface ReceivedUpload {
  readonly file: ReceivedFile;
  /** The multipart text fields, as sent. */
  readonly fields: Readonly<Record<string, string>>;
  /** Removes the temporary file; call once the upload is stored or refused. */
  discard(): Promise<void>;
}

/** Multipart's own limit is one byte above ours, so a file exactly at the limit passes. */
export function multipartLimitFor(maxBytes: number) {
  return { fileSize: maxBytes + 1, files: 1, fields: 10, parts: 11, fieldSize: 4096 };
}

export function tooLarge(maxBytes: number): PayloadTooLarge {
  return new PayloadTooLarge(
    `the file is larger than the limit of ${describeBytes(maxBytes)} set by ORRERY_DOCUMENT_MAX_BYTES`,
  );
}

/**
 * Reads a multipart upload (field `file` and text fields, in any order), streaming the file
 * to a temporary file while counting, hashing and keeping its head. Over `maxBytes` is a 413
 * naming the limit, and nothing is kept.
 */
export async function receiveUpload(
  request: FastifyRequest,
  maxBytes: number,
): Promise<ReceivedUpload> {
  if (!request.isMultipart())
    throw new Invalid([
      { path: "file", message: "is required: send the file as multipart field `file`" },
    ]);
  const dir = await mkdtemp(join(tmpdir(), "orrery-upload-"));
  const discard = () => rm(dir, { recursive: true, force: true });
  try {
    const fields: Record<string, string> = {};
    let file: ReceivedFile | null = null;
    for await (const part of request.parts()) {
      if (part.type === "field") {
        if (typeof part.value === "string") fields[part.fieldname] = part.value;
        continue;
      }
      if (part.fieldname !== "file" || file !== null) {
        part.file.resume();
        throw new Invalid([
          { path: part.fieldname, message: "is not taken: send one file, as field `file`" },
        ]);
      }
      const path = join(dir, randomUUID());
      const hash = createHash("sha256");
      let size = 0;
      let head = Buffer.alloc(0);
      const measure = new Transform({
        transform(chunk: Buffer, _encoding, done) {
          size += chunk.length;
          if (size > maxBytes) return done(tooLarge(maxBytes));
          hash.update(chunk);
          if (head.length < DOCUMENT_HEAD_BYTES)
            head = Buffer.concat([head, chunk.subarray(0, DOCUMENT_HEAD_BYTES - head.length)]);
          done(null, chunk);
        },
      });
      try {
        await pipeline(part.file, measure, createWriteStream(path));
      } catch (error) {
        if (isFileTooLarge(error)) throw tooLarge(maxBytes);
        throw error;
      }
      file = {
        fileName: part.filename || "upload",
        path,
        sizeBytes: size,
        sha256: hash.digest("hex"),
        head: new Uint8Array(head),
      };
    }
    if (file === null)
      throw new Invalid([
        { path: "file", message: "is required: send the file as multipart field `file`" },
      ]);
    return { file, fields, discard };
  } catch (error) {
    await discard();
    throw error;
  }
}

/** @fastify/multipart's own size limit (our limit plus one byte) ends the stream with this. */
function isFileTooLarge(error: unknown): boolean {
  return (
    typeof error === "object" &&
    error !== null &&
    "code" in error &&
    error.code === "FST_REQ_FILE_TOO_LARGE"
  );
}
