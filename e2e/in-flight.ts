import http from 'node:http';

/* Requests under way when a server is told to stop (the graceful-stop and Ctrl-C specs). */

export type Answer = { status: number; body: string; at: number };

/** A search (seconds long when many run at once) on a connection of its own; resolves once it is connected and its request sent, with the answer to come. */
export function search(port: number, q: string): Promise<{ answer: Promise<Answer> }> {
  return new Promise((sent, failed) => {
    const answer = new Promise<Answer>((resolve, reject) => {
      const request = http.get({ host: '127.0.0.1', port, path: `/search?q=${encodeURIComponent(q)}`, agent: false }, (response) => {
        let body = '';
        response.on('data', (chunk: Buffer) => (body += chunk.toString()));
        response.on('end', () => resolve({ status: response.statusCode ?? 0, body, at: Date.now() }));
        response.on('error', reject);
      });
      request.on('error', (error) => {
        reject(error);
        failed(error);
      });
      request.on('socket', (socket) => socket.once('connect', () => request.once('finish', () => sent({ answer }))));
    });
  });
}
