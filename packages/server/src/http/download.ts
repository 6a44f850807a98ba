import type { FastifyReply } from "fastify";

/** A file the API hands over for saving: an export, a PDF. */
export interface DownloadFile {
  readonly fileName: string;
  readonly contentType: string;
  readonly bytes: Uint8Array;
}

/** Sends a file as an attachment under its own name. */
export function sendDownload(reply: FastifyReply, file: DownloadFile): FastifyReply {
  return reply
    .type(file.contentType)
    .header("content-disposition", `attachment; filename="${file.fileName}"`)
    .send(Buffer.from(file.bytes));
}
