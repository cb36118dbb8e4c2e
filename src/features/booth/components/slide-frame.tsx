import { cn } from '@/utils/cn';

import { BOOTH_ACCENT, BOOTH_BODY, BOOTH_HEADING } from '../booth-type';
import { QrCode } from './qr-code';

export type SlideFrameProps = {
  /** Small line above the heading: what this slide is. */
  kicker: string;
  title: string;
  /** Absolute URL for "continue on your phone"; no QR code when null. */
  qrUrl: string | null;
  children?: React.ReactNode;
};

/** The shared layout of every slide: heading, content, QR code. */
export function SlideFrame({
  kicker,
  title,
  qrUrl,
  children,
}: SlideFrameProps) {
  return (
    <div className="flex h-full flex-col gap-[3vh] lg:flex-row lg:gap-[3vw]">
      <div className="flex min-w-0 flex-1 flex-col gap-[3vh]">
        <header>
          <p className={cn(BOOTH_BODY, BOOTH_ACCENT, 'font-semibold')}>
            {kicker}
          </p>
          <h1 className={cn(BOOTH_HEADING, 'mt-[1vh] text-balance')}>
            {title}
          </h1>
        </header>
        <div className={cn(BOOTH_BODY, 'min-h-0 flex-1')}>{children}</div>
      </div>
      {qrUrl && <PhoneQr url={qrUrl} />}
    </div>
  );
}

function PhoneQr({ url }: { url: string }) {
  return (
    <aside
      aria-label="Continue on your phone"
      className="flex shrink-0 flex-row items-center gap-4 self-start lg:w-[clamp(8rem,13vw,18rem)] lg:flex-col lg:items-stretch lg:self-end"
    >
      <QrCode url={url} className="w-[clamp(7rem,min(12.5vw,22vh),16rem)]" />
      <p className={cn(BOOTH_BODY, 'font-semibold')}>Scan to continue</p>
    </aside>
  );
}
