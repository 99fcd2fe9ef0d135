/**
 * Loads a lazily loaded part of the app (the stage, the chart, the portraits), trying again a few
 * times when the network drops it: a flaky connection costs a moment, not the part, and a
 * failure is never left as an unhandled error. The play screen works without each of them.
 */
export async function loadChunk<T>(load: () => Promise<T>, retries = 3, delayMs = 1000): Promise<T> {
  for (let attempt = 0; ; attempt++) {
    try {
      return await load();
    } catch (error) {
      if (attempt >= retries) throw error;
      await new Promise((resolve) => setTimeout(resolve, delayMs * 2 ** attempt));
    }
  }
}
