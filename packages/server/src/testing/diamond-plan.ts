/** Eight working hours: a day of the Standard calendar, in minutes. */
export const DAY = 480;

/**
 * A `tasks:batch` body for Design (2d) → {Build (1d), Procure (3d)} → Done: Procure is on the
 * critical path and Build has two days of float. Starting 2027-03-01 the plan ends 2027-03-05.
 */
export const DIAMOND_PLAN = {
  operations: [
    { op: "create", task: { uid: 1, name: "Design", durationMinutes: 2 * DAY } },
    { op: "create", task: { uid: 2, name: "Build", durationMinutes: DAY } },
    { op: "create", task: { uid: 3, name: "Procure", durationMinutes: 3 * DAY } },
    { op: "create", task: { uid: 4, name: "Done", durationMinutes: 0, milestone: true } },
    { op: "link", link: { predecessorUid: 1, successorUid: 2 } },
    { op: "link", link: { predecessorUid: 1, successorUid: 3 } },
    { op: "link", link: { predecessorUid: 2, successorUid: 4 } },
    { op: "link", link: { predecessorUid: 3, successorUid: 4 } },
  ],
} as const;
