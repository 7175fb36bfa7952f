import { describe, expect, it } from "vitest";
import { addressKey, resolveClientAddress, trustedProxyCount } from "@/lib/http/client-address";

describe("client address", () => {
  it("with no trusted proxy, is the socket address whatever X-Forwarded-For says", () => {
    for (const forged of ["203.0.113.7", "1.2.3.4, 5.6.7.8", "evil", "", undefined, ["9.9.9.9", "8.8.8.8"]]) {
      expect(resolveClientAddress("::ffff:127.0.0.5", forged, 0)).toBe("127.0.0.5");
    }
  });

  it("behind N proxies, is the address the first of them received the request from", () => {
    // client 198.51.100.4 -> proxy A -> proxy B -> app; A appended the client, B appended A.
    const header = "6.6.6.6, 198.51.100.4, 10.0.0.2";
    expect(resolveClientAddress("10.0.0.3", header, 1)).toBe("10.0.0.2");
    expect(resolveClientAddress("10.0.0.3", header, 2)).toBe("198.51.100.4");
    // Entries the client wrote itself (left of what our proxies appended) never count.
    expect(resolveClientAddress("10.0.0.3", "1.1.1.1, 2.2.2.2, 198.51.100.4, 10.0.0.2", 2)).toBe("198.51.100.4");
    // Fewer entries than proxies: the leftmost there is.
    expect(resolveClientAddress("10.0.0.3", "198.51.100.4", 5)).toBe("198.51.100.4");
    expect(resolveClientAddress("10.0.0.3", undefined, 1)).toBe("10.0.0.3");
  });

  it("normalises addresses and keys IPv6 clients by their /64", () => {
    expect(resolveClientAddress("2001:DB8:0:0:1::1", undefined, 0)).toBe("2001:db8::1:0:0:1");
    expect(addressKey("2001:db8:0:0:1::1")).toBe("2001:db8:0:0::/64");
    expect(addressKey("2001:db8::ffff:1")).toBe(addressKey("2001:db8::abcd:2"));
    expect(addressKey("203.0.113.9")).toBe("203.0.113.9");
    expect(addressKey("::ffff:203.0.113.9")).toBe("203.0.113.9");
  });

  it("reads TRUSTED_PROXIES strictly", () => {
    expect(trustedProxyCount({})).toBe(0);
    expect(trustedProxyCount({ TRUSTED_PROXIES: "2" })).toBe(2);
    for (const bad of ["-1", "1.5", "yes", "11"]) expect(() => trustedProxyCount({ TRUSTED_PROXIES: bad })).toThrow();
  });
});
