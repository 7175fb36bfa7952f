import type { Metadata, Viewport } from "next";
import { connection } from "next/server";
import { SiteFooter } from "@/components/site-footer";
import { SiteHeader } from "@/components/site-header";
import { publicOrigin } from "@/lib/public-origin";
import "./globals.css";

const DESCRIPTION = "Career guides with live pay figures from real listings, and a fast job search.";

// A function, not a constant: metadataBase (which makes canonical and Open Graph URLs
// absolute) is the runtime's public origin (APP_URL), never the build's or the request's Host.
export function generateMetadata(): Metadata {
  return {
    metadataBase: new URL(publicOrigin()),
    title: { default: "Ladder: career guides and jobs", template: "%s · Ladder" },
    description: DESCRIPTION,
    openGraph: { siteName: "Ladder", type: "website", locale: "en_US" },
    twitter: { card: "summary_large_image" },
  };
}

export const viewport: Viewport = { width: "device-width", initialScale: 1 };

export default async function RootLayout({ children }: { children: React.ReactNode }) {
  // Every page renders per request: its scripts carry that response's CSP nonce (proxy.ts).
  // A page rendered ahead of time would carry none, and its scripts would be blocked. The
  // guides' data stays cached (lib/guides/cached.ts); only the HTML is rendered each time.
  await connection();
  return (
    <html lang="en">
      <body className="font-sans antialiased">
        {/* No providers here: React Query wraps only the parts that use it (QueryBoundary). */}
        <div className="flex min-h-screen flex-col">
          <SiteHeader />
          <main id="main" className="mx-auto w-full max-w-6xl flex-1 px-4 py-8">
            {children}
          </main>
          <SiteFooter />
        </div>
      </body>
    </html>
  );
}
