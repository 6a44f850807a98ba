/**
 * The four document templates every organisation's library starts with, as Markdown a project
 * manager copies into a project and fills in. The `key` lets the library seed each organisation
 * once and recognise the originals afterwards.
 */
export interface BuiltInDocumentTemplate {
  readonly key: "charter" | "business_case" | "status_report" | "pir";
  readonly title: string;
  readonly category: "charter" | "business_case" | "status_report" | "pir";
  readonly fileName: string;
  readonly text: string;
}

const CHARTER = `# Project charter: <project name>

The charter authorises the project and gives the project manager the authority to use
the organisation's resources on it. Keep it to two pages.

## Purpose and justification
Why the project exists: the problem or opportunity, and the link to the organisation's
strategic objectives. Refer to the business case for the figures.

## Objectives and success measures
| Objective | Measure | Target | By when |
|---|---|---|---|
|  |  |  |  |

## Scope
- In scope:
- Out of scope:
- Main deliverables:

## Milestones
| Milestone | Target date |
|---|---|
|  |  |

## Budget
Approved budget, contingency held by the sponsor, and the funding source.

## Key risks, assumptions and constraints
List the few that could stop the project; the RAID log holds the rest.

## Organisation
- Sponsor (accountable for the benefits):
- Project manager (authority and tolerances):
- Steering group:
- Key stakeholders:

## Approval
| Role | Name | Decision | Date |
|---|---|---|---|
| Sponsor |  |  |  |
| PMO |  |  |  |
`;

const BUSINESS_CASE = `# Business case: <project name>

The business case shows that the project is desirable, viable and achievable, and is
reviewed at every gate: if it no longer holds, the project should stop.

## Executive summary
The recommendation in three sentences: what, why, how much, and what we get back.

## Strategic fit
Which objectives of the organisation the project serves, and what happens if we do nothing.

## Options considered
| Option | Description | Cost | Benefits | Main risk |
|---|---|---|---|---|
| Do nothing |  |  |  |  |
| Do the minimum |  |  |  |  |
| Recommended |  |  |  |  |

## Expected benefits
| Benefit | Measure | Baseline | Target | Owner | When realised |
|---|---|---|---|---|---|
|  |  |  |  |  |  |

Disbenefits (what gets worse for someone) are listed too.

## Costs and timescale
One-off costs, running costs for the first years, and when the money is needed.

## Investment appraisal
Payback period, net present value (state the discount rate) and the assumptions behind them.

## Major risks
The risks that would change the recommendation, with their response.

## Decision requested
What the sponsor or board is asked to approve, and by when.
`;

const STATUS_REPORT = `# Status report: <project name>

Period ending: <date> · Prepared by: <project manager>

## Overall status
| Area | RAG | Reason |
|---|---|---|
| Overall |  |  |
| Schedule |  |  |
| Cost |  |  |
| Scope |  |  |
| Risk |  |  |

## Summary
Two or three sentences a sponsor can read in thirty seconds.

## Achievements this period
-

## Planned for next period
-

## Milestones
| Milestone | Baseline | Forecast | Status |
|---|---|---|---|
|  |  |  |  |

## Budget
Approved budget, spent to date, forecast at completion, and the variance explained.

## Top risks and issues
| Item | Owner | Action | Due |
|---|---|---|---|
|  |  |  |  |

## Decisions needed
What the sponsor or steering group must decide, by when, and the consequence of not deciding.
`;

const PIR = `# Post-implementation review: <project name>

Held <weeks> weeks after handover, once the outputs are in use, to learn whether the project
delivered what it promised and what the next projects should do differently.

## Objectives achieved
| Objective (from the charter) | Target | Actual | Met? |
|---|---|---|---|
|  |  |  |  |

## Benefits realised so far
| Benefit (from the business case) | Target | Measured | Next measurement |
|---|---|---|---|
|  |  |  |  |

## Performance against plan
- Schedule: baseline finish, actual finish, main reasons for the difference.
- Cost: budget, actual cost, main reasons for the difference.
- Scope and quality: what was delivered, deferred or dropped.

## What went well
-

## What did not go well
-

## Lessons and recommendations
| Lesson | Recommendation | For whom (PMO, template, future projects) |
|---|---|---|
|  |  |  |

Record each lesson in Orrery's lessons learned as well, so future projects are offered it.

## Open items handed over
Remaining actions, risks and support arrangements, each with an owner.

## Sign-off
| Role | Name | Date |
|---|---|---|
| Sponsor |  |  |
| Business owner |  |  |
| PMO |  |  |
`;

export const BUILT_IN_DOCUMENT_TEMPLATES: readonly BuiltInDocumentTemplate[] = [
  {
    key: "charter",
    title: "Project charter",
    category: "charter",
    fileName: "project-charter.md",
    text: CHARTER,
  },
  {
    key: "business_case",
    title: "Business case",
    category: "business_case",
    fileName: "business-case.md",
    text: BUSINESS_CASE,
  },
  {
    key: "status_report",
    title: "Status report",
    category: "status_report",
    fileName: "status-report.md",
    text: STATUS_REPORT,
  },
  {
    key: "pir",
    title: "Post-implementation review",
    category: "pir",
    fileName: "post-implementation-review.md",
    text: PIR,
  },
];
