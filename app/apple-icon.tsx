import { ImageResponse } from "next/og";

export const size = { width: 180, height: 180 };
export const contentType = "image/png";

/** The home-screen icon (iOS has no SVG icons): the favicon's ladder as a PNG, drawn at build time. */
export default function AppleIcon() {
  const rail = { position: "absolute" as const, top: 34, width: 14, height: 112, background: "white", borderRadius: 7 };
  const rung = { position: "absolute" as const, left: 62, width: 56, height: 11, background: "white", borderRadius: 5 };
  return new ImageResponse(
    <div style={{ width: "100%", height: "100%", display: "flex", position: "relative", background: "#2448b0" }}>
      <div style={{ ...rail, left: 55 }} />
      <div style={{ ...rail, left: 111 }} />
      <div style={{ ...rung, top: 52 }} />
      <div style={{ ...rung, top: 85 }} />
      <div style={{ ...rung, top: 118 }} />
    </div>,
    size,
  );
}
