// A deterministic plan of any size as a CSV task list, shaped like a real one (the same mix as
// ../shared/bench-ref/gen.py): phases and work packages as summaries, 5 % milestones, durations
// of 1–20 working days, 0–3 predecessors mostly near each other, FS 85 % / SS 7 % / FF 6 % /
// SF 2 %, lags −2..+5 days now and then. Orrery reads it as MS Project's CSV export.
import { seededRandom } from "@orrery/scheduler/testing/project-builder";

/** `size` tasks in total (summaries included), as CSV text with MS Project's headers. */
export function planCsv(size, seed = 42) {
  const random = seededRandom(seed);
  const pick = (low, high) => low + Math.floor(random() * (high - low + 1));
  const lines = ["ID,Name,Duration,Start,Predecessors,Outline Level"];
  const leaves = [];
  let id = 0;
  const add = (name, level, duration = "", predecessors = "", start = "") => {
    id++;
    lines.push([id, name, duration, start, quoted(predecessors), level].join(","));
    return id;
  };
  let phase = 0;
  while (id < size) {
    phase++;
    add(`Phase ${phase}`, 1);
    const packages = pick(4, 12);
    for (let wp = 1; wp <= packages && id < size; wp++) {
      add(`Work package ${phase}.${wp}`, 2);
      const tasks = pick(5, 25);
      for (let t = 1; t <= tasks && id < size; t++) {
        const milestone = random() < 0.05;
        const links = [];
        const from = new Set();
        for (let n = leaves.length === 0 ? 0 : pick(0, 3); n > 0; n--) {
          // Mostly a recent task, now and then one from much earlier in the plan.
          const back = random() < 0.9 ? pick(1, 20) : pick(1, leaves.length);
          const predecessor = leaves[Math.max(0, leaves.length - back)];
          if (from.has(predecessor)) continue;
          from.add(predecessor);
          links.push(link(predecessor));
        }
        const taskId = add(
          milestone ? `Milestone ${phase}.${wp}.${t}` : `Task ${phase}.${wp}.${t}`,
          3,
          milestone ? "0d" : `${pick(1, 20)}d`,
          links.join(","),
          // The first task anchors the project's start, as an exported plan's Start column does.
          leaves.length === 0 ? "2027-01-04 08:00" : "",
        );
        leaves.push(taskId);
      }
    }
  }
  return `${lines.join("\n")}\n`;

  function link(predecessor) {
    const r = random();
    const type = r < 0.85 ? "FS" : r < 0.92 ? "SS" : r < 0.98 ? "FF" : "SF";
    const lag = random() < 0.2 ? pick(-2, 5) : 0;
    return `${predecessor}${type}${lag === 0 ? "" : `${lag > 0 ? "+" : ""}${lag}d`}`;
  }
}

function quoted(text) {
  return text === "" ? "" : `"${text}"`;
}
