/**
 * Which files the document store takes, decided by the file's extension and confirmed by its
 * first bytes, so a renamed executable is not served back as a PDF. Office Open XML and
 * OpenDocument files are ZIP archives; text files must hold no NUL byte.
 */
export type DocumentExtension =
  | "pdf"
  | "docx"
  | "xlsx"
  | "pptx"
  | "odt"
  | "txt"
  | "md"
  | "csv"
  | "png"
  | "jpg";

interface TypeRule {
  readonly contentType: string;
  readonly looksRight: (head: Uint8Array) => boolean;
  /** What the content should be, for the refusal. */
  readonly expected: string;
}

const startsWith = (head: Uint8Array, signature: readonly number[]) =>
  signature.every((byte, i) => head[i] === byte);
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

const ZIP = [0x50, 0x4b, 0x03, 0x04];
const isZip = (head: Uint8Array) => startsWith(head, ZIP);
const isText = (head: Uint8Array) => !head.includes(0);
/** An OpenDocument file opens with its uncompressed `mimetype` entry at byte 30. */
const ODT_MIMETYPE = ascii("mimetypeapplication/vnd.oasis.opendocument.text");
const isOdt = (head: Uint8Array) =>
  isZip(head) && ODT_MIMETYPE.every((byte, i) => head[30 + i] === byte);

const RULES: Record<DocumentExtension, TypeRule> = {
  pdf: {
    contentType: "application/pdf",
    looksRight: (head) => startsWith(head, ascii("%PDF-")),
    expected: "a PDF",
  },
  docx: {
    contentType: "application/vnd.openxmlformats-officedocument.wordprocessingml.document",
    looksRight: isZip,
    expected: "a Word document",
  },
  xlsx: {
    contentType: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
    looksRight: isZip,
    expected: "an Excel workbook",
  },
  pptx: {
    contentType: "application/vnd.openxmlformats-officedocument.presentationml.presentation",
    looksRight: isZip,
    expected: "a PowerPoint presentation",
  },
  odt: {
    contentType: "application/vnd.oasis.opendocument.text",
    looksRight: isOdt,
    expected: "an OpenDocument text",
  },
  txt: { contentType: "text/plain; charset=utf-8", looksRight: isText, expected: "text" },
  md: { contentType: "text/markdown; charset=utf-8", looksRight: isText, expected: "text" },
  csv: { contentType: "text/csv; charset=utf-8", looksRight: isText, expected: "text" },
  png: {
    contentType: "image/png",
    looksRight: (head) => startsWith(head, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    expected: "a PNG image",
  },
  jpg: {
    contentType: "image/jpeg",
    looksRight: (head) => startsWith(head, [0xff, 0xd8, 0xff]),
    expected: "a JPEG image",
  },
};

/** The extensions taken, in the order the refusal lists them. */
export const DOCUMENT_EXTENSIONS = Object.keys(RULES).filter(
  (key): key is DocumentExtension => key in RULES,
);

/** How many leading bytes `classifyDocument` needs to see. */
export const DOCUMENT_HEAD_BYTES = 512;

export type DocumentClassification =
  | { readonly ok: true; readonly extension: DocumentExtension; readonly contentType: string }
  | { readonly ok: false; readonly reason: string };

function extensionOf(fileName: string): string {
  const dot = fileName.lastIndexOf(".");
  const extension = dot < 0 ? "" : fileName.slice(dot + 1).toLowerCase();
  return extension === "jpeg" ? "jpg" : extension;
}

function isDocumentExtension(extension: string): extension is DocumentExtension {
  return extension in RULES;
}

/**
 * The content type a file is stored and served with, or why it is refused. `head` is the
 * file's first bytes (up to `DOCUMENT_HEAD_BYTES`; fewer for a shorter file).
 */
export function classifyDocument(fileName: string, head: Uint8Array): DocumentClassification {
  const extension = extensionOf(fileName);
  if (!isDocumentExtension(extension)) {
    const named = extension === "" ? "files without an extension" : `".${extension}" files`;
    return {
      ok: false,
      reason: `${named} are not taken; allowed types: ${DOCUMENT_EXTENSIONS.join(", ")}`,
    };
  }
  const rule = RULES[extension];
  if (!rule.looksRight(head))
    return {
      ok: false,
      reason: `"${fileName}" is named .${extension} but its content is not ${rule.expected}`,
    };
  return { ok: true, extension, contentType: rule.contentType };
}
