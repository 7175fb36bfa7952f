import http from "node:http";

/*
 * A plain HTTP client for the e2e server that connects from a chosen loopback address
 * (127.0.0.0/8 is all loopback on Linux), so a test can be "another client" as the server's
 * socket sees it. Browsers and Playwright's request context cannot pick their source address.
 */

export type Reply = { status: number; headers: http.IncomingHttpHeaders; body: string };

export function send(
  url: string,
  opts: { from: string; method?: string; headers?: Record<string, string>; body?: string },
): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = http.request(
      url,
      { method: opts.method ?? "GET", headers: opts.headers, localAddress: opts.from, agent: false },
      (res) => {
        let body = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => (body += chunk));
        res.on("end", () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
      },
    );
    req.on("error", reject);
    req.end(opts.body);
  });
}

const cookiePairs = (reply: Reply) => (reply.headers["set-cookie"] ?? []).map((c) => c.split(";", 1)[0]!);

/** A client of Auth.js's own endpoints from `from`: it fetches a CSRF token, then posts credentials. */
export async function authClient(baseURL: string, from: string) {
  const csrf = await send(`${baseURL}/api/auth/csrf`, { from });
  const { csrfToken } = JSON.parse(csrf.body) as { csrfToken: string };
  const cookie = cookiePairs(csrf).join("; ");
  return {
    /** POST /api/auth/callback/credentials; `headers` can add a forged X-Forwarded-For. */
    signIn(email: string, password: string, extra: { callbackUrl?: string; headers?: Record<string, string> } = {}) {
      return send(`${baseURL}/api/auth/callback/credentials`, {
        from,
        method: "POST",
        headers: { "content-type": "application/x-www-form-urlencoded", cookie, ...extra.headers },
        body: new URLSearchParams({
          email,
          password,
          csrfToken,
          callbackUrl: extra.callbackUrl ?? `${baseURL}/me`,
        }).toString(),
      });
    },
  };
}

/** What a credentials POST came to: signed in (a session cookie), refused as wrong, or limited (429). */
export function outcome(reply: Reply): "signed-in" | "wrong" | "limited" | `other ${number}` {
  if (reply.status === 429) return "limited";
  if (reply.status === 302 && cookiePairs(reply).some((c) => c.includes("session-token="))) return "signed-in";
  if (reply.status === 302 && String(reply.headers.location).includes("code=credentials")) return "wrong";
  return `other ${reply.status}`;
}
