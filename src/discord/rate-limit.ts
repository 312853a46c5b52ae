/** A per-user sliding window: at most `count` questions in `windowSeconds`. */
export class RateLimiter {
  readonly #asked = new Map<string, number[]>();

  constructor(
    readonly count: number,
    readonly windowSeconds: number,
    private readonly now: () => number = Date.now,
  ) {}

  /** Records a question; returns 0 when allowed, else the seconds to wait. */
  take(user: string): number {
    const now = this.now();
    const since = now - this.windowSeconds * 1000;
    const recent = (this.#asked.get(user) ?? []).filter((at) => at > since);
    if (recent.length >= this.count) {
      this.#asked.set(user, recent);
      return Math.max(1, Math.ceil(((recent[0] ?? now) - since) / 1000));
    }
    recent.push(now);
    this.#asked.set(user, recent);
    if (this.#asked.size > 10_000) this.#forgetIdle(since);
    return 0;
  }

  #forgetIdle(since: number): void {
    for (const [user, times] of this.#asked) if (!times.some((at) => at > since)) this.#asked.delete(user);
  }
}
