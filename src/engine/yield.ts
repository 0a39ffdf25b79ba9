/**
 * Give the event loop one turn. The engine runs DuckDB synchronously inside its worker; between
 * slices of a pending query it yields a macrotask so that a cancel message can be received.
 * MessageChannel avoids the 4 ms clamp of nested setTimeout.
 */
export function yieldToEventLoop(): Promise<void> {
  return new Promise((resolve) => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      resolve();
    };
    channel.port2.postMessage(null);
  });
}
