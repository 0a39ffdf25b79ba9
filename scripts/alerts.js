// @ts-check
/**
 * `npm run alerts -- <lab or subscriptions file> <data folder> [--en] [--json]`: the lab's alert
 * core on a folder of data files (see scripts/lib/alerts-cli.ts). Loaded through Vite, which
 * compiles the lab's TypeScript and its folder registries as the app build does.
 */
import { createServer } from 'vite';

const server = await createServer({
  server: { middlewareMode: true, hmr: false, ws: false },
  appType: 'custom',
  logLevel: 'error',
  optimizeDeps: { noDiscovery: true, include: [] },
});
let code = 1;
try {
  const cli =
    /** @type {{ main(args: string[], print: (line: string) => void): Promise<number> }} */ (
      await server.ssrLoadModule('/scripts/lib/alerts-cli.ts')
    );
  code = await cli.main(process.argv.slice(2), (line) => console.log(line));
} catch (error) {
  console.error(
    process.env.DEBUG && error instanceof Error
      ? error.stack
      : error instanceof Error
        ? error.message
        : error,
  );
} finally {
  await server.close();
}
process.exit(code);
