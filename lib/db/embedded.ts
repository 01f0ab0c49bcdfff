// STUB — replaced by the embedded-server slice.
export type EmbeddedServer = { url: string; port: number; dataDir: string; stop(): Promise<void> };
export async function startEmbeddedPostgres(_o: { dataDir: string; port: number; log?: (m: string) => void }): Promise<EmbeddedServer> {
  throw new Error('not yet');
}
export async function findFreePort(): Promise<number> {
  throw new Error('not yet');
}
