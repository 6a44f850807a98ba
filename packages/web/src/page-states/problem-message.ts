import { ApiProblem } from "../api/api-problem.js";

export interface ProblemMessage {
  readonly title: string;
  readonly detail: string;
}

/** What to tell a person about a failure: plain words for the statuses they can act on. */
export function describeProblem(error: unknown): ProblemMessage {
  if (!(error instanceof ApiProblem)) {
    return {
      title: "Something went wrong",
      detail: "Reload the page and try again.",
    };
  }
  switch (error.status) {
    case 403:
      return {
        title: "You do not have access to this",
        detail:
          error.problem.detail ??
          "Your role does not allow it. Ask an administrator of the organisation if you need it.",
      };
    case 404:
      return {
        title: "Not found",
        detail: "It may have been deleted, or the link is wrong.",
      };
    case 412:
      return {
        title: "Someone else changed this",
        detail: "It was changed after you opened it. Reload to see the latest version.",
      };
    case 429:
      return {
        title: "Too many requests",
        detail: "Wait a moment and try again.",
      };
    default:
      return {
        title: error.problem.title,
        detail:
          error.problem.detail ?? (error.status >= 500 ? "The server could not do this." : ""),
      };
  }
}
