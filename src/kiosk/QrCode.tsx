// A QR code drawn as SVG paths by React (uqr computes the modules), so it needs no inline style
// and keeps to the page's Content-Security-Policy. Kiosk mode only.
import { useTranslation } from 'react-i18next';
import { encode } from 'uqr';

export function QrCode({ value }: { value: string }) {
  const { t } = useTranslation('kiosk');
  const { data, size } = encode(value, { border: 2 });
  let path = '';
  data.forEach((row, y) =>
    row.forEach((dark, x) => {
      if (dark) path += `M${x} ${y}h1v1h-1z`;
    }),
  );
  return (
    <svg
      className="qr-code"
      role="img"
      aria-label={t('kiosk.qr', { target: value })}
      viewBox={`0 0 ${size} ${size}`}
      shapeRendering="crispEdges"
    >
      <rect width={size} height={size} fill="#fff" />
      <path d={path} fill="#000" />
    </svg>
  );
}
