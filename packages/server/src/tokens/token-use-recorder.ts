/**
 * Records when API tokens are used without a write per request: a token's use is written at
 * most once per `intervalMs` (its `last_used_at` says "about when", never "exactly when"), and
 * the uses that are due are gathered for `delayMs` and written in one statement.
 */
export class TokenUseRecorder {
  /** When this process last wrote (or read) each token's `last_used_at`, in milliseconds. */
  readonly #written = new Map<string, number>();
  readonly #due = new Map<string, Date>();
  readonly #write: (uses: ReadonlyMap<string, Date>) => Promise<void>;
  readonly #onError: (error: unknown) => void;
  readonly #intervalMs: number;
  readonly #delayMs: number;
  #timer: NodeJS.Timeout | null = null;
  #writing: Promise<void> = Promise.resolve();

  constructor(options: {
    readonly write: (uses: ReadonlyMap<string, Date>) => Promise<void>;
    readonly onError: (error: unknown) => void;
    readonly intervalMs?: number;
    readonly delayMs?: number;
  }) {
    this.#write = options.write;
    this.#onError = options.onError;
    this.#intervalMs = options.intervalMs ?? 60_000;
    this.#delayMs = options.delayMs ?? 200;
  }

  /** A request used the token at `now`; `stored` is its `last_used_at` as last read. */
  used(tokenId: string, stored: Date | null, now: number): void {
    const known = Math.max(this.#written.get(tokenId) ?? 0, stored?.getTime() ?? 0);
    if (now - known < this.#intervalMs) return;
    // A bound, not an LRU: forgetting a token costs at most one extra write for it.
    if (this.#written.size >= 10_000) this.#written.clear();
    this.#written.set(tokenId, now);
    this.#due.set(tokenId, new Date(now));
    if (this.#timer === null) {
      this.#timer = setTimeout(() => {
        this.#timer = null;
        this.flush().catch(this.#onError);
      }, this.#delayMs);
      this.#timer.unref();
    }
  }

  /** Writes every due use now (and waits for a write already under way). */
  async flush(): Promise<void> {
    if (this.#timer !== null) {
      clearTimeout(this.#timer);
      this.#timer = null;
    }
    const uses = new Map(this.#due);
    this.#due.clear();
    this.#writing = this.#writing.then(async () => {
      if (uses.size === 0) return;
      try {
        await this.#write(uses);
      } catch (error) {
        // Dropped, not retried: a later use records it again; `last_used_at` is advisory.
        for (const tokenId of uses.keys()) this.#written.delete(tokenId);
        this.#onError(error);
      }
    });
    await this.#writing;
  }
}
