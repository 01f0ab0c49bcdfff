import { startEmbeddedPostgres } from '../embedded';

/**
 * Run by lib/db/embedded.test.ts in its own process, so the test can SIGKILL "an earlier
 * run": starts the embedded server on the folder and port given, prints its URL, and waits.
 * With `stop` after them: stops the server and lets the process end by itself, as a script does.
 */
async function main() {
  const [dataDir, port, then] = process.argv.slice(2);
  if (!dataDir || !port) throw new Error('usage: embedded-child.ts <dataDir> <port> [stop]');
  const server = await startEmbeddedPostgres({ dataDir, port: Number(port) });
  process.stdout.write(`READY ${server.url}\n`);
  if (then === 'stop') await server.stop();
  else setInterval(() => {}, 60_000);
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
