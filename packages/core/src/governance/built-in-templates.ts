import { DEFAULT_RAG_RULES } from "@orrery/contracts/rag-rules";
import type { GateReviewerRole, TemplateContent } from "@orrery/contracts/templates";

/**
 * The four lifecycle templates every organisation starts with. A PMO edits or copies them; the
 * `key` lets the library seed each organisation once and recognise the originals afterwards.
 */
export interface BuiltInTemplate {
  readonly key: "waterfall" | "prince2" | "agile" | "hybrid";
  readonly content: TemplateContent;
}

const SPONSOR_BOARD: GateReviewerRole[] = ["executive", "pmo_manager"];
const PMO: GateReviewerRole[] = ["pmo_manager"];

const WATERFALL: TemplateContent = {
  name: "Waterfall",
  description:
    "Sequential delivery for projects whose scope is known up front: initiate, plan, execute and close, with a gate at the end of each phase.",
  methodology: "waterfall",
  reportCadence: "fortnightly",
  raidCategories: ["Scope", "Schedule", "Cost", "Technical", "Supplier", "People"],
  ragRules: DEFAULT_RAG_RULES,
  defaultRisks: [],
  changeApproverRoles: PMO,
  phases: [
    {
      name: "Initiate",
      description: "Establish why the project exists, who sponsors it and what success means.",
      gate: {
        name: "Initiation approval",
        criteria: [
          "Sponsor named and committed",
          "Objectives and success measures agreed",
          "High-level scope, cost and timescale estimated",
        ],
        requiredDocuments: ["Project charter", "Business case"],
        reviewerRoles: SPONSOR_BOARD,
      },
    },
    {
      name: "Plan",
      description: "Baseline scope, schedule, budget and resources; set up controls.",
      gate: {
        name: "Plan approval",
        criteria: [
          "Work breakdown structure complete",
          "Schedule baselined",
          "Budget approved",
          "Key risks recorded with owners",
        ],
        requiredDocuments: ["Project management plan", "Communication plan"],
        reviewerRoles: SPONSOR_BOARD,
      },
    },
    {
      name: "Execute",
      description: "Deliver the work, monitor against the baseline and control change.",
      gate: {
        name: "Delivery acceptance",
        criteria: [
          "All deliverables accepted by the business",
          "Open issues resolved or handed over",
          "Operations ready to support",
        ],
        requiredDocuments: ["Acceptance certificate"],
        reviewerRoles: SPONSOR_BOARD,
      },
    },
    {
      name: "Close",
      description: "Hand over, release resources, capture lessons and close the books.",
      gate: {
        name: "Project closure",
        criteria: ["Lessons learned recorded", "Contracts closed", "Resources released"],
        requiredDocuments: ["Closure report"],
        reviewerRoles: PMO,
      },
    },
  ],
};

const PRINCE2: TemplateContent = {
  name: "PRINCE2",
  description:
    "Controlled stages under a project board: starting up, initiating, delivery stages with end-stage assessments, and controlled closure.",
  methodology: "prince2",
  reportCadence: "weekly",
  raidCategories: ["Business", "Project", "Operational", "Supplier", "Quality"],
  ragRules: DEFAULT_RAG_RULES,
  defaultRisks: [],
  changeApproverRoles: SPONSOR_BOARD,
  phases: [
    {
      name: "Starting up",
      description: "Check the project is viable and worthwhile; appoint the board.",
      gate: {
        name: "Authorise initiation",
        criteria: ["Project board appointed", "Outline business case viable", "Approach chosen"],
        requiredDocuments: ["Project brief", "Initiation stage plan"],
        reviewerRoles: SPONSOR_BOARD,
      },
    },
    {
      name: "Initiating",
      description: "Build the project initiation documentation and the controls.",
      gate: {
        name: "Authorise the project",
        criteria: [
          "Detailed business case approved",
          "Tolerances agreed",
          "Quality, risk, change and communication approaches set",
        ],
        requiredDocuments: ["Project initiation documentation", "Project plan"],
        reviewerRoles: SPONSOR_BOARD,
      },
    },
    {
      name: "Delivery stage 1",
      description: "Deliver the first stage's products within tolerance.",
      gate: {
        name: "End-stage assessment 1",
        criteria: [
          "Stage products delivered",
          "Business case still justified",
          "Next stage plan ready",
        ],
        requiredDocuments: ["End stage report", "Next stage plan"],
        reviewerRoles: SPONSOR_BOARD,
      },
    },
    {
      name: "Delivery stage 2",
      description: "Deliver the final stage's products within tolerance.",
      gate: {
        name: "End-stage assessment 2",
        criteria: ["Stage products delivered", "Business case still justified"],
        requiredDocuments: ["End stage report"],
        reviewerRoles: SPONSOR_BOARD,
      },
    },
    {
      name: "Closing",
      description: "Confirm acceptance, evaluate the project and recommend closure.",
      gate: {
        name: "Authorise closure",
        criteria: ["Products accepted", "Follow-on actions handed over", "Benefits review planned"],
        requiredDocuments: ["End project report", "Lessons report"],
        reviewerRoles: SPONSOR_BOARD,
      },
    },
  ],
};

const AGILE: TemplateContent = {
  name: "Agile",
  description:
    "Iterative delivery in releases: a short inception, then releases of fixed-length iterations, each release reviewed before it ships.",
  methodology: "agile",
  reportCadence: "fortnightly",
  raidCategories: ["Product", "Technical", "Team", "Dependencies"],
  ragRules: DEFAULT_RAG_RULES,
  defaultRisks: [],
  changeApproverRoles: PMO,
  phases: [
    {
      name: "Inception",
      description: "Shape the product vision, the initial backlog and the team.",
      gate: {
        name: "Go for release 1",
        criteria: [
          "Product owner named",
          "Initial backlog prioritised",
          "Definition of done agreed",
        ],
        requiredDocuments: ["Product vision"],
        reviewerRoles: ["executive", "pmo_manager", "portfolio_manager"],
      },
    },
    {
      name: "Release 1 (iterations 1–4)",
      description: "Four iterations delivering the first releasable increment.",
      gate: {
        name: "Release 1 review",
        criteria: ["Increment meets the definition of done", "Release notes written"],
        requiredDocuments: ["Release plan"],
        reviewerRoles: ["pmo_manager", "portfolio_manager"],
      },
    },
    {
      name: "Release 2 (iterations 5–8)",
      description: "Four more iterations towards the full product.",
      gate: {
        name: "Release 2 review",
        criteria: ["Increment meets the definition of done", "Support handover agreed"],
        requiredDocuments: ["Release plan"],
        reviewerRoles: ["pmo_manager", "portfolio_manager"],
      },
    },
    {
      name: "Transition",
      description: "Hand the product to operations and close the project.",
      gate: {
        name: "Closure",
        criteria: ["Retrospective lessons recorded", "Backlog handed to the product team"],
        requiredDocuments: [],
        reviewerRoles: PMO,
      },
    },
  ],
};

const HYBRID: TemplateContent = {
  name: "Hybrid",
  description:
    "Governed like Waterfall at the edges (approval and closure), delivered in agile iterations in the middle.",
  methodology: "hybrid",
  reportCadence: "fortnightly",
  raidCategories: ["Scope", "Schedule", "Cost", "Technical", "Team"],
  ragRules: DEFAULT_RAG_RULES,
  defaultRisks: [],
  changeApproverRoles: SPONSOR_BOARD,
  phases: [
    {
      name: "Initiate and plan",
      description: "Approve the case and plan the releases.",
      gate: {
        name: "Investment approval",
        criteria: ["Business case approved", "Release roadmap agreed", "Budget approved"],
        requiredDocuments: ["Business case", "Release roadmap"],
        reviewerRoles: SPONSOR_BOARD,
      },
    },
    {
      name: "Iterative delivery",
      description: "Deliver the roadmap in iterations with regular demos.",
      gate: {
        name: "Readiness for deployment",
        criteria: ["All releases accepted", "Operational readiness confirmed"],
        requiredDocuments: ["Acceptance certificate"],
        reviewerRoles: SPONSOR_BOARD,
      },
    },
    {
      name: "Deploy and close",
      description: "Deploy, hand over and capture lessons.",
      gate: {
        name: "Project closure",
        criteria: ["Lessons learned recorded", "Benefits tracking handed over"],
        requiredDocuments: ["Closure report"],
        reviewerRoles: PMO,
      },
    },
  ],
};

export const BUILT_IN_TEMPLATES: readonly BuiltInTemplate[] = [
  { key: "waterfall", content: WATERFALL },
  { key: "prince2", content: PRINCE2 },
  { key: "agile", content: AGILE },
  { key: "hybrid", content: HYBRID },
];
