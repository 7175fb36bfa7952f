/* The shared image of a listing or a guide (Open Graph / Twitter), drawn by next/og's
   ImageResponse (Satori: inline styles, flexbox only, its bundled font). No hooks. */

export const OG_SIZE = { width: 1200, height: 630 };

export function OgCard({ kicker, title, lines }: { kicker: string; title: string; lines: string[] }) {
  return (
    <div
      style={{
        width: "100%",
        height: "100%",
        display: "flex",
        flexDirection: "column",
        justifyContent: "space-between",
        padding: 72,
        background: "linear-gradient(135deg, #1f3b8a 0%, #2f5bd3 100%)",
        color: "white",
        fontFamily: "sans-serif",
      }}
    >
      <div style={{ display: "flex", fontSize: 32, opacity: 0.9 }}>{kicker}</div>
      <div style={{ display: "flex", flexDirection: "column", gap: 20 }}>
        <div style={{ display: "flex", fontSize: title.length > 60 ? 56 : 72, fontWeight: 700, lineHeight: 1.1 }}>
          {title.length > 110 ? `${title.slice(0, 107)}…` : title}
        </div>
        {lines.map((line) => (
          <div key={line} style={{ display: "flex", fontSize: 36, opacity: 0.95 }}>
            {line.length > 80 ? `${line.slice(0, 77)}…` : line}
          </div>
        ))}
      </div>
      <div style={{ display: "flex", fontSize: 32, fontWeight: 700 }}>Ladder</div>
    </div>
  );
}
