// Waiting as a person waits for a page: try again every 100 ms until it is there, within a limit.

/** Calls `attempt` until it returns a value (not undefined) and returns that; throws after `timeout` ms. */
export async function poll<T>(what: string, attempt: () => Promise<T | undefined>, timeout = 10_000): Promise<T> {
  const end = Date.now() + timeout;
  for (;;) {
    const value = await attempt();
    if (value !== undefined) return value;
    if (Date.now() > end) throw new Error(`Not there within ${timeout} ms: ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
}
