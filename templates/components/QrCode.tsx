import { qrDrawing } from "../../scripts/site/qr.ts";

/** A QR code for `url`, drawn black on white so every phone camera reads it. */
export function QrCode({ url, label, className = "qr" }: { url: string; label: string; className?: string }) {
  const { size, path } = qrDrawing(url);
  return (
    <svg class={className} viewBox={`0 0 ${size} ${size}`} role="img" aria-label={label} shape-rendering="crispEdges">
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
