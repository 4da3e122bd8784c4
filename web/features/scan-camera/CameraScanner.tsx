// Live camera scanning: while no code is in view, each new video frame goes to the QR decoder (a
// Web Worker) as soon as the last one has been read (the decoder's quick path: one attempt, at
// most one straightening, ~20 ms); once a code was read, frames are looked at less often. The
// first code read is handed up. The decoder's worker and wasm start when the camera opens, before
// the first frame; frames travel as VideoFrames (no copy on this thread) where the browser has
// them. A square guide shows where to hold the code; after ~10 s without a code a hint says how
// to get one read. The reception desk keeps this mounted while a result is
// shown (`active` false: no decoding), so the camera is running the moment the next card comes.
import { useEffect, useRef, useState } from 'preact/hooks';
import { useLang } from '../../app/lang';
import { qrDecoder } from '../qr-decode/shared-decoder';
import { restPdfReader } from '../scan-pdf/warm';
import { Readiness } from '../status/Readiness';
import {
  type CameraFeatures,
  features,
  focusAt,
  listCameras,
  openCamera,
  setTorch,
  setZoom,
  stopStream,
} from './camera';

/** The decoder's quick path for a frame (reading/qr: one attempt, at most one straightening). */
const FRAME_BUDGET_MS = 20;
/** Where the browser cannot say when the next frame is shown: the pause between frames. */
const SEARCH_INTERVAL_MS = 30;
/** Pause after a frame that held a code (a result is coming, or it is the card just checked). */
const SEEN_INTERVAL_MS = 150;
/** The bench (bench/camera-verdict.ts) reads this mark: when the frame that held the code was taken. */
const CODE_READ_MARK = 'dqc:camera-code-read';

/** The video's current frame, for the worker: a VideoFrame where there is one, else an ImageBitmap. */
async function grabFrame(video: HTMLVideoElement): Promise<VideoFrame | ImageBitmap> {
  if (typeof VideoFrame === 'function') {
    try {
      return new VideoFrame(video);
    } catch {
      // no frame from this element (yet): the bitmap path below
    }
  }
  return createImageBitmap(video);
}

/** Resolves when the video presents its next frame (requestVideoFrameCallback), or after a pause. */
function nextFrame(video: HTMLVideoElement): Promise<void> {
  return new Promise((resolve) => {
    if ('requestVideoFrameCallback' in video) video.requestVideoFrameCallback(() => resolve());
    else setTimeout(resolve, SEARCH_INTERVAL_MS);
  });
}
/** How long the camera watches without a code before it offers help. */
export const HELP_AFTER_MS = 10_000;

interface Props {
  onCode: (text: string) => void;
  /** A frame was read and held no code (lets the desk tell a card taken away from one still there). */
  onNoCode?: () => void;
  /** Shown in place of the usual hint (e.g. the card in view was already checked). */
  notice?: string | undefined;
  onStop: () => void;
  /** While false (a result is shown), frames are not decoded. */
  active: boolean;
  /** Show online/offline and the revocation data's age (the desk shows them in its own bar). */
  readiness?: boolean;
}

export function CameraScanner({ onCode, onNoCode, notice, onStop, active, readiness = true }: Props) {
  const { t } = useLang();
  const video = useRef<HTMLVideoElement>(null);
  const [error, setError] = useState<'cameraNone' | 'cameraDenied' | null>(null);
  const [ready, setReady] = useState(false);
  const [cameras, setCameras] = useState<MediaDeviceInfo[]>([]);
  const [cameraIndex, setCameraIndex] = useState(-1);
  const [track, setTrack] = useState<MediaStreamTrack | null>(null);
  const [caps, setCaps] = useState<CameraFeatures>({ torch: false, zoom: null, focus: false });
  const [torch, setTorchState] = useState(false);
  const [help, setHelp] = useState(false);
  // The help waits ~10 s of watching; a code read (the screen goes away or is paused) restarts it.
  useEffect(() => {
    setHelp(false);
    if (!active || !ready) return undefined;
    const timer = setTimeout(() => setHelp(true), HELP_AFTER_MS);
    return () => clearTimeout(timer);
  }, [active, ready]);
  const activeRef = useRef(active);
  activeRef.current = active;
  const onCodeRef = useRef(onCode);
  onCodeRef.current = onCode;
  const onNoCodeRef = useRef(onNoCode);
  onNoCodeRef.current = onNoCode;

  useEffect(() => {
    let stream: MediaStream | null = null;
    let stopped = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    // The worker and its wasm start while the camera does (they take longer than a frame), and
    // frames go to it once it is ready: one sent sooner would wait there and be read stale.
    const decoderReady = qrDecoder().warm();
    restPdfReader();
    (async () => {
      try {
        const list = await listCameras().catch(() => []);
        setCameras(list);
        stream = await openCamera(cameraIndex >= 0 ? list[cameraIndex]?.deviceId : undefined);
        if (stopped) return stopStream(stream);
        const el = video.current;
        if (!el) return;
        el.srcObject = stream;
        await el.play().catch(() => {});
        const videoTrack = stream.getVideoTracks()[0] ?? null;
        setTrack(videoTrack);
        if (videoTrack) setCaps(features(videoTrack));
        setReady(true);
        await decoderReady;
        // One frame at a time: the next is taken only once the last one is read.
        const tick = async () => {
          if (stopped) return;
          let searching = false;
          if (activeRef.current && el.readyState >= 2 && el.videoWidth > 0) {
            try {
              const takenAt = performance.now();
              const texts = await qrDecoder().decode(await grabFrame(el), FRAME_BUDGET_MS);
              if (!stopped && activeRef.current) {
                if (texts[0]) {
                  performance.clearMarks(CODE_READ_MARK);
                  performance.mark(CODE_READ_MARK, { detail: { takenAt } });
                  onCodeRef.current(texts[0]);
                } else {
                  searching = true;
                  onNoCodeRef.current?.();
                }
              }
            } catch {
              searching = true; // a frame that cannot be read is just skipped
            }
          }
          // Searching, the next new frame is read as soon as it is shown (a frame is never read
          // twice, and none waits behind another: the decoder is free by then).
          if (searching) void nextFrame(el).then(tick);
          else timer = setTimeout(tick, SEEN_INTERVAL_MS);
        };
        void tick();
      } catch (e) {
        const name = (e as DOMException).name;
        setError(name === 'NotFoundError' || name === 'OverconstrainedError' ? 'cameraNone' : 'cameraDenied');
      }
    })();
    return () => {
      stopped = true;
      clearTimeout(timer);
      stopStream(stream);
    };
  }, [cameraIndex]);

  if (error) {
    return (
      <div class="camera-error" role="alert">
        <p>{t[error]}</p>
        <button type="button" onClick={onStop}>
          {t.backHome}
        </button>
      </div>
    );
  }
  const tap = (event: MouseEvent) => {
    const el = event.currentTarget as HTMLElement;
    const rect = el.getBoundingClientRect();
    if (track && caps.focus)
      void focusAt(track, (event.clientX - rect.left) / rect.width, (event.clientY - rect.top) / rect.height);
  };
  return (
    <div class="camera">
      <h1 class="visually-hidden">{t.scanCamera}</h1>
      {/* biome-ignore lint/a11y/noStaticElementInteractions: tap-to-focus is a pointer-only extra; every control is a button */}
      {/* biome-ignore lint/a11y/useKeyWithClickEvents: as above */}
      <div class="viewfinder" onClick={tap}>
        <video ref={video} playsInline muted aria-label={t.scanning} />
        <div class="guide" aria-hidden="true" />
      </div>
      <div class="camera-side">
        <p class="camera-hint" aria-live="polite">
          {notice ?? (ready ? t.scanning : t.cameraStarting)}
        </p>
        {help && !notice && (
          <p class="camera-help" data-testid="camera-help">
            {t.cameraHelp}
          </p>
        )}
        {readiness && <Readiness />}
        <div class="camera-controls">
          {cameras.length > 1 && (
            <button type="button" onClick={() => setCameraIndex((i) => (i + 1) % cameras.length)}>
              {t.cameraSwitch}
            </button>
          )}
          {caps.torch && track && (
            <button
              type="button"
              aria-pressed={torch}
              onClick={() => {
                void setTorch(track, !torch);
                setTorchState(!torch);
              }}
            >
              {torch ? t.torchOff : t.torchOn}
            </button>
          )}
          {caps.zoom && track && (
            <label class="zoom">
              {t.zoom}
              <input
                type="range"
                min={caps.zoom.min}
                max={caps.zoom.max}
                step={caps.zoom.step}
                defaultValue={String(caps.zoom.min)}
                onInput={(e) => void setZoom(track, Number((e.target as HTMLInputElement).value))}
              />
            </label>
          )}
          <button type="button" onClick={onStop}>
            {t.cameraStop}
          </button>
        </div>
      </div>
    </div>
  );
}
