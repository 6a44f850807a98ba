import type {
  PortfolioStatusEntry,
  Rag,
  RagDimension,
  StatusReport,
} from "@orrery/contracts/status-reports";
import PDFDocument from "pdfkit";

// Status reports as PDF, for the steering-committee pack: one report, or the portfolio's page.
// The PDF's standard fonts (no font files to ship) cover Latin-1; other characters are written
// as their closest Latin-1 form or "?", which is said in docs/api.md.

const RAG_FILL: Record<Rag, string> = { green: "#2b8a3e", amber: "#e8590c", red: "#c92a2a" };
const DIMENSIONS: readonly RagDimension[] = ["schedule", "cost", "scope", "risk"];
const LABELS: Record<RagDimension | "overall", string> = {
  overall: "Overall",
  schedule: "Schedule",
  cost: "Cost",
  scope: "Scope",
  risk: "Risk",
};
const NEAREST: Record<string, string> = {
  "→": "->",
  "←": "<-",
  "−": "-",
  "–": "-",
  "—": "-",
  "‘": "'",
  "’": "'",
  "“": '"',
  "”": '"',
  "…": "...",
  "•": "*",
  "€": "EUR",
};

/** Text the standard fonts can draw. */
export function pdfText(text: string): string {
  return [...text.normalize("NFC")]
    .map((c) => NEAREST[c] ?? ((c.codePointAt(0) ?? 0) <= 0xff ? c : "?"))
    .join("");
}

function render(title: string, draw: (doc: PDFKit.PDFDocument) => void): Promise<Uint8Array> {
  const doc = new PDFDocument({
    size: "A4",
    margin: 50,
    info: { Title: pdfText(title), Creator: "Orrery" },
  });
  const chunks: Buffer[] = [];
  doc.on("data", (chunk: Buffer) => chunks.push(chunk));
  const done = new Promise<Uint8Array>((resolve, reject) => {
    doc.on("end", () => resolve(new Uint8Array(Buffer.concat(chunks))));
    doc.on("error", reject);
  });
  draw(doc);
  doc.end();
  return done;
}

function swatch(doc: PDFKit.PDFDocument, rag: Rag, x: number, y: number): void {
  doc.save().roundedRect(x, y, 52, 14, 3).fill(RAG_FILL[rag]).restore();
  doc
    .font("Helvetica-Bold")
    .fontSize(8)
    .fillColor("#ffffff")
    .text(rag.toUpperCase(), x, y + 3.5, { width: 52, align: "center", lineBreak: false });
  doc.fillColor("#000000");
}

function section(doc: PDFKit.PDFDocument, heading: string, body: string): void {
  doc.moveDown(0.8).font("Helvetica-Bold").fontSize(11).text(heading);
  doc
    .font("Helvetica")
    .fontSize(10)
    .text(pdfText(body.trim() || "-"), { paragraphGap: 2 });
}

/** One report: its colours (the data's beside any override, with the reasons) and its narrative. */
export function statusReportPdf(report: StatusReport): Promise<Uint8Array> {
  const title = `${report.project.key} status report ${report.number}`;
  return render(title, (doc) => {
    doc
      .font("Helvetica-Bold")
      .fontSize(18)
      .text(pdfText(`${report.project.key} · ${report.project.name}`));
    doc
      .font("Helvetica")
      .fontSize(11)
      .fillColor("#444444")
      .text(
        pdfText(
          `Status report ${report.number} for ${report.periodEnd} · ${report.state}` +
            (report.author ? ` · by ${report.author.name}` : "") +
            (report.reviewer ? ` · reviewed by ${report.reviewer.name}` : ""),
        ),
      )
      .fillColor("#000000");
    doc.moveDown();
    for (const colour of ["overall", ...DIMENSIONS] as const) {
      const reported = report[colour];
      const y = doc.y;
      doc
        .font("Helvetica-Bold")
        .fontSize(10)
        .text(LABELS[colour], 50, y + 2, { width: 70 });
      swatch(doc, reported.rag, 125, y);
      const notes = [
        ...(reported.override
          ? [
              `Set by the manager; the data says ${reported.computed.rag}: ${reported.override.justification}`,
            ]
          : []),
        ...reported.computed.reasons,
      ];
      doc
        .font("Helvetica")
        .fontSize(9)
        .text(pdfText(notes.join("\n") || "Nothing amber or red."), 190, y + 2, { width: 355 });
      doc.x = 50;
      doc.y = Math.max(doc.y, y + 16) + 6;
    }
    section(doc, "Summary", report.summary);
    section(doc, "Achievements", report.achievements);
    section(doc, "Next steps", report.nextSteps);
    section(doc, "Decisions needed", report.decisionsNeeded);
    if (report.reviewComment) section(doc, "PMO review", report.reviewComment);
  });
}

/** The portfolio's page: each project's latest colours, when its next report is due. */
export function portfolioStatusPdf(
  orgName: string,
  today: string,
  entries: readonly PortfolioStatusEntry[],
): Promise<Uint8Array> {
  return render(`Portfolio status ${today}`, (doc) => {
    doc
      .font("Helvetica-Bold")
      .fontSize(18)
      .text(pdfText(`Portfolio status · ${orgName}`));
    doc
      .font("Helvetica")
      .fontSize(11)
      .fillColor("#444444")
      .text(`As of ${today}`)
      .fillColor("#000000");
    doc.moveDown();
    const columns = [50, 200, 258, 316, 374, 432, 490];
    const header = (top: number) => {
      doc.font("Helvetica-Bold").fontSize(9);
      ["Project", "Overall", "Schedule", "Cost", "Scope", "Risk", "Next due"].forEach((label, i) =>
        doc.text(label, columns[i], top, { lineBreak: false }),
      );
      return top + 16;
    };
    let y = header(doc.y);
    for (const entry of entries) {
      if (y > doc.page.height - 80) {
        doc.addPage();
        y = header(50);
      }
      doc
        .font("Helvetica")
        .fontSize(9)
        .text(pdfText(`${entry.project.key} · ${entry.project.name}`), 50, y + 2, {
          width: 145,
          height: 12,
          ellipsis: true,
          lineBreak: false,
        });
      const latest = entry.latest;
      if (latest) {
        (["overall", ...DIMENSIONS] as const).forEach((colour, i) =>
          swatch(doc, latest[colour].rag, columns[i + 1] ?? 0, y),
        );
      } else {
        doc
          .font("Helvetica")
          .fontSize(9)
          .fillColor("#666666")
          .text("No report yet", 200, y + 2, { lineBreak: false })
          .fillColor("#000000");
      }
      doc
        .font(entry.overdue ? "Helvetica-Bold" : "Helvetica")
        .fontSize(9)
        .fillColor(entry.overdue ? RAG_FILL.red : "#000000")
        .text(`${entry.nextDue}${entry.overdue ? " overdue" : ""}`, 490, y + 2, {
          lineBreak: false,
        })
        .fillColor("#000000");
      y += 22;
    }
  });
}
